import { notificationPath, type NotificationDto } from '@hubspoke/contracts';
import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format';

/** One inbox item: its title leads to what it is about (and marks it read), when there is a page for it. */
export function NotificationItem({ n, onRead }: { n: NotificationDto; onRead: (id: string) => void }) {
  const path = notificationPath(n);
  const markRead = () => !n.readAt && onRead(n.id);
  return (
    <Paper withBorder p="sm" component="li">
      <Group justify="space-between" wrap="nowrap" align="start">
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Group gap="xs">
            {!n.readAt && (
              <Badge size="xs" color="red">
                new
              </Badge>
            )}
            {path ? (
              <Anchor component={Link} to={path} fw={600} onClick={markRead}>
                {n.title}
              </Anchor>
            ) : (
              <Text fw={600}>{n.title}</Text>
            )}
          </Group>
          <Text size="sm">{n.body}</Text>
          <Text size="xs" c="dimmed">
            {formatDateTime(n.createdAt)}
          </Text>
        </Stack>
        {!n.readAt && (
          <Button size="compact-xs" variant="subtle" onClick={markRead} style={{ flexShrink: 0 }}>
            Mark read
          </Button>
        )}
      </Group>
    </Paper>
  );
}
