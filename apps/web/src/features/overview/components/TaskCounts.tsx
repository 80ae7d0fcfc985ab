import { TASK_STATUSES, type TaskStatus } from '@hubspoke/contracts';
import { Paper, SimpleGrid, Text } from '@mantine/core';
import { STATUS_LABELS } from '../../../lib/format';

export function TaskCounts({ counts, overdue }: { counts: Record<TaskStatus, number>; overdue: number }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="xs">
      {TASK_STATUSES.map((status) => (
        <Paper key={status} withBorder p="xs" ta="center">
          <Text size="xl" fw={700} data-testid={`count-${status}`}>
            {counts[status] ?? 0}
          </Text>
          <Text size="xs" c="dimmed">
            {STATUS_LABELS[status]}
          </Text>
        </Paper>
      ))}
      <Paper withBorder p="xs" ta="center">
        <Text size="xl" fw={700} c={overdue ? 'red.8' : undefined}>
          {overdue}
        </Text>
        <Text size="xs" c="dimmed">
          Overdue
        </Text>
      </Paper>
    </SimpleGrid>
  );
}
