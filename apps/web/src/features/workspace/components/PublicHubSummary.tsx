import type { HubPublicSummaryDto } from '@hubspoke/contracts';
import { Stack, Text, Title } from '@mantine/core';
import { useHub } from '../hooks/useHub';

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
    </Stack>
  );
}
