import type { BrokerDto } from '@hubspoke/contracts';
import { Anchor, Box, Group, Stack, Text, Title } from '@mantine/core';
import { formatScore } from './format';
import { INSIGHT_MEANINGS } from './measureMeanings';

/** Organizations that bridge more than their ties alone explain. */
export function BrokerList({ brokers, onSelect }: { brokers: BrokerDto[]; onSelect: (id: string) => void }) {
  return (
    <Stack gap="xs" component="section" aria-labelledby="brokers-title">
      <Title order={3} size="h5" id="brokers-title">
        Brokers
      </Title>
      <Text size="sm">{INSIGHT_MEANINGS.brokers}</Text>
      <Text size="xs" c="dimmed">
        Score = betweenness per tie, both relative to the scope: how much more an organization bridges than its ties
        alone explain.
      </Text>
      {brokers.length === 0 ? (
        <Text size="sm" c="dimmed">
          None in this scope.
        </Text>
      ) : (
        <Box component="ol" m={0} pl="md">
          {brokers.map((b) => (
            <Box component="li" key={b.organization.id} mb={4}>
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  ta="start"
                  onClick={() => onSelect(b.organization.id)}
                >
                  {b.organization.name}
                </Anchor>
                <Text size="sm" fw={600}>
                  {formatScore(b.score)}
                </Text>
              </Group>
              <Text size="xs" c="dimmed">
                betweenness {formatScore(b.betweenness)} · {b.degree} {b.degree === 1 ? 'tie' : 'ties'} · links{' '}
                {b.communitiesLinked} {b.communitiesLinked === 1 ? 'community' : 'communities'}
              </Text>
            </Box>
          ))}
        </Box>
      )}
    </Stack>
  );
}
