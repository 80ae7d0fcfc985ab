import type { NetworkFacetsDto, Sector } from '@hubspoke/contracts';
import { Group, Select } from '@mantine/core';
import { SECTOR_LABELS } from '../../../lib/format';
import { useSdgGoals } from '../../hubs';
import type { NetworkFilters as Filters } from '../hooks/useNetworkFilters';
import { countryName } from '../../../lib/countries';
import { SizeControl } from './SizeControl';

interface Option {
  value: string;
  label: string;
}

interface Props {
  filters: Filters;
  setFilters: (patch: Partial<Filters>) => void;
  /** The sectors and countries of the chosen SDG's organizations; undefined until the map is in. */
  facets: NetworkFacetsDto | undefined;
}

/** The options with the chosen value among them, even when the scope lacks it (a shared link, or before the lists). */
function withChosen(options: Option[], chosen: string | null, label: (value: string) => string): Option[] {
  return chosen === null || options.some((o) => o.value === chosen)
    ? options
    : [...options, { value: chosen, label: label(chosen) }];
}

const sectorLabel = (sector: string) => SECTOR_LABELS[sector as Sector];

/** The map's scope (SDG), filters (sector, country: only those present in the scope) and node sizing. */
export function NetworkFilters({ filters, setFilters, facets }: Props) {
  const sdgGoals = useSdgGoals();
  const sdgOptions = withChosen(
    (sdgGoals.data ?? []).map((g) => ({ value: g.code, label: `SDG ${g.code}: ${g.shortTitle}` })),
    filters.sdg === null ? null : String(filters.sdg),
    (code) => `SDG ${code}`,
  );
  const sectorOptions = withChosen(
    (facets?.sectors ?? []).map((sector) => ({ value: sector, label: sectorLabel(sector) })),
    filters.sector,
    sectorLabel,
  );
  const countryOptions = withChosen(
    (facets?.countries ?? [])
      .map((code) => ({ value: code, label: countryName(code) }))
      .sort((a, b) => a.label.localeCompare(b.label)),
    filters.country,
    countryName,
  );
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
        data={sectorOptions}
        value={filters.sector}
        onChange={(value) => setFilters({ sector: (value as Sector | null) ?? null })}
        clearable
        w={{ base: '100%', sm: 180 }}
      />
      <Select
        label="Country"
        placeholder="All countries"
        data={countryOptions}
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
