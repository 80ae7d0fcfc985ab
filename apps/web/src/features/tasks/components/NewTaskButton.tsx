import { Button, Group, Modal, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { fieldErrors } from '../../../lib/api';
import { useCreateTask } from '../hooks/useCreateTask';
import { TaskForm } from './TaskForm';
import type { TaskFormValues } from './taskForm';

const EMPTY: TaskFormValues = {
  title: '',
  description: '',
  status: 'todo',
  priority: 'medium',
  goalId: null,
  workingGroupId: null,
  visibility: 'hub',
  assigneeOrganizationId: null,
  dueDate: '',
};

interface Props {
  hubId: string;
  defaultOrganizationId: string;
  orgOptions: { value: string; label: string }[];
  goalOptions: { value: string; label: string }[];
  groupOptions: { value: string; label: string }[];
}

export function NewTaskButton({ hubId, defaultOrganizationId, orgOptions, goalOptions, groupOptions }: Props) {
  const [opened, { open, close }] = useDisclosure();
  const [values, setValues] = useState<TaskFormValues>({ ...EMPTY, assigneeOrganizationId: defaultOrganizationId });
  const create = useCreateTask(hubId);
  const submit = () =>
    create.mutate(
      { ...values, dueDate: values.dueDate || null },
      {
        onSuccess: () => {
          close();
          setValues({ ...EMPTY, assigneeOrganizationId: defaultOrganizationId });
        },
      },
    );
  return (
    <>
      <Button onClick={open}>New task</Button>
      <Modal opened={opened} onClose={close} title="New task">
        <Stack>
          <TaskForm
            values={values}
            onChange={setValues}
            errors={fieldErrors(create.error)}
            readOnly={false}
            orgOptions={orgOptions}
            goalOptions={goalOptions}
            groupOptions={groupOptions}
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
