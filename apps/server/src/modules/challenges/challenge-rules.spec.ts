import { assignReviewers } from './reviewer-assignment';
import { rankProposals, type ReviewerScore } from './score-normalization';

describe('rankProposals', () => {
  const weights = { impact: 0.6, feasibility: 0.4 };
  const score = (reviewerId: string, proposalId: string, impact: number, feasibility: number): ReviewerScore[] => [
    { reviewerId, proposalId, criterionId: 'impact', score: impact },
    { reviewerId, proposalId, criterionId: 'feasibility', score: feasibility },
  ];

  it('normalises each reviewer to their own scale, so a harsh reviewer counts as much as a lenient one', () => {
    // the lenient reviewer gives everyone 4-5, the harsh one 1-2; both prefer B
    const scores = [
      ...score('lenient', 'A', 4, 4),
      ...score('lenient', 'B', 5, 5),
      ...score('harsh', 'A', 1, 1),
      ...score('harsh', 'B', 2, 2),
      ...score('lenient', 'C', 5, 4),
    ];
    const ranked = rankProposals(scores, weights);
    expect(ranked.map((r) => r.proposalId)[0]).toBe('B');
    // on raw scores C (reviewed only by the lenient reviewer) would lead
    const byRaw = [...ranked].sort((a, b) => b.rawScore - a.rawScore);
    expect(byRaw[0]!.proposalId).toBe('C');
    expect(ranked.find((r) => r.proposalId === 'B')!.reviews).toBe(2);
  });

  it('gives a reviewer who scores everything alike no say', () => {
    const ranked = rankProposals([...score('flat', 'A', 3, 3), ...score('flat', 'B', 3, 3)], weights);
    expect(ranked.map((r) => r.normalizedScore)).toEqual([0, 0]);
  });

  it('computes z-scores by hand on a small case', () => {
    // one reviewer, one criterion of weight 1, scores 1, 3, 5: mean 3, sd sqrt(8/3)
    const ranked = rankProposals(
      ['A', 'B', 'C'].map((p, i) => ({ reviewerId: 'r', proposalId: p, criterionId: 'c', score: 1 + 2 * i })),
      { c: 1 },
    );
    expect(ranked.map((r) => [r.proposalId, r.normalizedScore])).toEqual([
      ['C', 1.2247],
      ['B', 0],
      ['A', -1.2247],
    ]);
  });
});

describe('assignReviewers', () => {
  const reviewers = [
    { userId: 'r1', organizationId: 'orgA' },
    { userId: 'r2', organizationId: 'orgB' },
    { userId: 'r3', organizationId: 'orgC' },
    { userId: 'r4', organizationId: 'orgD' },
  ];

  it('never assigns a reviewer from an organization of the proposal', () => {
    const added = assignReviewers(
      [{ id: 'p1', organizationIds: ['orgA', 'orgB'], conflictedUserIds: [] }],
      reviewers,
      3,
    );
    expect(added.map((a) => a.reviewerId).sort()).toEqual(['r3', 'r4']);
  });

  it('never assigns a person the proposal conflicts with, whatever organization they were added for', () => {
    const added = assignReviewers([{ id: 'p1', organizationIds: ['orgA'], conflictedUserIds: ['r3'] }], reviewers, 3);
    expect(added.map((a) => a.reviewerId).sort()).toEqual(['r2', 'r4']);
  });

  it('spreads the load and tops up existing assignments without repeating them', () => {
    const proposals = ['p1', 'p2', 'p3', 'p4'].map((id) => ({ id, organizationIds: [], conflictedUserIds: [] }));
    const added = assignReviewers(proposals, reviewers, 2, [{ proposalId: 'p1', reviewerId: 'r1' }]);
    const loads = new Map<string, number>([['r1', 1]]);
    for (const a of added) loads.set(a.reviewerId, (loads.get(a.reviewerId) ?? 0) + 1);
    expect([...loads.values()].sort()).toEqual([2, 2, 2, 2]);
    expect(added.filter((a) => a.proposalId === 'p1')).toHaveLength(1);
    expect(added.some((a) => a.proposalId === 'p1' && a.reviewerId === 'r1')).toBe(false);
  });
});
