import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { getSession } from '../../../lib/session';
import { session } from '../../../test/fixtures';
import { renderRoutes, spyToasts, stubFetch } from '../../../test/render';
import ResetPasswordPage from './ResetPasswordPage';

const TOKEN = 't'.repeat(43);
const renderPage = (route: string) =>
  renderRoutes(
    [
      { path: '/reset-password', element: <ResetPasswordPage /> },
      { path: '/hubs', element: <p>my hubs</p> },
    ],
    route,
  );

describe('ResetPasswordPage', () => {
  it('emails a link and says so, whether or not the address has an account', async () => {
    const calls = stubFetch({ 'POST /auth/password-reset': () => ({ status: 202, body: undefined }) });
    renderPage('/reset-password');
    await userEvent.type(screen.getByRole('textbox', { name: /Email/ }), 'ana@example.org');
    await userEvent.click(screen.getByRole('button', { name: 'Email me a link' }));
    expect(await screen.findByRole('status')).toHaveTextContent('If ana@example.org has an account, we sent it a link');
    expect(calls[0]).toEqual({ method: 'POST', path: '/auth/password-reset', body: { email: 'ana@example.org' } });
  });

  it('sets the new password with the link’s token and signs in', async () => {
    const calls = stubFetch({ 'POST /auth/password-reset/confirm': () => ({ body: session({ name: 'Ana' }) }) });
    const toasts = spyToasts();
    renderPage(`/reset-password?token=${TOKEN}`);
    await userEvent.type(screen.getByLabelText(/New password/), 'a-new-password');
    await userEvent.click(screen.getByRole('button', { name: 'Set the new password' }));
    expect(await screen.findByText('my hubs')).toBeInTheDocument();
    expect(calls[0]?.body).toEqual({ token: TOKEN, password: 'a-new-password' });
    expect(getSession()?.user.name).toBe('Ana');
    expect(toasts()).toEqual([expect.stringMatching(/^Password changed: /)]);
  });

  it('shows why a spent link failed and offers a new one', async () => {
    stubFetch({
      'POST /auth/password-reset/confirm': () => ({
        status: 400,
        body: { statusCode: 400, message: 'This link has expired or was already used; ask for a new one' },
      }),
    });
    renderPage(`/reset-password?token=${TOKEN}`);
    await userEvent.type(screen.getByLabelText(/New password/), 'a-new-password');
    await userEvent.click(screen.getByRole('button', { name: 'Set the new password' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This link has expired or was already used');
    await userEvent.click(screen.getByRole('link', { name: 'Ask for a new link' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Email me a link' })).toBeInTheDocument());
  });
});
