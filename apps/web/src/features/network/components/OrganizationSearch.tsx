import { Select } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { MapNodeRef } from '../map/nodeRefs';

interface Props {
  nodes: MapNodeRef[];
  value: string | null;
  onChange: (id: string | null) => void;
  label?: string;
  placeholder?: string;
  /** Empties the field after each pick (to add organizations to a list). */
  clearOnPick?: boolean;
}

/** Finds an organization of the map by its name or short name. */
export function OrganizationSearch({
  nodes,
  value,
  onChange,
  label = 'Find an organization',
  placeholder = 'Name or short name',
  clearOnPick = false,
}: Props) {
  const [search, setSearch] = useState('');
  const options = useMemo(
    () =>
      [...nodes]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((n) => ({
          value: n.id,
          label: n.shortName && n.shortName !== n.name ? `${n.name} (${n.shortName})` : n.name,
        })),
    [nodes],
  );
  const picking = clearOnPick
    ? {
        value: null,
        searchValue: search,
        onSearchChange: setSearch,
        onChange: (id: string | null) => {
          setSearch('');
          onChange(id);
        },
      }
    : { value, onChange, clearable: true };
  return (
    <Select
      label={label}
      placeholder={placeholder}
      data={options}
      searchable
      limit={30}
      nothingFoundMessage="No organization on the map matches"
      w={{ base: '100%', sm: 300 }}
      {...picking}
    />
  );
}
