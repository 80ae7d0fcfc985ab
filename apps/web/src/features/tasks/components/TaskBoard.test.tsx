import type { TaskDto } from '@hubspoke/contracts';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { applyHubEvent } from '../../../lib/live/applyHubEvent';
import { hubEvent, task } from '../../../test/fixtures';
import { scrollTo, stubLayout } from '../../../test/layout';
import { pagedTasksRoutes } from '../../../test/pagedTasks';
import { renderInHub, stubFetch } from '../../../test/render';
import { TaskBoard } from './TaskBoard';

const TODO = Array.from({ length: 200 }, (_, i) =>
  task({ id: `t${i + 1}`, title: `Task ${i + 1}`, status: 'todo', position: (i + 1) * 1024 }),
);
const DOING = [task({ id: 'd1', title: 'Doing 1', status: 'in_progress', position: 1024 })];

function renderBoard(tasks: TaskDto[] = [...TODO, ...DOING]) {
  const calls = stubFetch({
    ...pagedTasksRoutes(tasks),
    'POST /hubs/h/tasks/t1/move': (body) => ({ body: { ...TODO[0], ...(body as object), version: 2 } }),
  });
  const utils = renderInHub(
    <TaskBoard hubId="h" filters={{}} status={null} assigneeOf={() => 'WHO'} canMove={() => true} onOpen={() => {}} />,
  );
  const pageCalls = () => calls.filter((c) => c.method === 'GET' && c.path === '/hubs/h/tasks');
  return { ...utils, calls, pageCalls };
}

const cardsIn = (status: string) =>
  within(screen.getByTestId(`column-${status}`))
    .queryAllByTestId(/^task-card-/)
    .map((c) => c.dataset.testid);

describe('TaskBoard (virtualized)', () => {
  beforeEach(() => stubLayout(400));

  it('puts only the cards on screen in the DOM, with the count of the whole column from the api', async () => {
    renderBoard();
    await screen.findByText('Task 1');
    const column = screen.getByTestId('column-todo');
    expect(await within(column).findByLabelText('200 tasks')).toBeInTheDocument();
    // 400 px of column, 120 px a card, a few more either side: far from the 50 loaded or the 200 there are
    expect(cardsIn('todo').length).toBeGreaterThan(3);
    expect(cardsIn('todo').length).toBeLessThan(12);
    expect(screen.queryByText('Task 40')).toBeNull();
    const items = within(column).getAllByRole('listitem');
    expect(items[0]).toHaveAttribute('aria-setsize', '200');
    expect(items[0]).toHaveAttribute('aria-posinset', '1');
    expect(await within(screen.getByTestId('column-in_progress')).findByText('Doing 1')).toBeInTheDocument();
  });

  it('loads the next page of a column as it is scrolled near the end of what is loaded', async () => {
    const { pageCalls } = renderBoard();
    await screen.findByText('Task 1');
    const before = pageCalls().length;
    const scroller = screen.getByTestId('column-scroll-todo');
    act(() => scrollTo(scroller, 30 * 120));
    expect(await screen.findByText('Task 32')).toBeInTheDocument();
    expect(pageCalls().length).toBe(before);
    act(() => scrollTo(scroller, 44 * 120));
    act(() => scrollTo(scroller, 52 * 120));
    expect(await screen.findByText('Task 54')).toBeInTheDocument();
    expect(pageCalls().length).toBe(before + 1);
    expect(screen.queryByText('Task 1')).toBeNull();
  });

  it('a live event changes the one card it touches, with no list read again', async () => {
    const { client, pageCalls } = renderBoard();
    await screen.findByText('Task 2');
    const reads = pageCalls().length;
    act(() => applyHubEvent(client, hubEvent(11, 'task.updated', { ...TODO[1], version: 2, title: 'Renamed live' })));
    expect(await screen.findByText('Renamed live')).toBeInTheDocument();
    expect(screen.getByText('Task 1')).toBeInTheDocument();
    // moved to another column: it leaves this one and shows there
    act(() =>
      applyHubEvent(
        client,
        hubEvent(12, 'task.moved', { ...TODO[1], version: 3, status: 'in_progress', position: 2048 }),
      ),
    );
    expect(await within(screen.getByTestId('column-in_progress')).findByText('Task 2')).toBeInTheDocument();
    expect(cardsIn('todo')).not.toContain('task-card-t2');
    expect(pageCalls().length).toBe(reads);
  });

  it('moves a card by keyboard into another column, before the card it is dropped on, shown there at once', async () => {
    const { calls } = renderBoard();
    await screen.findByText('Task 1');
    layOutColumns();
    const handle = screen.getByRole('button', { name: 'Move Task 1' });
    handle.focus();
    await userEvent.keyboard('[Space]');
    for (let i = 0; i < 10; i++) await userEvent.keyboard('[ArrowRight]');
    await userEvent.keyboard('[Space]');
    await vi.waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    const move = calls.find((c) => c.method === 'POST')!;
    expect(move.path).toBe('/hubs/h/tasks/t1/move');
    // dropped on "Doing 1" (position 1024): before it
    expect(move.body).toEqual({ status: 'in_progress', position: 0, version: 1 });
    const doing = within(screen.getByTestId('column-in_progress'));
    expect(doing.getAllByTestId(/^task-card-/).map((c) => c.dataset.testid)).toEqual(['task-card-t1', 'task-card-d1']);
    expect(cardsIn('todo')).not.toContain('task-card-t1');
  });
});

/**
 * Columns side by side, 250 px apart, cards stacked in them, what dnd-kit measures to find the drop target; anything
 * outside the columns (the drag overlay) starts where the first card of the first column is.
 */
function layOutColumns() {
  const order = ['todo', 'in_progress', 'blocked', 'done'];
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const column = this.closest('[data-testid^="column-"]:not([data-testid^="column-scroll"])') as HTMLElement | null;
    const left = column ? order.indexOf(column.dataset.testid!.slice('column-'.length)) * 250 : 0;
    const item = this.closest('[aria-posinset]') as HTMLElement | null;
    const isColumn = this === column;
    const top = isColumn ? 0 : 40 + (Number(item?.getAttribute('aria-posinset') ?? 1) - 1) * 120;
    const height = isColumn ? 600 : 80;
    const width = 240;
    return {
      x: left,
      y: top,
      left,
      top,
      width,
      height,
      right: left + width,
      bottom: top + height,
      toJSON() {},
    } as DOMRect;
  });
}
