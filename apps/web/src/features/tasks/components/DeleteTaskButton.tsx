import type { TaskDto } from '@hubspoke/contracts';
import { Alert, Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { errorMessage, isStale } from '../../../lib/api';
import { useDeleteTask } from '../hooks/useDeleteTask';

/** A delete action asking for confirmation; the task is deleted at the version shown. */
export function DeleteTaskButton({ hubId, task, onDeleted }: { hubId: string; task: TaskDto; onDeleted: () => void }) {
  const [opened, { open, close }] = useDisclosure();
  const remove = useDeleteTask(hubId);
  const start = () => {
    remove.reset();
    open();
  };
  const confirm = () =>
    remove.mutate(
      { id: task.id, version: task.version },
      {
        onSuccess: () => {
          close();
          onDeleted();
        },
      },
    );
  return (
    <>
      <Button color="red" variant="subtle" onClick={start}>
        Delete
      </Button>
      <ConfirmDialog
        opened={opened}
        title="Delete task"
        confirmLabel="Delete task"
        onConfirm={confirm}
        onCancel={close}
        loading={remove.isPending}
        confirmDisabled={isStale(remove.error)}
        alert={
          remove.isError && (
            <Alert color={isStale(remove.error) ? 'yellow' : 'red'} role="alert" data-testid="delete-error">
              {isStale(remove.error)
                ? 'Someone else changed this task since you opened it. Review their change, then delete again if you still want to.'
                : errorMessage(remove.error)}
            </Alert>
          )
        }
      >
        Delete <b>{task.title}</b> and its comments? This cannot be undone.
      </ConfirmDialog>
    </>
  );
}
