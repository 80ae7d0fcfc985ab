import type { TaskDto, TaskStatus } from '@hubspoke/contracts';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { errorMessage, isStale } from '../../../lib/api';
import { keys } from '../../../lib/keys';
import { mergeTask } from '../../../lib/live/taskCaches';
import { moveTask } from '../api/tasksApi';

interface Move {
  task: TaskDto;
  status: TaskStatus;
  position: number;
}

/** Moves a card: shown at once, rolled back when the api refuses (a stale version shows the card where it is now). */
export function useMoveTask(hubId: string) {
  const queryClient = useQueryClient();
  const key = keys.tasks(hubId);
  return useMutation({
    mutationFn: ({ task, status, position }: Move) => moveTask(hubId, task.id, task.version, status, position),
    onMutate: async ({ task, status, position }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueriesData({ queryKey: key });
      mergeTask(queryClient, { ...task, status, position }, true);
      return { previous };
    },
    onError: (error, _move, context) => {
      for (const [queryKey, data] of context?.previous ?? []) queryClient.setQueryData(queryKey, data);
      if (isStale(error)) {
        mergeTask(queryClient, error.current as TaskDto);
        notifications.show({
          color: 'yellow',
          title: 'Not moved',
          message: 'Someone changed this task meanwhile; it shows where it is now.',
        });
      } else {
        notifications.show({ color: 'red', title: 'Could not move the task', message: errorMessage(error) });
      }
    },
    onSuccess: (task) => mergeTask(queryClient, task),
  });
}
