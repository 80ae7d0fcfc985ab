import { useQuery } from '@tanstack/react-query';
import { keys } from '../../../lib/keys';
import { fetchTask } from '../api/tasksApi';

/** One task (the open one), whether or not a loaded page holds it; live events keep it current. */
export function useTask(hubId: string, taskId: string | null) {
  return useQuery({
    queryKey: keys.task(hubId, taskId ?? ''),
    queryFn: ({ signal }) => fetchTask(hubId, taskId!, signal),
    enabled: taskId !== null,
    staleTime: Infinity,
  });
}
