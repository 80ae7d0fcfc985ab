import type { RegistrationAcceptedDto } from '@hubspoke/contracts';
import { Anchor, Container, Paper, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link, Navigate } from 'react-router';
import { useAuth } from '../../../lib/auth';
import { CheckEmailNotice } from './CheckEmailNotice';
import { RegisterForm } from './RegisterForm';

export function RegisterPage() {
  const { user } = useAuth();
  const [accepted, setAccepted] = useState<RegistrationAcceptedDto | null>(null);
  if (user) return <Navigate to="/hubs" replace />;
  if (accepted) {
    return (
      <Container size={480} py="xl">
        <Paper withBorder p="lg">
          <CheckEmailNotice accepted={accepted} />
        </Paper>
      </Container>
    );
  }
  return (
    <Container size={420} py="xl">
      <Title order={1} ta="center" mb="md">
        Create an account
      </Title>
      <Paper withBorder p="lg">
        <RegisterForm
          onRegistered={(answer) => {
            notifications.show({ color: 'teal', title: 'Check your email', message: answer.message });
            setAccepted(answer);
          }}
        />
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
