import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { goal, SPOKES } from '../../../test/fixtures';
import { renderInHub, stubFetch } from '../../../test/render';
import GoalsPage from './GoalsPage';

const INDICATORS = [
  { code: '3.2.1', title: 'Under-5 mortality rate', unit: 'deaths per 1,000 live births', direction: 'decrease' },
  {
    code: '3.b.1',
    title: 'Proportion of the target population covered by all vaccines',
    unit: '%',
    direction: 'increase',
  },
  {
    code: '3.b.2',
    title: 'Total net official development assistance to medical research',
    unit: null,
    direction: null,
  },
].map((i) => ({ ...i, unsdCode: 'C0', alsoListedAs: [], note: null, targetCode: i.code.slice(0, 3), goalCode: '3' }));

const page = <T,>(items: T[]) => ({ body: { items, nextCursor: null } });

const GROUP = {
  id: 'cold',
  hubId: 'h',
  name: 'Cold-chain task force',
  purpose: '',
  endsOn: null,
  lead: { memberId: 'm1', userId: 'u1', name: 'Amina', organizationId: 'org-who', organizationName: 'WHO' },
  members: [],
  version: 1,
  createdAt: '2026-01-01T00:00:00Z',
  archivedAt: null,
};

function goalsPage(role: 'secretariat' | 'member', post = () => ({ body: goal() as unknown })) {
  const calls = stubFetch({
    'GET /hubs/h/groups': () => ({ body: [GROUP] }),
    'GET /hubs/h/goals': () =>
      page([
        goal({ id: 'g1', title: 'Raise DTP3 coverage' }),
        goal({ id: 'g2', title: 'Cut stock-outs', health: 'no_data', progress: 0, latestValue: null }),
      ]),
    'GET /hubs/h/members': () => page(SPOKES),
    'POST /hubs/h/goals': post,
    'GET /sdg/indicators': () => ({ body: INDICATORS }),
  });
  renderInHub(<GoalsPage />, { role, path: '/hubs/h/goals', route: '/hubs/h/goals' });
  return calls;
}

describe('GoalsPage', () => {
  it('checks the new goal before sending, in the catalogue’s words', async () => {
    const calls = goalsPage('secretariat');
    await userEvent.click(await screen.findByRole('button', { name: 'New goal' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Create' }));

    expect(await screen.findByText('Give it a title')).toBeInTheDocument();
    expect(screen.getByText('Enter where it should get to')).toBeInTheDocument();
    expect(screen.getByText('Choose the organization that owns it')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('picks the SDG indicator by words, fills unit and direction from it, and words the api’s field errors', async () => {
    const calls = goalsPage('secretariat', () => ({
      status: 400,
      body: {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Some fields are invalid',
        details: {
          ownerOrganizationId: ["ownerOrganizationId must be an organization among the hub's active members"],
        },
        fields: [{ field: 'ownerOrganizationId', rule: 'hubOrganization' }],
      },
    }));
    await userEvent.click(await screen.findByRole('button', { name: 'New goal' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Title/ }), {
      target: { value: 'Cut child mortality' },
    });
    await userEvent.type(within(dialog).getByRole('combobox', { name: 'SDG indicator' }), 'under');
    await userEvent.click(await screen.findByRole('option', { name: '3.2.1 — Under-5 mortality rate' }));
    expect(within(dialog).getByRole('textbox', { name: /Unit/ })).toHaveValue('deaths per 1,000 live births');
    expect(within(dialog).getByRole('combobox', { name: 'Direction' })).toHaveValue('Decrease: lower is better');

    fireEvent.change(within(dialog).getByRole('textbox', { name: /Baseline/ }), { target: { value: '40' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Target/ }), { target: { value: '25' } });
    fireEvent.change(within(dialog).getByLabelText(/Start date/), { target: { value: '2026-01-01' } });
    fireEvent.change(within(dialog).getByLabelText(/Due date/), { target: { value: '2030-12-31' } });
    await userEvent.click(within(dialog).getByRole('combobox', { name: /Owner organization/ }));
    await userEvent.click(await screen.findByRole('option', { name: SPOKES[0]!.organization.name }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create' }));

    expect(await screen.findByText('Choose one of the hub’s member organizations')).toBeInTheDocument();
    expect(screen.queryByText(/must be an organization among/)).toBeNull();
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.body).toMatchObject({
      title: 'Cut child mortality',
      indicatorCode: '3.2.1',
      unit: 'deaths per 1,000 live births',
      direction: 'decrease',
      baseline: 40,
      target: 25,
      ownerOrganizationId: SPOKES[0]!.organization.id,
    });
  }, 60_000);

  it('keeps a new goal to a working group: the group, then Group only', async () => {
    const calls = goalsPage('secretariat');
    await userEvent.click(await screen.findByRole('button', { name: 'New goal' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Title/ }), { target: { value: 'Freezers' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Unit/ }), { target: { value: 'freezers' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Baseline/ }), { target: { value: '0' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Target/ }), { target: { value: '40' } });
    fireEvent.change(within(dialog).getByLabelText(/Start date/), { target: { value: '2026-01-01' } });
    fireEvent.change(within(dialog).getByLabelText(/Due date/), { target: { value: '2027-06-30' } });
    await userEvent.click(within(dialog).getByRole('combobox', { name: /Owner organization/ }));
    await userEvent.click(await screen.findByRole('option', { name: SPOKES[0]!.organization.name }));
    expect(within(dialog).getByRole('radio', { name: 'Group only' })).toBeDisabled();
    await userEvent.click(within(dialog).getByRole('combobox', { name: 'Working group' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Cold-chain task force' }));
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Group only' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create' }));

    await vi.waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')!.body).toMatchObject({
      title: 'Freezers',
      workingGroupId: 'cold',
      visibility: 'group',
    });
  }, 60_000);

  it('shows each goal’s SDG indicator by its official name, and no health for a goal without data', async () => {
    goalsPage('member');
    expect(await screen.findByText('No data yet')).toBeInTheDocument();
    expect(screen.getAllByText('On track')).toHaveLength(1);
    expect(
      screen.getAllByText(/^SDG 3\.b\.1 — Proportion of the target population covered by all vaccines/),
    ).toHaveLength(2);
  });

  it('hides the new goal button from a member', async () => {
    goalsPage('member');
    expect(await screen.findByText('Raise DTP3 coverage')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New goal' })).toBeNull();
  });
});
