import { Paper, Stack, Title } from '@mantine/core';
import { QueryView } from '../../../components/QueryView';
import { useHubRatings } from '../hooks/useRatings';
import { HubRatingsView } from './HubRatingsView';

/** A hub's rating over all goals and per SDG, each explained. Default export: loaded lazily. */
export default function HubRatingCard({ hubId }: { hubId: string }) {
  const ratings = useHubRatings(hubId);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`hub-rating-${hubId}`}>
      <Stack gap="xs">
        <Title order={2} size="h4" id={`hub-rating-${hubId}`}>
          Rating
        </Title>
        <QueryView query={ratings}>{(loaded) => <HubRatingsView ratings={loaded.ratings} />}</QueryView>
      </Stack>
    </Paper>
  );
}
