import type { MetricKind } from '@hubspoke/contracts';
import { QueryView } from '../../../components/QueryView';
import { Button, Group, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { SdgSelect } from '../../ratings';
import { useMetricCatalog } from '../hooks/useMetrics';
import { MetricCard } from './MetricCard';

/** The metric catalog: SDG indicators and public hubs' custom metrics; each leads to its league. */
export default function MetricsCatalogPage() {
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 250);
  const [sdg, setSdg] = useState<number | null>(null);
  const [kind, setKind] = useState<MetricKind | 'all'>('all');
  const catalog = useMetricCatalog(debounced, sdg, kind === 'all' ? null : kind);
  const items = catalog.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Stack>
      <Title order={1}>Metric catalog</Title>
      <Text c="dimmed">
        The SDG indicators and the custom metrics of public hubs. Hubs whose goals use the same metric are compared in
        its league.
      </Text>
      <Group align="end">
        <TextInput
          label="Search"
          placeholder="vaccine, 3.b.1…"
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
        />
        <SdgSelect value={sdg} onChange={setSdg} />
        <SegmentedControl
          aria-label="Kind"
          value={kind}
          onChange={(v) => setKind(v as MetricKind | 'all')}
          data={[
            { value: 'all', label: 'All' },
            { value: 'sdg_indicator', label: 'SDG indicators' },
            { value: 'custom', label: 'Custom' },
          ]}
        />
      </Group>
      <QueryView query={catalog}>
        {() =>
          items.length === 0 ? (
            <Text c="dimmed">No metric matches.</Text>
          ) : (
            <Stack component="ul" gap="xs" p={0} style={{ listStyle: 'none' }} aria-label="Metrics" aria-live="polite">
              {items.map((m) => (
                <MetricCard key={m.id} metric={m} />
              ))}
            </Stack>
          )
        }
      </QueryView>
      {catalog.hasNextPage && (
        <Button
          variant="default"
          w="fit-content"
          onClick={() => void catalog.fetchNextPage()}
          loading={catalog.isFetchingNextPage}
        >
          More
        </Button>
      )}
    </Stack>
  );
}
