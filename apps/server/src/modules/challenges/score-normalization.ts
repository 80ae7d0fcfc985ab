export interface ReviewerScore {
  reviewerId: string;
  proposalId: string;
  criterionId: string;
  /** 1..5 */
  score: number;
}

export interface RankedProposal {
  proposalId: string;
  normalizedScore: number;
  rawScore: number;
  reviews: number;
}

/**
 * Ranks proposals on scores normalised per reviewer: each reviewer's scores become z-scores against that reviewer's own
 * mean and standard deviation (a reviewer who scores everything the same contributes 0), so a harsh and a lenient
 * reviewer weigh alike. A proposal's score is the mean over its reviewers of Σ weight × z across the rubric's
 * criteria. The raw weighted score is kept beside it. Ties rank by raw score, then by id.
 */
export function rankProposals(scores: ReviewerScore[], weights: Record<string, number>): RankedProposal[] {
  const byReviewer = groupBy(scores, (s) => s.reviewerId);
  const z = new Map<ReviewerScore, number>();
  for (const own of byReviewer.values()) {
    const values = own.map((s) => s.score);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
    for (const s of own) z.set(s, sd === 0 ? 0 : (s.score - mean) / sd);
  }
  const ranked: RankedProposal[] = [];
  for (const [proposalId, proposalScores] of groupBy(scores, (s) => s.proposalId)) {
    const reviews = [...groupBy(proposalScores, (s) => s.reviewerId).values()];
    const weighted = (value: (s: ReviewerScore) => number) =>
      reviews.reduce((sum, own) => sum + own.reduce((acc, s) => acc + (weights[s.criterionId] ?? 0) * value(s), 0), 0) /
      reviews.length;
    ranked.push({
      proposalId,
      normalizedScore: round(weighted((s) => z.get(s)!)),
      rawScore: round(weighted((s) => s.score)),
      reviews: reviews.length,
    });
  }
  return ranked.sort(
    (a, b) =>
      b.normalizedScore - a.normalizedScore || b.rawScore - a.rawScore || a.proposalId.localeCompare(b.proposalId),
  );
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
