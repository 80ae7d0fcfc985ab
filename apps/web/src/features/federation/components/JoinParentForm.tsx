import { Button, Group, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useDirectory, useMyHubs } from '../../hubs';

/**
 * The secretariat asks to join a parent hub, found by name among the public hubs and the hubs it belongs to (a private
 * hub can be asked only by someone who belongs to it); the parent's secretariat decides.
 */
export function JoinParentForm({ hubId, onRequest }: { hubId: string; onRequest(parentHubId: string): void }) {
  const [search, setSearch] = useState('');
  const [parentHubId, setParentHubId] = useState<string | null>(null);
  const [q] = useDebouncedValue(search, 250);
  const directory = useDirectory(q, null);
  const mine = useMyHubs();
  const candidates = new Map<string, string>();
  for (const hub of [...(mine.data ?? []), ...(directory.data?.items ?? [])]) {
    if (hub.id !== hubId) candidates.set(hub.id, hub.name);
  }
  return (
    <Group
      component="form"
      align="end"
      onSubmit={(event) => {
        event.preventDefault();
        if (!parentHubId) return;
        onRequest(parentHubId);
        setParentHubId(null);
        setSearch('');
      }}
    >
      <Select
        label="Join a parent hub"
        placeholder="Search hubs by name"
        size="xs"
        flex={1}
        searchable
        searchValue={search}
        onSearchChange={setSearch}
        value={parentHubId}
        onChange={setParentHubId}
        data={[...candidates].map(([value, label]) => ({ value, label }))}
        nothingFoundMessage="No hub by that name"
      />
      <Button type="submit" size="xs" disabled={!parentHubId}>
        Ask to join
      </Button>
    </Group>
  );
}
