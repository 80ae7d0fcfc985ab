import type { InvitationPreviewDto, MemberDto } from '@hubspoke/contracts';
import { Alert, Anchor, Badge, Button, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { QueryView } from '../../../components/QueryView';
import { api, errorMessage } from '../../../lib/api';
import { useAuth } from '../../../lib/auth';
import { formatDate } from '../../../lib/format';
import { RegisterForm } from './RegisterForm';

export function InvitePage() {
  const { token = '' } = useParams();
  const { user } = useAuth();
  const navigate = useNavigate();
  const preview = useQuery({
    queryKey: ['invitation', token],
    queryFn: () => api<InvitationPreviewDto>(`/invitations/${encodeURIComponent(token)}`),
  });
  const accept = useMutation({
    mutationFn: () => api<MemberDto>('/invitations/accept', { method: 'POST', body: { token } }),
    onSuccess: (member) => navigate(`/hubs/${member.hubId}`),
  });
  return (
    <Container size={480} py="xl">
      <Title order={1} mb="md">
        Invitation
      </Title>
      <QueryView query={preview}>
        {(invite) => (
          <Paper withBorder p="lg">
            <Stack>
              <Text>
                You are invited to <b>{invite.hubName}</b> representing <b>{invite.organizationName}</b> as{' '}
                <Badge variant="light">{invite.role}</Badge>
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
                    onDone={() => navigate(`/hubs/${invite.hubId}`)}
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
        )}
      </QueryView>
    </Container>
  );
}
