import type { PublicSectorDto } from '@hubspoke/contracts';
import { Group, List, Stack, Text, Title } from '@mantine/core';
import { EmptyState } from '../../../components/EmptyState';
import { countryName } from '../../../lib/countries';
import { SECTOR_LABELS } from '../../../lib/format';

/** The organizations working in the hub, by sector. */
export function MemberSectors({ sectors }: { sectors: PublicSectorDto[] }) {
  if (sectors.length === 0) return <EmptyState>No member organizations yet.</EmptyState>;
  return (
    <Stack gap="sm">
      {sectors.map(({ sector, organizations }) => (
        <div key={sector}>
          <Title order={3} size="h6">
            {SECTOR_LABELS[sector]} ({organizations.length})
          </Title>
          <List size="sm" spacing={2}>
            {organizations.map((o) => (
              <List.Item key={o.id}>
                <Group gap={6} wrap="wrap">
                  <Text size="sm">{o.name}</Text>
                  {o.country && (
                    <Text size="xs" c="dimmed">
                      {countryName(o.country)}
                    </Text>
                  )}
                </Group>
              </List.Item>
            ))}
          </List>
        </div>
      ))}
    </Stack>
  );
}
