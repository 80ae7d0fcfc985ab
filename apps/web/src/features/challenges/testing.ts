import type { ChallengeDto, ReviewAssignmentDto } from '@hubspoke/contracts';

/** A challenge in its peer review stage, for component tests. */
export const CHALLENGE: ChallengeDto = {
  id: 'c1',
  title: 'Zero-dose children',
  description: 'Reach children who never had a vaccine.',
  funder: { id: 'org-f', name: 'Health Fund', shortName: null, sector: 'philanthropy', country: null },
  sdgTargets: ['3.b'],
  prize: { amount: 1000000, currency: 'USD' },
  stages: [
    { kind: 'submission', deadline: '2026-01-01T00:00:00Z' },
    { kind: 'administrative_review', deadline: '2026-02-01T00:00:00Z' },
    { kind: 'peer_review', deadline: '2099-03-01T00:00:00Z' },
    { kind: 'judges', deadline: '2099-04-01T00:00:00Z' },
    { kind: 'award', deadline: '2099-05-01T00:00:00Z' },
  ],
  currentStage: 'peer_review',
  rubric: [
    {
      id: 'impact',
      name: 'Impact',
      description: 'How many children',
      weight: 0.6,
      bands: [
        { score: 1, description: 'Few children' },
        { score: 5, description: 'Millions of children' },
      ],
    },
    { id: 'team', name: 'Team', description: '', weight: 0.4, bands: [{ score: 3, description: 'Capable team' }] },
  ],
  createdById: 'u-manager',
  createdAt: '2025-12-01T00:00:00Z',
};

/** A proposal of CHALLENGE assigned to the signed-in reviewer, not scored yet, for component tests. */
export function assignment(overrides: Partial<ReviewAssignmentDto> = {}): ReviewAssignmentDto {
  return {
    id: 'p1',
    challengeId: CHALLENGE.id,
    title: 'Reaching zero-dose children',
    problem: 'Too many children miss their first dose.',
    approach: 'Community health workers.',
    budget: 500000,
    hubId: null,
    lead: { id: 'org-l', name: 'Coalition Lead', shortName: null, sector: 'ngo', country: null },
    team: [],
    goals: [],
    status: 'eligible',
    submittedById: 'u-submitter',
    awardedHubId: null,
    createdAt: '2026-01-10T00:00:00Z',
    myScores: [],
    scored: false,
    conflicted: false,
    ...overrides,
  };
}
