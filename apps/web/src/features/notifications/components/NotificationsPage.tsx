import type { NotificationDto } from '@hubspoke/contracts';
import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { QueryView } from '../../../components/QueryView';
import { formatDateTime } from '../../../lib/format';
import { useMyHubs } from '../../hubs/hooks/useMyHubs';
import { useMarkRead } from '../hooks/useMarkRead';
import { DigestPreferenceForm } from './DigestPreferenceForm';
import { useNotifications } from '../hooks/useNotifications';

function linkOf(n: NotificationDto): string {
  const { goalId, taskId } = n.payload as { goalId?: string; taskId?: string };
  if (goalId) return `/hubs/${n.hubId}/goals/${goalId}`;
  if (taskId) return `/hubs/${n.hubId}/tasks?task=${taskId}`;
  return `/hubs/${n.hubId}`;
}

export function NotificationsPage() {
  const notifications = useNotifications();
  const markRead = useMarkRead();
  const hubs = useMyHubs();
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Inbox</Title>
        <Button variant="light" onClick={() => markRead.mutate(null)}>
          Mark all read
        </Button>
      </Group>
      <QueryView query={notifications}>
        {(page) =>
          page.items.length === 0 ? (
            <EmptyState>Nothing here yet.</EmptyState>
          ) : (
            <Stack gap="xs" component="ul" p={0} style={{ listStyle: 'none' }}>
              {page.items.map((n) => (
                <Paper key={n.id} withBorder p="sm" component="li">
                  <Group justify="space-between" wrap="nowrap" align="start">
                    <Stack gap={2}>
                      <Group gap="xs">
                        {!n.readAt && (
                          <Badge size="xs" color="red">
                            new
                          </Badge>
                        )}
                        <Anchor
                          component={Link}
                          to={linkOf(n)}
                          fw={600}
                          onClick={() => !n.readAt && markRead.mutate(n.id)}
                        >
                          {n.title}
                        </Anchor>
                      </Group>
                      <Text size="sm">{n.body}</Text>
                      <Text size="xs" c="dimmed">
                        {formatDateTime(n.createdAt)}
                      </Text>
                    </Stack>
                    {!n.readAt && (
                      <Button size="compact-xs" variant="subtle" onClick={() => markRead.mutate(n.id)}>
                        Mark read
                      </Button>
                    )}
                  </Group>
                </Paper>
              ))}
            </Stack>
          )
        }
      </QueryView>
      <Title order={2} size="h3" mt="md">
        Digest preferences
      </Title>
      {(hubs.data ?? []).map((hub) => (
        <DigestPreferenceForm key={hub.id} hubId={hub.id} hubName={hub.name} />
      ))}
    </Stack>
  );
}
