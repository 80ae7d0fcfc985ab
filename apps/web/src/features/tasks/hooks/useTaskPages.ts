import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { keys } from '../../../lib/keys';
import type { TaskListParams } from '../../../lib/taskList';
import { fetchTaskPage } from '../api/tasksApi';

/** One paged list of a hub's tasks, filtered and sorted by the api; `fetchNextPage` as the user scrolls. */
export function useTaskPages(hubId: string, params: TaskListParams, enabled = true) {
  return useInfiniteQuery({
    queryKey: keys.taskPages(hubId, params),
    queryFn: ({ pageParam, signal }) => fetchTaskPage(hubId, params, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    // live events keep every loaded page current
    staleTime: Infinity,
    // other filters: the current rows stay until the new ones come, instead of a flash of nothing
    placeholderData: keepPreviousData,
    enabled,
  });
}
