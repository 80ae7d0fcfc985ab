import { notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { FeedbackAction } from '../../../lib/feedback';
import { goal, SPOKES, task } from '../../../test/fixtures';
import { stubLayout } from '../../../test/layout';
import { pagedTasksRoutes } from '../../../test/pagedTasks';
import { renderInHub, spyToasts, stubFetch, testQueryClient } from '../../../test/render';
import { useMoveTask } from '../hooks/useMoveTask';
import TasksPage from './TasksPage';

function stubHub(extra: Parameters<typeof stubFetch>[0] = {}) {
  return stubFetch({
    ...pagedTasksRoutes([task({ id: 't1', title: 'Ship vaccines' })]),
    'GET /hubs/h/goals': () => ({ body: { items: [goal({ id: 'g1', title: 'Coverage' })], nextCursor: null } }),
    'GET /hubs/h/members': () => ({ body: { items: SPOKES, nextCursor: null } }),
    'GET /hubs/h/groups': () => ({ body: [] }),
    ...extra,
  });
}

describe('feedback on task mutations', () => {
  it('says a new task was created, and marks it on the board; ?new=task opens the form', async () => {
    stubLayout(400);
    const toasts = spyToasts();
    stubHub({
      'POST /hubs/h/tasks': (body) => ({
        status: 201,
        body: task({ id: 't-new', title: (body as { title: string }).title, status: 'todo', position: 5 }),
      }),
    });
    const { router } = renderInHub(<TasksPage />, { path: '/hubs/h/tasks', route: '/hubs/h/tasks?new=task' });
    await screen.findByRole('dialog', { name: 'New task' });
    expect(router.state.location.search).toBe('');
    await userEvent.click(screen.getByLabelText(/^Title/));
    await userEvent.paste('Cold room audit');
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));

    await waitFor(() => expect(toasts()).toEqual(['Task “Cold room audit” created']));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'New task' })).toBeNull());
    const card = await screen.findByTestId('task-card-t-new');
    await waitFor(() => expect(card).toHaveAttribute('data-highlighted', 'true'));
    expect(router.state.location.search).toBe('?created=t-new');
  });

  it('offers Undo after a move, which moves the task back at its new version', async () => {
    const show = vi.spyOn(notifications, 'show').mockReturnValue('');
    const calls = stubFetch({
      'POST /hubs/h/tasks/t1/move': (body) => {
        const { status, position, version } = body as { status: 'todo' | 'done'; position: number; version: number };
        return { body: task({ id: 't1', title: 'Ship vaccines', status, position, version: version + 1 }) };
      },
    });
    const client = testQueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    );
    const { result } = renderHook(() => useMoveTask('h'), { wrapper });
    const before = task({ id: 't1', title: 'Ship vaccines', status: 'todo', position: 1, version: 3 });
    act(() => result.current.mutate({ task: before, status: 'done', position: 9 }));
    await waitFor(() => expect(show).toHaveBeenCalledTimes(1));
    const message = show.mock.calls[0]![0].message as { props: { text: string; actions: FeedbackAction[] } };
    expect(message.props.text).toBe('“Ship vaccines” moved to Done');
    expect(message.props.actions.map((a) => a.label)).toEqual(['Undo']);

    act(() => message.props.actions[0]!.onClick());
    await waitFor(() => expect(show).toHaveBeenCalledTimes(2));
    expect(calls.map((c) => c.body)).toEqual([
      { version: 3, status: 'done', position: 9 },
      { version: 4, status: 'todo', position: 1 },
    ]);
    // the move back offers no Undo of its own
    expect((show.mock.calls[1]![0].message as { props: { actions: FeedbackAction[] } }).props.actions).toEqual([]);
  });
});
