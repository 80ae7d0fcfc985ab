import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { useRouteError } from 'react-router';
import { errorMessage } from '../lib/api';

export function RouteError() {
  const error = useRouteError();
  return (
    <Container size="sm" py="xl">
      <Stack>
        <Title order={1}>Something went wrong</Title>
        <Text>{errorMessage(error)}</Text>
        <Button component="a" href="/" w="fit-content">
          Back to the start
        </Button>
      </Stack>
    </Container>
  );
}
