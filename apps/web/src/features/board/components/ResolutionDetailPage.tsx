import { hubAllows } from '@hubspoke/contracts';
import { Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { QueryView } from '../../../components/QueryView';
import { useAuth } from '../../../lib/auth';
import { formatDateTime } from '../../../lib/format';
import { CommentThread } from '../../comments/components/CommentThread';
import { useHubContext } from '../../workspace/hooks/useHubContext';
import { useCastVote, useCloseResolution, useComposition, useResolution } from '../hooks/useBoard';
import { CHOICE_LABELS } from './labels';
import { StatusBadge } from './StatusBadge';
import { TallyView } from './TallyView';
import { VoteControl } from './VoteControl';

/** One resolution: its motion, the live tally, the user's vote and, for the secretariat, closing it. */
export default function ResolutionDetailPage() {
  const { hub, me } = useHubContext();
  const { resolutionId = '' } = useParams();
  const { user } = useAuth();
  const resolution = useResolution(hub.id, resolutionId);
  const composition = useComposition(hub.id);
  const vote = useCastVote(hub.id, resolutionId);
  const closer = useCloseResolution(hub.id, resolutionId);
  const seats = composition.data?.seats ?? [];
  const secretariat = me.role === 'secretariat';
  return (
    <Stack>
      <Anchor component={Link} to={`/hubs/${hub.id}/board?tab=resolutions`} size="sm">
        ← Resolutions
      </Anchor>
      <QueryView query={resolution}>
        {(r) => (
          <Stack>
            <Group justify="space-between" align="flex-start">
              <div>
                <Group gap="xs">
                  <Title order={2}>{r.title}</Title>
                  <StatusBadge status={r.status} />
                </Group>
                <Text size="sm" c="dimmed">
                  Voting {r.status === 'open' ? 'ends' : 'ended'} {formatDateTime(r.closedAt ?? r.deadline)}
                </Text>
              </div>
              {secretariat && r.status === 'open' && (
                <Group gap="xs">
                  <Button
                    variant="light"
                    loading={closer.isPending && closer.variables === 'close'}
                    onClick={() => {
                      if (window.confirm('Close the vote now and record the result?')) closer.mutate('close');
                    }}
                  >
                    Close vote
                  </Button>
                  <Button
                    variant="subtle"
                    color="red"
                    loading={closer.isPending && closer.variables === 'withdraw'}
                    onClick={() => {
                      if (window.confirm('Withdraw this resolution?')) closer.mutate('withdraw');
                    }}
                  >
                    Withdraw
                  </Button>
                </Group>
              )}
            </Group>
            <Paper withBorder p="md">
              <Text size="sm" fw={500} mb={4}>
                Motion
              </Text>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{r.motion}</Text>
            </Paper>
            <TallyView tally={r.tally} rules={r.rules} />
            <VoteControl
              resolution={r}
              seats={seats}
              userId={user?.id}
              pending={vote.isPending}
              error={vote.error}
              onVote={(body) => vote.mutate(body)}
            />
            {r.votes.length > 0 && (
              <Table withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Seat</Table.Th>
                    <Table.Th>Vote</Table.Th>
                    <Table.Th>Cast by</Table.Th>
                    <Table.Th>When</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {r.votes.map((v) => {
                    const seat = seats.find((s) => s.id === v.seatId);
                    const person = v.castBy === 'holder' ? seat?.holder : seat?.alternate;
                    return (
                      <Table.Tr key={v.seatId}>
                        <Table.Td>{seat?.title ?? 'Former seat'}</Table.Td>
                        <Table.Td>{CHOICE_LABELS[v.choice]}</Table.Td>
                        <Table.Td>
                          {person?.name ?? ''} ({v.castBy})
                        </Table.Td>
                        <Table.Td>{formatDateTime(v.castAt)}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            )}
            <CommentThread hubId={hub.id} type="resolution" id={r.id} canComment={hubAllows(me, 'comment.create')} />
          </Stack>
        )}
      </QueryView>
    </Stack>
  );
}
