import type { TaskDto } from '@hubspoke/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isStale } from '../../../lib/api';
import { toastSuccess } from '../../../lib/feedback';
import { mergeTask, removeTask } from '../../../lib/live/taskCaches';
import { deleteTask } from '../api/tasksApi';

/** Deletes a task at the version the user saw; a 409 puts the task as it is now into the cache. */
export function useDeleteTask(hubId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => deleteTask(hubId, id, version),
    // no Undo: the api cannot bring a deleted task back
    onSuccess: (_void, { id }) => {
      removeTask(queryClient, hubId, id);
      toastSuccess('Task deleted');
    },
    // the confirmation dialog shows why it failed
    onError: (error) => {
      if (!isStale(error)) return;
      mergeTask(queryClient, error.current as TaskDto);
    },
  });
}
