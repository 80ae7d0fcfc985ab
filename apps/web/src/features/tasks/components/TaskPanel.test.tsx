import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { session, task } from '../../../test/fixtures';
import { setSession } from '../../../lib/session';
import { renderInHub, stubFetch } from '../../../test/render';
import { TaskPanel } from './TaskPanel';

describe('TaskPanel', () => {
  it('on a stale save shows what the other person changed, then reapplies on the current version', async () => {
    const mine = task({ id: 't1', title: 'Ship vaccines', version: 3 });
    const theirs = { ...mine, version: 4, priority: 'urgent' as const, dueDate: '2026-12-24' };
    const calls = stubFetch({
      'PATCH /hubs/h/tasks/t1': (body) =>
        (body as { version: number }).version === 3
          ? { status: 409, body: { statusCode: 409, error: 'Conflict', message: 'The task changed', current: theirs } }
          : { body: { ...theirs, ...(body as object), version: 5 } },
      'GET /hubs/h/tasks/t1/comments': () => ({ body: { items: [], nextCursor: null } }),
    });
    renderInHub(
      <TaskPanel
        hubId="h"
        task={mine}
        me={{ role: 'secretariat', organizationId: 'org-gavi' }}
        orgOptions={[]}
        goalOptions={[]}
        peopleOf={() => []}
        onClose={() => {}}
      />,
    );

    const title = await screen.findByRole('textbox', { name: /Title/ });
    fireEvent.change(title, { target: { value: 'Ship vaccines now' } });
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    const alert = await screen.findByTestId('stale-edit');
    expect(alert).toHaveTextContent('Priority is now urgent');
    expect(alert).toHaveTextContent('Due date is now 2026-12-24');

    await userEvent.click(screen.getByRole('button', { name: 'Reapply my changes' }));
    await screen.findByRole('button', { name: 'Save' });
    const patches = calls.filter((c) => c.method === 'PATCH');
    expect(patches.map((p) => p.body)).toEqual([
      { title: 'Ship vaccines now', version: 3 },
      { title: 'Ship vaccines now', version: 4 },
    ]);
    expect(screen.queryByTestId('stale-edit')).toBeNull();
  });

  it('is read-only for a board member', async () => {
    stubFetch({ 'GET /hubs/h/tasks/t1/comments': () => ({ body: { items: [], nextCursor: null } }) });
    renderInHub(
      <TaskPanel
        hubId="h"
        task={task({ id: 't1' })}
        me={{ role: 'board', organizationId: 'org-gates' }}
        orgOptions={[]}
        goalOptions={[]}
        peopleOf={() => []}
        onClose={() => {}}
      />,
    );
    expect(await screen.findByRole('textbox', { name: /Title/ })).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
  });

  it("lets a board member in the task's working group edit its group-only task, and shows it is group only", async () => {
    setSession(session({ id: 'u-kenji' }));
    const person = (memberId: string, userId: string) => ({
      memberId,
      userId,
      name: userId,
      organizationId: 'org-unicef',
      organizationName: 'UNICEF',
    });
    stubFetch({
      'GET /hubs/h/tasks/t1/comments': () => ({ body: { items: [], nextCursor: null } }),
      'GET /hubs/h/groups': () => ({
        body: [
          {
            id: 'cold',
            hubId: 'h',
            name: 'Cold-chain task force',
            purpose: '',
            endsOn: null,
            lead: person('m1', 'u-lead'),
            members: [person('m1', 'u-lead'), person('m2', 'u-kenji')],
            version: 1,
            createdAt: '2026-01-01T00:00:00Z',
            archivedAt: null,
          },
        ],
      }),
    });
    renderInHub(
      <TaskPanel
        hubId="h"
        task={task({ id: 't1', workingGroupId: 'cold', visibility: 'group', createdByOrganizationId: 'org-who' })}
        me={{ role: 'board', organizationId: 'org-gates' }}
        orgOptions={[]}
        goalOptions={[]}
        peopleOf={() => []}
        onClose={() => {}}
      />,
    );
    expect(await screen.findByTitle('Only its working group and the secretariat see this')).toHaveTextContent(
      'Group only',
    );
    await waitFor(() => expect(screen.getByRole('textbox', { name: /Title/ })).not.toHaveAttribute('readonly'));
  });

  it('names a person of the assignee organization, and drops the person when the organization changes', async () => {
    const calls = stubFetch({
      'PATCH /hubs/h/tasks/t1': (body) => ({ body: { ...task({ id: 't1' }), ...(body as object), version: 2 } }),
      'GET /hubs/h/tasks/t1/comments': () => ({ body: { items: [], nextCursor: null } }),
    });
    const people: Record<string, { value: string; label: string }[]> = {
      'org-who': [{ value: 'u1', label: 'Lucia' }],
      'org-unicef': [{ value: 'u2', label: 'Amina' }],
    };
    renderInHub(
      <TaskPanel
        hubId="h"
        task={task({ id: 't1', assigneeOrganizationId: 'org-who', assigneeUserId: null })}
        me={{ role: 'secretariat', organizationId: 'org-gavi' }}
        orgOptions={[
          { value: 'org-who', label: 'WHO' },
          { value: 'org-unicef', label: 'UNICEF' },
        ]}
        goalOptions={[]}
        peopleOf={(org) => (org ? people[org] : [])}
        onClose={() => {}}
      />,
    );
    await userEvent.click(await screen.findByRole('combobox', { name: 'Assignee person' }));
    expect(optionsOf('Assignee person')).toEqual(['Lucia']);
    await userEvent.click(option('Assignee person', 'Lucia'));
    expect(screen.getByRole('combobox', { name: 'Assignee person' })).toHaveValue('Lucia');

    await userEvent.click(screen.getByRole('combobox', { name: 'Assignee organization' }));
    await userEvent.click(option('Assignee organization', 'UNICEF'));
    expect(screen.getByRole('combobox', { name: 'Assignee person' })).toHaveValue('');
    await userEvent.click(screen.getByRole('combobox', { name: 'Assignee person' }));
    await userEvent.click(option('Assignee person', 'Amina'));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    await vi.waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true));
    expect(calls.find((c) => c.method === 'PATCH')!.body).toEqual({
      assigneeOrganizationId: 'org-unicef',
      assigneeUserId: 'u2',
      version: 1,
    });
  });
});

/** The options of a select's list (Mantine keeps them in the DOM; outside the test environment they are animated in). */
const listOf = (label: string) => screen.getByRole('listbox', { name: label, hidden: true });
const optionsOf = (label: string) =>
  within(listOf(label))
    .getAllByRole('option', { hidden: true })
    .map((o) => o.textContent);
const option = (label: string, name: string) => within(listOf(label)).getByRole('option', { name, hidden: true });
