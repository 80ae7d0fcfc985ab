import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { QueryView } from '../../../components/QueryView';
import { useHubContext } from '../../workspace';
import { useComposition } from '../hooks/useBoard';
import { CompositionView } from './CompositionView';
import { ResolutionsList } from './ResolutionsList';
import { ReviewsList } from './ReviewsList';

const TABS = ['composition', 'resolutions', 'reviews'] as const;

/** The hub's board: its seats and their balance, resolutions and votes, reviews and their packs. */
export default function BoardPage() {
  const { hub, me } = useHubContext();
  const composition = useComposition(hub.id);
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((t) => t === params.get('tab')) ?? 'composition';
  const secretariat = me.role === 'secretariat';
  return (
    <Stack>
      <div>
        <Title order={2}>Board</Title>
        <Text size="sm" c="dimmed">
          Seats by constituency, resolutions put to the vote, and the packs of board reviews.
        </Text>
      </div>
      <Tabs value={tab} onChange={(value) => setParams(value && value !== 'composition' ? { tab: value } : {})}>
        <Tabs.List>
          <Tabs.Tab value="composition">Composition</Tabs.Tab>
          <Tabs.Tab value="resolutions">Resolutions</Tabs.Tab>
          <Tabs.Tab value="reviews">Reviews</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="composition" pt="md">
          <QueryView query={composition}>
            {(data) => <CompositionView hubId={hub.id} composition={data} canManage={secretariat} />}
          </QueryView>
        </Tabs.Panel>
        <Tabs.Panel value="resolutions" pt="md">
          {tab === 'resolutions' && <ResolutionsList hubId={hub.id} canPropose={secretariat} />}
        </Tabs.Panel>
        <Tabs.Panel value="reviews" pt="md">
          {tab === 'reviews' && <ReviewsList hubId={hub.id} canSchedule={secretariat} />}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
