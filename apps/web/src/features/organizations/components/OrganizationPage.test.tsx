import type { OrganizationDetailDto, OrganizationMemberDto, OrganizationRevisionDto } from '@hubspoke/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setSession } from '../../../lib/session';
import { session } from '../../../test/fixtures';
import { renderRoutes, spyToasts, stubFetch } from '../../../test/render';
import OrganizationPage from './OrganizationPage';

const organization = (overrides: Partial<OrganizationDetailDto> = {}): OrganizationDetailDto => ({
  id: 'o1',
  name: 'Gates Foundation',
  shortName: null,
  sector: 'philanthropy',
  country: 'US',
  sdgs: [3],
  website: 'https://www.gatesfoundation.org',
  description: 'A foundation.',
  createdById: null,
  claimed: true,
  verifiedAt: '2026-06-01T00:00:00Z',
  emailDomains: ['gates.example.org'],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  myMembership: null,
  ...overrides,
});

const member = (id: string, name: string, overrides: Partial<OrganizationMemberDto> = {}): OrganizationMemberDto => ({
  id,
  organizationId: 'o1',
  user: { id: `user-${id}`, name, email: `${name.toLowerCase()}@example.org` },
  role: 'member',
  status: 'approved',
  joinedVia: 'request',
  message: null,
  requestedAt: '2026-11-01T00:00:00Z',
  decidedAt: '2026-11-02T00:00:00Z',
  ...overrides,
});

const ELEANOR = member('m1', 'Eleanor', { role: 'admin', user: { id: 'u1', name: 'Eleanor', email: 'e@x.org' } });
const TOMAS = member('m2', 'Tomas', { status: 'pending', message: 'I run cold-chain grants.', decidedAt: null });
const EDIT: OrganizationRevisionDto = {
  id: 'r1',
  actor: { id: 'u1', name: 'Eleanor' },
  at: '2026-11-10T09:00:00Z',
  before: { description: 'A foundation.' },
  after: { description: 'A foundation against disease.' },
  revertOf: null,
};

/** The organization's routes, `detail` as its record; the members answer by the status asked. */
function stubOrganization(detail: OrganizationDetailDto, extra: Parameters<typeof stubFetch>[0] = {}) {
  return stubFetch({
    'GET /organizations/o1': () => ({ body: detail }),
    'GET /organizations/o1/members': (_, url) => ({
      body: url.searchParams.get('status') === 'pending' ? [TOMAS] : [ELEANOR, member('m3', 'Lucia')],
    }),
    'GET /organizations/o1/revisions': () => ({ body: [EDIT] }),
    ...extra,
  });
}

const renderPage = () =>
  renderRoutes([{ path: '/organizations/:organizationId', element: <OrganizationPage /> }], '/organizations/o1');

describe('OrganizationPage', () => {
  it('shows a visitor the verified record and its history, and sends a request to join with a message', async () => {
    setSession(session({ id: 'u9', name: 'Ana' }));
    const calls = stubOrganization(organization(), {
      'POST /organizations/o1/members': () => ({ status: 201, body: TOMAS }),
    });
    const toasts = spyToasts();
    renderPage();
    expect(await screen.findByRole('heading', { name: 'Gates Foundation', level: 1 })).toBeInTheDocument();
    expect(screen.getByText('✓ Verified')).toBeInTheDocument();
    expect(screen.queryByText('Unclaimed')).toBeNull();
    expect(screen.getByText('gates.example.org')).toBeInTheDocument();
    const history = screen.getByRole('region', { name: 'History of the record' });
    expect(await within(history).findByText('A foundation against disease.', { exact: false })).toBeInTheDocument();
    expect(within(history).getByText('A foundation.')).toHaveStyle({ textDecoration: 'line-through' });
    expect(within(history).queryByRole('button', { name: /Undo/ })).toBeNull();
    for (const hidden of ['Members', 'Requests to join', 'Verification']) {
      expect(screen.queryByRole('region', { name: hidden })).toBeNull();
    }
    expect(screen.queryByRole('button', { name: 'Edit the record' })).toBeNull();

    await userEvent.type(screen.getByLabelText(/A word for who decides/), 'I run cold-chain grants.');
    await userEvent.click(screen.getByRole('button', { name: 'Ask to join' }));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ message: 'I run cold-chain grants.' }),
    );
    expect(toasts()).toEqual(['Your request to join Gates Foundation is sent to its admins.']);
  });

  it('tells a person whose request waits, without a second request form, and lets them withdraw it', async () => {
    setSession(session({ id: 'u9' }));
    const calls = stubOrganization(organization({ myMembership: { id: 'm-1', role: 'member', status: 'pending' } }), {
      'DELETE /organizations/o1/members/m-1': () => ({ status: 204 }),
    });
    const toasts = spyToasts();
    renderPage();
    expect(await screen.findByText(/You asked to join Gates Foundation. Its admins will decide/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ask to join' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Withdraw my request' }));
    await waitFor(() =>
      expect(calls.map((c) => `${c.method} ${c.path}`)).toContain('DELETE /organizations/o1/members/m-1'),
    );
    await waitFor(() => expect(toasts()).toContain('Your request to join Gates Foundation is withdrawn.'));
  });

  it('lets an admin approve a request, change roles and edit the record, but not verify or undo', async () => {
    setSession(session({ id: 'u1', name: 'Eleanor' }));
    const calls = stubOrganization(organization({ myMembership: { id: 'm-2', role: 'admin', status: 'approved' } }), {
      'POST /organizations/o1/members/m2/decision': () => ({ body: { ...TOMAS, status: 'approved' } }),
    });
    const toasts = spyToasts();
    renderPage();
    const requests = await screen.findByRole('region', { name: 'Requests to join' });
    const request = await within(requests).findByRole('listitem', { name: 'Request from Tomas' });
    expect(within(request).getByText('I run cold-chain grants.')).toBeInTheDocument();
    const members = screen.getByRole('region', { name: 'Members' });
    expect(await within(members).findByText('Eleanor (you)')).toBeInTheDocument();
    expect(within(members).getByRole('button', { name: 'Leave' })).toBeInTheDocument();
    expect(within(members).getByRole('combobox', { name: 'Role of Lucia' })).toHaveValue('Member');
    expect(within(members).getByRole('button', { name: 'Remove Lucia' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit the record' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Verification' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Undo/ })).toBeNull();

    await userEvent.click(within(request).getByRole('button', { name: 'Approve' }));
    await waitFor(() =>
      expect(calls.find((c) => c.path === '/organizations/o1/members/m2/decision')?.body).toEqual({
        decision: 'approve',
      }),
    );
    expect(toasts()).toEqual(['Tomas is now a member of Gates Foundation.']);
  });

  it('lets a platform admin run an unclaimed organization: requests, verification and undoing an edit', async () => {
    setSession(session({ id: 'admin', isPlatformAdmin: true }));
    const calls = stubOrganization(organization({ claimed: false, verifiedAt: null, emailDomains: [] }), {
      'PUT /organizations/o1/verification': () => ({ body: organization() }),
      'POST /organizations/o1/revisions/r1/revert': () => ({ status: 201, body: [EDIT] }),
    });
    renderPage();
    expect(await screen.findByText('Unclaimed')).toBeInTheDocument();
    expect(screen.getByText('Not verified')).toBeInTheDocument();
    expect(await screen.findByRole('listitem', { name: 'Request from Tomas' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit the record' })).toBeInTheDocument();

    const verification = screen.getByRole('region', { name: 'Verification' });
    await userEvent.click(within(verification).getByRole('switch', { name: /Verified/ }));
    await userEvent.type(within(verification).getByPlaceholderText('who.int'), 'gates.org{enter}');
    await userEvent.click(within(verification).getByRole('button', { name: 'Save verification' }));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ verified: true, emailDomains: ['gates.org'] }),
    );

    await userEvent.click(await screen.findByRole('button', { name: /^Undo the edit of / }));
    await waitFor(() =>
      expect(calls.map((c) => `${c.method} ${c.path}`)).toContain('POST /organizations/o1/revisions/r1/revert'),
    );
  });
});
