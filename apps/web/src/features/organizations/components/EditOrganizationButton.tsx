import { SECTORS, type OrganizationDetailDto, type Sector } from '@hubspoke/contracts';
import { Alert, Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { errorMessage, fieldErrors } from '../../../lib/api';
import { SECTOR_LABELS } from '../../../lib/format';
import { SdgMultiSelect } from '../../hubs';
import { updateOrganization, type OrganizationRecord } from '../api/organizationsApi';
import { useOrganizationAction } from '../hooks/useOrganizationAction';
import { recordChanges } from './recordChanges';

const asForm = (org: OrganizationDetailDto) => ({
  name: org.name,
  shortName: org.shortName ?? '',
  sector: org.sector,
  country: org.country ?? '',
  sdgs: org.sdgs,
  website: org.website ?? '',
  description: org.description ?? '',
});
type FormValues = ReturnType<typeof asForm>;

/** Admins edit the public record; the api keeps each edit in its history. */
export function EditOrganizationButton({ org }: { org: OrganizationDetailDto }) {
  const [opened, { open, close }] = useDisclosure();
  const [values, setValues] = useState<FormValues>(() => asForm(org));
  const save = useOrganizationAction(
    org.id,
    (changes: Partial<OrganizationRecord>) => updateOrganization(org.id, changes),
    {
      done: () => 'Saved. The edit is kept in the record’s history.',
      failed: 'Not saved',
    },
  );
  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) =>
    setValues((prev) => ({ ...prev, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(recordChanges(org, values), { onSuccess: close });
  };
  const errors = fieldErrors(save.error);
  return (
    <>
      <Button
        variant="default"
        onClick={() => {
          setValues(asForm(org));
          save.reset();
          open();
        }}
      >
        Edit the record
      </Button>
      <Modal opened={opened} onClose={close} title={`Edit ${org.name}`} size="lg">
        <Stack component="form" onSubmit={submit} {...{ noValidate: true }}>
          <TextInput
            label="Name"
            required
            value={values.name}
            onChange={(e) => set('name', e.currentTarget.value)}
            error={errors.name}
          />
          <Group grow align="start">
            <TextInput
              label="Short name"
              value={values.shortName}
              onChange={(e) => set('shortName', e.currentTarget.value)}
              error={errors.shortName}
            />
            <TextInput
              label="Country"
              description="Two letters, e.g. KE"
              maxLength={2}
              value={values.country}
              onChange={(e) => set('country', e.currentTarget.value.toUpperCase())}
              error={errors.country}
            />
          </Group>
          <Select
            label="Sector"
            data={SECTORS.map((s) => ({ value: s, label: SECTOR_LABELS[s] }))}
            value={values.sector}
            onChange={(v) => v && set('sector', v as Sector)}
            allowDeselect={false}
            error={errors.sector}
          />
          <SdgMultiSelect value={values.sdgs} onChange={(v) => set('sdgs', v)} error={errors.sdgs} />
          <TextInput
            label="Website"
            placeholder="https://"
            value={values.website}
            onChange={(e) => set('website', e.currentTarget.value)}
            error={errors.website}
          />
          <Textarea
            label="Description"
            autosize
            minRows={3}
            value={values.description}
            onChange={(e) => set('description', e.currentTarget.value)}
            error={errors.description}
          />
          {save.isError && !Object.keys(errors).length && (
            <Alert color="red" role="alert">
              {errorMessage(save.error)}
            </Alert>
          )}
          <Group justify="end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              Save
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
