import { useQuery } from '@tanstack/react-query';
import { keys } from '../../../lib/keys';
import { fetchMyWork } from '../api/myWorkApi';

export function useMyWork() {
  return useQuery({ queryKey: keys.myWork, queryFn: ({ signal }) => fetchMyWork(signal) });
}
