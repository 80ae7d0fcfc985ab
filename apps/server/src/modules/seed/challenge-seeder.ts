import type { EntityManager } from 'typeorm';
import { ChallengeReviewer, ProposalScore, ReviewAssignment } from '../challenges/challenge-review.entities';
import { Challenge } from '../challenges/challenge.entity';
import { Proposal } from '../challenges/proposal.entity';
import { todayUtc } from '../tasks/task.mapper';
import type { DemoChallenge, DemoProposal } from './demo-data';
import { dayAt, found, orgOf, userOf, type SeedDirectory } from './seed-directory';

/**
 * Writes a demo challenge as the api would have by the moment of seeding: the challenge, its reviewer pool, the
 * proposals (from a demo hub, by its slug, or from coalitions), the reviewers' assignments and their scores.
 */
export async function seedChallenge(
  manager: EntityManager,
  dir: SeedDirectory,
  hubIds: Map<string, string>,
  def: DemoChallenge,
): Promise<void> {
  const challenge = await manager.save(
    manager.create(Challenge, {
      title: def.title,
      description: def.description,
      funderOrganizationId: orgOf(dir, def.funder).id,
      sdgTargets: def.sdgTargets,
      prizeAmount: def.prize.amount,
      prizeCurrency: def.prize.currency,
      stages: def.stages.map((s) => ({ kind: s.kind, deadline: dayAt(dir, s.deadline).toISOString() })),
      rubric: def.rubric,
      createdById: userOf(dir, def.manager).id,
      createdAt: dayAt(dir, def.created),
    }),
  );
  await manager.insert(
    ChallengeReviewer,
    def.reviewers.map((r) => ({
      challengeId: challenge.id,
      userId: userOf(dir, r.person.email).id,
      organizationId: orgOf(dir, r.org).id,
    })),
  );
  for (const proposal of def.proposals) {
    await seedProposal(manager, dir, challenge.id, proposal, hubIds);
  }
}

async function seedProposal(
  manager: EntityManager,
  dir: SeedDirectory,
  challengeId: string,
  def: DemoProposal,
  hubIds: Map<string, string>,
): Promise<void> {
  const row = await manager.save(
    manager.create(Proposal, {
      challengeId,
      title: def.title,
      problem: def.problem,
      approach: def.approach,
      budget: def.budget,
      hubId: def.hub ? found(hubIds.get(def.hub), `hub "${def.hub}"`) : null,
      leadOrganizationId: orgOf(dir, def.lead).id,
      team: def.team.map((m) => ({ organizationId: orgOf(dir, m.org).id, email: m.email })),
      goals: def.goals.map(({ due, ...goal }) => ({
        ...goal,
        customMetricId: null,
        dueDate: todayUtc(dayAt(dir, due)),
      })),
      status: def.status,
      submittedById: userOf(dir, def.submitter).id,
      createdAt: dayAt(dir, def.submitted),
    }),
  );
  const reviews = def.reviews.map((r) => ({ ...r, reviewerId: userOf(dir, r.reviewer).id }));
  if (reviews.length === 0) return;
  await manager.insert(
    ReviewAssignment,
    reviews.map((r) => ({ proposalId: row.id, reviewerId: r.reviewerId })),
  );
  const scores = reviews.flatMap(({ reviewerId, scores: given }) =>
    Object.entries(given ?? {}).map(([criterionId, [score, comment]]) => ({
      proposalId: row.id,
      reviewerId,
      criterionId,
      score,
      comment,
    })),
  );
  if (scores.length > 0) await manager.insert(ProposalScore, scores);
}
