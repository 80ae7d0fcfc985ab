import type { TaskDto } from '@hubspoke/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toastSuccess } from '../../../lib/feedback';
import { keys } from '../../../lib/keys';
import { upsertByVersion } from '../../../lib/live/merge';
import { updateTask, type TaskFields } from '../api/tasksApi';

/** Saves a task's fields at the version the user edited; a 409 carries the task as it is now (`error.current`). */
export function useUpdateTask(hubId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, fields }: { id: string; version: number; fields: TaskFields }) =>
      updateTask(hubId, id, version, fields),
    onSuccess: (task) => {
      queryClient.setQueryData<TaskDto[]>(keys.tasks(hubId), (list) => upsertByVersion(list, task));
      toastSuccess('Task saved');
    },
    // the panel shows why it failed (StaleEditAlert, the form's errors)
  });
}
