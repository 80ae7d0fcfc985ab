import {
  currentStage,
  type ChallengeDto,
  type OrganizationRefDto,
  type ProposalDto,
  type ReviewAssignmentDto,
  type RubricCriterionDto,
} from '@hubspoke/contracts';
import { toOrganizationRefDto } from '../organizations/organization.mapper';
import type { ProposalScore } from './challenge-review.entities';
import type { Challenge } from './challenge.entity';
import type { Proposal } from './proposal.entity';

export function toChallengeDto(c: Challenge & Required<Pick<Challenge, 'funder'>>): ChallengeDto {
  return {
    id: c.id,
    title: c.title,
    description: c.description,
    funder: toOrganizationRefDto(c.funder),
    sdgTargets: c.sdgTargets,
    prize: { amount: c.prizeAmount, currency: c.prizeCurrency },
    stages: c.stages,
    currentStage: currentStage(c.stages),
    rubric: c.rubric,
    createdById: c.createdById,
    createdAt: c.createdAt.toISOString(),
  };
}

export function toProposalDto(p: Proposal, orgs: Map<string, OrganizationRefDto>): ProposalDto {
  return {
    id: p.id,
    challengeId: p.challengeId,
    title: p.title,
    problem: p.problem,
    approach: p.approach,
    budget: p.budget,
    hubId: p.hubId,
    lead: orgs.get(p.leadOrganizationId)!,
    team: p.team.map((m) => ({ organization: orgs.get(m.organizationId)!, email: m.email })),
    goals: p.goals,
    status: p.status,
    submittedById: p.submittedById,
    awardedHubId: p.awardedHubId,
    createdAt: p.createdAt.toISOString(),
  };
}

/** A proposal as its reviewer sees it: with their own scores, in the rubric's order. */
export function toReviewAssignmentDto(
  proposal: ProposalDto,
  rubric: RubricCriterionDto[],
  myScores: ProposalScore[],
  conflicted: boolean,
): ReviewAssignmentDto {
  const byCriterion = new Map(myScores.map((s) => [s.criterionId, s]));
  return {
    ...proposal,
    myScores: rubric.flatMap((c) => {
      const saved = byCriterion.get(c.id);
      return saved ? [{ criterionId: c.id, score: saved.score, comment: saved.comment }] : [];
    }),
    scored: rubric.every((c) => byCriterion.has(c.id)),
    conflicted,
  };
}
