import { hubAllows, type HubStanding } from '@hubspoke/contracts';
import { Paper, Stack, Title } from '@mantine/core';
import { QueryView } from '../../../components/QueryView';
import { useHubLinks } from '../hooks/useHubLinks';
import { useLinkActions } from '../hooks/useLinkActions';
import { JoinParentForm } from './JoinParentForm';
import { LinkList } from './LinkList';

/** The hub among hubs: the hubs it belongs to, its member hubs, and the requests waiting on either side. */
export function FederationPanel({ hubId, me }: { hubId: string; me: HubStanding }) {
  const links = useHubLinks(hubId);
  const act = useLinkActions(hubId);
  const canManage = hubAllows(me, 'federation.manage');
  return (
    <Paper withBorder p="md" data-testid="federation-panel">
      <QueryView query={links}>
        {({ parents, children }) => (
          <Stack gap="sm">
            <div>
              <Title order={3} size="h5" mb="xs">
                Member hubs
              </Title>
              <LinkList
                hubId={hubId}
                links={children}
                other="childHub"
                canManage={canManage}
                onAction={(action) => act.mutate(action)}
                empty="No hub belongs to this one yet."
              />
            </div>
            <div>
              <Title order={3} size="h5" mb="xs">
                Belongs to
              </Title>
              <LinkList
                hubId={hubId}
                links={parents}
                other="parentHub"
                canManage={canManage}
                onAction={(action) => act.mutate(action)}
                empty="This hub is not a member of another hub."
              />
            </div>
            {canManage && <JoinParentForm onRequest={(parentHubId) => act.mutate({ kind: 'request', parentHubId })} />}
          </Stack>
        )}
      </QueryView>
    </Paper>
  );
}
