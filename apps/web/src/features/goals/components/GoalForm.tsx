import { GOAL_DIRECTIONS, type GoalDirection, type RollUpMethod } from '@hubspoke/contracts';
import { Group, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { GroupItemFields } from '../../groups';
import type { UseFormReturnType } from '@mantine/form';
import { MetricSelect } from '../../metrics';
import type { GoalFormValues } from './goalForm';
import { IndicatorSelect } from './IndicatorSelect';
import { ROLL_UP_METHOD_OPTIONS } from './RollUpPanel';

interface Props {
  form: UseFormReturnType<GoalFormValues>;
  orgOptions: { value: string; label: string }[];
  parentOptions: { value: string; label: string }[];
  groupOptions?: { value: string; label: string }[];
  /** The hub whose own custom metrics the metric picker offers first. */
  hubId?: string;
}

const DIRECTION_OPTIONS = GOAL_DIRECTIONS.map((d) => ({
  value: d,
  label: d === 'increase' ? 'Increase: higher is better' : 'Decrease: lower is better',
}));

/** The fields of a goal, bound to a @mantine/form form (see lib/forms.ts for the pattern). */
export function GoalForm({ form, orgOptions, parentOptions, groupOptions = [], hubId }: Props) {
  const { values } = form;
  return (
    <Stack gap="xs">
      <TextInput label="Title" required {...form.getInputProps('title')} />
      <Textarea label="Description" autosize minRows={2} {...form.getInputProps('description')} />
      <IndicatorSelect
        value={values.indicatorCode}
        disabled={Boolean(values.customMetricId)}
        error={form.errors.indicatorCode}
        onChange={(indicator) =>
          form.setValues({
            indicatorCode: indicator?.code ?? null,
            ...(indicator?.unit ? { unit: indicator.unit } : {}),
            ...(indicator?.direction ? { direction: indicator.direction } : {}),
          })
        }
      />
      <MetricSelect
        hubId={hubId}
        description="Or a custom metric of this hub or the catalog, instead of an indicator"
        value={values.customMetricId}
        onChange={(id, unit) =>
          form.setValues({
            customMetricId: id,
            ...(id ? { indicatorCode: null } : {}),
            ...(unit && !values.unit ? { unit } : {}),
          })
        }
        // the form's errors are the catalogue's strings
        error={form.errors.customMetricId as string | undefined}
      />
      <Group grow wrap="wrap" align="start">
        <TextInput label="Unit" required miw={100} {...form.getInputProps('unit')} />
        <Select
          label="Direction"
          data={DIRECTION_OPTIONS}
          allowDeselect={false}
          miw={160}
          {...form.getInputProps('direction')}
          onChange={(v) => v && form.setFieldValue('direction', v as GoalDirection)}
        />
      </Group>
      <Group grow wrap="wrap" align="start">
        <NumberInput label="Baseline" required miw={100} {...form.getInputProps('baseline')} />
        <NumberInput label="Target" required miw={100} {...form.getInputProps('target')} />
      </Group>
      <Group grow wrap="wrap" align="start">
        <TextInput label="Start date" type="date" required miw={140} {...form.getInputProps('startDate')} />
        <TextInput label="Due date" type="date" required miw={140} {...form.getInputProps('dueDate')} />
      </Group>
      <Select
        label="Owner organization"
        description="One of the hub's member organizations: it reports the measurements"
        required
        searchable
        data={orgOptions}
        {...form.getInputProps('ownerOrganizationId')}
      />
      <Select
        label="Parent goal"
        clearable
        searchable
        placeholder="None"
        data={parentOptions}
        {...form.getInputProps('parentId')}
      />
      <Select
        label="Roll up member hubs' goals"
        description="Member hubs map their goals to this one; its progress is then their rolled-up value"
        clearable
        placeholder="No: its own measurements"
        data={ROLL_UP_METHOD_OPTIONS}
        {...form.getInputProps('rollUpMethod')}
        onChange={(v) => form.setFieldValue('rollUpMethod', v as RollUpMethod | null)}
      />
      <GroupItemFields
        values={values}
        onChange={(group) => form.setValues(group)}
        groupOptions={groupOptions}
        errors={form.errors}
      />
    </Stack>
  );
}
