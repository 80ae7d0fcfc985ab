import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { task } from '../../../test/fixtures';
import { renderInHub, stubFetch } from '../../../test/render';
import { TaskPanel } from './TaskPanel';

function panel(role: 'secretariat' | 'board', routes: Parameters<typeof stubFetch>[0] = {}) {
  const calls = stubFetch({
    'GET /hubs/h/tasks/t1/comments': () => ({ body: { items: [], nextCursor: null } }),
    ...routes,
  });
  const onClose = vi.fn();
  renderInHub(
    <TaskPanel
      hubId="h"
      task={task({ id: 't1', title: 'Ship vaccines', version: 3 })}
      me={{ role, organizationId: 'org-gavi' }}
      orgOptions={[]}
      goalOptions={[]}
      peopleOf={() => []}
      onClose={onClose}
    />,
  );
  return { calls, onClose };
}

describe('Deleting a task', () => {
  it('asks for confirmation, then deletes at the version shown and closes the panel', async () => {
    const { calls, onClose } = panel('secretariat', { 'DELETE /hubs/h/tasks/t1': () => ({ body: null }) });
    await userEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    expect(await screen.findByText(/This cannot be undone/)).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);

    await userEvent.click(screen.getByRole('button', { name: 'Delete task' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(calls.filter((c) => c.method === 'DELETE')).toHaveLength(1);
  });

  it('sends the version and explains a stale delete', async () => {
    panel('secretariat', {
      'DELETE /hubs/h/tasks/t1': () => ({
        status: 409,
        body: {
          statusCode: 409,
          error: 'Conflict',
          message: 'The task changed',
          current: task({ id: 't1', version: 4 }),
        },
      }),
    });
    const original = globalThis.fetch;
    const urls: string[] = [];
    globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      urls.push(String(input));
      return original(input, init);
    }) as typeof fetch;
    await userEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Delete task' }));
    expect(await screen.findByTestId('delete-error')).toHaveTextContent('Someone else changed this task');
    expect(urls.filter((u) => u.includes('/tasks/t1?'))).toEqual(['/api/hubs/h/tasks/t1?version=3']);
  });

  it('offers no delete to those who cannot edit the task', async () => {
    panel('board');
    await screen.findByRole('textbox', { name: /Title/ });
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
  });
});
