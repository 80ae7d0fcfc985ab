const DAY_MS = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString();

/** A body for POST /api/challenges: a prize of the funder, its five stages ten days apart from now, one criterion. */
export function challengeBody(funderOrganizationId: string, fields: object = {}) {
  return {
    title: 'Zero-dose children reached',
    description: 'A grant for measurable progress on routine immunization.',
    funderOrganizationId,
    sdgTargets: ['3.b'],
    prize: { amount: 1_000_000, currency: 'USD' },
    stages: ['submission', 'administrative_review', 'peer_review', 'judges', 'award'].map((kind, i) => ({
      kind,
      deadline: inDays(10 * (i + 1)),
    })),
    rubric: [
      {
        id: 'impact',
        name: 'Impact',
        description: 'Children reached',
        weight: 1,
        bands: [{ score: 5, description: 'Large' }],
      },
    ],
    ...fields,
  };
}

/** A body for POST /api/challenges/:id/proposals led by the organization, with one goal on 3.b.1 due in a year. */
export function proposalBody(leadOrganizationId: string, fields: object = {}) {
  return {
    title: 'Reaching zero-dose children',
    problem: 'Too many children miss their first dose.',
    approach: 'Outreach through community health workers.',
    budget: 1_000_000,
    leadOrganizationId,
    team: [],
    goals: [
      {
        title: 'DTP3 coverage',
        indicatorCode: '3.b.1',
        customMetricId: null,
        unit: '%',
        baseline: 60,
        target: 90,
        dueDate: inDays(365).slice(0, 10),
      },
    ],
    ...fields,
  };
}
