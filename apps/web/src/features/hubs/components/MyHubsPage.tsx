import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { QueryView } from '../../../components/QueryView';
import { OrganizationLink } from '../../organizations';
import { useMyHubs } from '../hooks/useMyHubs';
import { SdgBadges } from './SdgBadges';

export function MyHubsPage() {
  const hubs = useMyHubs();
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>My hubs</Title>
        <Button component={Link} to="/hubs/new" variant="light">
          Create a hub
        </Button>
      </Group>
      <QueryView query={hubs}>
        {(items) =>
          items.length === 0 ? (
            <EmptyState>
              You are not in a hub yet. Browse the{' '}
              <Anchor component={Link} to="/directory">
                public directory
              </Anchor>{' '}
              or accept an invitation.
            </EmptyState>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              {items.map((hub) => (
                <Card key={hub.id} withBorder>
                  <Stack gap="xs">
                    <Anchor component={Link} to={`/hubs/${hub.id}`} fw={600} size="lg">
                      {hub.name}
                    </Anchor>
                    <Group gap="xs">
                      <Badge variant="light">{hub.myRole}</Badge>
                      <Text size="sm" c="dimmed">
                        as{' '}
                        <OrganizationLink id={hub.myOrganization.id} inherit>
                          {hub.myOrganization.name}
                        </OrganizationLink>
                      </Text>
                    </Group>
                    <Text size="sm" lineClamp={3}>
                      {hub.mission}
                    </Text>
                    <SdgBadges sdgs={hub.sdgs} />
                  </Stack>
                </Card>
              ))}
            </SimpleGrid>
          )
        }
      </QueryView>
    </Stack>
  );
}
