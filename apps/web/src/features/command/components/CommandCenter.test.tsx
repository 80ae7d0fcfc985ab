import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderRoutes, stubFetch } from '../../../test/render';
import { CommandCenter } from './CommandCenter';

/** Where the app is now, for the assertions. */
function Where() {
  const location = useLocation();
  return <output data-testid="where">{`${location.pathname}${location.search}`}</output>;
}

const renderAt = (route = '/hubs/h/tasks') =>
  renderRoutes(
    [
      {
        path: '*',
        element: (
          <>
            <CommandCenter />
            <label>
              Title
              <input />
            </label>
            <Where />
          </>
        ),
      },
    ],
    route,
  );

const where = () => screen.getByTestId('where').textContent;

describe('keyboard shortcuts', () => {
  it('? lists every shortcut', async () => {
    renderAt();
    await userEvent.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const does of [
      'Open the command palette',
      'New task (in a hub)',
      'Go to Goals (in a hub)',
      'Show these shortcuts',
    ]) {
      expect(within(dialog).getAllByText(does).length).toBeGreaterThan(0);
    }
  });

  it('c opens a new task in the hub, but does nothing while typing in a field', async () => {
    renderAt('/hubs/h');
    const field = screen.getByLabelText('Title');
    await userEvent.type(field, 'c');
    expect(field).toHaveValue('c');
    expect(where()).toBe('/hubs/h');

    await userEvent.click(document.body);
    await userEvent.keyboard('c');
    expect(where()).toBe('/hubs/h/tasks?new=task');
  });

  it('g then a letter goes to that tab; the letter alone does nothing', async () => {
    renderAt('/hubs/h');
    await userEvent.keyboard('t');
    expect(where()).toBe('/hubs/h');
    await userEvent.keyboard('gm');
    expect(where()).toBe('/hubs/h/members');
    await userEvent.keyboard('gg');
    expect(where()).toBe('/hubs/h/goals');
  });

  it('has no hub shortcut outside a hub', async () => {
    renderAt('/notifications');
    await userEvent.keyboard('c');
    await userEvent.keyboard('gt');
    expect(where()).toBe('/notifications');
  });
});

describe('command palette', () => {
  it('Ctrl-K searches as you type and opens the task chosen', async () => {
    const calls = stubFetch({
      'GET /search': (_body, url) => ({
        body: {
          hubs: [],
          tasks:
            url.searchParams.get('q') === 'freez'
              ? [{ id: 't1', hubId: 'h2', hubName: 'Cold Chain Hub', title: 'Ship the freezers', status: 'todo' }]
              : [],
          goals: [],
          organizations: [],
          people: [],
        },
      }),
    });
    renderAt('/hubs/h');
    fireEvent.keyDown(document.documentElement, { key: 'k', code: 'KeyK', ctrlKey: true });
    const input = await screen.findByRole('combobox', { name: 'Search or run a command' });
    // with nothing typed it offers the actions
    expect(screen.getByRole('option', { name: /My work/ })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: /New task/ })).toBeInTheDocument();

    await userEvent.type(input, 'freez');
    const found = await screen.findByRole('option', { name: /Ship the freezers/ });
    expect(found).toHaveTextContent('Cold Chain Hub');
    // debounced: one request for the whole word, none for its first letters
    expect(calls.filter((c) => c.path === '/search')).toHaveLength(1);

    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(where()).toBe('/hubs/h2/tasks?task=t1'));
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('/ opens it too, and runs an action chosen by keyboard', async () => {
    stubFetch({});
    renderAt('/hubs/h');
    await userEvent.keyboard('/');
    const input = await screen.findByRole('combobox', { name: 'Search or run a command' });
    await userEvent.type(input, 'go to act');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Go to ActivityActions']);
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(where()).toBe('/hubs/h/activity'));
  });
});
