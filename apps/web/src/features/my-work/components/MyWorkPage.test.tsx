import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoutes, stubFetch } from '../../../test/render';
import MyWorkPage from './MyWorkPage';

describe('MyWorkPage', () => {
  it('lists what waits for me, each item linking to where it is done', async () => {
    stubFetch({
      'GET /me/work': () => ({
        body: {
          tasks: [
            {
              id: 't1',
              hubId: 'h1',
              hubName: 'Vaccine Delivery Hub',
              title: 'Ship the freezers',
              status: 'blocked',
              priority: 'high',
              dueDate: '2026-01-05',
              overdue: true,
              assignedToMe: true,
            },
          ],
          measurementsToVerify: [
            {
              id: 'm1',
              goalId: 'g1',
              goalTitle: 'DTP3 coverage',
              hubId: 'h1',
              hubName: 'Vaccine Delivery Hub',
              value: 84,
              unit: '%',
              observedAt: '2026-06-01T00:00:00Z',
            },
          ],
          votesToCast: [],
          proposalsToScore: [
            { proposalId: 'p1', title: 'Solar fridges', challengeId: 'c1', challengeTitle: 'Cold chain prize' },
          ],
        },
      }),
    });
    renderRoutes([{ path: '/me/work', element: <MyWorkPage /> }], '/me/work');

    const tasks = await screen.findByRole('region', { name: 'Tasks' });
    expect(within(tasks).getByRole('link', { name: 'Ship the freezers' })).toHaveAttribute(
      'href',
      '/hubs/h1/tasks?task=t1',
    );
    expect(within(tasks).getByText(/Vaccine Delivery Hub · Blocked · due .* · assigned to you/)).toBeInTheDocument();
    expect(within(tasks).getByText('overdue')).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Measurements to verify' })).getByRole('link', {
        name: 'DTP3 coverage: 84 %',
      }),
    ).toHaveAttribute('href', '/hubs/h1/goals/g1');
    expect(
      within(screen.getByRole('region', { name: 'Votes to cast' })).getByText(
        'No open resolution waits for your vote.',
      ),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Proposals to score' })).getByRole('link', { name: 'Solar fridges' }),
    ).toHaveAttribute('href', '/challenges/c1');
  });
});
