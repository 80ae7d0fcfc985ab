import type { RegistrationAcceptedDto } from '@hubspoke/contracts';
import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ResendVerificationForm } from './ResendVerificationForm';

/** What registering leads to: the address must be confirmed before the account does anything. */
export function CheckEmailNotice({ accepted }: { accepted: RegistrationAcceptedDto }) {
  return (
    <Stack>
      <Title order={1} ta="center">
        Check your email
      </Title>
      <Text>{accepted.message}</Text>
      <Text size="sm" c="dimmed">
        The email goes to <b>{accepted.email}</b>. Nothing there after a few minutes? Look in your spam folder, or ask
        for a new link.
      </Text>
      <ResendVerificationForm email={accepted.email} />
      <Alert variant="light" color="gray" title="Trying Hubspoke on your own machine?">
        A Hubspoke without a mail server (such as one started with <code>npm start</code>) keeps its emails in a local
        outbox instead of sending them.{' '}
        <Anchor component={Link} to="/signin">
          Sign in
        </Anchor>{' '}
        with your new password: the page asking you to confirm your address lists the emails kept for you.
      </Alert>
    </Stack>
  );
}
