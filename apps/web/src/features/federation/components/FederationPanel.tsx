import { hubAllows, type HubStanding } from '@hubspoke/contracts';
import { Button, Paper, Stack, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { QueryView } from '../../../components/QueryView';
import { useHubLinks } from '../hooks/useHubLinks';
import { useLinkActions } from '../hooks/useLinkActions';
import { LinkList } from './LinkList';

// loaded when asked for: the hub picker is not part of the overview's first load
const JoinParentForm = lazy(() => import('./JoinParentForm').then((m) => ({ default: m.JoinParentForm })));

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
  const [asking, setAsking] = useState(false);
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
            {canManage &&
              (asking ? (
                <Suspense>
                  <JoinParentForm
                    hubId={hubId}
                    onRequest={(parentHubId) => act.mutate({ kind: 'request', parentHubId })}
                  />
                </Suspense>
              ) : (
                <Button variant="subtle" size="xs" w="fit-content" onClick={() => setAsking(true)}>
                  Join a parent hub…
                </Button>
              ))}
          </Stack>
        )}
      </QueryView>
    </Paper>
  );
}
