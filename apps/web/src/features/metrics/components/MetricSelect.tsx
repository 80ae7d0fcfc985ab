import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { fetchHubMetrics, fetchMetric, fetchMetricCatalog } from '../api/metricsApi';

/** Picks a custom metric: the hub's own (when a hub is given) and the catalog's, found by search. */
export function MetricSelect({
  hubId,
  value,
  onChange,
  error,
  label = 'Custom metric',
  description,
}: {
  hubId?: string;
  value: string | null;
  onChange: (metricId: string | null, unit: string | null) => void;
  error?: string;
  label?: string;
  description?: string;
}) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const own = useQuery({
    queryKey: ['hub', hubId ?? '', 'metrics'],
    queryFn: ({ signal }) => fetchHubMetrics(hubId ?? '', signal),
    enabled: Boolean(hubId),
  });
  const catalog = useQuery({
    queryKey: ['metrics', 'pick', q],
    queryFn: ({ signal }) => fetchMetricCatalog({ q, sdg: null, kind: 'custom' }, signal),
  });
  const ownItems = own.data?.items ?? [];
  const selectedKnown =
    !value || ownItems.some((m) => m.id === value) || catalog.data?.items.some((m) => m.id === value);
  const selected = useQuery({
    queryKey: ['metrics', value ?? ''],
    queryFn: ({ signal }) => fetchMetric(value ?? '', signal),
    enabled: !selectedKnown && catalog.isSuccess,
  });
  const metrics = new Map(
    [...ownItems, ...(catalog.data?.items ?? []), ...(selected.data ? [selected.data] : [])].map((m) => [m.id, m]),
  );
  const ownIds = new Set(ownItems.map((m) => m.id));
  const data = [
    { group: 'This hub', items: [...metrics.values()].filter((m) => ownIds.has(m.id)) },
    { group: 'Catalog', items: [...metrics.values()].filter((m) => !ownIds.has(m.id)) },
  ]
    .filter((g) => g.items.length > 0)
    .map((g) => ({
      group: g.group,
      items: g.items.map((m) => ({ value: m.id, label: m.unit ? `${m.name} (${m.unit})` : m.name })),
    }));
  return (
    <Select
      label={label}
      description={description}
      placeholder="Search metrics"
      searchable
      clearable
      data={data}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(v) => onChange(v, v ? (metrics.get(v)?.unit ?? null) : null)}
      nothingFoundMessage="No custom metric found"
      error={error}
    />
  );
}
