import { Alert, Button, Group, NumberInput, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { errorMessage, fieldErrors } from '../../../lib/api';
import { useReportMeasurement } from '../hooks/useReportMeasurement';

export function ReportMeasurementForm({ hubId, goalId, unit }: { hubId: string; goalId: string; unit: string }) {
  const report = useReportMeasurement(hubId, goalId);
  const [value, setValue] = useState<string | number>('');
  const [observedAt, setObservedAt] = useState(() => new Date().toISOString().slice(0, 10));
  const [evidenceUrl, setEvidenceUrl] = useState('');
  const [note, setNote] = useState('');
  const errors = fieldErrors(report.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    report.mutate(
      {
        value: Number(value),
        observedAt: `${observedAt}T00:00:00Z`,
        evidenceUrl: evidenceUrl || undefined,
        note: note || undefined,
      },
      { onSuccess: () => (setValue(''), setEvidenceUrl(''), setNote('')) },
    );
  };
  return (
    <Stack component="form" onSubmit={submit} gap="xs" data-testid="report-form">
      <Title order={3} size="h5">
        Report a measurement
      </Title>
      {report.isError && !Object.keys(errors).length && (
        <Alert color="red" role="alert">
          {errorMessage(report.error)}
        </Alert>
      )}
      {report.isSuccess && (
        <Alert color="teal" role="status">
          Reported; it counts once the secretariat verifies it.
        </Alert>
      )}
      <Group grow wrap="wrap">
        <NumberInput
          label={`Value${unit ? ` (${unit})` : ''}`}
          required
          value={value}
          onChange={setValue}
          error={errors.value}
          miw={140}
        />
        <TextInput
          label="Observed on"
          type="date"
          required
          value={observedAt}
          onChange={(e) => setObservedAt(e.currentTarget.value)}
          error={errors.observedAt}
          miw={140}
        />
      </Group>
      <TextInput
        label="Evidence link"
        type="url"
        placeholder="https://"
        value={evidenceUrl}
        onChange={(e) => setEvidenceUrl(e.currentTarget.value)}
        error={errors.evidenceUrl}
      />
      <Textarea
        label="Note"
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        error={errors.note}
        autosize
      />
      <Button type="submit" w="fit-content" loading={report.isPending}>
        Report
      </Button>
    </Stack>
  );
}
