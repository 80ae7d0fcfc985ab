import { Button, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMe } from '../../account';
import { LocalOutbox } from './LocalOutbox';

/** Shown instead of a page that needs a confirmed address (the api would refuse all its calls). */
export function ConfirmEmailPage() {
  const me = useMe();
  const checkAgain = async () => {
    const { data } = await me.refetch();
    if (data?.emailVerified) notifications.show({ color: 'teal', message: 'Your address is confirmed.' });
    else notifications.show({ color: 'yellow', message: 'Not confirmed yet: open the link in the newest email.' });
  };
  return (
    <Stack maw={720}>
      <Title order={1}>Confirm your email first</Title>
      <Text>
        This page opens once you confirm your address. Hubspoke’s goals, ratings and awards are only worth the people
        behind them, so accounts prove their email before they work in hubs, organizations and challenges.
      </Text>
      <Button variant="light" w="fit-content" onClick={() => void checkAgain()} loading={me.isFetching}>
        I have confirmed it
      </Button>
      <LocalOutbox />
    </Stack>
  );
}
