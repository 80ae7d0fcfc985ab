import { ROLL_UP_METHODS, type GoalRollUpDto, type RollUpMethod } from '@hubspoke/contracts';
import { Paper, Table, Text, Title } from '@mantine/core';
import { formatDate, formatNumber } from '../../../lib/format';

const METHOD_LABELS: Record<RollUpMethod, string> = {
  sum: 'Sum',
  weighted_mean: 'Weighted mean',
  minimum: 'Minimum',
};

export const ROLL_UP_METHOD_OPTIONS = ROLL_UP_METHODS.map((method) => ({
  value: method,
  label: METHOD_LABELS[method],
}));

/** A parent goal's roll-up: the value its progress is judged on, and what each member hub contributes to it. */
export function RollUpPanel({ rollUp, unit }: { rollUp: GoalRollUpDto; unit: string }) {
  return (
    <Paper withBorder p="sm" data-testid="goal-roll-up">
      <Title order={3} size="h5" mb="xs">
        Rolled up from member hubs
      </Title>
      <Text size="sm" mb="xs">
        {METHOD_LABELS[rollUp.method]} of their latest verified values:{' '}
        <b data-testid="goal-roll-up-value">{formatNumber(rollUp.value, unit)}</b> ({rollUp.reportedCount} of{' '}
        {rollUp.childCount} reported)
      </Text>
      {rollUp.contributions.length > 0 && (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Hub</Table.Th>
              <Table.Th>Value</Table.Th>
              {rollUp.method === 'weighted_mean' && <Table.Th>Weight</Table.Th>}
              <Table.Th>Observed</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rollUp.contributions.map((c) => (
              <Table.Tr key={c.childHub.id}>
                <Table.Td>{c.childHub.name}</Table.Td>
                <Table.Td>{c.value === null ? 'not reported yet' : formatNumber(c.value, unit)}</Table.Td>
                {rollUp.method === 'weighted_mean' && <Table.Td>{c.weight}</Table.Td>}
                <Table.Td>{formatDate(c.reportedAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {rollUp.childCount > rollUp.contributions.length && (
        <Text size="sm" c="dimmed" mt="xs" data-testid="goal-roll-up-more">
          Showing the {rollUp.contributions.length} member hubs that move the value most, of {rollUp.childCount}.
        </Text>
      )}
    </Paper>
  );
}
