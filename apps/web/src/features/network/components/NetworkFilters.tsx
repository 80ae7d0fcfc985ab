import type { Sector } from '@hubspoke/contracts';
import { Group, Select } from '@mantine/core';
import { SECTOR_LABELS } from '../../../lib/format';
import { useSdgGoals } from '../../hubs/hooks/useSdgGoals';
import type { NetworkFilters as Filters } from '../hooks/useNetworkFilters';
import { SECTOR_LIST } from '../map/palette';
import { COUNTRY_OPTIONS } from './countries';
import { SizeControl } from './SizeControl';

const SECTOR_OPTIONS = SECTOR_LIST.map((sector) => ({ value: sector, label: SECTOR_LABELS[sector] }));

interface Props {
  filters: Filters;
  setFilters: (patch: Partial<Filters>) => void;
}

/** The map's scope (SDG), filters (sector, country) and node sizing. */
export function NetworkFilters({ filters, setFilters }: Props) {
  const sdgGoals = useSdgGoals();
  const sdgOptions = (sdgGoals.data ?? []).map((g) => ({ value: g.code, label: `SDG ${g.code}: ${g.shortTitle}` }));
  // until the catalog is in, the chosen SDG still shows
  if (filters.sdg && !sdgOptions.some((o) => o.value === String(filters.sdg)))
    sdgOptions.push({ value: String(filters.sdg), label: `SDG ${filters.sdg}` });
  return (
    <Group gap="sm" align="end" wrap="wrap">
      <Select
        label="Sustainable Development Goal"
        placeholder="All SDGs"
        data={sdgOptions}
        value={filters.sdg === null ? null : String(filters.sdg)}
        onChange={(value) => setFilters({ sdg: value ? Number(value) : null })}
        clearable
        searchable
        w={{ base: '100%', sm: 280 }}
      />
      <Select
        label="Sector"
        placeholder="All sectors"
        data={SECTOR_OPTIONS}
        value={filters.sector}
        onChange={(value) => setFilters({ sector: (value as Sector | null) ?? null })}
        clearable
        w={{ base: '100%', sm: 180 }}
      />
      <Select
        label="Country"
        placeholder="All countries"
        data={COUNTRY_OPTIONS}
        value={filters.country}
        onChange={(value) => setFilters({ country: value })}
        clearable
        searchable
        limit={50}
        w={{ base: '100%', sm: 200 }}
      />
      <SizeControl value={filters.size} onChange={(size) => setFilters({ size })} />
    </Group>
  );
}
