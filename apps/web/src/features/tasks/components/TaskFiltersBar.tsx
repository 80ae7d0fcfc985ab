import { TASK_STATUSES } from '@hubspoke/contracts';
import { Button, Checkbox, Drawer, Group, Select, Stack, TextInput } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { STATUS_LABELS } from '../../../lib/format';
import type { TaskFilters } from '../hooks/useTaskFilters';

interface Props {
  filters: TaskFilters;
  setFilter: (name: keyof TaskFilters, value: string | boolean | null) => void;
  orgOptions: { value: string; label: string }[];
  goalOptions: { value: string; label: string }[];
  groupOptions: { value: string; label: string }[];
}

/** Below this width the filters fold into one button and a bottom sheet, so the board starts on the first screen. */
const NARROW = '(max-width: 48em)';

export function TaskFiltersBar(props: Props) {
  const narrow = useMediaQuery(NARROW);
  const [opened, { open, close }] = useDisclosure();
  const { filters, setFilter } = props;
  const search = (
    <TextInput
      label="Search"
      placeholder="Title or description"
      value={filters.q}
      onChange={(e) => setFilter('q', e.currentTarget.value)}
      w={{ base: '100%', sm: 200 }}
    />
  );
  if (!narrow) {
    return (
      <Group gap="xs" align="end" wrap="wrap">
        {search}
        <FilterFields {...props} />
      </Group>
    );
  }
  const active = [filters.org, filters.goal, filters.group, filters.status, filters.overdue].filter(Boolean).length;
  return (
    <Group gap="xs" align="end" wrap="nowrap">
      {search}
      <Button variant="default" onClick={open} style={{ flexShrink: 0 }}>
        {active ? `Filters (${active})` : 'Filters'}
      </Button>
      <Drawer opened={opened} onClose={close} position="bottom" size="auto" title="Filter tasks">
        <Stack gap="sm">
          <FilterFields {...props} />
          <Button onClick={close}>Show tasks</Button>
        </Stack>
      </Drawer>
    </Group>
  );
}

function FilterFields({ filters, setFilter, orgOptions, goalOptions, groupOptions }: Props) {
  return (
    <>
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
    </>
  );
}
