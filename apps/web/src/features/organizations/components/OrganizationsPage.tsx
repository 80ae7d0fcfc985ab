import { Card, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { EmptyState } from '../../../components/EmptyState';
import { QueryView } from '../../../components/QueryView';
import { countryName } from '../../../lib/countries';
import { SECTOR_LABELS } from '../../../lib/format';
import { useOrganizationSearch } from '../hooks/useOrganizationSearch';
import { OrganizationLink } from './OrganizationLink';
import { VerifiedBadge } from './VerifiedBadge';

/** Finds an organization, to see its record or ask to join it. */
export default function OrganizationsPage() {
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 250);
  const found = useOrganizationSearch(debounced);
  return (
    <Stack>
      <Title order={1}>Organizations</Title>
      <Text c="dimmed" maw={720}>
        Find the organization you work for and ask to join it: once its admins approve you, you act for it in hubs,
        proposals and challenges.
      </Text>
      <TextInput
        label="Search"
        placeholder="Name or short name"
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        maw={420}
      />
      <QueryView query={found}>
        {(page) =>
          page.items.length === 0 ? (
            <EmptyState>No organization matches.</EmptyState>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {page.items.map((org) => (
                <Card key={org.id} withBorder component="li">
                  <Stack gap={4}>
                    <Group gap="xs">
                      <OrganizationLink id={org.id} fw={600}>
                        {org.name}
                      </OrganizationLink>
                      {org.verifiedAt && <VerifiedBadge />}
                    </Group>
                    <Text size="sm" c="dimmed">
                      {[SECTOR_LABELS[org.sector], org.country && countryName(org.country)].filter(Boolean).join(' · ')}
                    </Text>
                  </Stack>
                </Card>
              ))}
            </SimpleGrid>
          )
        }
      </QueryView>
      {found.data?.nextCursor && (
        <Text size="sm" c="dimmed">
          More organizations match: type more of the name.
        </Text>
      )}
    </Stack>
  );
}
