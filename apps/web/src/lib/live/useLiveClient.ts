import { useContext } from 'react';
import { LiveContext } from './LiveProvider';

export function useLiveClient() {
  return useContext(LiveContext);
}
