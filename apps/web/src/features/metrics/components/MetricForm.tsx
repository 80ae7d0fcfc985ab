import type { MetricDto } from '@hubspoke/contracts';
import { Alert, Button, Group, MultiSelect, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage, fieldErrors, isStale } from '../../../lib/api';
import { toastSuccess } from '../../../lib/feedback';
import { keys } from '../../../lib/keys';
import { useSdgGoals } from '../../hubs';
import { createMetric, updateMetric, type MetricFields } from '../api/metricsApi';

interface Values {
  name: string;
  definition: string;
  unit: string;
  calculation: string;
  sdgs: string[];
  sdgTargets: string[];
}

const valuesOf = (metric?: MetricDto): Values => ({
  name: metric?.name ?? '',
  definition: metric?.definition ?? '',
  unit: metric?.unit ?? '',
  calculation: metric?.calculation ?? '',
  sdgs: (metric?.sdgs ?? []).map(String),
  sdgTargets: metric?.sdgTargets ?? [],
});

const fieldsOf = (v: Values): MetricFields => ({
  name: v.name,
  definition: v.definition,
  unit: v.unit.trim() || null,
  calculation: v.calculation,
  sdgs: v.sdgs.map(Number),
  sdgTargets: v.sdgTargets,
});

/** Creates a custom metric of the hub, or edits one (with its version); the api's field errors show under the fields. */
export function MetricForm({ hubId, metric, onDone }: { hubId: string; metric?: MetricDto; onDone: () => void }) {
  const queryClient = useQueryClient();
  const [base, setBase] = useState(metric);
  const [values, setValues] = useState<Values>(() => valuesOf(metric));
  const sdgGoals = useSdgGoals().data ?? [];
  const save = useMutation({
    mutationFn: (v: Values) =>
      base ? updateMetric(hubId, base.id, { ...fieldsOf(v), version: base.version }) : createMetric(hubId, fieldsOf(v)),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.hubMetrics(hubId) });
      void queryClient.invalidateQueries({ queryKey: ['metrics'] });
      toastSuccess(base ? 'Metric saved' : 'Metric created');
      onDone();
    },
  });
  const errors = fieldErrors(save.error);
  const stale = isStale(save.error);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((prev) => ({ ...prev, [key]: value }));
  const reload = () => {
    if (!isStale(save.error)) return;
    const current = save.error.current as MetricDto;
    setBase(current);
    setValues(valuesOf(current));
    save.reset();
  };
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(values);
      }}
    >
      <Stack gap="xs">
        {stale && (
          <Alert color="yellow" role="alert" title="Someone else changed this metric">
            Your changes were not saved.
            <Group mt="xs">
              <Button size="xs" onClick={reload}>
                Reload
              </Button>
            </Group>
          </Alert>
        )}
        {save.isError && !stale && !Object.keys(errors).length && (
          <Alert color="red" role="alert">
            {errorMessage(save.error)}
          </Alert>
        )}
        <TextInput
          label="Name"
          required
          value={values.name}
          onChange={(e) => set('name', e.currentTarget.value)}
          error={errors.name}
        />
        <Textarea
          label="Definition"
          description="What is measured"
          autosize
          minRows={2}
          value={values.definition}
          onChange={(e) => set('definition', e.currentTarget.value)}
          error={errors.definition}
        />
        <TextInput
          label="Unit"
          placeholder="children"
          value={values.unit}
          onChange={(e) => set('unit', e.currentTarget.value)}
          error={errors.unit}
        />
        <Textarea
          label="Calculation"
          description="How it is calculated, from which sources"
          autosize
          minRows={2}
          value={values.calculation}
          onChange={(e) => set('calculation', e.currentTarget.value)}
          error={errors.calculation}
        />
        <MultiSelect
          label="SDGs"
          data={sdgGoals.map((g) => ({ value: String(Number(g.code)), label: `${Number(g.code)}. ${g.shortTitle}` }))}
          value={values.sdgs}
          onChange={(v) => set('sdgs', v)}
          error={errors.sdgs}
          searchable
        />
        <TagsInput
          label="SDG targets"
          description="Codes such as 3.b; press Enter after each"
          value={values.sdgTargets}
          onChange={(v) => set('sdgTargets', v)}
          error={errors.sdgTargets}
        />
        <Group justify="end">
          <Button type="submit" loading={save.isPending}>
            {base ? 'Save' : 'Create metric'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
