import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { QueryView } from '../../../components/QueryView';
import { formatDateTime } from '../../../lib/format';
import { useBoardQueue } from '../hooks/useBoard';

/** What awaits the signed-in user on the boards they sit on: packs to read and votes to cast. */
export default function BoardQueuePage() {
  const queue = useBoardQueue();
  return (
    <Stack>
      <Title order={2}>My board queue</Title>
      <QueryView query={queue}>
        {(q) =>
          q.packsToRead.length === 0 && q.votesToCast.length === 0 ? (
            <Text c="dimmed">Nothing awaits you: no board packs to read and no votes to cast.</Text>
          ) : (
            <Stack>
              <section aria-labelledby="queue-votes">
                <Title order={3} size="h4" id="queue-votes" mb="xs">
                  Votes to cast ({q.votesToCast.length})
                </Title>
                {q.votesToCast.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    No votes to cast.
                  </Text>
                ) : (
                  <List>
                    {q.votesToCast.map((v) => (
                      <List.Item key={`${v.resolutionId}-${v.seatId}`}>
                        <Anchor component={Link} to={`/hubs/${v.hubId}/board/resolutions/${v.resolutionId}`}>
                          {v.title}
                        </Anchor>{' '}
                        <Text span size="sm" c="dimmed">
                          · {v.hubName} · by {formatDateTime(v.deadline)}
                        </Text>
                      </List.Item>
                    ))}
                  </List>
                )}
              </section>
              <section aria-labelledby="queue-packs">
                <Title order={3} size="h4" id="queue-packs" mb="xs">
                  Packs to read ({q.packsToRead.length})
                </Title>
                {q.packsToRead.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    No packs to read.
                  </Text>
                ) : (
                  <List>
                    {q.packsToRead.map((p) => (
                      <List.Item key={p.reviewId}>
                        <Anchor component={Link} to={`/hubs/${p.hubId}/board/reviews/${p.reviewId}`}>
                          {p.title}
                        </Anchor>{' '}
                        <Text span size="sm" c="dimmed">
                          · {p.hubName} · meets {formatDateTime(p.scheduledFor)}
                        </Text>
                      </List.Item>
                    ))}
                  </List>
                )}
              </section>
            </Stack>
          )
        }
      </QueryView>
    </Stack>
  );
}
