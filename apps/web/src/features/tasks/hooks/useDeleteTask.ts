import type { TaskDto } from '@hubspoke/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isStale } from '../../../lib/api';
import { mergeTask, removeTask } from '../../../lib/live/taskCaches';
import { deleteTask } from '../api/tasksApi';

/** Deletes a task at the version the user saw; a 409 puts the task as it is now into the cache. */
export function useDeleteTask(hubId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => deleteTask(hubId, id, version),
    onSuccess: (_void, { id }) => removeTask(queryClient, hubId, id),
    onError: (error) => {
      if (!isStale(error)) return;
      mergeTask(queryClient, error.current as TaskDto);
    },
  });
}
