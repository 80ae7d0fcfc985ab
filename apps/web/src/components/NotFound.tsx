import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { useAuth } from '../lib/auth';

/** What an address with nothing behind it shows: an unknown page, or a hub the visitor may not see. */
export function NotFound() {
  const { user } = useAuth();
  const location = useLocation();
  useEffect(() => {
    document.title = 'Page not found · Hubspoke';
  }, []);
  return (
    <Stack maw={640} py="xl" data-testid="not-found">
      <Title order={1}>Page not found</Title>
      <Text>
        There is nothing at this address. The link may be mistyped or out of date, or it leads to a private hub, whose
        pages only its members can open.
      </Text>
      <Group gap="sm">
        <Button component={Link} to="/directory">
          Browse public hubs
        </Button>
        {!user && (
          <Button component={Link} to={`/signin?next=${encodeURIComponent(location.pathname)}`} variant="default">
            Sign in as a member
          </Button>
        )}
      </Group>
    </Stack>
  );
}
