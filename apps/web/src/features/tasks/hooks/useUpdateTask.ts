import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toastSuccess } from '../../../lib/feedback';
import { mergeTask } from '../../../lib/live/taskCaches';
import { updateTask, type TaskFields } from '../api/tasksApi';

/** Saves a task's fields at the version the user edited; a 409 carries the task as it is now (`error.current`). */
export function useUpdateTask(hubId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, fields }: { id: string; version: number; fields: TaskFields }) =>
      updateTask(hubId, id, version, fields),
    onSuccess: (task) => {
      mergeTask(queryClient, task);
      toastSuccess('Task saved');
    },
    // the panel shows why it failed (StaleEditAlert, the form's errors)
  });
}
