import type { TaskDto } from '@hubspoke/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { keys } from '../../../lib/keys';
import { upsertByVersion } from '../../../lib/live/merge';
import { createTask, type NewTask } from '../api/tasksApi';

export function useCreateTask(hubId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (task: NewTask) => createTask(hubId, task),
    onSuccess: (task) => queryClient.setQueryData<TaskDto[]>(keys.tasks(hubId), (list) => upsertByVersion(list, task)),
  });
}
