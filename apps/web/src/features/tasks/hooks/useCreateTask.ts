import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { fieldErrors } from '../../../lib/api';
import { toastError, toastSuccess } from '../../../lib/feedback';
import { mergeTask } from '../../../lib/live/taskCaches';
import { createTask, type NewTask } from '../api/tasksApi';

export function useCreateTask(hubId: string) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: (task: NewTask) => createTask(hubId, task),
    onSuccess: (task) => {
      mergeTask(queryClient, task);
      toastSuccess(`Task “${task.title}” created`, {
        open: () => void navigate(`/hubs/${hubId}/tasks?task=${task.id}`),
      });
    },
    // the form shows the fields' errors; anything else is said here
    onError: (error) => {
      if (Object.keys(fieldErrors(error)).length === 0) toastError('Task not created', error);
    },
  });
}
