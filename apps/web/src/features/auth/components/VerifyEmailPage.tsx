import { Alert, Button, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Loading } from '../../../components/Loading';
import { errorMessage } from '../../../lib/api';
import { useAuth } from '../../../lib/auth';
import { verifyEmail } from '../api/authApi';
import { ResendVerificationForm } from './ResendVerificationForm';

/** The emailed link's page: confirms the address once (its token is single-use) and signs in. */
export default function VerifyEmailPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { user, startSession } = useAuth();
  const navigate = useNavigate();
  const verify = useMutation({
    mutationFn: verifyEmail,
    onSuccess: (session) => {
      startSession(session);
      notifications.show({
        color: 'teal',
        title: 'Address confirmed',
        message: `Welcome to Hubspoke, ${session.user.name}.`,
      });
      void navigate('/hubs', { replace: true });
    },
  });
  const { mutate } = verify;
  const sent = useRef(false);
  useEffect(() => {
    if (!token || sent.current) return;
    sent.current = true;
    mutate(token);
  }, [token, mutate]);

  return (
    <Container size={480} py="xl">
      <Title order={1} ta="center" mb="md">
        Confirm your email
      </Title>
      <Paper withBorder p="lg">
        {token && !verify.isError ? (
          <Loading label="Confirming your address" />
        ) : (
          <Stack>
            <Alert color="red" role="alert">
              {token ? errorMessage(verify.error) : 'This page needs the link from the email we sent you.'}
            </Alert>
            {user?.emailVerified ? (
              <>
                <Text>Your address is already confirmed.</Text>
                <Button component={Link} to="/hubs" w="fit-content">
                  Go to my hubs
                </Button>
              </>
            ) : (
              <>
                <Text size="sm">Ask for a new link: it replaces every earlier one.</Text>
                <ResendVerificationForm email={user?.email} />
              </>
            )}
          </Stack>
        )}
      </Paper>
    </Container>
  );
}
