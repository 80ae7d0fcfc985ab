import { Input, SegmentedControl } from '@mantine/core';
import { SIZE_METRICS, type SizeMetric } from '../hooks/useNetworkFilters';

export const SIZE_LABELS: Record<SizeMetric, string> = {
  pagerank: 'PageRank',
  betweenness: 'Betweenness',
  degree: 'Degree',
};

/** Which centrality sizes the nodes. */
export function SizeControl({ value, onChange }: { value: SizeMetric; onChange: (value: SizeMetric) => void }) {
  return (
    <Input.Wrapper label="Size by" labelElement="div" id="network-size-by">
      <SegmentedControl
        aria-labelledby="network-size-by-label"
        data={SIZE_METRICS.map((metric) => ({ value: metric, label: SIZE_LABELS[metric] }))}
        value={value}
        onChange={(next) => onChange(next as SizeMetric)}
        size="sm"
        display="flex"
      />
    </Input.Wrapper>
  );
}
