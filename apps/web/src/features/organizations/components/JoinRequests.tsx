import type { OrganizationDetailDto, OrganizationMemberDto } from '@hubspoke/contracts';
import { Blockquote, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { EmptyState } from '../../../components/EmptyState';
import { QueryView } from '../../../components/QueryView';
import { formatDate } from '../../../lib/format';
import { decideMembership } from '../api/organizationsApi';
import { useOrganizationAction } from '../hooks/useOrganizationAction';
import { useOrganizationMembers } from '../hooks/useOrganizationMembers';

type Decision = { member: OrganizationMemberDto; decision: 'approve' | 'reject' };

/** Requests to join, for who decides them (its admins; a platform admin while nobody runs it). */
export function JoinRequests({ org }: { org: OrganizationDetailDto }) {
  const pending = useOrganizationMembers(org.id, 'pending');
  const decide = useOrganizationAction(
    org.id,
    ({ member, decision }: Decision) => decideMembership(org.id, member.id, decision),
    {
      done: ({ member, decision }) =>
        decision === 'approve'
          ? `${member.user.name} is now a member of ${org.name}.`
          : `${member.user.name}’s request is declined.`,
      failed: 'Not decided',
    },
  );
  const deciding = (member: OrganizationMemberDto, decision: Decision['decision']) =>
    decide.isPending && decide.variables.member.id === member.id && decide.variables.decision === decision;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="join-requests">
      <Title order={2} size="h4" id="join-requests" mb="xs">
        Requests to join
      </Title>
      <QueryView query={pending}>
        {(requests) =>
          requests.length === 0 ? (
            <EmptyState>No request waits.</EmptyState>
          ) : (
            <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
              {requests.map((member) => (
                <li key={member.id} aria-label={`Request from ${member.user.name}`}>
                  <Group justify="space-between" align="start" gap="xs">
                    <Stack gap={2}>
                      <Text fw={500}>{member.user.name}</Text>
                      <Text size="sm" c="dimmed">
                        {member.user.email} · asked {formatDate(member.requestedAt)}
                      </Text>
                    </Stack>
                    <Group gap="xs">
                      <Button
                        size="xs"
                        onClick={() => decide.mutate({ member, decision: 'approve' })}
                        loading={deciding(member, 'approve')}
                        disabled={decide.isPending}
                      >
                        Approve
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => decide.mutate({ member, decision: 'reject' })}
                        loading={deciding(member, 'reject')}
                        disabled={decide.isPending}
                      >
                        Decline
                      </Button>
                    </Group>
                  </Group>
                  {member.message && (
                    <Blockquote p="xs" mt="xs" fz="sm">
                      {member.message}
                    </Blockquote>
                  )}
                </li>
              ))}
            </Stack>
          )
        }
      </QueryView>
    </Paper>
  );
}
