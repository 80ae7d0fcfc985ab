import { Alert, Anchor, Button, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { errorMessage, fieldErrors } from '../../../lib/api';
import { useAuth } from '../../../lib/auth';
import { resetPassword } from '../api/authApi';

/** The new password for the emailed link's account; the api ends its other sessions and signs this one in. */
export function NewPasswordForm({ token }: { token: string }) {
  const { startSession } = useAuth();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const reset = useMutation({
    mutationFn: () => resetPassword(token, password),
    onSuccess: (session) => {
      startSession(session);
      notifications.show({
        color: 'teal',
        title: 'Password changed',
        message: 'You are signed in; every other session of your account has ended.',
      });
      void navigate('/hubs', { replace: true });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    reset.mutate();
  };
  const fields = fieldErrors(reset.error);
  return (
    <Stack component="form" onSubmit={submit} {...{ noValidate: true }}>
      {reset.isError && !fields.password && (
        <Alert color="red" role="alert">
          {errorMessage(reset.error)}{' '}
          <Anchor component={Link} to="/reset-password">
            Ask for a new link
          </Anchor>
        </Alert>
      )}
      <PasswordInput
        label="New password"
        description="At least 8 characters"
        autoComplete="new-password"
        required
        value={password}
        onChange={(e) => setPassword(e.currentTarget.value)}
        error={fields.password}
      />
      <Button type="submit" loading={reset.isPending}>
        Set the new password
      </Button>
    </Stack>
  );
}
