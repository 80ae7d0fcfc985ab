import { Anchor, Container, Paper, Text, Title } from '@mantine/core';
import { Link, Navigate, useNavigate } from 'react-router';
import { useAuth } from '../../../lib/auth';
import { RegisterForm } from './RegisterForm';

export function RegisterPage() {
  const { user } = useAuth();
  const navigate = useNavigate();
  if (user) return <Navigate to="/hubs" replace />;
  return (
    <Container size={420} py="xl">
      <Title order={1} ta="center" mb="md">
        Create an account
      </Title>
      <Paper withBorder p="lg">
        <RegisterForm onDone={() => navigate('/hubs', { replace: true })} />
        <Text size="sm" ta="center" mt="md">
          Already registered?{' '}
          <Anchor component={Link} to="/signin">
            Sign in
          </Anchor>
        </Text>
      </Paper>
    </Container>
  );
}
