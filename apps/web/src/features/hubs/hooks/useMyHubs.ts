import { useQuery } from '@tanstack/react-query';
import { keys } from '../../../lib/keys';
import { fetchMyHubs } from '../api/hubsApi';

export function useMyHubs(enabled = true) {
  return useQuery({ queryKey: keys.myHubs, queryFn: ({ signal }) => fetchMyHubs(signal), enabled });
}
