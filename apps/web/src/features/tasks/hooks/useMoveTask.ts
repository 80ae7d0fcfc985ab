import type { TaskDto, TaskStatus } from '@hubspoke/contracts';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isStale } from '../../../lib/api';
import { toastError, toastSuccess } from '../../../lib/feedback';
import { STATUS_LABELS } from '../../../lib/format';
import { keys } from '../../../lib/keys';
import { mergeTask } from '../../../lib/live/taskCaches';
import { moveTask } from '../api/tasksApi';

interface Move {
  task: TaskDto;
  status: TaskStatus;
  position: number;
  /** A move back by Undo (offers no Undo itself). */
  undoing?: boolean;
}

/** Moves a card: shown at once, rolled back when the api refuses (a stale version shows the card where it is now). */
export function useMoveTask(hubId: string) {
  const queryClient = useQueryClient();
  const key = keys.tasks(hubId);
  const mutation = useMutation({
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
        toastError('Could not move the task', error);
      }
    },
    onSuccess: (task, move) => {
      mergeTask(queryClient, task);
      if (move.undoing) return toastSuccess(`“${task.title}” is back in ${STATUS_LABELS[task.status]}`);
      if (task.status === move.task.status) return;
      // moving it back is safe: the same move, at the version it has now
      toastSuccess(`“${task.title}” moved to ${STATUS_LABELS[task.status]}`, {
        undo: () => mutation.mutate({ task, status: move.task.status, position: move.task.position, undoing: true }),
      });
    },
  });
  return mutation;
}
