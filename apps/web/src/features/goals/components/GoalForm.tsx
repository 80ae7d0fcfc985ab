import { GOAL_DIRECTIONS, type GoalDirection, type RollUpMethod } from '@hubspoke/contracts';
import { Group, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { GroupItemFields } from '../../groups';
import { MetricSelect } from '../../metrics';
import type { GoalFormValues } from './goalForm';
import { ROLL_UP_METHOD_OPTIONS } from './RollUpPanel';

interface Props {
  values: GoalFormValues;
  onChange: (values: GoalFormValues) => void;
  errors: Record<string, string>;
  orgOptions: { value: string; label: string }[];
  parentOptions: { value: string; label: string }[];
  groupOptions?: { value: string; label: string }[];
  /** The hub whose own custom metrics the metric picker offers first. */
  hubId?: string;
}

/** The fields of a goal, controlled; errors are the api's field-level `details`. */
export function GoalForm({ values, onChange, errors, orgOptions, parentOptions, groupOptions = [], hubId }: Props) {
  const set = <K extends keyof GoalFormValues>(key: K, value: GoalFormValues[K]) =>
    onChange({ ...values, [key]: value });
  return (
    <Stack gap="xs">
      <TextInput
        label="Title"
        required
        value={values.title}
        onChange={(e) => set('title', e.currentTarget.value)}
        error={errors.title}
      />
      <Textarea
        label="Description"
        value={values.description}
        onChange={(e) => set('description', e.currentTarget.value)}
        error={errors.description}
        autosize
        minRows={2}
      />
      <Group grow wrap="wrap" align="start">
        <TextInput
          label="Indicator code"
          placeholder="3.b.1"
          description="Optional; blank for a custom metric"
          disabled={Boolean(values.customMetricId)}
          value={values.indicatorCode}
          onChange={(e) => set('indicatorCode', e.currentTarget.value)}
          error={errors.indicatorCode}
          miw={140}
        />
        <TextInput
          label="Unit"
          required
          value={values.unit}
          onChange={(e) => set('unit', e.currentTarget.value)}
          error={errors.unit}
          miw={100}
        />
      </Group>
      <MetricSelect
        hubId={hubId}
        description="Or a custom metric of this hub or the catalog, instead of an indicator"
        value={values.customMetricId}
        onChange={(id, unit) =>
          onChange({
            ...values,
            customMetricId: id,
            ...(id ? { indicatorCode: '' } : {}),
            ...(unit && !values.unit ? { unit } : {}),
          })
        }
        error={errors.customMetricId}
      />
      <Group grow wrap="wrap" align="start">
        <NumberInput
          label="Baseline"
          required
          value={values.baseline}
          onChange={(v) => set('baseline', v)}
          error={errors.baseline}
          miw={100}
        />
        <NumberInput
          label="Target"
          required
          value={values.target}
          onChange={(v) => set('target', v)}
          error={errors.target}
          miw={100}
        />
        <Select
          label="Direction"
          data={[...GOAL_DIRECTIONS]}
          value={values.direction}
          onChange={(v) => v && set('direction', v as GoalDirection)}
          allowDeselect={false}
          error={errors.direction}
          miw={120}
        />
      </Group>
      <Group grow wrap="wrap" align="start">
        <TextInput
          label="Start date"
          type="date"
          required
          value={values.startDate}
          onChange={(e) => set('startDate', e.currentTarget.value)}
          error={errors.startDate}
          miw={140}
        />
        <TextInput
          label="Due date"
          type="date"
          required
          value={values.dueDate}
          onChange={(e) => set('dueDate', e.currentTarget.value)}
          error={errors.dueDate}
          miw={140}
        />
      </Group>
      <Select
        label="Owner organization"
        required
        searchable
        data={orgOptions}
        value={values.ownerOrganizationId}
        onChange={(v) => set('ownerOrganizationId', v)}
        error={errors.ownerOrganizationId}
      />
      <Select
        label="Parent goal"
        clearable
        searchable
        placeholder="None"
        data={parentOptions}
        value={values.parentId}
        onChange={(v) => set('parentId', v)}
        error={errors.parentId}
      />
      <Select
        label="Roll up member hubs' goals"
        description="Member hubs map their goals to this one; its progress is then their rolled-up value"
        clearable
        placeholder="No: its own measurements"
        data={ROLL_UP_METHOD_OPTIONS}
        value={values.rollUpMethod}
        onChange={(v) => set('rollUpMethod', v as RollUpMethod | null)}
        error={errors.rollUpMethod}
      />
      <GroupItemFields
        values={values}
        onChange={(group) => onChange({ ...values, ...group })}
        groupOptions={groupOptions}
        errors={errors}
      />
    </Stack>
  );
}
