import { hubAllows } from '@hubspoke/contracts';
import { Anchor, Divider, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { QueryView } from '../../../components/QueryView';
import { formatDate, formatNumber } from '../../../lib/format';
import { usePresenceViewing } from '../../../lib/live/usePresenceViewing';
import { CommentThread } from '../../comments';
import { ContributionControl } from '../../federation';
import { PresenceAvatars, useHubContext } from '../../workspace';
import { useGoal } from '../hooks/useGoal';
import { useMeasurements } from '../hooks/useMeasurements';
import { useReviewMeasurement } from '../hooks/useReviewMeasurement';
import { EditGoalButton } from './EditGoalButton';
import { GoalProgress } from './GoalProgress';
import { HealthBadge } from './HealthBadge';
import { MeasurementChart } from './MeasurementChart';
import { MeasurementList } from './MeasurementList';
import { ReportMeasurementForm } from './ReportMeasurementForm';
import { RollUpPanel } from './RollUpPanel';
import { GroupOnlyBadge, useGroupRoleOf } from '../../groups';

export default function GoalDetailPage() {
  const { hub, me } = useHubContext();
  const groupRoleOf = useGroupRoleOf(hub.id);
  const { goalId = '' } = useParams();
  const goal = useGoal(hub.id, goalId);
  const measurements = useMeasurements(hub.id, goalId);
  const { review } = useReviewMeasurement(hub.id);
  usePresenceViewing(hub.id, 'goal', goalId);
  return (
    <QueryView query={goal}>
      {(g) => (
        <Stack>
          <Anchor component={Link} to={`/hubs/${hub.id}/goals`} size="sm">
            ← All goals
          </Anchor>
          <Group justify="space-between">
            <Group gap="xs">
              <Title order={2}>{g.title}</Title>
              <HealthBadge health={g.health} />
              <GroupOnlyBadge item={g} />
            </Group>
            <Group gap="xs">
              <PresenceAvatars hubId={hub.id} viewing={{ type: 'goal', id: g.id }} />
              {hubAllows(me, 'goal.edit', { ...g, groupRole: groupRoleOf(g.workingGroupId) }) && (
                <EditGoalButton hubId={hub.id} goal={g} />
              )}
            </Group>
          </Group>
          {g.indicatorCode && (
            <Text size="sm" data-testid="goal-indicator">
              <b>SDG indicator {g.indicatorCode}</b>
              {g.indicatorTitle ? ` — ${g.indicatorTitle}` : ''}
            </Text>
          )}
          {g.description && <Text>{g.description}</Text>}
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <Text size="sm">
              <b>Owner</b>
              <br />
              {g.ownerOrganizationName}
            </Text>
            <Text size="sm">
              <b>Metric</b>
              <br />
              {g.indicatorCode ?? (g.customMetricId ? 'Custom metric' : '—')}
              {(g.indicatorCode || g.customMetricId) && (
                <>
                  {' · '}
                  <Anchor
                    component={Link}
                    to={
                      g.indicatorCode
                        ? `/ratings/indicators/${encodeURIComponent(g.indicatorCode)}`
                        : `/ratings/metrics/${g.customMetricId}`
                    }
                  >
                    League
                  </Anchor>
                </>
              )}
            </Text>
            <Text size="sm">
              <b>Baseline → target</b>
              <br />
              {formatNumber(g.baseline, g.unit)} → {formatNumber(g.target, g.unit)}
            </Text>
            <Text size="sm">
              <b>Due</b>
              <br />
              {formatDate(g.dueDate)}
            </Text>
          </SimpleGrid>
          <GoalProgress title={g.title} progress={g.progress} />
          {g.rollUp && <RollUpPanel rollUp={g.rollUp} unit={g.unit} />}
          <ContributionControl hubId={hub.id} goalId={g.id} canManage={hubAllows(me, 'federation.manage')} />
          <Paper withBorder p="sm">
            <Title order={3} size="h5" mb="xs">
              Measurement history
            </Title>
            <QueryView query={measurements}>{(items) => <MeasurementChart goal={g} measurements={items} />}</QueryView>
          </Paper>
          <QueryView query={measurements}>
            {(items) => (
              <MeasurementList
                measurements={items}
                unit={g.unit}
                canReview={hubAllows(me, 'measurement.verify')}
                reviewing={review.isPending ? (review.variables?.measurementId ?? null) : null}
                onReview={(r) => review.mutate(r)}
              />
            )}
          </QueryView>
          {hubAllows(me, 'measurement.report', { ownerOrganizationId: g.ownerOrganizationId }) && (
            <Paper withBorder p="sm">
              <ReportMeasurementForm hubId={hub.id} goalId={g.id} unit={g.unit} />
            </Paper>
          )}
          <Divider />
          <CommentThread hubId={hub.id} type="goal" id={g.id} canComment={hubAllows(me, 'comment.create')} />
        </Stack>
      )}
    </QueryView>
  );
}
