import type { WhatIfResultDto, WhatIfSnapshotDto } from '@hubspoke/contracts';
import { Alert, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { formatScore, formatShare } from './format';

const ROWS: { key: keyof WhatIfSnapshotDto; label: string; format: (v: number) => string }[] = [
  { key: 'degreeCentralization', label: 'Degree centralization', format: formatScore },
  { key: 'betweennessCentralization', label: 'Betweenness centralization', format: formatScore },
  { key: 'averagePathLength', label: 'Average path length', format: formatScore },
  { key: 'connectedPairShare', label: 'Connected pairs', format: formatShare },
];

const show = (value: number | null, format: (v: number) => string) => (value === null ? '—' : format(value));

export function WhatIfResult({ result }: { result: WhatIfResultDto }) {
  return (
    <Stack gap="sm" aria-live="polite" data-testid="what-if-result">
      <Title order={3} size="h5">
        With the hypothetical hub
      </Title>
      {result.ignoredMemberIds.length > 0 && (
        <Alert color="yellow" role="status">
          {result.ignoredMemberIds.length} of the chosen organizations are outside this scope and were left out.
        </Alert>
      )}
      <SimpleGrid cols={2} spacing="xs" component="dl" m={0}>
        <Figure
          label="Reach within 1 step"
          value={`${result.reach.within1.count.toLocaleString('en-GB')} (${formatShare(result.reach.within1.share)})`}
          hint={`of ${result.organizations.toLocaleString('en-GB')} organizations, members included`}
        />
        <Figure
          label="Reach within 2 steps"
          value={`${result.reach.within2.count.toLocaleString('en-GB')} (${formatShare(result.reach.within2.share)})`}
          hint="members included"
        />
        <Figure
          label="Each member reaches in 2 steps"
          value={`${formatScore(result.memberReach.before)} → ${formatScore(result.memberReach.after)}`}
          hint="other organizations on average, before → after"
        />
      </SimpleGrid>
      <Table withTableBorder fz="sm" verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Network</Table.Th>
            <Table.Th scope="col" ta="right">
              Before
            </Table.Th>
            <Table.Th scope="col" ta="right">
              After
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ROWS.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row" fw={400}>
                {row.label}
              </Table.Th>
              <Table.Td ta="right">{show(result.before[row.key], row.format)}</Table.Td>
              <Table.Td ta="right">{show(result.after[row.key], row.format)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function Figure({ label, value, hint }: { label: string; value: string; hint: string }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} fw={600}>
        {value}
      </Text>
      <Text component="dd" m={0} size="xs" c="dimmed">
        {hint}
      </Text>
    </div>
  );
}
