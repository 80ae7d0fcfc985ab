import { Button, Group, Modal, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { TaskDto } from '@hubspoke/contracts';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { fieldErrors } from '../../../lib/api';
import { useCreateTask } from '../hooks/useCreateTask';
import type { Option } from '../hooks/useTaskLookups';
import { NEW_PARAM } from '../hooks/useJustCreated';
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
  assigneeUserId: null,
  dueDate: '',
};

interface Props {
  hubId: string;
  defaultOrganizationId: string;
  orgOptions: Option[];
  goalOptions: Option[];
  groupOptions: Option[];
  peopleOf: (orgId: string | null) => Option[];
  onCreated: (task: TaskDto) => void;
}

/** Opens the form from its button, or when the address asks for it (`?new=task`: the `c` shortcut, the palette). */
export function NewTaskButton({
  hubId,
  defaultOrganizationId,
  orgOptions,
  goalOptions,
  groupOptions,
  peopleOf,
  onCreated,
}: Props) {
  const [opened, { open, close }] = useDisclosure();
  const [params, setParams] = useSearchParams();
  const requested = params.get(NEW_PARAM) === 'task';
  useEffect(() => {
    if (!requested) return;
    open();
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.delete(NEW_PARAM);
        return next;
      },
      { replace: true },
    );
  }, [requested, open, setParams]);
  const [values, setValues] = useState<TaskFormValues>({ ...EMPTY, assigneeOrganizationId: defaultOrganizationId });
  const create = useCreateTask(hubId);
  const submit = () =>
    create.mutate(
      { ...values, dueDate: values.dueDate || null },
      {
        onSuccess: (task) => {
          close();
          onCreated(task);
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
            peopleOf={peopleOf}
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
