import type { HubLinkDto } from '@hubspoke/contracts';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderInHub, stubFetch } from '../../../test/render';
import { FederationPanel } from './FederationPanel';

const link = (overrides: Partial<HubLinkDto>): HubLinkDto => ({
  id: 'l1',
  parentHub: { id: 'h', name: 'Vaccine Delivery Hub' },
  childHub: { id: 'ea', name: 'East African Immunization Hub' },
  status: 'pending',
  requestedByHubId: 'ea',
  createdAt: '2026-11-01T00:00:00Z',
  decidedAt: null,
  endedAt: null,
  ...overrides,
});

describe('FederationPanel', () => {
  it('lets the secretariat accept a child hub’s request to join', async () => {
    const calls = stubFetch({
      'GET /hubs/h/links': () => ({ body: { parents: [], children: [link({})] } }),
      'POST /hubs/h/links/l1/accept': () => ({ body: link({ status: 'active' }) }),
    });
    renderInHub(<FederationPanel hubId="h" me={{ role: 'secretariat', organizationId: 'org-gavi' }} />);
    expect(await screen.findByText('East African Immunization Hub')).toBeInTheDocument();
    expect(screen.getByText('asks you')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Accept' }));
    expect(calls.some((c) => c.method === 'POST' && c.path === '/hubs/h/links/l1/accept')).toBe(true);
  });

  it('lets the secretariat find a parent hub by name and ask to join it, never offering the hub itself', async () => {
    const calls = stubFetch({
      'GET /hubs/h/links': () => ({ body: { parents: [], children: [] } }),
      'GET /hubs/mine': () => ({ body: { items: [{ id: 'h', name: 'Vaccine Delivery Hub' }], nextCursor: null } }),
      'GET /hubs/directory': (_, url) => ({
        body: {
          items: [{ id: 'g', name: 'Global Immunization Hub' }].filter((hub) =>
            hub.name.toLowerCase().includes((url.searchParams.get('q') ?? '').toLowerCase()),
          ),
          nextCursor: null,
        },
      }),
      'POST /hubs/h/links': (body) => ({
        status: 201,
        body: link({ ...(body as object), childHub: { id: 'h', name: 'x' } }),
      }),
    });
    renderInHub(<FederationPanel hubId="h" me={{ role: 'secretariat', organizationId: 'org-gavi' }} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Join a parent hub…' }));
    const picker = await screen.findByRole('combobox', { name: 'Join a parent hub' });
    await userEvent.type(picker, 'global');
    await userEvent.click(await screen.findByRole('option', { name: 'Global Immunization Hub' }));
    expect(screen.queryByRole('option', { name: 'Vaccine Delivery Hub' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Ask to join' }));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'POST' && c.path === '/hubs/h/links')?.body).toEqual({ parentHubId: 'g' }),
    );
  });

  it('shows a member the links without the secretariat’s buttons', async () => {
    stubFetch({ 'GET /hubs/h/links': () => ({ body: { parents: [], children: [link({ status: 'active' })] } }) });
    renderInHub(<FederationPanel hubId="h" me={{ role: 'member', organizationId: 'org-who' }} />, { role: 'member' });
    expect(await screen.findByText('East African Immunization Hub')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
