import type { NetworkInsightsDto } from '@hubspoke/contracts';
import { Stack, Text } from '@mantine/core';
import { QueryView } from '../../../components/QueryView';
import { useNetworkInsights } from '../hooks/useNetworkInsights';
import { BrokerList } from './BrokerList';
import { CandidateList } from './CandidateList';
import { IsolateList } from './IsolateList';
import { ScopeSummary } from './ScopeSummary';

interface Props {
  sdg: number | null;
  onSelect: (id: string) => void;
}

/** The scope's hub candidates, brokers, isolates and summary figures: also the way into the map without a mouse. */
export function InsightsPanel({ sdg, onSelect }: Props) {
  const query = useNetworkInsights(sdg);
  return <QueryView query={query}>{(data) => <Insights data={data} onSelect={onSelect} />}</QueryView>;
}

export function Insights({ data, onSelect }: { data: NetworkInsightsDto; onSelect: (id: string) => void }) {
  if (!data.summary)
    return (
      <Text size="sm" c="dimmed" py="md">
        {data.stale ? 'The first analysis of this scope is under way.' : 'This scope has not been analysed yet.'}
      </Text>
    );
  return (
    <Stack gap="lg">
      <ScopeSummary summary={data.summary} />
      <CandidateList candidates={data.candidates} onSelect={onSelect} />
      <BrokerList brokers={data.brokers} onSelect={onSelect} />
      <IsolateList isolates={data.isolates} onSelect={onSelect} />
    </Stack>
  );
}
