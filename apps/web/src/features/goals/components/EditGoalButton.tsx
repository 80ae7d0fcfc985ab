import type { GoalDto } from '@hubspoke/contracts';
import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage, isStale } from '../../../lib/api';
import { isFieldError, useApiFieldErrors } from '../../../lib/forms';
import { keys } from '../../../lib/keys';
import { useGoalForm } from '../hooks/useGoalForm';
import { useGoalLookups } from '../hooks/useGoalLookups';
import { useUpdateGoal } from '../hooks/useUpdateGoal';
import { GoalForm } from './GoalForm';
import { goalFieldsOf, goalValuesOf } from './goalForm';

export function EditGoalButton({ hubId, goal }: { hubId: string; goal: GoalDto }) {
  const queryClient = useQueryClient();
  const [opened, { open, close }] = useDisclosure();
  const [base, setBase] = useState(goal);
  const form = useGoalForm(goalValuesOf(goal));
  const update = useUpdateGoal(hubId, goal.id);
  const { orgOptions, parentOptions, groupOptions } = useGoalLookups(hubId, goal.id);
  const stale = isStale(update.error);
  useApiFieldErrors(form, update.error);
  const start = () => {
    setBase(goal);
    form.setValues(goalValuesOf(goal));
    form.clearErrors();
    update.reset();
    open();
  };
  const reload = () => {
    if (!isStale(update.error)) return;
    const current = update.error.current as GoalDto;
    queryClient.setQueryData(keys.goal(hubId, current.id), current);
    void queryClient.invalidateQueries({ queryKey: keys.goals(hubId) });
    setBase(current);
    form.setValues(goalValuesOf(current));
    update.reset();
  };
  const submit = form.onSubmit((values) =>
    update.mutate({ version: base.version, fields: goalFieldsOf(values) }, { onSuccess: () => close() }),
  );
  return (
    <>
      <Button variant="default" onClick={start}>
        Edit
      </Button>
      <Modal opened={opened} onClose={close} title="Edit goal" size="lg">
        <form onSubmit={submit} noValidate>
          <Stack>
            {stale && (
              <Alert color="yellow" title="Someone else changed this goal" role="alert" data-testid="stale-goal">
                Your changes were not saved. Reload to see the goal as it is now, then make your changes again.
                <Group mt="xs">
                  <Button size="xs" onClick={reload}>
                    Reload
                  </Button>
                </Group>
              </Alert>
            )}
            {update.isError && !stale && !isFieldError(update.error) && (
              <Alert color="red" role="alert">
                {errorMessage(update.error)}
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
              <Button type="submit" loading={update.isPending} disabled={stale}>
                Save
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
