import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { keys } from '../../../lib/keys';
import { fetchOutbox } from '../../account';
import { emailLinks } from './emailLinks';

/** The emails a server without SMTP kept for me, newest first, with their links; nothing where mail is sent. */
export function LocalOutbox() {
  const outbox = useQuery({ queryKey: keys.outbox, queryFn: ({ signal }) => fetchOutbox(signal) });
  const emails = outbox.data?.items ?? [];
  if (emails.length === 0) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="local-outbox">
      <Title order={2} size="h4" id="local-outbox">
        Emails kept for you on this server
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        This Hubspoke has no mail server: it keeps its emails here instead of sending them. The newest link is the one
        that works.
      </Text>
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {emails.map((email) => (
          <li key={email.id}>
            <Group justify="space-between" gap="xs">
              <Stack gap={0}>
                <Text fw={500}>{email.subject}</Text>
                <Text size="xs" c="dimmed">
                  {formatDateTime(email.createdAt)}
                </Text>
              </Stack>
              <Group gap="xs">
                {emailLinks(email.text).map((link) => (
                  <Button key={link.path} component={Link} to={link.path} size="xs" variant="light">
                    {link.label}
                  </Button>
                ))}
              </Group>
            </Group>
          </li>
        ))}
      </Stack>
    </Paper>
  );
}
