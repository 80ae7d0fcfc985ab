import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { goal, SPOKES, task } from '../../../test/fixtures';
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

function stubHub() {
  return stubFetch({
    'GET /hubs/h/tasks': () => ({ body: { items: TASKS, nextCursor: null } }),
    'GET /hubs/h/goals': () => ({ body: { items: [goal({ id: 'g1', title: 'Coverage' })], nextCursor: null } }),
    'GET /hubs/h/members': () => ({ body: { items: SPOKES, nextCursor: null } }),
    'GET /hubs/h/groups': () => ({ body: [{ id: 'wg1', name: 'Cold-chain task force' }] }),
  });
}

const tasksPage = (options: Parameters<typeof renderInHub>[1] = {}) =>
  renderInHub(<TasksPage />, { path: '/hubs/h/tasks', route: '/hubs/h/tasks', ...options });

describe('TasksPage', () => {
  it('shows a board with a column per status', async () => {
    stubHub();
    tasksPage();
    const todo = await screen.findByTestId('column-todo');
    expect(within(todo).getByText('Ship vaccines')).toBeInTheDocument();
    expect(within(screen.getByTestId('column-in_progress')).getByText('Train nurses')).toBeInTheDocument();
    expect(within(screen.getByTestId('column-done')).getByText('Audit fridges')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New task' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^Move / })).toHaveLength(3);
  });

  it('gives a member drag handles only on the tasks of its organization', async () => {
    stubHub();
    tasksPage({ role: 'member', organizationId: 'org-who' });
    await screen.findByTestId('column-todo');
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
    expect(await screen.findByTestId('task-row-t3')).toBeInTheDocument();
    expect(screen.queryByTestId('task-row-t2')).toBeNull();
  });

  it("shows a working group's tasks only, from a link to its tasks", async () => {
    stubHub();
    tasksPage({ route: '/hubs/h/tasks?view=table&group=wg1' });
    expect(await screen.findByTestId('task-row-t3')).toBeInTheDocument();
    expect(screen.queryByTestId('task-row-t1')).toBeNull();
    expect(await screen.findByDisplayValue('Cold-chain task force')).toBeInTheDocument();
  });
});
