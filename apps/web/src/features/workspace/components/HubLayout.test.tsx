import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setSession } from '../../../lib/session';
import { session } from '../../../test/fixtures';
import { renderRoutes, stubFetch } from '../../../test/render';
import { PUBLIC_PAGE } from '../../public-hub/testing';
import HubLayout from './HubLayout';

// jsdom has no canvas to draw the trajectory on
vi.mock('../../../components/UPlotChart', () => ({ UPlotChart: () => null }));

const ROUTES = [{ path: '/hubs/:hubId', element: <HubLayout /> }];
const SUMMARY = { public: true, id: 'h', slug: 'vaccines', name: 'Vaccine Delivery Hub', spokes: [], spokeCount: 0 };

describe('HubLayout for someone who is not a member', () => {
  afterEach(() => setSession(null));

  it('shows a signed-in non-member the public page, and asks for nothing it would be refused', async () => {
    setSession(session());
    const calls = stubFetch({
      'GET /hubs/h': () => ({ body: SUMMARY }),
      'GET /public/hubs/h': () => ({ body: PUBLIC_PAGE }),
    });
    renderRoutes(ROUTES, '/hubs/h');
    expect(await screen.findByRole('article', { name: 'Raise DTP3 coverage' })).toBeInTheDocument();
    expect(calls.map((c) => c.path)).toEqual(['/hubs/h', '/public/hubs/h']);
  });

  it('shows an anonymous visitor the public page with one request', async () => {
    const calls = stubFetch({ 'GET /public/hubs/h': () => ({ body: PUBLIC_PAGE }) });
    renderRoutes(ROUTES, '/hubs/h');
    expect(await screen.findByRole('heading', { level: 1, name: 'Vaccine Delivery Hub' })).toBeInTheDocument();
    expect(calls.map((c) => c.path)).toEqual(['/public/hubs/h']);
  });

  it('shows the not-found page for a private hub', async () => {
    setSession(session());
    stubFetch({ 'GET /hubs/h': () => ({ status: 404, body: { statusCode: 404, message: 'Hub not found' } }) });
    renderRoutes(ROUTES, '/hubs/h');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });
});
