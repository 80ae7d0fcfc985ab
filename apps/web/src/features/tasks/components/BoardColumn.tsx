import type { TaskDto, TaskStatus } from '@hubspoke/contracts';
import { useDroppable } from '@dnd-kit/core';
import { Badge, Group, Paper, Stack, Title } from '@mantine/core';
import { STATUS_LABELS } from '../../../lib/format';
import { TaskCard } from './TaskCard';

interface Props {
  status: TaskStatus;
  tasks: TaskDto[];
  orgName: Map<string, string>;
  canMove: (task: TaskDto) => boolean;
  onOpen: (task: TaskDto) => void;
}

export function BoardColumn({ status, tasks, orgName, canMove, onOpen }: Props) {
  const { setNodeRef, isOver } = useDroppable({ id: `column:${status}`, data: { status } });
  return (
    <Paper
      ref={setNodeRef}
      withBorder
      p="xs"
      bg={isOver ? 'indigo.0' : 'gray.0'}
      miw={240}
      style={{ flex: '1 0 240px' }}
      data-testid={`column-${status}`}
      component="section"
      aria-label={STATUS_LABELS[status]}
    >
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h5">
          {STATUS_LABELS[status]}
        </Title>
        <Badge variant="light" color="gray">
          {tasks.length}
        </Badge>
      </Group>
      <Stack gap="xs" mih={60}>
        {tasks.map((task) => (
          <TaskCard
            key={task.id}
            task={task}
            orgName={task.assigneeOrganizationId ? orgName.get(task.assigneeOrganizationId) : undefined}
            canMove={canMove(task)}
            onOpen={() => onOpen(task)}
          />
        ))}
      </Stack>
    </Paper>
  );
}
