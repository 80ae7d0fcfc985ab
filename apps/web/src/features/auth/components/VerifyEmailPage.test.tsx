import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { describe, expect, it } from 'vitest';
import { getSession } from '../../../lib/session';
import { session } from '../../../test/fixtures';
import { renderRoutes, spyToasts, stubFetch } from '../../../test/render';
import VerifyEmailPage from './VerifyEmailPage';

const TOKEN = 't'.repeat(43);
const SPENT = 'This link has expired or was already used; ask for a new one';

const renderPage = (route: string) =>
  renderRoutes(
    [
      {
        path: '/verify-email',
        element: (
          <StrictMode>
            <VerifyEmailPage />
          </StrictMode>
        ),
      },
      { path: '/hubs', element: <p>my hubs</p> },
    ],
    route,
  );

describe('VerifyEmailPage', () => {
  it('confirms the address once, keeps the session and goes to the app', async () => {
    const calls = stubFetch({ 'POST /auth/verify-email': () => ({ body: session({ name: 'Ana' }) }) });
    const toasts = spyToasts();
    renderPage(`/verify-email?token=${TOKEN}`);
    expect(await screen.findByText('my hubs')).toBeInTheDocument();
    expect(toasts()).toEqual(['Address confirmed: Welcome to Hubspoke, Ana.']);
    expect(getSession()?.user.name).toBe('Ana');
    // the token is single-use: StrictMode's second effect run must not send it again
    expect(calls.filter((c) => c.path === '/auth/verify-email')).toEqual([
      { method: 'POST', path: '/auth/verify-email', body: { token: TOKEN } },
    ]);
  });

  it('shows why a spent link failed and sends a new one to the address typed', async () => {
    const calls = stubFetch({
      'POST /auth/verify-email': () => ({ status: 400, body: { statusCode: 400, message: SPENT } }),
      'POST /auth/verify-email/resend': () => ({ status: 202, body: undefined }),
    });
    renderPage(`/verify-email?token=${TOKEN}`);
    expect(await screen.findByRole('alert')).toHaveTextContent(SPENT);
    await userEvent.type(screen.getByRole('textbox', { name: /Your email/ }), 'ana@example.org');
    await userEvent.click(screen.getByRole('button', { name: 'Resend the link' }));
    await waitFor(() =>
      expect(calls.find((c) => c.path === '/auth/verify-email/resend')?.body).toEqual({ email: 'ana@example.org' }),
    );
    expect(getSession()).toBeNull();
  });
});
