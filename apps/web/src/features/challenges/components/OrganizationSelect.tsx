import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { searchOrganizations } from '../../members/api/membersApi';

/** Picks an organization by searching /organizations. */
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
  const found = useQuery({
    queryKey: ['organizations', 'search', q],
    queryFn: ({ signal }) => searchOrganizations(q, signal),
    enabled: q.length > 0,
  });
  const options = (found.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }));
  if (picked && !options.some((o) => o.value === picked.value)) options.unshift(picked);
  return (
    <Select
      label={label}
      required={required}
      searchable
      clearable
      placeholder="Type to search"
      nothingFoundMessage={q ? 'No organization found' : 'Type a name'}
      data={options}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      onChange={(v, option) => {
        setPicked(v && option ? { value: v, label: option.label } : null);
        onChange(v, v && option ? option.label : null);
      }}
      error={error}
    />
  );
}
