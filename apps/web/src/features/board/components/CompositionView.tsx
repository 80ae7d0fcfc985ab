import { CONSTITUENCIES, type BoardCompositionDto, type BoardSeatDto, type Sector } from '@hubspoke/contracts';
import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { EmptyState } from '../../../components/EmptyState';
import { useConfirm } from '../../../components/useConfirm';
import { SECTOR_LABELS } from '../../../lib/format';
import { useDeleteSeat } from '../hooks/useBoard';
import { BalanceBars } from './BalanceBars';
import { CONSTITUENCY_LABELS, KIND_LABELS } from './labels';
import { RulesEditor } from './RulesEditor';
import { SeatDialog } from './SeatDialog';

export function CompositionView({
  hubId,
  composition,
  canManage,
}: {
  hubId: string;
  composition: BoardCompositionDto;
  canManage: boolean;
}) {
  const [editing, setEditing] = useState<BoardSeatDto | 'new' | null>(null);
  const remove = useDeleteSeat(hubId);
  const confirm = useConfirm();
  const byConstituency = CONSTITUENCIES.map((c) => ({
    label: CONSTITUENCY_LABELS[c],
    count: composition.byConstituency[c] ?? 0,
  }));
  const bySector = Object.entries(composition.bySector)
    .filter(([, count]) => count > 0)
    .map(([sector, count]) => ({ label: SECTOR_LABELS[sector as Sector] ?? sector, count }));
  return (
    <Stack>
      {confirm.dialog}
      <Group align="flex-start" gap="xl">
        <BalanceBars title="By constituency" counts={composition.seats.length ? byConstituency : []} />
        <BalanceBars title="By sector" counts={bySector} />
      </Group>
      <Group justify="space-between">
        <Title order={3} size="h4">
          Seats
        </Title>
        {canManage && <Button onClick={() => setEditing('new')}>New seat</Button>}
      </Group>
      {composition.seats.length === 0 ? (
        <EmptyState>No seats on this board yet.</EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Seat</Table.Th>
                <Table.Th>Kind</Table.Th>
                <Table.Th>Constituency</Table.Th>
                <Table.Th>Holder</Table.Th>
                <Table.Th>Alternate</Table.Th>
                {canManage && <Table.Th>Actions</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {composition.seats.map((seat) => (
                <Table.Tr key={seat.id}>
                  <Table.Td>{seat.title}</Table.Td>
                  <Table.Td>{KIND_LABELS[seat.kind]}</Table.Td>
                  <Table.Td>{CONSTITUENCY_LABELS[seat.constituency]}</Table.Td>
                  <Table.Td>
                    {seat.holder.name}
                    <Text size="xs" c="dimmed">
                      {seat.holder.organization.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {seat.alternate ? (
                      <>
                        {seat.alternate.name}
                        <Text size="xs" c="dimmed">
                          {seat.alternate.organization.name}
                        </Text>
                      </>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  {canManage && (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          aria-label={`Edit seat ${seat.title}`}
                          onClick={() => setEditing(seat)}
                        >
                          Edit
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red"
                          aria-label={`Remove seat ${seat.title}`}
                          loading={remove.isPending && remove.variables?.seatId === seat.id}
                          onClick={() =>
                            confirm.ask({
                              title: 'Remove the seat',
                              message: `Remove the seat “${seat.title}”? Votes already cast keep it in their record.`,
                              confirmLabel: 'Remove seat',
                              onConfirm: () => remove.mutate({ seatId: seat.id, version: seat.version }),
                            })
                          }
                        >
                          Remove
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Title order={3} size="h4">
        Voting rules
      </Title>
      <RulesEditor
        key={`${composition.rules.quorum}-${composition.rules.majority}`}
        hubId={hubId}
        rules={composition.rules}
        canEdit={canManage}
      />
      <SeatDialog hubId={hubId} editing={editing} onClose={() => setEditing(null)} />
    </Stack>
  );
}
