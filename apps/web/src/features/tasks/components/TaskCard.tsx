import type { TaskDto } from '@hubspoke/contracts';
import { useDraggable, useDroppable } from '@dnd-kit/core';
import { Badge, Group, Paper, Text, UnstyledButton } from '@mantine/core';
import { memo } from 'react';
import { formatDate } from '../../../lib/format';
import { GroupOnlyBadge } from '../../groups';
import { HIGHLIGHT_STYLE, useJustCreated } from '../hooks/useJustCreated';

interface Props {
  task: TaskDto;
  /** The assignee: organization, and person when one is named. */
  assignee?: string;
  canMove: boolean;
  onOpen: (task: TaskDto) => void;
}

/**
 * A card of the board: dragged by any part but its title (which opens the task), or by keyboard from its handle. While
 * dragged it stays in place, dimmed; the board's drag overlay follows the pointer (columns scroll and clip). Memoized:
 * scrolling a column re-renders only the cards that come on screen.
 */
export const TaskCard = memo(function TaskCard({ task, assignee, canMove, onOpen }: Props) {
  const drag = useDraggable({ id: task.id, disabled: !canMove, data: { task } });
  const drop = useDroppable({ id: `card:${task.id}`, data: { status: task.status, beforeId: task.id } });
  const { role: _role, tabIndex: _tabIndex, ...handleAttributes } = drag.attributes;
  const created = useJustCreated<HTMLDivElement>(task.id);
  return (
    <div
      ref={(node) => {
        drop.setNodeRef(node);
        created.ref.current = node;
      }}
      style={{ height: '100%' }}
    >
      <Paper
        ref={drag.setNodeRef}
        withBorder
        p="xs"
        h="100%"
        style={{
          overflow: 'hidden',
          opacity: drag.isDragging ? 0.4 : undefined,
          cursor: canMove ? 'grab' : undefined,
          outline: drop.isOver ? '2px solid var(--mantine-color-indigo-4)' : undefined,
          ...(created.highlighted ? HIGHLIGHT_STYLE : {}),
        }}
        data-highlighted={created.highlighted || undefined}
        data-testid={`task-card-${task.id}`}
        data-status={task.status}
        {...(canMove ? drag.listeners : {})}
      >
        <Group gap={4} wrap="nowrap" align="start" justify="space-between">
          <UnstyledButton
            onClick={() => onOpen(task)}
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
            {assignee ?? 'unassigned'} · {formatDate(task.dueDate)}
          </Text>
        </Group>
      </Paper>
    </div>
  );
});
