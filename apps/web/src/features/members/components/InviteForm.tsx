import { HUB_ROLES, type HubRole } from '@hubspoke/contracts';
import { Alert, Button, Code, Group, Select, Stack, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { errorMessage, fieldErrors } from '../../../lib/api';
import { useInvite } from '../hooks/useInvite';
import { useOrganizationSearch } from '../../organizations';

export function InviteForm({ hubId }: { hubId: string }) {
  const [email, setEmail] = useState('');
  const [orgSearch, setOrgSearch] = useState('');
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [role, setRole] = useState<HubRole>('member');
  const [q] = useDebouncedValue(orgSearch, 250);
  const orgs = useOrganizationSearch(q);
  const send = useInvite(hubId);
  const errors = fieldErrors(send.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (organizationId) send.mutate({ email, organizationId, role });
  };
  const link = send.data ? `${window.location.origin}/invite/${send.data.inviteToken}` : null;
  return (
    <Stack component="form" onSubmit={submit} gap="xs">
      <Title order={2} size="h5">
        Invite someone
      </Title>
      <Group grow wrap="wrap" align="start">
        <TextInput
          label="Email"
          type="email"
          required
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={errors.email}
          miw={200}
        />
        <Select
          label="Organization"
          required
          searchable
          searchValue={orgSearch}
          onSearchChange={setOrgSearch}
          data={(orgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
          value={organizationId}
          onChange={setOrganizationId}
          error={errors.organizationId}
          miw={200}
          filter={({ options }) => options}
        />
        <Select
          label="Role"
          data={[...HUB_ROLES]}
          value={role}
          onChange={(v) => v && setRole(v as HubRole)}
          allowDeselect={false}
          miw={140}
        />
      </Group>
      {send.isError && !Object.keys(errors).length && (
        <Alert color="red" role="alert">
          {errorMessage(send.error)}
        </Alert>
      )}
      {link && (
        <Alert color="teal" role="status" title="Invitation created">
          Send this link (shown only once): <Code>{link}</Code>
        </Alert>
      )}
      <Button type="submit" w="fit-content" loading={send.isPending} disabled={!organizationId}>
        Invite
      </Button>
    </Stack>
  );
}
