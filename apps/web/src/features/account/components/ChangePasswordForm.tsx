import { Alert, Button, Paper, PasswordInput, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { errorMessage, fieldErrors } from '../../../lib/api';
import { useAuth } from '../../../lib/auth';
import { changePassword } from '../api/accountApi';

/** A new password; the api ends every other session and answers with a new one for this tab. */
export function ChangePasswordForm() {
  const { startSession } = useAuth();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const change = useMutation({
    mutationFn: () => changePassword(currentPassword, newPassword),
    onSuccess: (session) => {
      startSession(session);
      setCurrentPassword('');
      setNewPassword('');
      notifications.show({
        color: 'teal',
        title: 'Password changed',
        message: 'You stay signed in here; every other session of your account has ended.',
      });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.mutate();
  };
  const fields = fieldErrors(change.error);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="change-password">
      <Title order={2} size="h4" id="change-password" mb="xs">
        Change your password
      </Title>
      <Stack component="form" onSubmit={submit} gap="sm" maw={420} {...{ noValidate: true }}>
        {change.isError && !Object.keys(fields).length && (
          <Alert color="red" role="alert">
            {errorMessage(change.error)}
          </Alert>
        )}
        <PasswordInput
          label="Current password"
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(e) => setCurrentPassword(e.currentTarget.value)}
          error={fields.currentPassword}
        />
        <PasswordInput
          label="New password"
          description="At least 8 characters"
          autoComplete="new-password"
          required
          value={newPassword}
          onChange={(e) => setNewPassword(e.currentTarget.value)}
          error={fields.newPassword}
        />
        <Button type="submit" w="fit-content" loading={change.isPending}>
          Change password
        </Button>
      </Stack>
    </Paper>
  );
}
