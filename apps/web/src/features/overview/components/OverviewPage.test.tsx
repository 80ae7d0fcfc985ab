import type { HubOverviewDto } from '@hubspoke/contracts';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { overviewGoal } from '../../../test/fixtures';
import { renderInHub, stubFetch } from '../../../test/render';
import OverviewPage from './OverviewPage';

const OVERVIEW: HubOverviewDto = {
  hub: {
    id: 'h',
    name: 'Vaccine Delivery Hub',
    mission: 'Every child vaccinated.',
    sdgs: [3],
    sdgTargets: [{ code: '3.b', title: 'Support vaccine research' }],
    lastSeq: 10,
  },
  goals: [overviewGoal({ title: 'Coverage', progress: 42.4, health: 'at_risk' })],
  taskCounts: { todo: 4, in_progress: 3, blocked: 1, done: 7 },
  overdueCount: 1,
  overdueTasks: [
    {
      id: 't9',
      title: 'Late report',
      dueDate: '2026-11-01',
      status: 'todo',
      assigneeOrganizationId: 'o',
      assigneeOrganizationName: 'UNICEF',
    },
  ],
};

describe('OverviewPage', () => {
  it('shows mission, SDG targets with titles, goals with progress and health, task counts and overdue work', async () => {
    stubFetch({
      'GET /hubs/h/overview': () => ({ body: OVERVIEW }),
      'GET /hubs/h/members': () => ({ body: { items: [], nextCursor: null } }),
    });
    renderInHub(<OverviewPage />);
    expect(await screen.findByText('Every child vaccinated.')).toBeInTheDocument();
    expect(screen.getByText('Support vaccine research')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Coverage' })).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Progress of Coverage' })).toHaveAttribute('aria-valuenow', '42.4');
    expect(screen.getByText('At risk')).toBeInTheDocument();
    expect(screen.getByTestId('count-done')).toHaveTextContent('7');
    expect(screen.getByRole('link', { name: 'Late report' })).toBeInTheDocument();
  });

  it('shows an error with a retry when the overview cannot load', async () => {
    stubFetch({});
    renderInHub(<OverviewPage />);
    expect(await screen.findByRole('alert')).toHaveTextContent('no stub');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
