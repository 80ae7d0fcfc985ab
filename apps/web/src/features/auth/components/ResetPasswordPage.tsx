import { Container, Paper, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { NewPasswordForm } from './NewPasswordForm';
import { RequestResetForm } from './RequestResetForm';

/** "Forgot your password?": asks for a link by email; the emailed link comes back here with its token. */
export default function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token');
  return (
    <Container size={420} py="xl">
      <Title order={1} ta="center" mb="md">
        {token ? 'Choose a new password' : 'Reset your password'}
      </Title>
      <Paper withBorder p="lg">
        {token ? <NewPasswordForm token={token} /> : <RequestResetForm />}
      </Paper>
    </Container>
  );
}
