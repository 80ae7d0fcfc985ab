import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setSession } from '../lib/session';
import { session, user } from '../test/fixtures';
import { renderRoutes, stubFetch } from '../test/render';
import { Layout } from './Layout';
import { RequireVerifiedEmail } from './RequireVerifiedEmail';

const UNVERIFIED = { email: 'ana@example.org', emailVerified: false };
const OUTBOX = {
  items: [
    {
      id: 'mail-1',
      to: 'ana@example.org',
      subject: 'Confirm your email address for Hubspoke',
      text: 'Hello Ana,\n\nConfirm my address\nConfirm: http://localhost:3000/verify-email?token=abc\n\n— Hubspoke',
      html: '',
      createdAt: '2026-12-01T10:00:00Z',
    },
  ],
  nextCursor: null,
};

const renderApp = () =>
  renderRoutes(
    [
      {
        element: <Layout />,
        children: [{ element: <RequireVerifiedEmail />, children: [{ path: '/hubs', element: <p>my hubs</p> }] }],
      },
    ],
    '/hubs',
  );

describe('RequireVerifiedEmail', () => {
  it('shows an unconfirmed account how to confirm instead of a page the api would refuse', async () => {
    setSession(session(UNVERIFIED));
    const calls = stubFetch({
      'GET /auth/me': () => ({ body: user(UNVERIFIED) }),
      'GET /digests/outbox': () => ({ body: OUTBOX }),
    });
    renderApp();
    expect(await screen.findByRole('heading', { name: 'Confirm your email first' })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: /Confirm your email address/ })).toHaveTextContent('ana@example.org');
    expect(screen.getByRole('button', { name: 'Resend the link' })).toBeInTheDocument();
    const outbox = await screen.findByRole('region', { name: 'Emails kept for you on this server' });
    expect(within(outbox).getByRole('link', { name: 'Confirm' })).toHaveAttribute('href', '/verify-email?token=abc');
    expect(screen.queryByText('my hubs')).toBeNull();
    expect(calls.map((c) => c.path)).not.toContain('/hubs/mine');
    expect(calls.map((c) => c.path)).not.toContain('/notifications');
  });

  it('takes a new session once the address was confirmed elsewhere, and shows the page', async () => {
    setSession(session(UNVERIFIED));
    stubFetch({
      'GET /auth/me': () => ({ body: user({ ...UNVERIFIED, emailVerified: true }) }),
      'GET /digests/outbox': () => ({ body: OUTBOX }),
      'GET /notifications': () => ({ body: { items: [], nextCursor: null } }),
      'POST /auth/refresh': () => ({ body: session({ ...UNVERIFIED, emailVerified: true }) }),
    });
    renderApp();
    expect(await screen.findByText('my hubs')).toBeInTheDocument();
    expect(screen.queryByText('Confirm your email address')).toBeNull();
  });
});
