import { GOAL_LIMITS } from '@hubspoke/contracts';
import { Alert, Button, Group, NumberInput, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { z } from 'zod';
import { errorMessage } from '../../../lib/api';
import { formRules, isFieldError, rule, useApiFieldErrors } from '../../../lib/forms';
import { useReportMeasurement } from '../hooks/useReportMeasurement';

interface MeasurementFormValues {
  value: string | number;
  /** The day, `YYYY-MM-DD`; sent as that day's UTC midnight. */
  observedAt: string;
  evidenceUrl: string;
  note: string;
}

const measurementSchema = z.object({
  value: z
    .number(rule('value', 'isNotEmpty'))
    .min(-GOAL_LIMITS.amount, rule('value', 'min'))
    .max(GOAL_LIMITS.amount, rule('value', 'max')),
  observedAt: z.string().min(1, rule('observedAt', 'isNotEmpty')),
  evidenceUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/, ...rule('evidenceUrl', 'isUrl') })]),
  note: z.string().max(GOAL_LIMITS.measurementNoteMax, rule('note', 'maxLength')),
});

const today = () => new Date().toISOString().slice(0, 10);

export function ReportMeasurementForm({ hubId, goalId, unit }: { hubId: string; goalId: string; unit: string }) {
  const report = useReportMeasurement(hubId, goalId);
  const form = useForm<MeasurementFormValues>({
    initialValues: { value: '', observedAt: today(), evidenceUrl: '', note: '' },
    validate: formRules(measurementSchema),
  });
  useApiFieldErrors(form, report.error);
  const submit = form.onSubmit((values) =>
    report.mutate(
      {
        value: Number(values.value),
        observedAt: `${values.observedAt}T00:00:00Z`,
        evidenceUrl: values.evidenceUrl || undefined,
        note: values.note || undefined,
      },
      { onSuccess: () => form.setValues({ value: '', evidenceUrl: '', note: '' }) },
    ),
  );
  return (
    <form onSubmit={submit} noValidate data-testid="report-form">
      <Stack gap="xs">
        <Title order={3} size="h5">
          Report a measurement
        </Title>
        {report.isError && !isFieldError(report.error) && (
          <Alert color="red" role="alert">
            {errorMessage(report.error)}
          </Alert>
        )}
        {report.isSuccess && (
          <Alert color="teal" role="status">
            Reported; it counts once the secretariat verifies it.
          </Alert>
        )}
        <Group grow wrap="wrap" align="start">
          <NumberInput label={`Value${unit ? ` (${unit})` : ''}`} required miw={140} {...form.getInputProps('value')} />
          <TextInput label="Observed on" type="date" required miw={140} {...form.getInputProps('observedAt')} />
        </Group>
        <TextInput label="Evidence link" type="url" placeholder="https://" {...form.getInputProps('evidenceUrl')} />
        <Textarea label="Note" autosize {...form.getInputProps('note')} />
        <Button type="submit" w="fit-content" loading={report.isPending}>
          Report
        </Button>
      </Stack>
    </form>
  );
}
