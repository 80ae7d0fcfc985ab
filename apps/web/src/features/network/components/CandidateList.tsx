import type { HubCandidateDto, ScorePartDto } from '@hubspoke/contracts';
import { Anchor, Box, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { SIZE_LABELS } from './SizeControl';
import { formatScore } from './format';
import { INSIGHT_MEANINGS } from './measureMeanings';

const PART_COLORS: Record<ScorePartDto['metric'], string> = {
  pagerank: 'indigo',
  betweenness: 'teal',
  degree: 'orange',
};

/** "PageRank 0.2 (weight 0.4 × 0.5 of the highest)": how one part adds to the score. */
export function describePart(part: ScorePartDto): string {
  return `${SIZE_LABELS[part.metric]} ${formatScore(part.contribution)} (weight ${formatScore(part.weight)} × ${formatScore(part.normalised)} of the highest)`;
}

/** The highest score possible: the bar's full length. */
const totalWeight = (parts: ScorePartDto[]) => parts.reduce((sum, p) => sum + p.weight, 0);

/** Organizations whose centrality and SDG focus make them natural hubs, each score taken apart. */
export function CandidateList({
  candidates,
  onSelect,
}: {
  candidates: HubCandidateDto[];
  onSelect: (id: string) => void;
}) {
  return (
    <Stack gap="xs" component="section" aria-labelledby="candidates-title">
      <Title order={3} size="h5" id="candidates-title">
        Hub candidates
      </Title>
      <Text size="sm">{INSIGHT_MEANINGS.candidates}</Text>
      <Text size="xs" c="dimmed">
        Score = Σ weight × the organization’s value ÷ the scope’s highest, over PageRank, betweenness and ties.
      </Text>
      {candidates.length === 0 ? (
        <Text size="sm" c="dimmed">
          None in this scope.
        </Text>
      ) : (
        <Box component="ol" m={0} pl="md">
          {candidates.map((c) => (
            <Box component="li" key={c.organization.id} mb="xs">
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  ta="start"
                  onClick={() => onSelect(c.organization.id)}
                >
                  {c.organization.name}
                </Anchor>
                <Text size="sm" fw={600}>
                  {formatScore(c.score)}
                </Text>
              </Group>
              <Progress.Root size="sm" mt={2} aria-hidden="true">
                {c.parts.map((part) => (
                  <Progress.Section
                    key={part.metric}
                    value={(part.contribution / Math.max(1e-9, totalWeight(c.parts))) * 100}
                    color={PART_COLORS[part.metric]}
                  />
                ))}
              </Progress.Root>
              <Text size="xs" c="dimmed" mt={2}>
                {c.parts.map(describePart).join(' + ')}
              </Text>
            </Box>
          ))}
        </Box>
      )}
    </Stack>
  );
}
