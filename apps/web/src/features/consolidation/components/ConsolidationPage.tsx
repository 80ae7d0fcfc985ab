import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { QueryView } from '../../../components/QueryView';
import { useConsolidation } from '../hooks/useConsolidation';
import { HubsTable } from './HubsTable';
import { PairCard } from './PairCard';

/** One SDG target: its public hubs with their ratings, and each pair's overlap, links and candidacy, candidates first. */
export default function ConsolidationPage() {
  const { code = '' } = useParams();
  const view = useConsolidation(code);
  return (
    <Stack>
      <Anchor component={Link} to="/consolidation" size="sm">
        ← Where hubs overlap
      </Anchor>
      <QueryView query={view}>
        {(data) => {
          const names = new Map(data.hubs.map((h) => [h.id, h.name]));
          const nameOf = (id: string) => names.get(id) ?? 'A hub';
          const candidates = data.pairs.filter((p) => p.candidate);
          const others = data.pairs.filter((p) => !p.candidate);
          return (
            <Stack>
              <Title order={1}>Target {data.target.code}: who works on it</Title>
              <Text c="dimmed">{data.target.title}</Text>
              <Text size="sm">{data.rule}</Text>
              {data.hubs.length === 0 ? (
                <EmptyState>No public hub works on this target yet.</EmptyState>
              ) : (
                <HubsTable hubs={data.hubs} goalCode={data.target.goalCode} />
              )}
              <Title order={2}>Candidates to federate or merge</Title>
              {candidates.length === 0 ? (
                <EmptyState>No pair of hubs here meets the rule.</EmptyState>
              ) : (
                candidates.map((pair) => <PairCard key={pair.hubIds.join()} pair={pair} nameOf={nameOf} />)
              )}
              {data.pairsLeftOut > 0 && (
                <Text size="sm" c="dimmed">
                  {data.pairsLeftOut} more pairs with less overlap are not shown.
                </Text>
              )}
              {others.length > 0 && (
                <>
                  <Title order={2}>Other overlaps and links</Title>
                  {others.map((pair) => (
                    <PairCard key={pair.hubIds.join()} pair={pair} nameOf={nameOf} />
                  ))}
                </>
              )}
            </Stack>
          );
        }}
      </QueryView>
    </Stack>
  );
}
