import { Accordion, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { QueryView } from '../../../components/QueryView';
import { useHubRatings } from '../hooks/useRatings';
import { formatScore, RatingExplanation } from './RatingExplanation';

/** A hub's rating over all goals and per SDG, each explained. Default export: loaded lazily. */
export default function HubRatingCard({ hubId }: { hubId: string }) {
  const ratings = useHubRatings(hubId);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`hub-rating-${hubId}`}>
      <Stack gap="xs">
        <Title order={2} size="h4" id={`hub-rating-${hubId}`}>
          Rating
        </Title>
        <QueryView query={ratings}>
          {(loaded) =>
            loaded.ratings.length === 0 ? (
              <Text c="dimmed">Not rated yet: ratings are recomputed after verified measurements.</Text>
            ) : (
              <Accordion multiple defaultValue={['all']} variant="separated">
                {loaded.ratings.map((r) => {
                  const key = r.sdg === null ? 'all' : `sdg-${r.sdg}`;
                  return (
                    <Accordion.Item key={key} value={key}>
                      <Accordion.Control>
                        <Group gap="sm">
                          <Text fw={500}>{r.sdg === null ? 'Over all goals' : `SDG ${r.sdg}`}</Text>
                          <Badge size="lg">{formatScore(r.score)} / 100</Badge>
                          <Text size="sm" c="dimmed">
                            {r.goals} goals rated
                          </Text>
                        </Group>
                      </Accordion.Control>
                      <Accordion.Panel>
                        <RatingExplanation
                          components={r.components}
                          label={r.sdg === null ? 'Rating over all goals explained' : `SDG ${r.sdg} rating explained`}
                        />
                      </Accordion.Panel>
                    </Accordion.Item>
                  );
                })}
              </Accordion>
            )
          }
        </QueryView>
      </Stack>
    </Paper>
  );
}
