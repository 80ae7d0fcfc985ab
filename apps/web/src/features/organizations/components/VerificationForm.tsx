import type { OrganizationDetailDto } from '@hubspoke/contracts';
import { Button, Paper, Stack, Switch, TagsInput, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../../lib/api';
import { verifyOrganization } from '../api/organizationsApi';
import { useOrganizationAction } from '../hooks/useOrganizationAction';

/** Platform admins: whether the organization is who it says it is, and the email domains that prove a person's tie. */
export function VerificationForm({ org }: { org: OrganizationDetailDto }) {
  const [verified, setVerified] = useState(org.verifiedAt !== null);
  const [domains, setDomains] = useState(org.emailDomains);
  const save = useOrganizationAction(
    org.id,
    (body: { verified: boolean; emailDomains: string[] }) => verifyOrganization(org.id, body),
    {
      done: ({ verified: isVerified }) =>
        isVerified ? `${org.name} is verified.` : `${org.name} is no longer marked verified.`,
      failed: 'Verification not saved',
    },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ verified, emailDomains: domains });
  };
  const errors = fieldErrors(save.error);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="verification">
      <Title order={2} size="h4" id="verification" mb="xs">
        Verification
      </Title>
      <Stack component="form" onSubmit={submit} gap="sm">
        <Text size="sm" c="dimmed">
          As a platform admin you vouch for the organization. People who confirm an address at one of its domains become
          members on their own, now and later.
        </Text>
        <Switch
          label="Verified: it is who it says it is"
          checked={verified}
          onChange={(e) => setVerified(e.currentTarget.checked)}
        />
        <TagsInput
          label="Verified email domains"
          description="Press Enter after each"
          placeholder="who.int"
          value={domains}
          onChange={setDomains}
          error={errors.emailDomains}
        />
        <Button type="submit" w="fit-content" loading={save.isPending}>
          Save verification
        </Button>
      </Stack>
    </Paper>
  );
}
