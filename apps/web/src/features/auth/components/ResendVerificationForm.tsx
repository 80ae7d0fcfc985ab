import { Button, Group, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useResendVerification } from '../hooks/useResendVerification';

/** "Resend the link": for a known address a button; otherwise the address to send it to, too. */
export function ResendVerificationForm({ email: knownEmail }: { email?: string }) {
  const [email, setEmail] = useState('');
  const resend = useResendVerification();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    resend.mutate(knownEmail ?? email.trim());
  };
  return (
    <Group component="form" onSubmit={submit} align="end" gap="xs" {...{ noValidate: true }}>
      {!knownEmail && (
        <TextInput
          label="Your email"
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          miw={220}
          style={{ flexGrow: 1 }}
        />
      )}
      <Button type="submit" variant={knownEmail ? 'default' : 'filled'} loading={resend.isPending}>
        Resend the link
      </Button>
    </Group>
  );
}
