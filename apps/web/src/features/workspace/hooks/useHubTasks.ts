import { useQuery } from '@tanstack/react-query';
import { keys } from '../../../lib/keys';
import { fetchTasks } from '../api/hubApi';

/** Every task of the hub in board order; live events keep it current. */
export function useHubTasks(hubId: string) {
  return useQuery({
    queryKey: keys.tasks(hubId),
    queryFn: ({ signal }) => fetchTasks(hubId, signal),
    staleTime: Infinity,
  });
}
