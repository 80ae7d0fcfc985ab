import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInHub, stubFetch } from '../../../test/render';
import { HubMemberRoles } from './HubMemberRoles';

const org = (id: string, name: string) => ({ id, name, shortName: null, sector: 'ngo', country: 'KE' });

describe('HubMemberRoles', () => {
  it("sets each member's centrality beside its share of recent work, with the signals", async () => {
    stubFetch({
      'GET /network/hubs/h/members': () => ({
        body: [
          {
            organization: org('a', 'Central but idle'),
            pagerank: 0.2,
            betweenness: 0.4,
            degree: 12,
            contribution: { tasksCompleted: 0, measurementsReported: 0, measurementsVerified: 0, share: 0 },
            stuckTasks: 4,
            flags: ['well_connected_idle', 'bottleneck'],
          },
          {
            organization: org('b', 'Busy spoke'),
            pagerank: 0.05,
            betweenness: 0,
            degree: 2,
            contribution: { tasksCompleted: 6, measurementsReported: 3, measurementsVerified: 1, share: 1 },
            stuckTasks: 1,
            flags: [],
          },
        ],
      }),
    });
    renderInHub(<HubMemberRoles hubId="h" />, { path: '/hubs/h/metrics', route: '/hubs/h/metrics' });
    expect(await screen.findByRole('rowheader', { name: 'Central but idle' })).toBeInTheDocument();
    expect(screen.getByText('Well connected, little recent work')).toBeInTheDocument();
    expect(screen.getByText('Bottleneck: stuck tasks')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Centrality 25 % of the most central' })).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Share of recent work 100 %' })).toBeInTheDocument();
    expect(screen.getByText('1 stuck tasks')).toBeInTheDocument();
  });
});
