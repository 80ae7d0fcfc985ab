import type { HubDetailDto } from '@hubspoke/contracts';
import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { Outlet, useParams } from 'react-router';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { useHubLive } from '../../../lib/live/useHubLive';
import type { HubContext } from '../hooks/useHubContext';
import { useHub } from '../hooks/useHub';
import { HubNav } from './HubNav';
import { PresenceAvatars } from './PresenceAvatars';
import { PublicHubSummary } from './PublicHubSummary';

export default function HubLayout() {
  const { hubId = '' } = useParams();
  const hub = useHub(hubId);
  const detail = hub.data && !('public' in hub.data) ? (hub.data as HubDetailDto) : undefined;
  useHubLive(hubId, detail?.lastSeq);
  if (hub.isPending) return <Loading />;
  if (hub.isError) return <ErrorState error={hub.error} onRetry={() => void hub.refetch()} />;
  if (!detail) return <PublicHubSummary hubId={hubId} />;
  const context: HubContext = { hub: detail, me: { role: detail.myRole, organizationId: detail.myOrganizationId } };
  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="xs">
          <Title order={1} size="h2">
            {detail.name}
          </Title>
          <Badge variant="light">{detail.myRole}</Badge>
          {detail.archivedAt && <Badge color="gray">archived</Badge>}
        </Group>
        <Group gap="xs" className="no-print">
          <Text size="xs" c="dimmed">
            Online
          </Text>
          <PresenceAvatars hubId={hubId} />
        </Group>
      </Group>
      <HubNav hubId={hubId} />
      <Outlet context={context} />
    </Stack>
  );
}
