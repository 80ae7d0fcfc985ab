import { Anchor, Group, Select, Text } from '@mantine/core';
import { Link } from 'react-router';
import { errorMessage } from '../../../lib/api';
import { useMyOrganizations } from '../hooks/useMyOrganizations';
import { VerifiedBadge } from './VerifiedBadge';

/**
 * Picks an organization to act for: only those I am an approved member of, as the api allows nothing else (a hub's
 * secretariat, a challenge's funder, a proposal's lead).
 */
export function MyOrganizationSelect({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string;
}) {
  const mine = useMyOrganizations();
  const approved = (mine.data ?? []).filter((m) => m.status === 'approved').map((m) => m.organization);
  const waiting = (mine.data ?? []).filter((m) => m.status === 'pending').map((m) => m.organization.name);
  const verified = new Set(approved.filter((o) => o.verified).map((o) => o.id));
  return (
    <Select
      label={label}
      required
      data={approved.map((o) => ({ value: o.id, label: o.name }))}
      value={value}
      onChange={onChange}
      placeholder={mine.isSuccess && approved.length === 0 ? 'You act for no organization yet' : 'Pick one'}
      disabled={mine.isSuccess && approved.length === 0}
      renderOption={({ option }) => (
        <Group gap="xs" wrap="nowrap">
          <Text size="sm">{option.label}</Text>
          {verified.has(option.value) && <VerifiedBadge size="xs" />}
        </Group>
      )}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      description={
        <>
          Organizations you are an approved member of.
          {waiting.length > 0 && ` Waiting for approval: ${waiting.join(', ')}.`} Not listed?{' '}
          <Anchor component={Link} to="/organizations" inherit>
            Ask to join your organization
          </Anchor>
        </>
      }
      error={error ?? (mine.isError ? errorMessage(mine.error) : undefined)}
    />
  );
}
