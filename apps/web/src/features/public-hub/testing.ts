import type { PublicHubPageDto } from '@hubspoke/contracts';

/** A public hub's page as the api answers it. */
export const PUBLIC_PAGE: PublicHubPageDto = {
  hub: {
    id: 'h',
    slug: 'vaccines',
    name: 'Vaccine Delivery Hub',
    mission: 'Every child vaccinated.',
    sdgs: [3],
    sdgTargets: [{ code: '3.b', title: 'Support the research and development of vaccines' }],
    archivedAt: null,
    createdAt: '2026-01-01T00:00:00Z',
  },
  goals: [
    {
      id: 'g1',
      hubId: 'h',
      parentId: null,
      title: 'Raise DTP3 coverage',
      description: '',
      indicator: { code: '3.b.1', title: 'Proportion of the target population covered by all vaccines' },
      metric: null,
      unit: '%',
      baseline: 70,
      target: 90,
      direction: 'increase',
      startDate: '2025-01-01',
      dueDate: '2030-12-31',
      ownerOrganization: { id: 'org-who', name: 'WHO' },
      progress: 42.5,
      health: 'on_track',
      latestValue: 78.5,
      latestObservedAt: '2026-03-01T00:00:00Z',
      trend: [
        { observedAt: '2026-01-01T00:00:00Z', value: 75 },
        { observedAt: '2026-03-01T00:00:00Z', value: 78.5 },
      ],
      childIds: [],
    },
  ],
  members: [
    { sector: 'intergovernmental', organizations: [{ id: 'org-who', name: 'WHO', shortName: 'WHO', country: null }] },
    {
      sector: 'philanthropy',
      organizations: [{ id: 'org-gates', name: 'Gates Foundation', shortName: null, country: 'US' }],
    },
  ],
  board: {
    seats: [
      {
        title: 'Foundations seat',
        kind: 'representative',
        constituency: 'private',
        organization: { id: 'org-gates', name: 'Gates Foundation', sector: 'philanthropy' },
      },
    ],
    byConstituency: { public: 0, private: 1, civic: 0, hub: 0 },
  },
  ratings: [
    {
      sdg: null,
      score: 64.2,
      goals: 1,
      components: [
        { name: 'progress', score: 42.5, weight: 0.4, contribution: 17, explanation: '1 goal, 42.5% of the way' },
      ],
      computedAt: '2026-03-02T00:00:00Z',
    },
  ],
  resolutions: [
    {
      id: 'r1',
      title: 'Adopt the 2026 plan',
      motion: 'The board adopts the plan.',
      status: 'passed',
      closedAt: '2026-02-01T00:00:00Z',
      tally: { seats: 3, voted: 3, for: 2, against: 1, abstain: 0 },
    },
  ],
  recentMeasurements: [
    {
      id: 'm1',
      goalId: 'g1',
      goalTitle: 'Raise DTP3 coverage',
      unit: '%',
      value: 78.5,
      observedAt: '2026-03-01T00:00:00Z',
      verifiedAt: '2026-03-02T00:00:00Z',
      evidenceUrl: 'https://example.org/report.pdf',
      reportedByOrganization: { id: 'org-who', name: 'WHO' },
    },
  ],
};
