import type { PublicGoalDto } from '@hubspoke/contracts';
import { Group, Stack, Text, Title } from '@mantine/core';
import { EmptyState } from '../../../components/EmptyState';
import { formatDate, formatNumber } from '../../../lib/format';
import { GoalCard, HealthBadge } from '../../goals';

/** Each goal: what it measures, its line from baseline to target, its latest verified value, progress and trajectory. */
export function PublicGoalList({ goals }: { goals: PublicGoalDto[] }) {
  if (goals.length === 0) return <EmptyState>This hub has set no goals yet.</EmptyState>;
  return (
    <Stack gap="xs">
      {goals.map((goal) => (
        <GoalCard key={goal.id} goal={goal} labelledBy={`goal-title-${goal.id}`}>
          <Group gap="xs">
            <Title order={3} size="h5" id={`goal-title-${goal.id}`}>
              {goal.title}
            </Title>
            <HealthBadge health={goal.health} />
          </Group>
          <Measures goal={goal} />
          <Text size="sm">
            From {formatNumber(goal.baseline, goal.unit)} to {formatNumber(goal.target, goal.unit)} by{' '}
            {formatDate(goal.dueDate)}. Latest verified value:{' '}
            {goal.latestValue === null
              ? 'none yet'
              : `${formatNumber(goal.latestValue, goal.unit)} (${formatDate(goal.latestObservedAt)})`}
            .
          </Text>
          <Text size="xs" c="dimmed">
            Owned by {goal.ownerOrganization.name}
            {goal.childIds.length > 0 &&
              `. Its progress is the mean of its ${goal.childIds.length} sub-goal${goal.childIds.length === 1 ? '' : 's'}`}
          </Text>
        </GoalCard>
      ))}
    </Stack>
  );
}

function Measures({ goal }: { goal: PublicGoalDto }) {
  if (goal.indicator) {
    return (
      <Text size="sm" data-testid="goal-indicator">
        <b>SDG indicator {goal.indicator.code}</b>
        {goal.indicator.title ? `: ${goal.indicator.title}` : ''}
      </Text>
    );
  }
  if (goal.metric) {
    return (
      <Text size="sm">
        <b>Metric:</b> {goal.metric.name}
      </Text>
    );
  }
  return null;
}
