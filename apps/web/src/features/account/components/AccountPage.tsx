import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { formatDate } from '../../../lib/format';
import { useSignOut } from '../../auth';
import { NotificationSettings } from '../../notifications';
import { MyOrganizationsList } from '../../organizations';
import { useAccount } from '../hooks/useAccount';
import { ChangePasswordForm } from './ChangePasswordForm';

/** The signed-in person: who they are, their password, their organizations, their notifications, and signing out. */
export default function AccountPage() {
  const me = useAccount();
  const signOut = useSignOut();
  if (!me) return null;
  return (
    <Stack maw={720}>
      <Title order={1}>Your account</Title>
      <Paper withBorder p="md">
        <Group justify="space-between" align="start" gap="sm">
          <Stack gap={4}>
            <Text fw={600} size="lg">
              {me.name}
            </Text>
            <Text>{me.email}</Text>
            <Group gap="xs">
              {me.emailVerified ? (
                <Badge color="teal" variant="light">
                  Email confirmed
                </Badge>
              ) : (
                <Badge color="yellow" variant="light">
                  Email not confirmed
                </Badge>
              )}
              {me.isPlatformAdmin && <Badge variant="light">Platform admin</Badge>}
            </Group>
            <Text size="sm" c="dimmed">
              Member since {formatDate(me.createdAt)}
            </Text>
          </Stack>
          <Button variant="default" onClick={() => void signOut()}>
            Sign out
          </Button>
        </Group>
      </Paper>
      <ChangePasswordForm />
      {me.emailVerified && <MyOrganizationsList />}
      {me.emailVerified && <NotificationSettings />}
    </Stack>
  );
}
