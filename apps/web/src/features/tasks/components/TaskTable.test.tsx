import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyHubEvent } from '../../../lib/live/applyHubEvent';
import { hubEvent, task } from '../../../test/fixtures';
import { scrollTo, stubLayout } from '../../../test/layout';
import { pagedTasksRoutes } from '../../../test/pagedTasks';
import { renderInHub, stubFetch } from '../../../test/render';
import { TaskTable } from './TaskTable';

/** Newest first, as the api sorts them. */
const TASKS = Array.from({ length: 120 }, (_, i) =>
  task({
    id: `t${i + 1}`,
    title: `Task ${i + 1}`,
    createdAt: new Date(Date.UTC(2026, 5, 1) - i * 60_000).toISOString(),
  }),
);

function renderTable() {
  const calls = stubFetch(pagedTasksRoutes(TASKS));
  const utils = renderInHub(
    <TaskTable
      hubId="h"
      params={{ filters: {}, sort: 'created' }}
      total={TASKS.length}
      assigneeOf={(t) => (t.id === 't1' ? 'Lucia (WHO)' : 'WHO')}
      goalName={new Map()}
      onOpen={() => {}}
    />,
  );
  const pageCalls = () => calls.filter((c) => c.path === '/hubs/h/tasks');
  return { ...utils, pageCalls };
}

const rows = () => screen.queryAllByTestId(/^task-row-/);

describe('TaskTable (virtualized)', () => {
  beforeEach(() => stubLayout(400));

  it('puts only the rows on screen in the DOM, numbered for screen readers out of the whole count', async () => {
    renderTable();
    await screen.findByText('Task 1');
    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', '121');
    expect(rows().length).toBeGreaterThan(5);
    expect(rows().length).toBeLessThan(25);
    expect(screen.getByTestId('task-row-t1')).toHaveAttribute('aria-rowindex', '2');
    expect(within(screen.getByTestId('task-row-t1')).getByText('Lucia (WHO)')).toBeInTheDocument();
  });

  it('loads the next page as it is scrolled near the end of what is loaded', async () => {
    const { pageCalls } = renderTable();
    await screen.findByText('Task 1');
    expect(pageCalls()).toHaveLength(1);
    const scroller = screen.getByTestId('task-table-scroll');
    act(() => scrollTo(scroller, 45 * 41));
    await screen.findByText('Task 50');
    await act(async () => scrollTo(scroller, 60 * 41));
    expect(await screen.findByText('Task 62')).toBeInTheDocument();
    expect(screen.getByTestId('task-row-t62')).toHaveAttribute('aria-rowindex', '63');
    expect(pageCalls()).toHaveLength(2);
    expect(screen.queryByTestId('task-row-t1')).toBeNull();
  });

  it('a live event changes the one row it touches, with no page read again', async () => {
    const { client, pageCalls } = renderTable();
    await screen.findByText('Task 3');
    act(() => applyHubEvent(client, hubEvent(7, 'task.updated', { ...TASKS[2], version: 2, title: 'Renamed live' })));
    expect(await screen.findByText('Renamed live')).toBeInTheDocument();
    expect(screen.getByText('Task 2')).toBeInTheDocument();
    expect(pageCalls()).toHaveLength(1);
  });
});
