import { hubAllows } from '@hubspoke/contracts';
import { Anchor, Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { QueryView } from '../../../components/QueryView';
import { errorMessage } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { CommentThread } from '../../comments';
import { useHubContext } from '../../workspace';
import { useMarkReviewRead, useReaders, useReview } from '../hooks/useBoard';
import { PackView } from './PackView';

function Readers({ hubId, reviewId }: { hubId: string; reviewId: string }) {
  const readers = useReaders(hubId, reviewId, true);
  return (
    <section aria-labelledby="pack-readers">
      <Title order={3} size="h4" id="pack-readers" mb="xs">
        Who has read the pack
      </Title>
      <QueryView query={readers}>
        {(items) =>
          items.length === 0 ? (
            <Text size="sm" c="dimmed">
              No board members yet.
            </Text>
          ) : (
            <List size="sm">
              {items.map((r) => (
                <List.Item key={r.memberId}>
                  {r.name}: {r.readAt ? `read ${formatDateTime(r.readAt)}` : 'not read yet'}
                </List.Item>
              ))}
            </List>
          )
        }
      </QueryView>
    </section>
  );
}

export default function ReviewDetailPage() {
  const { hub, me } = useHubContext();
  const { reviewId = '' } = useParams();
  const review = useReview(hub.id, reviewId);
  const markRead = useMarkReviewRead(hub.id, reviewId);
  return (
    <Stack>
      <Anchor component={Link} to={`/hubs/${hub.id}/board?tab=reviews`} size="sm" className="no-print">
        ← Reviews
      </Anchor>
      <QueryView query={review}>
        {(r) => (
          <Stack>
            <Group justify="space-between" align="flex-start">
              <div>
                <Title order={2}>{r.title}</Title>
                <Text size="sm" c="dimmed">
                  Board meets {formatDateTime(r.scheduledFor)} · pack frozen {formatDateTime(r.createdAt)}
                </Text>
              </div>
              <Group gap="xs" className="no-print">
                {r.readByMe ? (
                  <Badge color="teal" variant="light" autoContrast>
                    Read
                  </Badge>
                ) : (
                  <Button loading={markRead.isPending} onClick={() => markRead.mutate()}>
                    Mark as read
                  </Button>
                )}
                <Button variant="light" onClick={() => window.print()}>
                  Print
                </Button>
              </Group>
            </Group>
            {markRead.isError && (
              <Text c="red" size="sm" role="alert">
                {errorMessage(markRead.error)}
              </Text>
            )}
            <PackView hubId={hub.id} pack={r.pack} />
            {me.role === 'secretariat' && <Readers hubId={hub.id} reviewId={r.id} />}
            <CommentThread hubId={hub.id} type="review" id={r.id} canComment={hubAllows(me, 'comment.create')} />
          </Stack>
        )}
      </QueryView>
    </Stack>
  );
}
