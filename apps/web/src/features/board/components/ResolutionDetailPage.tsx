import { hubAllows } from '@hubspoke/contracts';
import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { QueryView } from '../../../components/QueryView';
import { useConfirm } from '../../../components/useConfirm';
import { useAuth } from '../../../lib/auth';
import { formatDateTime } from '../../../lib/format';
import { CommentThread } from '../../comments';
import { useHubContext } from '../../workspace';
import { useCastVote, useCloseResolution, useComposition, useResolution } from '../hooks/useBoard';
import { StatusBadge } from './StatusBadge';
import { TallyView } from './TallyView';
import { VoteControl } from './VoteControl';
import { VoteRecords } from './VoteRecords';

/**
 * One resolution: its motion, its tally (live, or final once closed), the user's vote, the votes cast and, for the
 * secretariat, closing it.
 */
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
  const confirm = useConfirm();
  return (
    <Stack>
      {confirm.dialog}
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
                    onClick={() =>
                      confirm.ask({
                        title: 'Close the vote',
                        message: 'Close the vote now and record the result? Votes can no longer be cast or changed.',
                        confirmLabel: 'Close vote',
                        onConfirm: () => closer.mutate('close'),
                      })
                    }
                  >
                    Close vote
                  </Button>
                  <Button
                    variant="subtle"
                    color="red"
                    loading={closer.isPending && closer.variables === 'withdraw'}
                    onClick={() =>
                      confirm.ask({
                        title: 'Withdraw the resolution',
                        message: `Withdraw “${r.title}”? It will not be voted on.`,
                        confirmLabel: 'Withdraw',
                        onConfirm: () => closer.mutate('withdraw'),
                      })
                    }
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
            <TallyView tally={r.tally} rules={r.rules} closingSeats={r.closingSeats} />
            <VoteControl
              resolution={r}
              seats={seats}
              userId={user?.id}
              pending={vote.isPending}
              error={vote.error}
              onVote={(body) => vote.mutate(body)}
            />
            {r.votes.length > 0 && <VoteRecords votes={r.votes} />}
            <CommentThread hubId={hub.id} type="resolution" id={r.id} canComment={hubAllows(me, 'comment.create')} />
          </Stack>
        )}
      </QueryView>
    </Stack>
  );
}
