import type { CentralityDto } from '@hubspoke/contracts';
import { Table, Text } from '@mantine/core';
import { formatMetric, METRIC_LABELS } from './format';
import { MEASURE_MEANINGS } from './measureMeanings';

const ROWS: (keyof CentralityDto)[] = ['pagerank', 'betweenness', 'closeness', 'degree', 'weightedDegree', 'community'];

/** Centralities side by side, one column per scope, each explained in plain words. */
export function MetricsTable({ columns }: { columns: { label: string; metrics: CentralityDto | null }[] }) {
  return (
    <Table withTableBorder striped fz="sm" verticalSpacing={4}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Measure</Table.Th>
          {columns.map((c) => (
            <Table.Th key={c.label} scope="col" ta="right">
              {c.label}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {ROWS.map((metric) => (
          <Table.Tr key={metric}>
            <Table.Th scope="row" fw={400}>
              {METRIC_LABELS[metric]}
              <Text size="xs" c="dimmed">
                {MEASURE_MEANINGS[metric]}
              </Text>
            </Table.Th>
            {columns.map((c) => (
              <Table.Td key={c.label} ta="right">
                {c.metrics ? formatMetric(metric, c.metrics[metric]) : '—'}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
