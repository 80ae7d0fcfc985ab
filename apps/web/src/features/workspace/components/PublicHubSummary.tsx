import type { HubPublicSummaryDto } from '@hubspoke/contracts';
import { Loader, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useHub } from '../hooks/useHub';

// its own chunk: the rating is not part of the hub workspace's first load
const HubRatingCard = lazy(() => import('../../ratings/components/HubRatingCard'));

export function PublicHubSummary({ hubId }: { hubId: string }) {
  const summary = useHub(hubId).data as HubPublicSummaryDto;
  return (
    <Stack>
      <Title order={1}>{summary.name}</Title>
      <Text>{summary.mission}</Text>
      <Text c="dimmed">You are not a member of this hub; this is its public summary.</Text>
      <Text>
        {summary.spokeCount} organizations, {summary.goalCount} goals: {summary.spokes.map((s) => s.name).join(', ')}
      </Text>
      <Suspense fallback={<Loader size="sm" aria-label="Loading rating" />}>
        <HubRatingCard hubId={hubId} />
      </Suspense>
    </Stack>
  );
}
