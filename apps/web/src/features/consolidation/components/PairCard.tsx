import type { HubPairDto } from '@hubspoke/contracts';
import { Badge, Card, Group, List, Progress, Stack, Text, Title } from '@mantine/core';
import { KIND_LABELS, overlapPercent } from '../format';

/**
 * One pair of hubs: their overlap as a bar and in words, the organizations they share, their links, and, when the rule
 * makes them candidates, the evidence.
 */
export function PairCard({ pair, nameOf }: { pair: HubPairDto; nameOf: (hubId: string) => string }) {
  const [a, b] = pair.hubIds.map(nameOf) as [string, string];
  const title = `${a} and ${b}`;
  return (
    <Card withBorder component="article" aria-label={title} padding="md">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={3} size="h4">
            {title}
          </Title>
          {pair.candidate && (
            <Badge color={pair.candidate.kind === 'merge' ? 'grape' : 'blue'}>{KIND_LABELS[pair.candidate.kind]}</Badge>
          )}
        </Group>
        <Text size="sm">
          <strong>{overlapPercent(pair.jaccard)} overlap</strong>: {pair.shared.length} of the {pair.union}{' '}
          organizations in either hub belong to both.
        </Text>
        <Progress value={pair.jaccard * 100} size="sm" aria-hidden />
        {pair.shared.length > 0 && (
          <Text size="sm">In both: {pair.shared.map((o) => o.shortName ?? o.name).join(', ')}.</Text>
        )}
        {pair.links.map((link) => (
          <Text size="sm" key={`${link.parentHubId}-${link.childHubId}`}>
            Linked: {nameOf(link.childHubId)} is a member spoke of {nameOf(link.parentHubId)} since{' '}
            {new Date(link.since).toLocaleDateString('en-GB')}.
          </Text>
        ))}
        {pair.candidate && (
          <List
            size="sm"
            spacing={2}
            aria-label={`Why ${title} ${pair.candidate.kind === 'merge' ? 'could merge' : 'could federate'}`}
          >
            {pair.candidate.reasons.map((reason) => (
              <List.Item key={reason}>{reason}</List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Card>
  );
}
