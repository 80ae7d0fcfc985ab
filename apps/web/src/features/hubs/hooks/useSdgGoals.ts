import { useQuery } from '@tanstack/react-query';
import { keys } from '../../../lib/keys';
import { fetchSdgGoals } from '../api/hubsApi';

export function useSdgGoals() {
  return useQuery({ queryKey: keys.sdgGoals, queryFn: ({ signal }) => fetchSdgGoals(signal), staleTime: Infinity });
}
