import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { errorMessage } from '../../../lib/api';
import { isFieldError, useApiFieldErrors } from '../../../lib/forms';
import { useCreateGoal } from '../hooks/useCreateGoal';
import { useGoalForm } from '../hooks/useGoalForm';
import { useGoalLookups } from '../hooks/useGoalLookups';
import { GoalForm } from './GoalForm';
import { EMPTY_GOAL, goalFieldsOf } from './goalForm';

export function NewGoalButton({ hubId }: { hubId: string }) {
  const [opened, { open, close }] = useDisclosure();
  const form = useGoalForm(EMPTY_GOAL);
  const create = useCreateGoal(hubId);
  const { orgOptions, parentOptions, groupOptions } = useGoalLookups(hubId);
  useApiFieldErrors(form, create.error);
  const submit = form.onSubmit((values) =>
    create.mutate(goalFieldsOf(values), {
      onSuccess: () => {
        close();
        form.reset();
        create.reset();
      },
    }),
  );
  return (
    <>
      <Button onClick={open} w="fit-content">
        New goal
      </Button>
      <Modal opened={opened} onClose={close} title="New goal" size="lg">
        <form onSubmit={submit} noValidate>
          <Stack>
            {create.isError && !isFieldError(create.error) && (
              <Alert color="red" role="alert">
                {errorMessage(create.error)}
              </Alert>
            )}
            <GoalForm
              form={form}
              orgOptions={orgOptions}
              parentOptions={parentOptions}
              groupOptions={groupOptions}
              hubId={hubId}
            />
            <Group justify="end">
              <Button type="submit" loading={create.isPending}>
                Create
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
