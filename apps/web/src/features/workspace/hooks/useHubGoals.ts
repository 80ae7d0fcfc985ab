import { useQuery } from '@tanstack/react-query';
import { keys } from '../../../lib/keys';
import { fetchGoals } from '../api/hubApi';

export function useHubGoals(hubId: string) {
  return useQuery({
    queryKey: keys.goals(hubId),
    queryFn: ({ signal }) => fetchGoals(hubId, signal),
    staleTime: Infinity,
  });
}
