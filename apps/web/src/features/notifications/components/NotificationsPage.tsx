import { Button, Group, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { QueryView } from '../../../components/QueryView';
import { useMyHubs } from '../../hubs';
import { useMarkRead } from '../hooks/useMarkRead';
import { DigestPreferenceForm } from './DigestPreferenceForm';
import { NotificationItem } from './NotificationItem';
import { useNotifications } from '../hooks/useNotifications';

export function NotificationsPage() {
  const notifications = useNotifications();
  const markRead = useMarkRead();
  const hubs = useMyHubs();
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Inbox</Title>
        <Group gap="xs">
          <Button component={Link} to="/account#notifications" variant="subtle">
            Notification settings
          </Button>
          <Button variant="light" onClick={() => markRead.mutate(null)}>
            Mark all read
          </Button>
        </Group>
      </Group>
      <QueryView query={notifications}>
        {(page) =>
          page.items.length === 0 ? (
            <EmptyState>Nothing here yet.</EmptyState>
          ) : (
            <Stack gap="xs" component="ul" p={0} style={{ listStyle: 'none' }}>
              {page.items.map((n) => (
                <NotificationItem key={n.id} n={n} onRead={(id) => markRead.mutate(id)} />
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
