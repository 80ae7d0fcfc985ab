import { Alert, Anchor, Badge, Button, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { QueryView } from '../../../components/QueryView';
import { api, ApiRequestError, errorMessage } from '../../../lib/api';
import { useAuth } from '../../../lib/auth';
import { formatDate } from '../../../lib/format';
import { keys } from '../../../lib/keys';
import { fetchMyHubs } from '../../hubs';
import { PlaceWaitsNotice } from './PlaceWaitsNotice';
import { RegisterForm, type Credentials } from './RegisterForm';

export function InvitePage() {
  const { token = '' } = useParams();
  const { user, signIn } = useAuth();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [waiting, setWaiting] = useState(false);
  const preview = useQuery({
    queryKey: ['invitation', token],
    queryFn: () => api.get('/invitations/{token}', { path: { token } }),
  });
  /** In the hub now, or waiting for the organization's approval of the person (the hub member stays `invited`). */
  const arrived = (hubId: string, active: boolean) => {
    void queryClient.invalidateQueries({ queryKey: keys.myHubs });
    notifications.show({ color: 'teal', message: 'Invitation accepted.' });
    if (active) void navigate(`/hubs/${hubId}`);
    else setWaiting(true);
  };
  const accept = useMutation({
    mutationFn: () => api.post('/invitations/accept', { body: { token } }),
    onSuccess: (member) => arrived(member.hubId, member.status === 'active'),
  });
  /** Registering with the token accepted the invitation: sign in with the typed password and see where it led. */
  const signInAfterRegistering = async (hubId: string, { email, password }: Credentials) => {
    await signIn(email, password).catch((error: unknown) => {
      // the api answered 202 for a taken address too: its own password is another
      if (!(error instanceof ApiRequestError && error.status === 401)) throw error;
      throw new Error('This address already has an account: sign in with its password to accept the invitation.');
    });
    arrived(
      hubId,
      (await fetchMyHubs()).some((hub) => hub.id === hubId),
    );
  };
  return (
    <Container size={480} py="xl">
      <Title order={1} mb="md">
        Invitation
      </Title>
      <QueryView query={preview}>
        {(invite) =>
          waiting ? (
            <PlaceWaitsNotice hubName={invite.hubName} organizationName={invite.organizationName} />
          ) : (
            <Paper withBorder p="lg">
              <Stack>
                <Text>
                  You are invited to <b>{invite.hubName}</b> representing <b>{invite.organizationName}</b> as{' '}
                  <Badge component="span" variant="light">
                    {invite.role}
                  </Badge>
                </Text>
                <Text size="sm" c="dimmed">
                  For {invite.email}; valid until {formatDate(invite.expiresAt)}.
                </Text>
                {accept.isError && (
                  <Alert color="red" role="alert">
                    {errorMessage(accept.error)}
                  </Alert>
                )}
                {user ? (
                  <Button onClick={() => accept.mutate()} loading={accept.isPending}>
                    Accept and join
                  </Button>
                ) : (
                  <>
                    <RegisterForm
                      inviteToken={token}
                      email={invite.email}
                      onRegistered={(_, credentials) => signInAfterRegistering(invite.hubId, credentials)}
                    />
                    <Text size="sm">
                      Have an account?{' '}
                      <Anchor component={Link} to={`/signin?next=/invite/${token}`}>
                        Sign in to accept
                      </Anchor>
                    </Text>
                  </>
                )}
              </Stack>
            </Paper>
          )
        }
      </QueryView>
    </Container>
  );
}
