import type { NetworkScopeSummaryDto } from '@hubspoke/contracts';
import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { formatMethod, formatScore, formatShare } from './format';

/** The scope's figures, each with what it means. */
export function ScopeSummary({ summary }: { summary: NetworkScopeSummaryDto }) {
  const figures: { label: string; value: string; hint: string }[] = [
    { label: 'Organizations', value: summary.organizations.toLocaleString('en-GB'), hint: 'in the scope' },
    { label: 'Ties', value: summary.edges.toLocaleString('en-GB'), hint: 'pairs with at least one tie' },
    {
      label: 'Communities',
      value: summary.communities.toLocaleString('en-GB'),
      hint: `modularity ${formatScore(summary.modularity)}`,
    },
    {
      label: 'Degree centralization',
      value: formatScore(summary.degreeCentralization),
      hint: '0 = even, 1 = a star',
    },
    {
      label: 'Betweenness centralization',
      value: formatScore(summary.betweennessCentralization),
      hint: formatMethod(summary.methods.betweenness),
    },
    {
      label: 'Average path length',
      value: summary.averagePathLength === null ? '—' : formatScore(summary.averagePathLength),
      hint: 'steps between two organizations (harmonic mean)',
    },
    {
      label: 'Connected pairs',
      value: formatShare(summary.connectedPairShare),
      hint: 'of all pairs reach each other',
    },
  ];
  return (
    <Stack gap="xs" component="section" aria-labelledby="scope-summary-title">
      <Title order={3} size="h5" id="scope-summary-title">
        The scope in figures
      </Title>
      <SimpleGrid cols={2} spacing="xs" verticalSpacing="xs" component="dl" m={0}>
        {figures.map((f) => (
          <div key={f.label}>
            <Text component="dt" size="xs" c="dimmed">
              {f.label}
            </Text>
            <Text component="dd" m={0} fw={600}>
              {f.value}
            </Text>
            <Text component="dd" m={0} size="xs" c="dimmed">
              {f.hint}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
