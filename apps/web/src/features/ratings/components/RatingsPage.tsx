import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { QueryView } from '../../../components/QueryView';
import { Link, useSearchParams } from 'react-router';
import { useSdgGoals } from '../../hubs';
import { exportUrl } from '../api/ratingsApi';
import { useLeague } from '../hooks/useRatings';
import { LeagueTable } from './LeagueTable';
import { SdgSelect } from './SdgSelect';

/** League tables of public hubs, overall or per SDG, with each score explained; exports for rating bodies. */
export default function RatingsPage() {
  const [params, setParams] = useSearchParams();
  const sdg = params.get('sdg') ? Number(params.get('sdg')) : null;
  const league = useLeague(sdg);
  const goals = useSdgGoals().data ?? [];
  const sdgTitle = sdg === null ? null : goals.find((g) => Number(g.code) === sdg)?.shortTitle;
  const setSdg = (next: number | null) => setParams(next === null ? {} : { sdg: String(next) }, { replace: true });
  return (
    <Stack>
      <Title order={1}>Hub ratings</Title>
      <Text c="dimmed">
        Public hubs rated on verified progress toward their targets, pace, freshness of data, evidence and member
        participation. Open a row to see which inputs gave its score. Compare hubs on one metric from the{' '}
        <Anchor component={Link} to="/metrics" underline="always">
          metric catalog
        </Anchor>
        .
      </Text>
      <Group align="end" justify="space-between">
        <SdgSelect value={sdg} onChange={setSdg} allLabel="All SDGs (over all goals)" />
        <Group gap="xs" aria-label="Export">
          <Button component="a" href={exportUrl('csv', 'ratings')} download variant="default" size="xs">
            Ratings CSV
          </Button>
          <Button component="a" href={exportUrl('json', 'ratings')} download variant="default" size="xs">
            Ratings JSON
          </Button>
          <Button component="a" href={exportUrl('csv', 'measurements')} download variant="default" size="xs">
            Verified measurements CSV
          </Button>
          <Button component="a" href={exportUrl('json', 'measurements')} download variant="default" size="xs">
            Verified measurements JSON
          </Button>
        </Group>
      </Group>
      <QueryView query={league}>
        {(loaded) => (
          <LeagueTable
            entries={loaded.entries}
            caption={sdg === null ? 'All public hubs, over all goals' : `SDG ${sdg}${sdgTitle ? `: ${sdgTitle}` : ''}`}
          />
        )}
      </QueryView>
    </Stack>
  );
}
