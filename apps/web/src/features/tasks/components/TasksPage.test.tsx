import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { goal, SPOKES, task } from '../../../test/fixtures';
import { stubLayout } from '../../../test/layout';
import { renderInHub, stubFetch } from '../../../test/render';
import TasksPage from './TasksPage';

const TASKS = [
  task({ id: 't1', title: 'Ship vaccines', status: 'todo', assigneeOrganizationId: 'org-who' }),
  task({
    id: 't2',
    title: 'Train nurses',
    status: 'in_progress',
    overdue: true,
    assigneeOrganizationId: 'org-unicef',
    createdByOrganizationId: 'org-unicef',
  }),
  task({ id: 't3', title: 'Audit fridges', status: 'done', assigneeOrganizationId: 'org-who', workingGroupId: 'wg1' }),
];

/** The api's filters, over TASKS. */
function matching(url: URL) {
  const q = url.searchParams;
  const statuses = q.getAll('status');
  const text = q.get('q')?.toLowerCase();
  return TASKS.filter(
    (t) =>
      (!statuses.length || statuses.includes(t.status)) &&
      (!q.has('overdue') || String(t.overdue) === q.get('overdue')) &&
      (!q.has('workingGroupId') || t.workingGroupId === q.get('workingGroupId')) &&
      (!text || t.title.toLowerCase().includes(text)),
  );
}

function stubHub() {
  return stubFetch({
    'GET /hubs/h/tasks': (_, url) => ({ body: { items: matching(url), nextCursor: null } }),
    'GET /hubs/h/tasks/counts': (_, url) => {
      const found = matching(url);
      const count = (s: string) => found.filter((t) => t.status === s).length;
      return {
        body: {
          todo: count('todo'),
          in_progress: count('in_progress'),
          blocked: count('blocked'),
          done: count('done'),
        },
      };
    },
    'GET /hubs/h/goals': () => ({ body: { items: [goal({ id: 'g1', title: 'Coverage' })], nextCursor: null } }),
    'GET /hubs/h/members': () => ({ body: { items: SPOKES, nextCursor: null } }),
    'GET /hubs/h/groups': () => ({ body: [{ id: 'wg1', name: 'Cold-chain task force' }] }),
  });
}

const tasksPage = (options: Parameters<typeof renderInHub>[1] = {}) =>
  renderInHub(<TasksPage />, { path: '/hubs/h/tasks', route: '/hubs/h/tasks', ...options });

describe('TasksPage', () => {
  beforeEach(() => stubLayout());

  it('shows a board with a column per status', async () => {
    stubHub();
    tasksPage();
    const todo = await screen.findByTestId('column-todo');
    expect(await within(todo).findByText('Ship vaccines')).toBeInTheDocument();
    expect(await within(screen.getByTestId('column-in_progress')).findByText('Train nurses')).toBeInTheDocument();
    expect(await within(screen.getByTestId('column-done')).findByText('Audit fridges')).toBeInTheDocument();
    // the counts come from the api
    expect(within(todo).getByLabelText('1 tasks')).toBeInTheDocument();
    expect(within(screen.getByTestId('column-blocked')).getByLabelText('0 tasks')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New task' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^Move / })).toHaveLength(3);
  });

  it('gives a member drag handles only on the tasks of its organization', async () => {
    stubHub();
    tasksPage({ role: 'member', organizationId: 'org-who' });
    await screen.findByText('Audit fridges');
    expect(screen.getAllByRole('button', { name: /^Move / }).map((b) => b.getAttribute('aria-label'))).toEqual([
      'Move Ship vaccines',
      'Move Audit fridges',
    ]);
  });

  it('shows a board member no edit controls', async () => {
    stubHub();
    tasksPage({ role: 'board', organizationId: 'org-gates' });
    await screen.findByText('Ship vaccines');
    expect(screen.queryByRole('button', { name: 'New task' })).toBeNull();
    expect(screen.queryAllByRole('button', { name: /^Move / })).toHaveLength(0);
  });

  it('filters the table by text and overdue', async () => {
    stubHub();
    tasksPage({ route: '/hubs/h/tasks?view=table&overdue=1' });
    expect(await screen.findByTestId('task-row-t2')).toBeInTheDocument();
    expect(screen.queryByTestId('task-row-t1')).toBeNull();
    await userEvent.click(screen.getByLabelText('Overdue only'));
    await userEvent.type(screen.getByLabelText('Search'), 'fridge');
    await waitFor(() => expect(screen.queryByTestId('task-row-t2')).toBeNull());
    expect(await screen.findByTestId('task-row-t3')).toBeInTheDocument();
  });

  it("shows a working group's tasks only, from a link to its tasks", async () => {
    stubHub();
    tasksPage({ route: '/hubs/h/tasks?view=table&group=wg1' });
    expect(await screen.findByTestId('task-row-t3')).toBeInTheDocument();
    expect(screen.queryByTestId('task-row-t1')).toBeNull();
    expect(await screen.findByDisplayValue('Cold-chain task force')).toBeInTheDocument();
  });
});
