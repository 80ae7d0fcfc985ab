import {
  ORGANIZATION_ROLES,
  type OrganizationDetailDto,
  type OrganizationMemberDto,
  type OrganizationRole,
} from '@hubspoke/contracts';
import { Badge, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { EmptyState } from '../../../components/EmptyState';
import { QueryView } from '../../../components/QueryView';
import { useAuth } from '../../../lib/auth';
import { changeMemberRole, removeMember } from '../api/organizationsApi';
import { useOrganizationAction } from '../hooks/useOrganizationAction';
import { useOrganizationMembers } from '../hooks/useOrganizationMembers';

const ROLE_LABELS: Record<OrganizationRole, string> = { admin: 'Admin', member: 'Member' };

/** The approved members; admins change roles and remove people, and anyone may leave. */
export function MemberList({ org, canManage }: { org: OrganizationDetailDto; canManage: boolean }) {
  const { user } = useAuth();
  const members = useOrganizationMembers(org.id, 'approved');
  const [removing, setRemoving] = useState<OrganizationMemberDto | null>(null);
  const leaving = removing?.user.id === user?.id;
  const setRole = useOrganizationAction(
    org.id,
    ({ member, role }: { member: OrganizationMemberDto; role: OrganizationRole }) =>
      changeMemberRole(org.id, member.id, role),
    {
      done: ({ member, role }) => `${member.user.name} is now ${role === 'admin' ? 'an admin' : 'a member'}.`,
      failed: 'Role not changed',
    },
  );
  const remove = useOrganizationAction(org.id, (member: OrganizationMemberDto) => removeMember(org.id, member.id), {
    done: (member) => (member.user.id === user?.id ? `You left ${org.name}.` : `${member.user.name} was removed.`),
    failed: 'Not removed',
  });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="organization-members">
      <Title order={2} size="h4" id="organization-members" mb="xs">
        Members
      </Title>
      <QueryView query={members}>
        {(approved) =>
          approved.length === 0 ? (
            <EmptyState>Nobody is an approved member yet.</EmptyState>
          ) : (
            <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
              {approved.map((member) => {
                const me = member.user.id === user?.id;
                return (
                  <li key={member.id} aria-label={member.user.name}>
                    <Group justify="space-between" gap="xs">
                      <Stack gap={0}>
                        <Text fw={500}>
                          {member.user.name}
                          {me && ' (you)'}
                        </Text>
                        <Text size="sm" c="dimmed">
                          {member.user.email}
                        </Text>
                      </Stack>
                      <Group gap="xs">
                        {canManage && !me ? (
                          <Select
                            size="xs"
                            w={110}
                            aria-label={`Role of ${member.user.name}`}
                            data={ORGANIZATION_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
                            value={member.role}
                            onChange={(role) =>
                              role && role !== member.role && setRole.mutate({ member, role: role as OrganizationRole })
                            }
                            allowDeselect={false}
                          />
                        ) : (
                          <Badge variant="light">{ROLE_LABELS[member.role]}</Badge>
                        )}
                        {(canManage || me) && (
                          <Button
                            size="compact-sm"
                            color="red"
                            variant="subtle"
                            aria-label={me ? undefined : `Remove ${member.user.name}`}
                            onClick={() => setRemoving(member)}
                          >
                            {me ? 'Leave' : 'Remove'}
                          </Button>
                        )}
                      </Group>
                    </Group>
                  </li>
                );
              })}
            </Stack>
          )
        }
      </QueryView>
      <ConfirmDialog
        opened={removing !== null}
        title={leaving ? `Leave ${org.name}` : 'Remove member'}
        confirmLabel={leaving ? 'Leave' : 'Remove'}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (removing) remove.mutate(removing);
          setRemoving(null);
        }}
      >
        {leaving
          ? `You stop acting for ${org.name}, also in the hubs where you represent it.`
          : `${removing?.user.name} stops acting for ${org.name}, also in the hubs where they represent it.`}
      </ConfirmDialog>
    </Paper>
  );
}
