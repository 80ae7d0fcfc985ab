import { Anchor, Card, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { QueryView } from '../../../components/QueryView';
import { useDirectory } from '../hooks/useDirectory';
import { useSdgGoals } from '../hooks/useSdgGoals';
import { SdgBadges } from './SdgBadges';

export function DirectoryPage() {
  const [q, setQ] = useState('');
  const [sdg, setSdg] = useState<string | null>(null);
  const [debounced] = useDebouncedValue(q, 250);
  const directory = useDirectory(debounced, sdg ? Number(sdg) : null);
  const sdgGoals = useSdgGoals();
  const options = (sdgGoals.data ?? []).map((g) => ({ value: g.code, label: `SDG ${g.code}: ${g.shortTitle}` }));
  return (
    <Stack>
      <Title order={1}>Public hub directory</Title>
      <Group grow preventGrowOverflow={false} wrap="wrap">
        <TextInput
          label="Search"
          placeholder="Name or mission"
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          miw={200}
        />
        <Select
          label="Sustainable Development Goal"
          placeholder="Any SDG"
          data={options}
          value={sdg}
          onChange={setSdg}
          clearable
          searchable
          miw={200}
        />
      </Group>
      <QueryView query={directory}>
        {(page) =>
          page.items.length === 0 ? (
            <EmptyState>No public hub matches.</EmptyState>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {page.items.map((hub) => (
                <Card key={hub.id} withBorder component="article" aria-label={hub.name}>
                  <Stack gap="xs">
                    <Title order={2} size="h4">
                      <Anchor component={Link} to={`/h/${hub.slug}`} inherit>
                        {hub.name}
                      </Anchor>
                    </Title>
                    <Text size="sm">{hub.mission}</Text>
                    <SdgBadges sdgs={hub.sdgs} />
                    <Text size="sm" c="dimmed">
                      {hub.spokeCount} organizations · {hub.goalCount} goals
                    </Text>
                  </Stack>
                </Card>
              ))}
            </SimpleGrid>
          )
        }
      </QueryView>
    </Stack>
  );
}
