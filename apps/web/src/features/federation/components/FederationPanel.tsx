import { hubAllows, type HubStanding } from '@hubspoke/contracts';
import { Paper, Stack, Title } from '@mantine/core';
import { QueryView } from '../../../components/QueryView';
import { useHubLinks } from '../hooks/useHubLinks';
import { useLinkActions } from '../hooks/useLinkActions';
import { JoinParentForm } from './JoinParentForm';
import { LinkList } from './LinkList';

/** The hub's two sides among hubs: the hubs that belong to it, and those it belongs to. */
const SIDES = [
  { title: 'Member hubs', other: 'childHub', empty: 'No hub belongs to this one yet.' },
  { title: 'Belongs to', other: 'parentHub', empty: 'This hub is not a member of another hub.' },
] as const;

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
            {SIDES.map(({ title, other, empty }) => (
              <div key={other}>
                <Title order={3} size="h5" mb="xs">
                  {title}
                </Title>
                <LinkList
                  hubId={hubId}
                  links={other === 'childHub' ? children : parents}
                  other={other}
                  canManage={canManage}
                  onAction={(action) => act.mutate(action)}
                  empty={empty}
                />
              </div>
            ))}
            {canManage && (
              <JoinParentForm hubId={hubId} onRequest={(parentHubId) => act.mutate({ kind: 'request', parentHubId })} />
            )}
          </Stack>
        )}
      </QueryView>
    </Paper>
  );
}
