import type { VoteRecordDto } from '@hubspoke/contracts';
import { Table, Text } from '@mantine/core';
import { formatDateTime } from '../../../lib/format';
import { CHOICE_LABELS } from './labels';

/** Every vote cast on a resolution, with its seat and voter as they were when it was cast, and whether it counts. */
export function VoteRecords({ votes }: { votes: VoteRecordDto[] }) {
  return (
    <Table withTableBorder aria-label="Votes cast">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Seat (when cast)</Table.Th>
          <Table.Th>Vote</Table.Th>
          <Table.Th>Cast by</Table.Th>
          <Table.Th>When</Table.Th>
          <Table.Th>Counts</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {votes.map((v) => (
          <Table.Tr key={v.id}>
            <Table.Td>
              {v.seat.title}
              {v.seatId === null && (
                <Text span size="xs" c="dimmed">
                  {' '}
                  (seat since removed)
                </Text>
              )}
            </Table.Td>
            <Table.Td>{CHOICE_LABELS[v.choice]}</Table.Td>
            <Table.Td>
              {v.voter.name}, {v.voter.organization.name} ({v.castBy})
            </Table.Td>
            <Table.Td>{formatDateTime(v.castAt)}</Table.Td>
            <Table.Td>{v.counts ? 'Yes' : 'No'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
