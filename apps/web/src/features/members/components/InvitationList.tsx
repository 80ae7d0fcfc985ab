import type { InvitationDto } from '@hubspoke/contracts';
import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { formatDate } from '../../../lib/format';

export function InvitationList({
  invitations,
  onRevoke,
}: {
  invitations: InvitationDto[];
  onRevoke: (id: string) => void;
}) {
  const pending = invitations.filter((i) => i.status === 'invited');
  if (pending.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={2} size="h5">
        Pending invitations
      </Title>
      {pending.map((i) => (
        <Group key={i.id} justify="space-between" wrap="wrap">
          <Text size="sm">
            {i.email} · {i.organization.name} <Badge variant="light">{i.role}</Badge> · until {formatDate(i.expiresAt)}
          </Text>
          <Button size="compact-xs" variant="subtle" color="red" onClick={() => onRevoke(i.id)}>
            Revoke
          </Button>
        </Group>
      ))}
    </Stack>
  );
}
