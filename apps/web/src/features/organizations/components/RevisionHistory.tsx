import type { OrganizationRevisionDto } from '@hubspoke/contracts';
import { Button, Group, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { EmptyState } from '../../../components/EmptyState';
import { QueryView } from '../../../components/QueryView';
import { formatDateTime } from '../../../lib/format';
import { revertRevision } from '../api/organizationsApi';
import { useOrganizationAction } from '../hooks/useOrganizationAction';
import { useOrganizationRevisions } from '../hooks/useOrganizationRevisions';
import { describeRevision } from './describeRevision';

/** Every edit of the record: who, when, each field before → after; platform admins undo one. */
export function RevisionHistory({ orgId, canRevert }: { orgId: string; canRevert: boolean }) {
  const revisions = useOrganizationRevisions(orgId);
  const revert = useOrganizationAction(
    orgId,
    (revision: OrganizationRevisionDto) => revertRevision(orgId, revision.id),
    {
      done: () => 'The edit is undone. The undo is kept in the history too.',
      failed: 'Not undone',
    },
  );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="record-history">
      <Title order={2} size="h4" id="record-history" mb="sm">
        History of the record
      </Title>
      <QueryView query={revisions}>
        {(items) =>
          items.length === 0 ? (
            <EmptyState>No edit yet: the record is as it was added.</EmptyState>
          ) : (
            <Timeline bulletSize={12} lineWidth={2}>
              {items.map((revision) => {
                const undone = items.find((r) => r.id === revision.revertOf);
                return (
                  <Timeline.Item
                    key={revision.id}
                    title={`${revision.actor?.name ?? 'Someone no longer here'} · ${formatDateTime(revision.at)}`}
                  >
                    <Stack gap={4} mt={4}>
                      {revision.revertOf && (
                        <Text size="sm" c="dimmed">
                          Undid the edit of {undone ? formatDateTime(undone.at) : 'an earlier date'}.
                        </Text>
                      )}
                      {describeRevision(revision).map((change) => (
                        <Text key={change.field} size="sm" style={{ overflowWrap: 'anywhere' }}>
                          <b>{change.label}</b>:{' '}
                          <Text span inherit c="dimmed" td="line-through">
                            {change.before}
                          </Text>{' '}
                          → {change.after}
                        </Text>
                      ))}
                      {canRevert && (
                        <Group>
                          <Button
                            size="compact-sm"
                            variant="default"
                            onClick={() => revert.mutate(revision)}
                            loading={revert.isPending && revert.variables.id === revision.id}
                            aria-label={`Undo the edit of ${formatDateTime(revision.at)}`}
                          >
                            Undo this edit
                          </Button>
                        </Group>
                      )}
                    </Stack>
                  </Timeline.Item>
                );
              })}
            </Timeline>
          )
        }
      </QueryView>
    </Paper>
  );
}
