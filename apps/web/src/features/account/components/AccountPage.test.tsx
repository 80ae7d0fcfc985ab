import type { MyOrganizationDto } from '@hubspoke/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { getSession, setSession } from '../../../lib/session';
import { session, user } from '../../../test/fixtures';
import { renderRoutes, spyToasts, stubFetch } from '../../../test/render';
import AccountPage from './AccountPage';

const org = (id: string, name: string, verified: boolean) => ({
  id,
  name,
  shortName: null,
  sector: 'philanthropy' as const,
  country: 'US',
  verified,
});
const MINE: MyOrganizationDto[] = [
  { organization: org('o1', 'Gates Foundation', true), role: 'admin', status: 'approved', requestedAt: '2026-01-01' },
  { organization: org('o2', 'Wellcome Trust', false), role: 'member', status: 'pending', requestedAt: '2026-11-01' },
];

const renderPage = () =>
  renderRoutes(
    [
      { path: '/account', element: <AccountPage /> },
      { path: '/signin', element: <p>sign in</p> },
    ],
    '/account',
  );

describe('AccountPage', () => {
  it('lists my organizations, approved and waiting, linked to their pages', async () => {
    setSession(session({ name: 'Eleanor' }));
    stubFetch({
      'GET /auth/me': () => ({ body: user({ name: 'Eleanor' }) }),
      'GET /organizations/mine': () => ({ body: MINE }),
    });
    renderPage();
    const list = await screen.findByRole('region', { name: 'Your organizations' });
    const gates = await within(list).findByRole('link', { name: 'Gates Foundation' });
    expect(gates).toHaveAttribute('href', '/organizations/o1');
    expect(within(gates.closest('li')!).getByText('✓ Verified')).toBeInTheDocument();
    expect(within(gates.closest('li')!).getByText('Admin')).toBeInTheDocument();
    const wellcome = within(list).getByRole('link', { name: 'Wellcome Trust' }).closest('li')!;
    expect(within(wellcome).getByText('Waiting for approval')).toBeInTheDocument();
  });

  it('changes the password and keeps the new session the api answers', async () => {
    setSession(session());
    const calls = stubFetch({
      'GET /organizations/mine': () => ({ body: [] }),
      'POST /auth/password': () => ({ body: { ...session(), accessToken: 'new-token' } }),
    });
    const toasts = spyToasts();
    renderPage();
    await userEvent.type(await screen.findByLabelText(/Current password/), 'demo-password');
    await userEvent.type(screen.getByLabelText(/New password/), 'another-password');
    await userEvent.click(screen.getByRole('button', { name: 'Change password' }));
    await waitFor(() => expect(getSession()?.accessToken).toBe('new-token'));
    expect(calls.find((c) => c.path === '/auth/password')?.body).toEqual({
      currentPassword: 'demo-password',
      newPassword: 'another-password',
    });
    expect(toasts()).toEqual([expect.stringMatching(/^Password changed: /)]);
  });

  it('shows the api’s word under the current password when it is wrong', async () => {
    setSession(session());
    stubFetch({
      'GET /organizations/mine': () => ({ body: [] }),
      'POST /auth/password': () => ({
        status: 400,
        body: {
          statusCode: 400,
          message: 'Your current password is not right',
          details: { currentPassword: ['is not your current password'] },
        },
      }),
    });
    renderPage();
    await userEvent.type(await screen.findByLabelText(/Current password/), 'wrong-password');
    await userEvent.type(screen.getByLabelText(/New password/), 'another-password');
    await userEvent.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('is not your current password')).toBeInTheDocument();
  });

  it('signs out on the api and goes to the sign-in page', async () => {
    setSession(session());
    const calls = stubFetch({
      'GET /organizations/mine': () => ({ body: [] }),
      'POST /auth/logout': () => ({ body: null }),
    });
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Sign out' }));
    expect(await screen.findByText('sign in')).toBeInTheDocument();
    expect(calls.find((c) => c.path === '/auth/logout')?.body).toEqual({ refreshToken: 'r'.repeat(30) });
    expect(getSession()).toBeNull();
  });
});
