import { TASK_STATUSES, type TaskDto, type TaskStatus } from '@hubspoke/contracts';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { Group, Paper, ScrollArea, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { keys } from '../../../lib/keys';
import type { TaskListParams, TaskPages, TaskQueryFilters } from '../../../lib/taskList';
import { useMoveTask } from '../hooks/useMoveTask';
import { useTaskCounts } from '../hooks/useTaskCounts';
import { BoardColumn } from './BoardColumn';
import { positionIn } from './boardPosition';

interface Props {
  hubId: string;
  filters: TaskQueryFilters;
  /** The status filter: only its column loads. */
  status: TaskStatus | null;
  assigneeOf: (task: TaskDto) => string | undefined;
  canMove: (task: TaskDto) => boolean;
  onOpen: (task: TaskDto) => void;
}

/** A column's list: one status in board order. */
export const columnParams = (filters: TaskQueryFilters, status: TaskStatus): TaskListParams => ({
  filters,
  status: [status],
  sort: 'position',
});

export function TaskBoard({ hubId, filters, status, assigneeOf, canMove, onOpen }: Props) {
  const queryClient = useQueryClient();
  const move = useMoveTask(hubId);
  const counts = useTaskCounts(hubId, filters);
  const [dragged, setDragged] = useState<TaskDto | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor),
  );
  /** The cards of a column loaded so far, in order: a drop lands among them. */
  const loaded = (column: TaskStatus) =>
    queryClient
      .getQueryData<TaskPages>(keys.taskPages(hubId, columnParams(filters, column)))
      ?.pages.flatMap((p) => p.items) ?? [];

  const onDragStart = ({ active }: DragStartEvent) => setDragged((active.data.current?.task as TaskDto) ?? null);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragged(null);
    const task = active.data.current?.task as TaskDto | undefined;
    const target = over?.data.current as { status: TaskStatus; beforeId?: string } | undefined;
    if (!task || !target || target.beforeId === task.id) return;
    const position = positionIn(loaded(target.status), target.beforeId ?? null, task.id);
    if (target.status === task.status && position === task.position) return;
    move.mutate({ task, status: target.status, position });
  };

  return (
    <DndContext sensors={sensors} onDragStart={onDragStart} onDragEnd={onDragEnd} onDragCancel={() => setDragged(null)}>
      <ScrollArea>
        <Group align="start" wrap="nowrap" gap="sm" pb="sm">
          {TASK_STATUSES.map((column) => (
            <BoardColumn
              key={column}
              hubId={hubId}
              status={column}
              params={columnParams(filters, column)}
              shown={!status || status === column}
              count={counts.data?.[column]}
              assigneeOf={assigneeOf}
              canMove={canMove}
              onOpen={onOpen}
            />
          ))}
        </Group>
      </ScrollArea>
      <DragOverlay>
        {dragged && (
          <Paper withBorder shadow="md" p="xs" maw={260}>
            <Text size="sm" fw={500} lineClamp={2}>
              {dragged.title}
            </Text>
          </Paper>
        )}
      </DragOverlay>
    </DndContext>
  );
}
