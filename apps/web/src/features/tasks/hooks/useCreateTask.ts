import type { TaskDto } from '@hubspoke/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { fieldErrors } from '../../../lib/api';
import { toastError, toastSuccess } from '../../../lib/feedback';
import { keys } from '../../../lib/keys';
import { upsertByVersion } from '../../../lib/live/merge';
import { createTask, type NewTask } from '../api/tasksApi';

export function useCreateTask(hubId: string) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: (task: NewTask) => createTask(hubId, task),
    onSuccess: (task) => {
      queryClient.setQueryData<TaskDto[]>(keys.tasks(hubId), (list) => upsertByVersion(list, task));
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
