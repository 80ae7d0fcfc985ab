import { Button, Group, TextInput } from '@mantine/core';
import { useState } from 'react';

/** The secretariat asks to join a parent hub by its id (from the parent's address); its secretariat decides. */
export function JoinParentForm({ onRequest }: { onRequest(parentHubId: string): void }) {
  const [parentHubId, setParentHubId] = useState('');
  return (
    <Group
      component="form"
      align="end"
      onSubmit={(event) => {
        event.preventDefault();
        onRequest(parentHubId.trim());
        setParentHubId('');
      }}
    >
      <TextInput
        label="Join a parent hub (its id)"
        size="xs"
        flex={1}
        value={parentHubId}
        onChange={(event) => setParentHubId(event.currentTarget.value)}
      />
      <Button type="submit" size="xs" disabled={parentHubId.trim() === ''}>
        Ask to join
      </Button>
    </Group>
  );
}
