export interface Reviewer {
  userId: string;
  organizationId: string;
}

export interface ProposalToReview {
  id: string;
  /** Every organization the proposal is from: its lead, its team, the proposing hub's members. */
  organizationIds: string[];
  /** The people who may not review it (its submitter, its organizations' and hub's members). */
  conflictedUserIds: string[];
}

export interface Assignment {
  proposalId: string;
  reviewerId: string;
}

/**
 * Assigns each proposal up to `perProposal` reviewers, never one from an organization of the proposal nor one of the
 * people it conflicts with (conflict of interest), spreading the load: each pick is the eligible reviewer with the fewest assignments so far (then by id, so
 * the outcome is deterministic). Existing assignments count toward both. Proposals that cannot get enough reviewers get
 * as many as there are.
 */
export function assignReviewers(
  proposals: ProposalToReview[],
  reviewers: Reviewer[],
  perProposal: number,
  existing: Assignment[] = [],
): Assignment[] {
  const load = new Map(reviewers.map((r) => [r.userId, 0]));
  for (const a of existing) load.set(a.reviewerId, (load.get(a.reviewerId) ?? 0) + 1);
  const added: Assignment[] = [];
  for (const proposal of [...proposals].sort((a, b) => a.id.localeCompare(b.id))) {
    const conflicted = new Set([...proposal.organizationIds, ...proposal.conflictedUserIds]);
    const already = new Set(existing.filter((a) => a.proposalId === proposal.id).map((a) => a.reviewerId));
    const eligible = reviewers.filter(
      (r) => !conflicted.has(r.organizationId) && !conflicted.has(r.userId) && !already.has(r.userId),
    );
    for (let n = already.size; n < perProposal && eligible.length > 0; n++) {
      eligible.sort((a, b) => load.get(a.userId)! - load.get(b.userId)! || a.userId.localeCompare(b.userId));
      const pick = eligible.shift()!;
      load.set(pick.userId, load.get(pick.userId)! + 1);
      added.push({ proposalId: proposal.id, reviewerId: pick.userId });
    }
  }
  return added;
}
