import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { errorMessage, fieldErrors } from '../../../lib/api';
import { useAuth } from '../../../lib/auth';

export function RegisterForm({
  inviteToken,
  email: fixedEmail,
  onDone,
}: {
  inviteToken?: string;
  email?: string;
  onDone: () => void;
}) {
  const { register } = useAuth();
  const [email, setEmail] = useState(fixedEmail ?? '');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await register({ email, name, password, inviteToken });
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const fields = fieldErrors(error);
  return (
    <Stack component="form" onSubmit={submit} {...{ noValidate: true }}>
      {error != null && !Object.keys(fields).length && (
        <Alert color="red" role="alert">
          {errorMessage(error)}
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
      <Button type="submit" loading={busy}>
        Create account
      </Button>
    </Stack>
  );
}
