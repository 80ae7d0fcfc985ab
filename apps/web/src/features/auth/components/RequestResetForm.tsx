import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { errorMessage, fieldErrors } from '../../../lib/api';
import { requestPasswordReset } from '../api/authApi';

export function RequestResetForm() {
  const [email, setEmail] = useState('');
  const request = useMutation({
    mutationFn: requestPasswordReset,
    onSuccess: (_, sentTo) =>
      notifications.show({
        color: 'teal',
        title: 'Check your email',
        message: `If ${sentTo} has an account, a link is on its way.`,
      }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    request.mutate(email.trim());
  };
  const fields = fieldErrors(request.error);
  return (
    <Stack component="form" onSubmit={submit} {...{ noValidate: true }}>
      {request.isSuccess ? (
        <Alert color="teal" role="status">
          If {request.variables} has an account, we sent it a link to choose a new password. The link works once, for a
          short while.
        </Alert>
      ) : (
        <Text size="sm">We email you a link to choose a new password.</Text>
      )}
      {request.isError && !fields.email && (
        <Alert color="red" role="alert">
          {errorMessage(request.error)}
        </Alert>
      )}
      <TextInput
        label="Email"
        type="email"
        autoComplete="email"
        required
        value={email}
        onChange={(e) => setEmail(e.currentTarget.value)}
        error={fields.email}
      />
      <Button type="submit" loading={request.isPending}>
        {request.isSuccess ? 'Send another link' : 'Email me a link'}
      </Button>
      <Text size="sm" ta="center">
        Remembered it?{' '}
        <Anchor component={Link} to="/signin">
          Sign in
        </Anchor>
      </Text>
    </Stack>
  );
}
