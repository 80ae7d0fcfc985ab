import type { InvitationPreviewDto, MemberDto } from '@hubspoke/contracts';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setSession } from '../../../lib/session';
import { session } from '../../../test/fixtures';
import { renderRoutes, stubFetch } from '../../../test/render';
import { InvitePage } from './InvitePage';

const TOKEN = 'i'.repeat(43);
const PREVIEW: InvitationPreviewDto = {
  hubId: 'h',
  hubName: 'Vaccine Delivery Hub',
  organizationName: 'Gates Foundation',
  role: 'board',
  email: 'ana@example.org',
  expiresAt: '2026-12-31T00:00:00Z',
};
const accepted = (status: MemberDto['status']): MemberDto => ({
  id: 'm',
  hubId: 'h',
  userId: 'u1',
  userName: 'Ana',
  organizationId: 'o1',
  organizationName: 'Gates Foundation',
  role: 'board',
  status,
  joinedAt: null,
});

const renderPage = () =>
  renderRoutes(
    [
      { path: '/invite/:token', element: <InvitePage /> },
      { path: '/hubs/:hubId', element: <p>the hub</p> },
    ],
    `/invite/${TOKEN}`,
  );

describe('InvitePage', () => {
  it('says the hub place waits for the organization’s approval instead of opening the hub', async () => {
    setSession(session({ email: 'ana@example.org' }));
    stubFetch({
      [`GET /invitations/${TOKEN}`]: () => ({ body: PREVIEW }),
      'POST /invitations/accept': () => ({ body: accepted('invited') }),
    });
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Accept and join' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Your place in Vaccine Delivery Hub starts when Gates Foundation approves your membership.',
    );
    expect(screen.queryByText('the hub')).toBeNull();
  });

  it('opens the hub when the place starts at once', async () => {
    setSession(session({ email: 'ana@example.org' }));
    stubFetch({
      [`GET /invitations/${TOKEN}`]: () => ({ body: PREVIEW }),
      'POST /invitations/accept': () => ({ body: accepted('active') }),
    });
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Accept and join' }));
    expect(await screen.findByText('the hub')).toBeInTheDocument();
  });

  it('registers with the invitation, signs in with the typed password, and says when the place waits', async () => {
    const calls = stubFetch({
      [`GET /invitations/${TOKEN}`]: () => ({ body: PREVIEW }),
      'POST /auth/register': () => ({ status: 202, body: { email: 'ana@example.org', message: 'We sent…' } }),
      'POST /auth/login': () => ({ body: session({ email: 'ana@example.org' }) }),
      'GET /hubs/mine': () => ({ body: { items: [], nextCursor: null } }),
    });
    renderPage();
    await userEvent.type(await screen.findByRole('textbox', { name: /Name/ }), 'Ana');
    await userEvent.type(screen.getByLabelText(/Password/), 'long-enough');
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByRole('status')).toHaveTextContent('starts when Gates Foundation approves');
    expect(calls.find((c) => c.path === '/auth/register')?.body).toMatchObject({ inviteToken: TOKEN });
    expect(calls.find((c) => c.path === '/auth/login')?.body).toEqual({
      email: 'ana@example.org',
      password: 'long-enough',
    });
  });
});
