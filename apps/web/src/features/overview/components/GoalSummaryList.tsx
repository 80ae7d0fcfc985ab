import type { OverviewGoalDto } from '@hubspoke/contracts';
import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { formatNumber } from '../../../lib/format';
import { GoalProgress } from '../../goals/components/GoalProgress';
import { HealthBadge } from '../../goals/components/HealthBadge';
import { TrendLine } from './TrendLine';

export function GoalSummaryList({ hubId, goals }: { hubId: string; goals: OverviewGoalDto[] }) {
  if (goals.length === 0) return <EmptyState>No goals yet.</EmptyState>;
  return (
    <Stack gap="xs">
      {goals.map((goal) => (
        <Paper key={goal.id} withBorder p="sm" data-testid={`goal-${goal.id}`}>
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Stack gap={2} flex={1} miw={200}>
              <Group gap="xs">
                <Anchor component={Link} to={`/hubs/${hubId}/goals/${goal.id}`} fw={600}>
                  {goal.title}
                </Anchor>
                <HealthBadge health={goal.health} />
              </Group>
              <Text size="xs" c="dimmed">
                {goal.indicatorCode ? `Indicator ${goal.indicatorCode} · ` : ''}
                {formatNumber(goal.latestValue, goal.unit)} of {formatNumber(goal.target, goal.unit)} ·{' '}
                {goal.ownerOrganizationName}
              </Text>
              <GoalProgress title={goal.title} progress={goal.progress} />
            </Stack>
            <TrendLine points={goal.trend} label={goal.title} />
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
