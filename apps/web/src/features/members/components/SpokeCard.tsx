import { HUB_ROLES, type HubRole, type SpokeDto } from '@hubspoke/contracts';
import { Badge, Button, Card, Group, Select, Stack, Text } from '@mantine/core';
import { SECTOR_LABELS } from '../../../lib/format';
import { OrganizationLink } from '../../organizations';

interface Props {
  spoke: SpokeDto;
  manage: boolean;
  myUserId: string | undefined;
  onRole: (memberId: string, role: HubRole) => void;
  onRemove: (person: { memberId: string; name: string }) => void;
}

export function SpokeCard({ spoke, manage, myUserId, onRole, onRemove }: Props) {
  const { organization } = spoke;
  return (
    <Card withBorder component="article" aria-label={organization.name}>
      <Group gap="xs" mb="xs">
        <OrganizationLink id={organization.id} fw={600}>
          {organization.name}
        </OrganizationLink>
        <Badge variant="light" color="grape" autoContrast>
          {SECTOR_LABELS[organization.sector]}
        </Badge>
        {organization.country && (
          <Badge variant="outline" color="gray">
            {organization.country}
          </Badge>
        )}
      </Group>
      <Stack gap={6}>
        {spoke.people.map((person) => (
          <Group key={person.memberId} justify="space-between" wrap="wrap" gap="xs">
            <Text size="sm">{person.name}</Text>
            {manage && person.userId !== myUserId ? (
              <Group gap={4} wrap="nowrap">
                <Select
                  size="xs"
                  w={130}
                  aria-label={`Role of ${person.name}`}
                  data={[...HUB_ROLES]}
                  value={person.role}
                  onChange={(v) => v && v !== person.role && onRole(person.memberId, v as HubRole)}
                  allowDeselect={false}
                />
                <Button
                  size="compact-xs"
                  color="red"
                  variant="subtle"
                  onClick={() => onRemove({ memberId: person.memberId, name: person.name })}
                  aria-label={`Remove ${person.name}`}
                >
                  Remove
                </Button>
              </Group>
            ) : (
              <Badge variant="light">{person.role}</Badge>
            )}
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
