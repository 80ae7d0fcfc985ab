import { hubAllows } from '@hubspoke/contracts';
import { Paper, SimpleGrid, Stack } from '@mantine/core';
import { useState } from 'react';
import { QueryView } from '../../../components/QueryView';
import { useAuth } from '../../../lib/auth';
import { useHubContext, useSpokes } from '../../workspace';
import { useInvitations } from '../hooks/useInvitations';
import { useMemberActions } from '../hooks/useMemberActions';
import { InvitationList } from './InvitationList';
import { InviteForm } from './InviteForm';
import { RemoveMemberDialog } from './RemoveMemberDialog';
import { SpokeCard } from './SpokeCard';

export default function MembersPage() {
  const { hub, me } = useHubContext();
  const { user } = useAuth();
  const manage = hubAllows(me, 'members.manage');
  const spokes = useSpokes(hub.id);
  const invitations = useInvitations(hub.id, manage);
  const act = useMemberActions(hub.id);
  const [removing, setRemoving] = useState<{ memberId: string; name: string } | null>(null);
  return (
    <Stack>
      {manage && (
        <Paper withBorder p="sm">
          <InviteForm hubId={hub.id} />
          {invitations.data && (
            <InvitationList
              invitations={invitations.data}
              onRevoke={(memberId) => act.mutate({ kind: 'revoke', memberId })}
            />
          )}
        </Paper>
      )}
      <QueryView query={spokes}>
        {(items) => (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {items.map((spoke) => (
              <SpokeCard
                key={spoke.organization.id}
                spoke={spoke}
                manage={manage}
                myUserId={user?.id}
                onRole={(memberId, role) => act.mutate({ kind: 'role', memberId, role })}
                onRemove={setRemoving}
              />
            ))}
          </SimpleGrid>
        )}
      </QueryView>
      <RemoveMemberDialog
        person={removing}
        onCancel={() => setRemoving(null)}
        onConfirm={(memberId) => {
          setRemoving(null);
          act.mutate({ kind: 'remove', memberId });
        }}
      />
    </Stack>
  );
}
