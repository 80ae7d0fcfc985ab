import type { OverviewTaskDto } from '@hubspoke/contracts';
import { Anchor, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { formatDate, STATUS_LABELS } from '../../../lib/format';

export function OverdueList({ hubId, tasks }: { hubId: string; tasks: OverviewTaskDto[] }) {
  if (tasks.length === 0) return <EmptyState>Nothing overdue.</EmptyState>;
  return (
    <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {tasks.map((task) => (
        <Group key={task.id} component="li" justify="space-between" wrap="nowrap" gap="xs">
          <Anchor component={Link} to={`/hubs/${hubId}/tasks?task=${task.id}`} size="sm" lineClamp={1}>
            {task.title}
          </Anchor>
          <Text size="xs" c="red.8" style={{ whiteSpace: 'nowrap' }}>
            due {formatDate(task.dueDate)} · {STATUS_LABELS[task.status]} ·{' '}
            {task.assigneeOrganizationName ?? 'unassigned'}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
