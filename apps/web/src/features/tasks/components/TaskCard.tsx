import type { TaskDto } from '@hubspoke/contracts';
import { useDraggable, useDroppable } from '@dnd-kit/core';
import { Badge, Group, Paper, Text, UnstyledButton } from '@mantine/core';
import { formatDate } from '../../../lib/format';
import { GroupOnlyBadge } from '../../groups';

interface Props {
  task: TaskDto;
  orgName?: string;
  canMove: boolean;
  onOpen: () => void;
}

/** A card of the board: dragged by any part but its title (which opens the task), or by keyboard from its handle. */
export function TaskCard({ task, orgName, canMove, onOpen }: Props) {
  const drag = useDraggable({ id: task.id, disabled: !canMove, data: { task } });
  const drop = useDroppable({ id: `card:${task.id}`, data: { status: task.status, beforeId: task.id } });
  const style = drag.transform
    ? { transform: `translate(${drag.transform.x}px, ${drag.transform.y}px)`, zIndex: 10 }
    : undefined;
  const { role: _role, tabIndex: _tabIndex, ...handleAttributes } = drag.attributes;
  return (
    <div ref={drop.setNodeRef}>
      <Paper
        ref={drag.setNodeRef}
        withBorder
        p="xs"
        shadow={drag.isDragging ? 'md' : undefined}
        style={{
          ...style,
          cursor: canMove ? 'grab' : undefined,
          outline: drop.isOver ? '2px solid var(--mantine-color-indigo-4)' : undefined,
        }}
        data-testid={`task-card-${task.id}`}
        data-status={task.status}
        {...(canMove ? drag.listeners : {})}
      >
        <Group gap={4} wrap="nowrap" align="start" justify="space-between">
          <UnstyledButton
            onClick={onOpen}
            onPointerDown={(e) => e.stopPropagation()}
            onKeyDown={(e) => e.stopPropagation()}
            flex={1}
          >
            <Text size="sm" fw={500} lineClamp={2}>
              {task.title}
            </Text>
          </UnstyledButton>
          {canMove && (
            <UnstyledButton
              {...handleAttributes}
              aria-roledescription="draggable task"
              aria-label={`Move ${task.title}`}
              c="dimmed"
              px={4}
              style={{ cursor: 'grab' }}
            >
              ⠿
            </UnstyledButton>
          )}
        </Group>
        <Group gap={4} mt={4}>
          {task.overdue && (
            <Badge size="xs" color="red">
              overdue
            </Badge>
          )}
          <Badge size="xs" variant="light" color="gray">
            {task.priority}
          </Badge>
          <GroupOnlyBadge item={task} />
          <Text size="xs" c="dimmed">
            {orgName ?? 'unassigned'} · {formatDate(task.dueDate)}
          </Text>
        </Group>
      </Paper>
    </div>
  );
}
