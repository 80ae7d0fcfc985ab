import type { TaskDto, TaskStatus } from '@hubspoke/contracts';
import { useDroppable } from '@dnd-kit/core';
import { Badge, Box, Group, Loader, Paper, Text, Title } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import { STATUS_LABELS } from '../../../lib/format';
import type { TaskListParams } from '../../../lib/taskList';
import { useLoadMore } from '../hooks/useLoadMore';
import { useTaskPages } from '../hooks/useTaskPages';
import { TaskCard } from './TaskCard';

interface Props {
  hubId: string;
  status: TaskStatus;
  params: TaskListParams;
  /** Shown by the filters: a column the status filter hides loads nothing. */
  shown: boolean;
  /** How many tasks the api counts here (all pages). */
  count: number | undefined;
  assigneeOf: (task: TaskDto) => string | undefined;
  canMove: (task: TaskDto) => boolean;
  onOpen: (task: TaskDto) => void;
}

/** Every card is this high (a title of up to two lines): nothing to measure while scrolling. */
const CARD_HEIGHT = 112;
const GAP = 8;

/** A status column: its tasks a page at a time from the api, only the cards on screen in the DOM. */
export function BoardColumn({ hubId, status, params, shown, count, assigneeOf, canMove, onOpen }: Props) {
  const { setNodeRef, isOver } = useDroppable({ id: `column:${status}`, data: { status } });
  const pages = useTaskPages(hubId, params, shown);
  const tasks = useMemo(() => pages.data?.pages.flatMap((p) => p.items) ?? [], [pages.data]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: tasks.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CARD_HEIGHT,
    getItemKey: (index) => tasks[index].id,
    gap: GAP,
    overscan: 3,
  });
  const items = virtualizer.getVirtualItems();
  useLoadMore(pages, items, tasks.length);
  const setSize = shown ? (count ?? tasks.length) : 0;
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
        <Badge variant="light" color="gray" aria-label={`${setSize} tasks`}>
          {setSize}
        </Badge>
      </Group>
      <Box
        ref={scrollRef}
        h="calc(100vh - 300px)"
        mih={240}
        style={{ overflowY: 'auto', overflowAnchor: 'none' }}
        data-testid={`column-scroll-${status}`}
      >
        <Box role="list" aria-label={`${STATUS_LABELS[status]} tasks`} pos="relative" h={virtualizer.getTotalSize()}>
          {items.map((item) => {
            const task = tasks[item.index];
            return (
              <Box
                key={item.key}
                role="listitem"
                aria-posinset={item.index + 1}
                aria-setsize={setSize}
                pos="absolute"
                top={0}
                left={0}
                w="100%"
                h={CARD_HEIGHT}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <TaskCard task={task} assignee={assigneeOf(task)} canMove={canMove(task)} onOpen={onOpen} />
              </Box>
            );
          })}
        </Box>
        {pages.isFetching && <Loader size="xs" mx="auto" display="block" aria-label="Loading tasks" />}
        {pages.isError && (
          <Text size="xs" c="red" role="alert">
            Could not load these tasks.
          </Text>
        )}
      </Box>
    </Paper>
  );
}
