import { useMutation, useQueryClient } from '@tanstack/react-query';
import { mergeTask } from '../../../lib/live/taskCaches';
import { createTask, type NewTask } from '../api/tasksApi';

export function useCreateTask(hubId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (task: NewTask) => createTask(hubId, task),
    onSuccess: (task) => mergeTask(queryClient, task),
  });
}
