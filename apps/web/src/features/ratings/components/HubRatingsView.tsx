import type { HubRatingDto } from '@hubspoke/contracts';
import { Accordion, Badge, Group, Table, Text } from '@mantine/core';
import { formatScore, RatingExplanation } from './RatingExplanation';

const label = (r: HubRatingDto) =>
  r.sdg === null ? 'Rating over all goals explained' : `SDG ${r.sdg} rating explained`;

/** A hub's ratings, over all goals and per SDG, each with what its score is made of. */
export function HubRatingsView({ ratings }: { ratings: HubRatingDto[] }) {
  if (ratings.length === 0) {
    return <Text c="dimmed">Not rated yet: ratings are recomputed after verified measurements.</Text>;
  }
  return (
    <Accordion multiple defaultValue={['all']} variant="separated">
      {ratings.map((r) => {
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
              {/* scrolls sideways on a narrow screen, also by keyboard */}
              <Table.ScrollContainer minWidth={600} type="native" tabIndex={0} role="region" aria-label={label(r)}>
                <RatingExplanation components={r.components} label={label(r)} />
              </Table.ScrollContainer>
            </Accordion.Panel>
          </Accordion.Item>
        );
      })}
    </Accordion>
  );
}
