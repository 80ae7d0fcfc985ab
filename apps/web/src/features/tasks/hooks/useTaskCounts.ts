import { useQuery } from '@tanstack/react-query';
import { keys } from '../../../lib/keys';
import type { TaskQueryFilters } from '../../../lib/taskList';
import { fetchTaskCounts } from '../api/tasksApi';

/** How many tasks under these filters are in each status, counted by the api. */
export function useTaskCounts(hubId: string, filters: TaskQueryFilters) {
  return useQuery({
    queryKey: keys.taskCounts(hubId, filters),
    queryFn: ({ signal }) => fetchTaskCounts(hubId, filters, signal),
    staleTime: Infinity,
  });
}
