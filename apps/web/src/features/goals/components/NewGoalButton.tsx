import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { errorMessage, fieldErrors } from '../../../lib/api';
import { useCreateGoal } from '../hooks/useCreateGoal';
import { useGoalLookups } from '../hooks/useGoalLookups';
import { GoalForm } from './GoalForm';
import { EMPTY_GOAL, goalFieldsOf, type GoalFormValues } from './goalForm';

export function NewGoalButton({ hubId }: { hubId: string }) {
  const [opened, { open, close }] = useDisclosure();
  const [values, setValues] = useState<GoalFormValues>(EMPTY_GOAL);
  const create = useCreateGoal(hubId);
  const { orgOptions, parentOptions, groupOptions } = useGoalLookups(hubId);
  const errors = fieldErrors(create.error);
  const submit = () =>
    create.mutate(goalFieldsOf(values), {
      onSuccess: () => {
        close();
        setValues(EMPTY_GOAL);
        create.reset();
      },
    });
  return (
    <>
      <Button onClick={open} w="fit-content">
        New goal
      </Button>
      <Modal opened={opened} onClose={close} title="New goal" size="lg">
        <Stack>
          {create.isError && !Object.keys(errors).length && (
            <Alert color="red" role="alert">
              {errorMessage(create.error)}
            </Alert>
          )}
          <GoalForm
            values={values}
            onChange={setValues}
            errors={errors}
            orgOptions={orgOptions}
            parentOptions={parentOptions}
            groupOptions={groupOptions}
            hubId={hubId}
          />
          <Group justify="end">
            <Button onClick={submit} loading={create.isPending}>
              Create
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
