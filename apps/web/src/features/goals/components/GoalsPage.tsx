import { hubAllows } from '@hubspoke/contracts';
import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { QueryView } from '../../../components/QueryView';
import { formatDate, formatNumber } from '../../../lib/format';
import { useHubContext, useHubGoals } from '../../workspace';
import { GoalProgress } from './GoalProgress';
import { HealthBadge } from './HealthBadge';
import { IndicatorName } from './IndicatorName';
import { NewGoalButton } from './NewGoalButton';
import { GroupOnlyBadge } from '../../groups';

export default function GoalsPage() {
  const { hub, me } = useHubContext();
  const goals = useHubGoals(hub.id);
  return (
    <Stack>
      {hubAllows(me, 'goal.edit') && (
        <Group justify="end">
          <NewGoalButton hubId={hub.id} />
        </Group>
      )}
      <QueryView query={goals}>
        {(items) =>
          items.length === 0 ? (
            <EmptyState>No goals yet.</EmptyState>
          ) : (
            <Stack gap="xs">
              {items.map((goal) => (
                <Paper key={goal.id} withBorder p="sm" ml={goal.parentId ? 'lg' : 0}>
                  <Group gap="xs" mb={4}>
                    <Anchor component={Link} to={`/hubs/${hub.id}/goals/${goal.id}`} fw={600}>
                      {goal.title}
                    </Anchor>
                    <HealthBadge health={goal.health} />
                    <GroupOnlyBadge item={goal} />
                    {goal.pendingVerificationCount > 0 && (
                      <Badge color="orange" variant="light" autoContrast>
                        {goal.pendingVerificationCount} to verify
                      </Badge>
                    )}
                  </Group>
                  <IndicatorName code={goal.indicatorCode} title={goal.indicatorTitle} />
                  <Text size="xs" c="dimmed" mb={4}>
                    {goal.ownerOrganizationName} · {formatNumber(goal.latestValue, goal.unit)} of{' '}
                    {formatNumber(goal.target, goal.unit)} by {formatDate(goal.dueDate)}
                  </Text>
                  <GoalProgress title={goal.title} progress={goal.progress} />
                </Paper>
              ))}
            </Stack>
          )
        }
      </QueryView>
    </Stack>
  );
}
