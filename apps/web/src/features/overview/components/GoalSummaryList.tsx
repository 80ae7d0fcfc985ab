import type { OverviewGoalDto } from '@hubspoke/contracts';
import { Anchor, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { formatNumber } from '../../../lib/format';
import { GoalCard, HealthBadge, IndicatorName } from '../../goals';
import { GroupOnlyBadge } from '../../groups';

export function GoalSummaryList({ hubId, goals }: { hubId: string; goals: OverviewGoalDto[] }) {
  if (goals.length === 0) return <EmptyState>No goals yet.</EmptyState>;
  return (
    <Stack gap="xs">
      {goals.map((goal) => (
        <GoalCard key={goal.id} goal={goal}>
          <Group gap="xs">
            <Anchor component={Link} to={`/hubs/${hubId}/goals/${goal.id}`} fw={600}>
              {goal.title}
            </Anchor>
            <HealthBadge health={goal.health} />
            <GroupOnlyBadge item={goal} />
          </Group>
          <IndicatorName code={goal.indicatorCode} title={goal.indicatorTitle} />
          <Text size="xs" c="dimmed">
            {formatNumber(goal.latestValue, goal.unit)} of {formatNumber(goal.target, goal.unit)} ·{' '}
            {goal.ownerOrganizationName}
          </Text>
        </GoalCard>
      ))}
    </Stack>
  );
}
