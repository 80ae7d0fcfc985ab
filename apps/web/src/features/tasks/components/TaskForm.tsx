import { TASK_PRIORITIES, TASK_STATUSES } from '@hubspoke/contracts';
import { Select, Stack, Textarea, TextInput } from '@mantine/core';
import { STATUS_LABELS } from '../../../lib/format';
import { GroupItemFields } from '../../groups';
import type { Option } from '../hooks/useTaskLookups';
import type { TaskFormValues } from './taskForm';

interface Props {
  values: TaskFormValues;
  onChange: (values: TaskFormValues) => void;
  errors: Record<string, string>;
  readOnly: boolean;
  orgOptions: Option[];
  goalOptions: Option[];
  groupOptions?: Option[];
  /** The people of an organization, to name one on the task. */
  peopleOf: (orgId: string | null) => Option[];
}

export function TaskForm({
  values,
  onChange,
  errors,
  readOnly,
  orgOptions,
  goalOptions,
  groupOptions = [],
  peopleOf,
}: Props) {
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
        // a person represents one organization: another organization drops the person
        onChange={(v) =>
          v !== values.assigneeOrganizationId &&
          onChange({ ...values, assigneeOrganizationId: v, assigneeUserId: null })
        }
        clearable
        searchable
        error={errors.assigneeOrganizationId}
        readOnly={readOnly}
      />
      <Select
        label="Assignee person"
        placeholder={values.assigneeOrganizationId ? 'Anyone of the organization' : 'Pick an organization first'}
        data={peopleOf(values.assigneeOrganizationId)}
        value={values.assigneeUserId}
        onChange={(v) => set('assigneeUserId', v)}
        clearable
        searchable
        disabled={!values.assigneeOrganizationId}
        error={errors.assigneeUserId}
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
