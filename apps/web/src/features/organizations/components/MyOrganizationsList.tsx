import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { QueryView } from '../../../components/QueryView';
import { useMyOrganizations } from '../hooks/useMyOrganizations';
import { OrganizationLink } from './OrganizationLink';
import { VerifiedBadge } from './VerifiedBadge';

/** The organizations I act for, and those I asked to join. */
export function MyOrganizationsList() {
  const mine = useMyOrganizations();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="my-organizations">
      <Title order={2} size="h4" id="my-organizations" mb="xs">
        Your organizations
      </Title>
      <QueryView query={mine}>
        {(memberships) =>
          memberships.length === 0 ? (
            <EmptyState>You belong to no organization yet.</EmptyState>
          ) : (
            <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
              {memberships.map(({ organization, role, status }) => (
                <Group component="li" key={organization.id} gap="xs">
                  <OrganizationLink id={organization.id} fw={500}>
                    {organization.name}
                  </OrganizationLink>
                  {organization.verified && <VerifiedBadge />}
                  {status === 'pending' ? (
                    <Badge color="yellow" variant="light">
                      Waiting for approval
                    </Badge>
                  ) : (
                    <Badge variant="light">{role === 'admin' ? 'Admin' : 'Member'}</Badge>
                  )}
                </Group>
              ))}
            </Stack>
          )
        }
      </QueryView>
      <Text size="sm" mt="sm">
        <Anchor component={Link} to="/organizations">
          Find your organization
        </Anchor>{' '}
        and ask to join it, to act for it in hubs and challenges.
      </Text>
    </Paper>
  );
}
