import { Alert, Button, Checkbox, Group, Paper, Select, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { errorMessage, fieldErrors } from '../../../lib/api';
import { timeZoneOptions } from '../../../lib/timeZones';
import { CADENCES, CHANNELS, type DigestPreference, type DigestPreferenceInput } from '../api/digestPreferencesApi';
import { useDigestPreference } from '../hooks/useDigestPreference';
import { useSaveDigestPreference } from '../hooks/useSaveDigestPreference';

const CHANNEL_LABELS = { email: 'Email', in_app: 'In the app' } as const;

function Form({ hubId, hubName, initial }: { hubId: string; hubName: string; initial: DigestPreference }) {
  const { cadence, timeZone, deliveryTime, channels } = initial;
  const [value, setValue] = useState<DigestPreferenceInput>({ cadence, timeZone, deliveryTime, channels });
  const save = useSaveDigestPreference(hubId);
  const errors = fieldErrors(save.error);
  return (
    <Paper
      withBorder
      p="sm"
      component="form"
      onSubmit={(e) => (e.preventDefault(), save.mutate(value))}
      aria-label={`Digest for ${hubName}`}
    >
      <Text fw={600} mb="xs">
        {hubName}
      </Text>
      {initial.unsubscribed && !save.isSuccess && (
        <Text size="sm" mb="xs">
          You unsubscribed with an email’s link: no digest nor notification email comes from this hub. Saving here turns
          them back on as you choose.
        </Text>
      )}
      <Group align="end" wrap="wrap" gap="sm">
        <Select
          label="Digest"
          data={[...CADENCES]}
          value={value.cadence}
          onChange={(c) => c && setValue({ ...value, cadence: c as DigestPreference['cadence'] })}
          allowDeselect={false}
          w={120}
          error={errors.cadence}
        />
        <TextInput
          label="At"
          type="time"
          value={value.deliveryTime}
          onChange={(e) => setValue({ ...value, deliveryTime: e.currentTarget.value })}
          w={120}
          error={errors.deliveryTime}
        />
        <Select
          label="Time zone"
          data={timeZoneOptions()}
          searchable
          value={value.timeZone}
          onChange={(zone) => zone && setValue({ ...value, timeZone: zone })}
          allowDeselect={false}
          nothingFoundMessage="No time zone by that name"
          w={240}
          error={errors.timeZone}
        />
        <Checkbox.Group
          label="Channels"
          value={value.channels}
          onChange={(c) => setValue({ ...value, channels: c as DigestPreference['channels'] })}
          error={errors.channels}
        >
          <Group gap="sm" mt={6}>
            {CHANNELS.map((c) => (
              <Checkbox key={c} value={c} label={CHANNEL_LABELS[c]} />
            ))}
          </Group>
        </Checkbox.Group>
        <Button type="submit" loading={save.isPending}>
          Save
        </Button>
      </Group>
      {save.isError && !Object.keys(errors).length && (
        <Alert color="red" mt="xs" role="alert">
          {errorMessage(save.error)}
        </Alert>
      )}
      {save.isSuccess && (
        <Text size="sm" mt="xs" role="status">
          Saved.
        </Text>
      )}
    </Paper>
  );
}

export function DigestPreferenceForm({ hubId, hubName }: { hubId: string; hubName: string }) {
  const preference = useDigestPreference(hubId);
  if (preference.isPending) return <Loading />;
  if (preference.isError) return <ErrorState error={preference.error} />;
  return <Form hubId={hubId} hubName={hubName} initial={preference.data} />;
}
