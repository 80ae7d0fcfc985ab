import type { TaskDto } from '@hubspoke/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isStale } from '../../../lib/api';
import { toastSuccess } from '../../../lib/feedback';
import { keys } from '../../../lib/keys';
import { removeById, upsertByVersion } from '../../../lib/live/merge';
import { deleteTask } from '../api/tasksApi';

/** Deletes a task at the version the user saw; a 409 puts the task as it is now into the cache. */
export function useDeleteTask(hubId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => deleteTask(hubId, id, version),
    // no Undo: the api cannot bring a deleted task back
    onSuccess: (_void, { id }) => {
      queryClient.setQueryData<TaskDto[]>(keys.tasks(hubId), (list) => removeById(list, id));
      toastSuccess('Task deleted');
    },
    // the confirmation dialog shows why it failed
    onError: (error) => {
      if (!isStale(error)) return;
      const current = error.current as TaskDto;
      queryClient.setQueryData<TaskDto[]>(keys.tasks(hubId), (list) => upsertByVersion(list, current));
    },
  });
}
