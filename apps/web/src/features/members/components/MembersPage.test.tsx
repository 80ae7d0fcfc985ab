import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SPOKES } from '../../../test/fixtures';
import { renderInHub, stubFetch } from '../../../test/render';
import MembersPage from './MembersPage';

describe('MembersPage', () => {
  it('asks before removing a member', async () => {
    const calls = stubFetch({
      'GET /hubs/h/members': () => ({ body: { items: SPOKES, nextCursor: null } }),
      'GET /hubs/h/invitations': () => ({ body: { items: [], nextCursor: null } }),
      'DELETE /hubs/h/members/m1': () => ({ body: null }),
    });
    renderInHub(<MembersPage />, { path: '/hubs/h/members', route: '/hubs/h/members' });

    await userEvent.click(await screen.findByRole('button', { name: 'Remove Lucia' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);

    await userEvent.click(screen.getByRole('button', { name: 'Remove Lucia' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Remove member' }));
    await waitFor(() =>
      expect(calls.filter((c) => c.method === 'DELETE').map((c) => c.path)).toEqual(['/hubs/h/members/m1']),
    );
  });
});
