import { Badge, Stack, Text, Title } from '@mantine/core';
import { QueryView } from '../../../components/QueryView';
import { formatDate, formatDateTime, STATUS_LABELS } from '../../../lib/format';
import { useMyWork } from '../hooks/useMyWork';
import { WorkSection } from './WorkSection';

/** What waits for me across my hubs and challenges: tasks, measurements to verify, votes, proposals to score. */
export default function MyWorkPage() {
  const work = useMyWork();
  return (
    <Stack maw={900}>
      <Title order={1} size="h2">
        My work
      </Title>
      <QueryView query={work}>
        {(w) => (
          <Stack gap="lg">
            <WorkSection
              title="Tasks"
              empty="No open task is assigned to you or your organization."
              items={w.tasks.map((task) => ({
                key: task.id,
                to: `/hubs/${task.hubId}/tasks?task=${task.id}`,
                title: task.title,
                context: `${task.hubName} · ${STATUS_LABELS[task.status]} · due ${formatDate(task.dueDate)}${
                  task.assignedToMe ? ' · assigned to you' : ''
                }`,
                badge: task.overdue ? (
                  <Badge size="sm" color="red">
                    overdue
                  </Badge>
                ) : undefined,
              }))}
            />
            <WorkSection
              title="Measurements to verify"
              empty="No measurement waits for your verification."
              items={w.measurementsToVerify.map((m) => ({
                key: m.id,
                to: `/hubs/${m.hubId}/goals/${m.goalId}`,
                title: `${m.goalTitle}: ${m.value} ${m.unit}`,
                context: `${m.hubName} · observed ${formatDate(m.observedAt)}`,
              }))}
            />
            <WorkSection
              title="Votes to cast"
              empty="No open resolution waits for your vote."
              items={w.votesToCast.map((v) => ({
                key: v.resolutionId,
                to: `/hubs/${v.hubId}/board/resolutions/${v.resolutionId}`,
                title: v.title,
                context: `${v.hubName} · voting ends ${formatDateTime(v.deadline)}`,
              }))}
            />
            <WorkSection
              title="Proposals to score"
              empty="No proposal waits for your scores."
              items={w.proposalsToScore.map((p) => ({
                key: p.proposalId,
                to: `/challenges/${p.challengeId}`,
                title: p.title,
                context: p.challengeTitle,
              }))}
            />
            <Text size="xs" c="dimmed">
              Press ? for keyboard shortcuts, Ctrl/⌘ K to search.
            </Text>
          </Stack>
        )}
      </QueryView>
    </Stack>
  );
}
