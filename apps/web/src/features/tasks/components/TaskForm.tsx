import { TASK_PRIORITIES, TASK_STATUSES } from '@hubspoke/contracts';
import { Select, Stack, Textarea, TextInput } from '@mantine/core';
import { STATUS_LABELS } from '../../../lib/format';
import { GroupItemFields } from '../../groups';
import type { TaskFormValues } from './taskForm';

interface Props {
  values: TaskFormValues;
  onChange: (values: TaskFormValues) => void;
  errors: Record<string, string>;
  readOnly: boolean;
  orgOptions: { value: string; label: string }[];
  goalOptions: { value: string; label: string }[];
  groupOptions?: { value: string; label: string }[];
}

export function TaskForm({ values, onChange, errors, readOnly, orgOptions, goalOptions, groupOptions = [] }: Props) {
  const set = <K extends keyof TaskFormValues>(key: K, value: TaskFormValues[K]) =>
    onChange({ ...values, [key]: value });
  return (
    <Stack gap="sm">
      <TextInput
        label="Title"
        required
        value={values.title}
        onChange={(e) => set('title', e.currentTarget.value)}
        error={errors.title}
        readOnly={readOnly}
      />
      <Textarea
        label="Description"
        autosize
        minRows={3}
        value={values.description}
        onChange={(e) => set('description', e.currentTarget.value)}
        error={errors.description}
        readOnly={readOnly}
      />
      <Select
        label="Status"
        data={TASK_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
        value={values.status}
        onChange={(v) => v && set('status', v as TaskFormValues['status'])}
        error={errors.status}
        readOnly={readOnly}
        allowDeselect={false}
      />
      <Select
        label="Priority"
        data={[...TASK_PRIORITIES]}
        value={values.priority}
        onChange={(v) => v && set('priority', v as TaskFormValues['priority'])}
        error={errors.priority}
        readOnly={readOnly}
        allowDeselect={false}
      />
      <Select
        label="Goal"
        data={goalOptions}
        value={values.goalId}
        onChange={(v) => set('goalId', v)}
        clearable
        error={errors.goalId}
        readOnly={readOnly}
      />
      <GroupItemFields
        values={values}
        onChange={(group) => onChange({ ...values, ...group })}
        groupOptions={groupOptions}
        errors={errors}
        readOnly={readOnly}
      />
      <Select
        label="Assignee organization"
        data={orgOptions}
        value={values.assigneeOrganizationId}
        onChange={(v) => set('assigneeOrganizationId', v)}
        clearable
        searchable
        error={errors.assigneeOrganizationId}
        readOnly={readOnly}
      />
      <TextInput
        label="Due date"
        type="date"
        value={values.dueDate}
        onChange={(e) => set('dueDate', e.currentTarget.value)}
        error={errors.dueDate}
        readOnly={readOnly}
      />
    </Stack>
  );
}
