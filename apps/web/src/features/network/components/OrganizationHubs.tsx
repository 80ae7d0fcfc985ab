import type { OrganizationNetworkDto } from '@hubspoke/contracts';
import { Anchor, Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useAuth } from '../../../lib/auth';
import { useMyHubs } from '../../hubs';

/** The organization's hubs: public ones (their public page) and the caller's own ones it is in (their workspace). */
export function OrganizationHubs({ hubs }: { hubs: OrganizationNetworkDto['hubs'] }) {
  const { user } = useAuth();
  const mine = useMyHubs(user !== null);
  const own = new Set((mine.data ?? []).map((h) => h.id));
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        Hubs
      </Title>
      {hubs.length === 0 ? (
        <Text size="sm" c="dimmed">
          In no public hub, nor in any of yours.
        </Text>
      ) : (
        <List size="sm" spacing={4} listStyleType="none" ml={0} pl={0}>
          {hubs.map((hub) => (
            <List.Item key={hub.id}>
              <Group gap="xs" wrap="nowrap">
                <Anchor component={Link} to={own.has(hub.id) ? `/hubs/${hub.id}` : `/h/${hub.id}`} size="sm">
                  {hub.name}
                </Anchor>
                {own.has(hub.id) && (
                  <Badge size="xs" variant="light">
                    your hub
                  </Badge>
                )}
                {hub.visibility === 'private' && (
                  <Badge size="xs" variant="outline" color="gray">
                    private
                  </Badge>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
