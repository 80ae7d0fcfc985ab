import { Alert, Group, Text } from '@mantine/core';
import { useConfirmedElsewhere } from '../hooks/useConfirmedElsewhere';
import { ResendVerificationForm } from './ResendVerificationForm';

/** Above every page while the signed-in account's address is unconfirmed; goes once it is, wherever it was confirmed. */
export function ConfirmEmailBanner({ email }: { email: string }) {
  useConfirmedElsewhere();
  return (
    <Alert color="yellow" title="Confirm your email address" mb="md" role="status">
      <Group justify="space-between" gap="sm">
        <Text size="sm" maw={640}>
          Open the link we sent to <b>{email}</b> to start working in Hubspoke. Until then you can read the public pages
          and your account.
        </Text>
        <ResendVerificationForm email={email} />
      </Group>
    </Alert>
  );
}
