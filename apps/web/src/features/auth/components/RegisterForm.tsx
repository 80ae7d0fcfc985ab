import type { RegistrationAcceptedDto } from '@hubspoke/contracts';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { errorMessage, fieldErrors } from '../../../lib/api';
import { register } from '../api/authApi';

export interface Credentials {
  email: string;
  password: string;
}

/**
 * Creates an account. The api answers the same whether the address was free or taken and starts no session; what
 * comes next (checking one's email, or signing in after an invitation) is the caller's `onRegistered`, whose errors
 * show here too.
 */
export function RegisterForm({
  inviteToken,
  email: fixedEmail,
  onRegistered,
}: {
  inviteToken?: string;
  email?: string;
  onRegistered: (accepted: RegistrationAcceptedDto, credentials: Credentials) => Promise<void> | void;
}) {
  const [email, setEmail] = useState(fixedEmail ?? '');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const create = useMutation({
    mutationFn: async () => {
      const accepted = await register({ email, name, password, inviteToken });
      await onRegistered(accepted, { email, password });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  const fields = fieldErrors(create.error);
  return (
    <Stack component="form" onSubmit={submit} {...{ noValidate: true }}>
      {create.isError && !Object.keys(fields).length && (
        <Alert color="red" role="alert">
          {errorMessage(create.error)}
        </Alert>
      )}
      <TextInput
        label="Name"
        autoComplete="name"
        required
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        error={fields.name}
      />
      <TextInput
        label="Email"
        type="email"
        autoComplete="email"
        required
        value={email}
        readOnly={!!fixedEmail}
        onChange={(e) => setEmail(e.currentTarget.value)}
        error={fields.email}
      />
      <PasswordInput
        label="Password"
        description="At least 8 characters"
        autoComplete="new-password"
        required
        value={password}
        onChange={(e) => setPassword(e.currentTarget.value)}
        error={fields.password}
      />
      <Button type="submit" loading={create.isPending}>
        Create account
      </Button>
    </Stack>
  );
}
