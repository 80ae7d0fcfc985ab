import { Anchor, Button, Group, Modal, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { QueryView } from '../../../components/QueryView';
import { formatDateTime } from '../../../lib/format';
import { useProposeResolution, useResolutions } from '../hooks/useBoard';
import { ProposeResolutionForm } from './ProposeResolutionForm';
import { StatusBadge } from './StatusBadge';

export function ResolutionsList({ hubId, canPropose }: { hubId: string; canPropose: boolean }) {
  const resolutions = useResolutions(hubId);
  const propose = useProposeResolution(hubId);
  const [opened, setOpened] = useState(false);
  const navigate = useNavigate();
  const close = () => {
    propose.reset();
    setOpened(false);
  };
  return (
    <>
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4">
          Resolutions
        </Title>
        {canPropose && <Button onClick={() => setOpened(true)}>Propose resolution</Button>}
      </Group>
      <QueryView query={resolutions}>
        {(items) =>
          items.length === 0 ? (
            <EmptyState>No resolutions yet.</EmptyState>
          ) : (
            <Table.ScrollContainer minWidth={560}>
              <Table withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Resolution</Table.Th>
                    <Table.Th>Status</Table.Th>
                    <Table.Th>Deadline</Table.Th>
                    <Table.Th>Votes</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/hubs/${hubId}/board/resolutions/${r.id}`}>
                          {r.title}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <StatusBadge status={r.status} />
                      </Table.Td>
                      <Table.Td>{formatDateTime(r.deadline)}</Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          {r.tally.for}–{r.tally.against}–{r.tally.abstain} ({r.tally.voted}/{r.tally.seats})
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryView>
      <Modal opened={opened} onClose={close} title="Propose a resolution" size="lg">
        {opened && (
          <ProposeResolutionForm
            pending={propose.isPending}
            error={propose.error}
            onCancel={close}
            onSubmit={(body) =>
              propose.mutate(body, {
                onSuccess: (r) => {
                  close();
                  void navigate(`/hubs/${hubId}/board/resolutions/${r.id}`);
                },
              })
            }
          />
        )}
      </Modal>
    </>
  );
}
