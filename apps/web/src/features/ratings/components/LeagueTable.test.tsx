import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderInHub, stubFetch } from '../../../test/render';
import type { LeagueEntryDto } from '@hubspoke/contracts';
import RatingsPage from './RatingsPage';

const ENTRY: LeagueEntryDto = {
  rank: 1,
  hub: { id: 'h1', slug: 'vaccines', name: 'Vaccine Delivery Hub', sdgs: [3] },
  score: 72.5,
  goals: 3,
  sdg: null,
  computedAt: '2026-11-01T00:00:00Z',
  components: [
    {
      name: 'progress',
      score: 80,
      weight: 0.4,
      contribution: 32,
      explanation: '3 goals, verified progress 80% on average',
    },
    { name: 'pace', score: 60, weight: 0.2, contribution: 12, explanation: '2 of 3 goals ahead of the line' },
  ],
};

describe('RatingsPage', () => {
  it('lists the league and explains a score when its row is opened', async () => {
    stubFetch({
      'GET /ratings': () => ({ body: { sdg: null, entries: [ENTRY] } }),
      'GET /sdg/goals': () => ({ body: [{ code: '3', title: 'Good health', shortTitle: 'Good health', targets: [] }] }),
    });
    renderInHub(<RatingsPage />, { path: '/ratings', route: '/ratings' });
    const link = await screen.findByRole('link', { name: 'Vaccine Delivery Hub' });
    // the hub's public page, which anyone may open
    expect(link).toHaveAttribute('href', '/h/vaccines');
    expect(screen.getByText('72.5')).toBeInTheDocument();
    expect(screen.queryByText('3 goals, verified progress 80% on average')).not.toBeInTheDocument();

    const why = screen.getByRole('button', { name: /Why/ });
    expect(why).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(why);
    expect(why).toHaveAttribute('aria-expanded', 'true');
    const table = screen.getByRole('table', { name: 'How Vaccine Delivery Hub scored' });
    expect(table).toHaveTextContent('3 goals, verified progress 80% on average');
    expect(table).toHaveTextContent('2 of 3 goals ahead of the line');
    expect(table).toHaveTextContent('40%');
    expect(screen.getByRole('link', { name: 'Ratings CSV' })).toHaveAttribute(
      'href',
      '/api/ratings/export?format=csv&dataset=ratings',
    );
  });
});
