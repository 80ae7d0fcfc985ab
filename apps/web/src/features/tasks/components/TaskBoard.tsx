import { TASK_STATUSES, type TaskDto, type TaskStatus } from '@hubspoke/contracts';
import { DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { Group, ScrollArea } from '@mantine/core';
import { useMemo } from 'react';
import { useMoveTask } from '../hooks/useMoveTask';
import { BoardColumn } from './BoardColumn';
import { positionIn } from './boardPosition';

interface Props {
  hubId: string;
  tasks: TaskDto[];
  orgName: Map<string, string>;
  canMove: (task: TaskDto) => boolean;
  onOpen: (task: TaskDto) => void;
}

export function TaskBoard({ hubId, tasks, orgName, canMove, onOpen }: Props) {
  const move = useMoveTask(hubId);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor),
  );
  const columns = useMemo(() => {
    const byStatus = Object.fromEntries(TASK_STATUSES.map((s) => [s, [] as TaskDto[]])) as Record<
      TaskStatus,
      TaskDto[]
    >;
    for (const task of tasks) byStatus[task.status].push(task);
    for (const list of Object.values(byStatus)) list.sort((a, b) => a.position - b.position);
    return byStatus;
  }, [tasks]);

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const task = active.data.current?.task as TaskDto | undefined;
    const target = over?.data.current as { status: TaskStatus; beforeId?: string } | undefined;
    if (!task || !target || target.beforeId === task.id) return;
    const position = positionIn(columns[target.status], target.beforeId ?? null, task.id);
    if (target.status === task.status && position === task.position) return;
    move.mutate({ task, status: target.status, position });
  };

  return (
    <DndContext sensors={sensors} onDragEnd={onDragEnd}>
      <ScrollArea>
        <Group align="start" wrap="nowrap" gap="sm" pb="sm">
          {TASK_STATUSES.map((status) => (
            <BoardColumn
              key={status}
              status={status}
              tasks={columns[status]}
              orgName={orgName}
              canMove={canMove}
              onOpen={onOpen}
            />
          ))}
        </Group>
      </ScrollArea>
    </DndContext>
  );
}
