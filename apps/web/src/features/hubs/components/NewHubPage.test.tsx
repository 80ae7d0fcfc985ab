import type { MyOrganizationDto } from '@hubspoke/contracts';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { HUB, renderRoutes, stubFetch } from '../../../test/render';
import NewHubPage from './NewHubPage';

const ref = (id: string, name: string) => ({
  id,
  name,
  shortName: null,
  sector: 'ngo' as const,
  country: null,
  verified: true,
});
const MINE: MyOrganizationDto[] = [
  { organization: ref('o1', 'PATH'), role: 'member', status: 'approved', requestedAt: '2026-01-01' },
  { organization: ref('o2', 'Wellcome Trust'), role: 'member', status: 'pending', requestedAt: '2026-11-01' },
];

describe('NewHubPage', () => {
  it('offers only the organizations I act for, says where to ask for another, and creates the hub for one', async () => {
    const calls = stubFetch({
      'GET /organizations/mine': () => ({ body: MINE }),
      'GET /sdg/goals': () => ({ body: [] }),
      'POST /hubs': () => ({ status: 201, body: { ...HUB, id: 'new-hub', name: 'Cold Chain Hub' } }),
    });
    renderRoutes(
      [
        { path: '/hubs/new', element: <NewHubPage /> },
        { path: '/hubs/:hubId/members', element: <p>its members</p> },
      ],
      '/hubs/new',
    );
    expect(await screen.findByText(/Waiting for approval: Wellcome Trust/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ask to join your organization' })).toHaveAttribute(
      'href',
      '/organizations',
    );
    await userEvent.type(screen.getByRole('textbox', { name: /Name/ }), 'Cold Chain Hub');
    await userEvent.click(screen.getByRole('combobox', { name: /Your organization in it/ }));
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['PATH✓ Verified']);
    await userEvent.click(screen.getByRole('option', { name: /PATH/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Create the hub' }));
    expect(await screen.findByText('its members')).toBeInTheDocument();
    await waitFor(() =>
      expect(calls.find((c) => c.path === '/hubs')?.body).toEqual({
        name: 'Cold Chain Hub',
        mission: '',
        sdgs: [],
        visibility: 'private',
        organizationId: 'o1',
      }),
    );
  });
});
