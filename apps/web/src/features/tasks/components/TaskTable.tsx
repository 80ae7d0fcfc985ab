import type { TaskDto } from '@hubspoke/contracts';
import { Anchor, Badge, Box, Group, Loader, Table } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import { EmptyState } from '../../../components/EmptyState';
import { formatDate, STATUS_LABELS } from '../../../lib/format';
import { GroupOnlyBadge } from '../../groups';
import type { TaskListParams } from '../../../lib/taskList';
import { HIGHLIGHT_STYLE, useJustCreated } from '../hooks/useJustCreated';
import { useLoadMore } from '../hooks/useLoadMore';
import { useTaskPages } from '../hooks/useTaskPages';

interface Props {
  hubId: string;
  params: TaskListParams;
  /** How many tasks the api counts under these filters (all pages). */
  total: number | undefined;
  assigneeOf: (task: TaskDto) => string | undefined;
  goalName: Map<string, string>;
  onOpen: (task: TaskDto) => void;
}

/** Every row is this high (titles on one line): nothing to measure while scrolling. */
const ROW_HEIGHT = 41;

/** The tasks as a table, a page at a time from the api; only the rows on screen are in the DOM. */
export function TaskTable({ hubId, params, total, assigneeOf, goalName, onOpen }: Props) {
  const pages = useTaskPages(hubId, params);
  const tasks = useMemo(() => pages.data?.pages.flatMap((p) => p.items) ?? [], [pages.data]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: tasks.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => tasks[index].id,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  useLoadMore(pages, items, tasks.length);
  if (pages.isPending) return <Loader aria-label="Loading tasks" />;
  if (tasks.length === 0) return <EmptyState>No task matches these filters.</EmptyState>;
  const before = items.length ? items[0].start : 0;
  const after = items.length ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;
  return (
    <Box
      ref={scrollRef}
      h="calc(100vh - 260px)"
      mih={300}
      style={{ overflow: 'auto', overflowAnchor: 'none' }}
      data-testid="task-table-scroll"
    >
      <Table striped highlightOnHover stickyHeader miw={640} aria-rowcount={(total ?? tasks.length) + 1}>
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            <Table.Th>Task</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Assignee</Table.Th>
            <Table.Th>Goal</Table.Th>
            <Table.Th>Due</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {before > 0 && <tr aria-hidden style={{ height: before }} />}
          {items.map((item) => (
            <TaskRow
              key={item.key}
              task={tasks[item.index]}
              index={item.index}
              assigneeOf={assigneeOf}
              goalName={goalName}
              onOpen={onOpen}
            />
          ))}
          {after > 0 && <tr aria-hidden style={{ height: after }} />}
        </Table.Tbody>
      </Table>
      {pages.isFetchingNextPage && <Loader size="xs" mx="auto" display="block" aria-label="Loading more tasks" />}
    </Box>
  );
}

interface RowProps extends Pick<Props, 'assigneeOf' | 'goalName' | 'onOpen'> {
  task: TaskDto;
  index: number;
}

function TaskRow({ task, index, assigneeOf, goalName, onOpen }: RowProps) {
  const created = useJustCreated<HTMLTableRowElement>(task.id);
  return (
    <Table.Tr
      ref={created.ref}
      h={ROW_HEIGHT}
      aria-rowindex={index + 2}
      data-testid={`task-row-${task.id}`}
      data-highlighted={created.highlighted || undefined}
      style={created.highlighted ? HIGHLIGHT_STYLE : undefined}
    >
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          <Anchor component="button" type="button" onClick={() => onOpen(task)} ta="left" size="sm" lineClamp={1}>
            {task.title}
          </Anchor>
          <GroupOnlyBadge item={task} />
        </Group>
      </Table.Td>
      <Table.Td>{STATUS_LABELS[task.status]}</Table.Td>
      <Table.Td>{assigneeOf(task) ?? '—'}</Table.Td>
      <Table.Td>{task.goalId ? goalName.get(task.goalId) : '—'}</Table.Td>
      <Table.Td>
        {formatDate(task.dueDate)}{' '}
        {task.overdue && (
          <Badge size="xs" color="red">
            overdue
          </Badge>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
