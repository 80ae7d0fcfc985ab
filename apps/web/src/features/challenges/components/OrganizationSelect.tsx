import { Group, Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useOrganizationSearch, VerifiedBadge } from '../../organizations';

/** Picks any organization by searching /organizations (a team member, a reviewer's organization). */
export function OrganizationSelect({
  label,
  value,
  onChange,
  error,
  required,
}: {
  label: string;
  value: string | null;
  onChange: (id: string | null, name: string | null) => void;
  error?: string;
  required?: boolean;
}) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(null);
  const found = useOrganizationSearch(q);
  const items = found.data?.items ?? [];
  const verified = new Set(items.filter((o) => o.verifiedAt).map((o) => o.id));
  const options = items.map((o) => ({ value: o.id, label: o.name }));
  if (picked && !options.some((o) => o.value === picked.value)) options.unshift(picked);
  return (
    <Select
      label={label}
      required={required}
      searchable
      clearable
      placeholder="Type to search"
      nothingFoundMessage="No organization found"
      data={options}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      renderOption={({ option }) => (
        <Group gap="xs" wrap="nowrap">
          <Text size="sm">{option.label}</Text>
          {verified.has(option.value) && <VerifiedBadge size="xs" />}
        </Group>
      )}
      onChange={(v, option) => {
        setPicked(v && option ? { value: v, label: option.label } : null);
        onChange(v, v && option ? option.label : null);
      }}
      error={error}
    />
  );
}
