import { Group, Paper, Stack, Text } from '@mantine/core';
import { EmptyState } from '../../../components/EmptyState';
import { QueryView } from '../../../components/QueryView';
import { formatDateTime } from '../../../lib/format';
import { useHubContext, usePeople } from '../../workspace';
import { useActivity } from '../hooks/useActivity';
import { describeEvent } from './describeEvent';

export default function ActivityPage() {
  const { hub } = useHubContext();
  const activity = useActivity(hub.id, hub.lastSeq);
  const people = usePeople(hub.id);
  return (
    <QueryView query={activity}>
      {(events) =>
        events.length === 0 ? (
          <EmptyState>No activity yet.</EmptyState>
        ) : (
          <Stack
            gap={6}
            component="ol"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-label="Activity"
            aria-live="polite"
          >
            {events.map((event) => (
              <Paper key={event.seq} withBorder p="xs" component="li">
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Text size="sm">
                    <b>{event.actorId ? (people.get(event.actorId)?.name ?? 'Someone') : 'Hubspoke'}</b>{' '}
                    {describeEvent(event)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatDateTime(event.createdAt)}
                  </Text>
                </Group>
              </Paper>
            ))}
          </Stack>
        )
      }
    </QueryView>
  );
}
