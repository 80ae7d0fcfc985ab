import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderRoutes, stubFetch } from '../../../test/render';
import { PUBLIC_PAGE } from '../testing';
import PublicHubPage from './PublicHubPage';

// jsdom has no canvas to draw the trajectory on
vi.mock('../../../components/UPlotChart', () => ({ UPlotChart: () => null }));

const ROUTES = [{ path: '/h/:idOrSlug', element: <PublicHubPage /> }];

describe('PublicHubPage', () => {
  it('shows anyone the goals with their indicators, verified progress, members, board, rating and decisions', async () => {
    const calls = stubFetch({ 'GET /public/hubs/vaccines': () => ({ body: PUBLIC_PAGE }) });
    renderRoutes(ROUTES, '/h/vaccines');
    expect(await screen.findByRole('heading', { level: 1, name: 'Vaccine Delivery Hub' })).toBeInTheDocument();
    const goal = screen.getByRole('article', { name: 'Raise DTP3 coverage' });
    expect(within(goal).getByTestId('goal-indicator')).toHaveTextContent(
      'SDG indicator 3.b.1: Proportion of the target population covered by all vaccines',
    );
    expect(goal).toHaveTextContent('From 70 % to 90 % by 31 Dec 2030. Latest verified value: 78.5 % (1 Mar 2026).');
    expect(within(goal).getByRole('progressbar', { name: 'Progress of Raise DTP3 coverage' })).toBeInTheDocument();
    expect(within(goal).getByRole('img', { name: 'Trend of Raise DTP3 coverage: 75, 78.5' })).toBeInTheDocument();
    const members = screen.getByRole('region', { name: 'Member organizations' });
    expect(within(members).getByRole('heading', { name: 'Philanthropy (1)' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Board' })).toHaveTextContent(
      'Private constituency: 1 seatFoundations seat: Gates Foundation',
    );
    expect(screen.getByRole('region', { name: 'Board decisions' })).toHaveTextContent(
      '2 for, 1 against, 0 abstaining; 3 of 3 seats voted.',
    );
    expect(screen.getByRole('table', { name: 'Rating over all goals explained' })).toHaveTextContent(
      '1 goal, 42.5% of the way',
    );
    expect(screen.getByRole('link', { name: /Source for Raise DTP3 coverage/ })).toHaveAttribute(
      'href',
      'https://example.org/report.pdf',
    );
    expect(document.title).toBe('Vaccine Delivery Hub · Hubspoke');
    expect(calls.map((c) => c.path)).toEqual(['/public/hubs/vaccines']);
  });

  it('shows the not-found page for a private or unknown hub', async () => {
    stubFetch({
      'GET /public/hubs/secret': () => ({ status: 404, body: { statusCode: 404, message: 'Hub not found' } }),
    });
    renderRoutes(ROUTES, '/h/secret');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in as a member' })).toHaveAttribute(
      'href',
      '/signin?next=%2Fh%2Fsecret',
    );
  });
});
