import { TASK_STATUSES } from '@hubspoke/contracts';
import { Checkbox, Group, Select, TextInput } from '@mantine/core';
import { STATUS_LABELS } from '../../../lib/format';
import type { TaskFilters } from '../hooks/useTaskFilters';

interface Props {
  filters: TaskFilters;
  setFilter: (name: keyof TaskFilters, value: string | boolean | null) => void;
  orgOptions: { value: string; label: string }[];
  goalOptions: { value: string; label: string }[];
  groupOptions: { value: string; label: string }[];
}

export function TaskFiltersBar({ filters, setFilter, orgOptions, goalOptions, groupOptions }: Props) {
  return (
    <Group gap="xs" align="end" wrap="wrap">
      <TextInput
        label="Search"
        placeholder="Title or description"
        value={filters.q}
        onChange={(e) => setFilter('q', e.currentTarget.value)}
        w={{ base: '100%', sm: 200 }}
      />
      <Select
        label="Assignee organization"
        placeholder="Any"
        data={orgOptions}
        value={filters.org}
        onChange={(v) => setFilter('org', v)}
        clearable
        searchable
        w={{ base: '100%', sm: 200 }}
      />
      <Select
        label="Goal"
        placeholder="Any"
        data={goalOptions}
        value={filters.goal}
        onChange={(v) => setFilter('goal', v)}
        clearable
        searchable
        w={{ base: '100%', sm: 200 }}
      />
      {groupOptions.length > 0 && (
        <Select
          label="Working group"
          placeholder="Any"
          data={groupOptions}
          value={filters.group}
          onChange={(v) => setFilter('group', v)}
          clearable
          w={{ base: '100%', sm: 200 }}
        />
      )}
      <Select
        label="Status"
        placeholder="Any"
        data={TASK_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
        value={filters.status}
        onChange={(v) => setFilter('status', v)}
        clearable
        w={{ base: '100%', sm: 150 }}
      />
      <Checkbox
        label="Overdue only"
        checked={filters.overdue}
        onChange={(e) => setFilter('overdue', e.currentTarget.checked)}
        mb={8}
      />
    </Group>
  );
}
