import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ProposalDto, RankedProposalDto, ReviewAssignmentDto } from '@hubspoke/contracts';
import { DataSource, In } from 'typeorm';
import { ApiException } from '../../infra/http/api-exception';
import type { AuthUser } from '../auth/auth-user';
import { User } from '../auth/user.entity';
import { OrganizationMember } from '../organizations/organization-member.entity';
import { Organization } from '../organizations/organization.entity';
import { ChallengeNotices } from '../notifications/challenge-notices';
import { ChallengeChanges } from './challenge-changes';
import { ChallengeReviewer, ProposalScore, ReviewAssignment } from './challenge-review.entities';
import { assertStageAllows } from './challenge-stage-guard';
import { toReviewAssignmentDto } from './challenge.mapper';
import { ChallengesService } from './challenges.service';
import type { AddReviewerDto, ReviewerDto, ScoreProposalDto } from './challenges.dto';
import { Proposal } from './proposal.entity';
import { organizationRefs, ProposalsService } from './proposals.service';
import { assignReviewers } from './reviewer-assignment';
import { conflictedReviewers } from './reviewer-conflicts';
import { rankProposals } from './score-normalization';

/** The proposals reviewers score. */
export const IN_REVIEW = ['eligible', 'shortlisted'] as const;

/** Peer review: the reviewer pool, automatic conflict-free assignment, rubric scores, normalised ranking, shortlist. */
@Injectable()
export class ChallengeReviewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly challenges: ChallengesService,
    private readonly proposals: ProposalsService,
    private readonly changes: ChallengeChanges,
    private readonly notices: ChallengeNotices,
  ) {}

  async addReviewer(user: AuthUser, challengeId: string, dto: AddReviewerDto): Promise<void> {
    const manager = this.dataSource.manager;
    await this.challenges.loadManaged(manager, user, challengeId);
    const details: Record<string, string[]> = {};
    if (!(await manager.existsBy(User, { id: dto.userId }))) details.userId = ['is not a known user'];
    else if (!(await manager.existsBy(Organization, { id: dto.organizationId }))) {
      details.organizationId = ['is not a known organization'];
    } else if (
      !(await manager.existsBy(OrganizationMember, {
        organizationId: dto.organizationId,
        userId: dto.userId,
        status: 'approved',
      }))
    ) {
      details.organizationId = ['must be an organization the reviewer is an approved member of'];
    }
    if (Object.keys(details).length > 0) throw ApiException.badRequest('Some fields are invalid', details);
    await manager.upsert(ChallengeReviewer, { challengeId, ...dto }, ['challengeId', 'userId']);
  }

  /** The reviewer pool with each reviewer's organization and load (manager). */
  async reviewers(user: AuthUser, challengeId: string): Promise<ReviewerDto[]> {
    const manager = this.dataSource.manager;
    await this.challenges.loadManaged(manager, user, challengeId);
    return manager.query(
      `SELECT u.id AS "userId", u.name, u.email,
              json_build_object('id', o.id, 'name', o.name, 'shortName', o.short_name, 'sector', o.sector,
                                'country', o.country) AS organization,
              (SELECT count(*)::int FROM review_assignment a JOIN proposal p ON p.id = a.proposal_id
                WHERE a.reviewer_id = r.user_id AND p.challenge_id = r.challenge_id) AS assigned
         FROM challenge_reviewer r JOIN "user" u ON u.id = r.user_id JOIN organization o ON o.id = r.organization_id
        WHERE r.challenge_id = $1 ORDER BY u.name`,
      [challengeId],
    );
  }

  /**
   * Gives every proposal in review `perProposal` reviewers from the pool, none from an organization of the proposal
   * (its lead, its team, or for a hub's proposal any of the hub's member organizations) and none of the people it
   * conflicts with (reviewer-conflicts.ts).
   */
  async assign(user: AuthUser, challengeId: string, perProposal: number): Promise<{ assigned: number }> {
    const assignments = await this.dataSource.transaction(async (manager) => {
      assertStageAllows(await this.challenges.loadManaged(manager, user, challengeId), 'assignReviewers');
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('challenge_assign:' || $1))`, [challengeId]);
      const proposals = await manager.findBy(Proposal, { challengeId, status: In([...IN_REVIEW]) });
      const hubOrgs: { hub_id: string; organization_id: string }[] = await manager.query(
        `SELECT DISTINCT hub_id, organization_id FROM hub_member WHERE hub_id = ANY($1::uuid[]) AND status <> 'removed'`,
        [proposals.flatMap((p) => (p.hubId ? [p.hubId] : []))],
      );
      const reviewers = await manager.findBy(ChallengeReviewer, { challengeId });
      const existing = await manager.findBy(ReviewAssignment, { proposalId: In(proposals.map((p) => p.id)) });
      const conflicts = await conflictedReviewers(
        manager,
        proposals.map((p) => p.id),
      );
      const added = assignReviewers(
        proposals.map((p) => ({
          id: p.id,
          organizationIds: [
            p.leadOrganizationId,
            ...p.team.map((m) => m.organizationId),
            ...hubOrgs.filter((h) => h.hub_id === p.hubId).map((h) => h.organization_id),
          ],
          conflictedUserIds: [...conflicts.get(p.id)!],
        })),
        reviewers.map((r) => ({ userId: r.userId, organizationId: r.organizationId })),
        perProposal,
        // an assignment whose reviewer turned out to be conflicted does not count: the proposal gets another reviewer
        existing.filter((a) => !conflicts.get(a.proposalId)!.has(a.reviewerId)),
      );
      if (added.length > 0) await manager.insert(ReviewAssignment, added);
      return added;
    });
    if (assignments.length > 0) {
      await this.changes.announce(challengeId);
      await this.notices.reviewersAssigned(assignments);
    }
    return { assigned: assignments.length };
  }

  /**
   * The proposals assigned to the caller as a reviewer, each with the caller's own scores (no one else's) and whether a
   * conflict of interest found since the assignment keeps them from scoring it.
   */
  async myAssignments(user: AuthUser, challengeId: string): Promise<ReviewAssignmentDto[]> {
    const manager = this.dataSource.manager;
    const challenge = await this.challenges.load(manager, challengeId);
    const proposals: Proposal[] = await manager
      .createQueryBuilder(Proposal, 'p')
      .innerJoin(ReviewAssignment, 'a', 'a.proposal_id = p.id AND a.reviewer_id = :userId', { userId: user.id })
      .where('p.challenge_id = :challengeId', { challengeId })
      .orderBy('p.created_at')
      .getMany();
    const ids = proposals.map((p) => p.id);
    const myScores = await manager.findBy(ProposalScore, { reviewerId: user.id, proposalId: In(ids) });
    const conflicts = await conflictedReviewers(manager, ids);
    return Promise.all(
      proposals.map(async (p) =>
        toReviewAssignmentDto(
          await this.proposals.toDto(manager, p),
          challenge.rubric,
          myScores.filter((s) => s.proposalId === p.id),
          conflicts.get(p.id)!.has(user.id),
        ),
      ),
    );
  }

  /** A reviewer's scores of the rubric's criteria; changeable until the proposal leaves review. */
  async score(user: AuthUser, proposalId: string, dto: ScoreProposalDto): Promise<void> {
    const manager = this.dataSource.manager;
    const { proposal, challenge } = await this.proposals.loadVisible(manager, user, proposalId);
    if (!(await manager.existsBy(ReviewAssignment, { proposalId, reviewerId: user.id }))) {
      throw ApiException.forbidden('Only the reviewers assigned to this proposal score it');
    }
    if ((await conflictedReviewers(manager, [proposalId])).get(proposalId)!.has(user.id)) {
      throw ApiException.forbidden(
        'You cannot review this proposal: you, your organization or your hub are part of it',
      );
    }
    assertStageAllows(challenge, 'score');
    if (!IN_REVIEW.includes(proposal.status as (typeof IN_REVIEW)[number])) {
      throw ApiException.conflict('This proposal is not in review');
    }
    const criteria = new Set(challenge.rubric.map((c) => c.id));
    const unknown = dto.scores.filter((s) => !criteria.has(s.criterionId)).map((s) => s.criterionId);
    if (unknown.length > 0 || new Set(dto.scores.map((s) => s.criterionId)).size !== dto.scores.length) {
      throw ApiException.badRequest('Some fields are invalid', {
        scores: [
          `each criterion of the rubric once (${[...criteria].join(', ')}); unknown: ${unknown.join(', ') || 'none'}`,
        ],
      });
    }
    await manager.upsert(
      ProposalScore,
      dto.scores.map((s) => ({ proposalId, reviewerId: user.id, ...s })),
      ['proposalId', 'reviewerId', 'criterionId'],
    );
    await this.changes.announce(challenge.id);
  }

  /** Proposals in review ranked by normalised scores (manager). */
  async ranking(user: AuthUser, challengeId: string): Promise<RankedProposalDto[]> {
    const manager = this.dataSource.manager;
    const challenge = await this.challenges.loadManaged(manager, user, challengeId);
    const proposals = await manager.findBy(Proposal, { challengeId, status: In([...IN_REVIEW, 'awarded']) });
    const ids = proposals.map((p) => p.id);
    const conflicts = await conflictedReviewers(manager, ids);
    // scores saved before a conflict of interest came to light do not count
    const scores = (await manager.findBy(ProposalScore, { proposalId: In(ids) })).filter(
      (s) => !conflicts.get(s.proposalId)!.has(s.reviewerId),
    );
    const ranked = rankProposals(scores, Object.fromEntries(challenge.rubric.map((c) => [c.id, c.weight])));
    const byId = new Map(proposals.map((p) => [p.id, p]));
    const orgs = await organizationRefs(
      manager,
      proposals.map((p) => p.leadOrganizationId),
    );
    return ranked.map((r, i) => {
      const p = byId.get(r.proposalId)!;
      return {
        rank: i + 1,
        proposal: { id: p.id, title: p.title, status: p.status, lead: orgs.get(p.leadOrganizationId)! },
        normalizedScore: r.normalizedScore,
        rawScore: r.rawScore,
        reviews: r.reviews,
      };
    });
  }

  async shortlist(user: AuthUser, challengeId: string, proposalIds: string[]): Promise<ProposalDto[]> {
    const manager = this.dataSource.manager;
    assertStageAllows(await this.challenges.loadManaged(manager, user, challengeId), 'shortlist');
    const proposals = await manager.findBy(Proposal, { id: In(proposalIds), challengeId });
    const notEligible = proposals.filter((p) => p.status !== 'eligible' && p.status !== 'shortlisted');
    if (proposals.length !== proposalIds.length || notEligible.length > 0) {
      throw ApiException.badRequest('Some fields are invalid', {
        proposalIds: ['each must be an eligible proposal of this challenge'],
      });
    }
    await manager.update(Proposal, { id: In(proposalIds) }, { status: 'shortlisted' });
    await this.changes.announce(challengeId);
    const newlyShortlisted = proposals.filter((p) => p.status !== 'shortlisted').map((p) => p.id);
    await this.notices.proposalStatusChanged(newlyShortlisted, user.id);
    return Promise.all(proposalIds.map((id) => this.proposals.get(user, id)));
  }
}
