import type { HubDetailDto } from '@hubspoke/contracts';
import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Outlet, useParams } from 'react-router';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { NotFound } from '../../../components/NotFound';
import { ApiRequestError } from '../../../lib/api';
import { useAuth } from '../../../lib/auth';
import { useHubLive } from '../../../lib/live/useHubLive';
import type { HubContext } from '../hooks/useHubContext';
import { useHub } from '../hooks/useHub';
import { HubNav } from './HubNav';
import { PresenceAvatars } from './PresenceAvatars';

// its own chunk: members never load the public page
const PublicHub = lazy(() => import('../../public-hub').then((m) => ({ default: m.PublicHub })));

/** The hub's workspace for its members; its public page for anyone else, or the not-found page for a private hub. */
export default function HubLayout() {
  const { hubId = '' } = useParams();
  const { user } = useAuth();
  const hub = useHub(hubId, user !== null);
  const detail = hub.data && !('public' in hub.data) ? (hub.data as HubDetailDto) : undefined;
  useHubLive(hubId, detail?.lastSeq);
  const publicPage = (
    <Suspense fallback={<Loading />}>
      <PublicHub idOrSlug={hubId} />
    </Suspense>
  );
  if (!user) return publicPage;
  if (hub.isPending) return <Loading />;
  if (hub.error instanceof ApiRequestError && hub.error.status === 404) return <NotFound />;
  if (hub.isError) return <ErrorState error={hub.error} onRetry={() => void hub.refetch()} />;
  if (!detail) return publicPage;
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
