import { Alert, Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';

/** An accepted invitation whose hub place waits until the organization to represent approves the person. */
export function PlaceWaitsNotice({ hubName, organizationName }: { hubName: string; organizationName: string }) {
  return (
    <Alert color="yellow" title="Almost in" role="status">
      <Text size="sm">
        Your place in <b>{hubName}</b> starts when <b>{organizationName}</b> approves your membership. We asked its
        admins for you; you get an email when they decide.
      </Text>
      <Anchor component={Link} to="/account" size="sm">
        See your organizations and requests
      </Anchor>
    </Alert>
  );
}
