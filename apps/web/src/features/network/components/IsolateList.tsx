import type { OrganizationRefDto } from '@hubspoke/contracts';
import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { INSIGHT_MEANINGS } from './measureMeanings';

const SHOWN = 12;

/** Organizations of the scope without any tie in it. */
export function IsolateList({
  isolates,
  onSelect,
}: {
  isolates: OrganizationRefDto[];
  onSelect: (id: string) => void;
}) {
  const [all, setAll] = useState(false);
  const shown = all ? isolates : isolates.slice(0, SHOWN);
  return (
    <Stack gap="xs" component="section" aria-labelledby="isolates-title">
      <Title order={3} size="h5" id="isolates-title">
        Isolates ({isolates.length})
      </Title>
      <Text size="sm">{INSIGHT_MEANINGS.isolates}</Text>
      {isolates.length === 0 ? (
        <Text size="sm" c="dimmed">
          Every organization of the scope has a tie in it.
        </Text>
      ) : (
        <Group gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {shown.map((o) => (
            <li key={o.id}>
              <Anchor component="button" type="button" size="sm" ta="start" onClick={() => onSelect(o.id)}>
                {o.name}
              </Anchor>
            </li>
          ))}
        </Group>
      )}
      {isolates.length > SHOWN && (
        <Button variant="subtle" size="compact-xs" onClick={() => setAll(!all)} style={{ alignSelf: 'start' }}>
          {all ? 'Show fewer' : `Show all ${isolates.length}`}
        </Button>
      )}
    </Stack>
  );
}
