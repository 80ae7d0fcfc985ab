import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OrganizationRefDto, ProposalDto } from '@hubspoke/contracts';
import { DataSource, In, type EntityManager } from 'typeorm';
import { ApiException } from '../../infra/http/api-exception';
import type { AuthUser } from '../auth/auth-user';
import { goalShapeErrors } from '../goals/goal-rules';
import { Organization } from '../organizations/organization.entity';
import { toOrganizationRefDto } from '../organizations/organization.mapper';
import { ChallengeNotices } from '../notifications/challenge-notices';
import { PolicyService } from '../policy/policy.service';
import { SdgService } from '../sdg/sdg.service';
import { ChallengeChanges } from './challenge-changes';
import { ReviewAssignment } from './challenge-review.entities';
import { assertStageAllows } from './challenge-stage-guard';
import { toProposalDto } from './challenge.mapper';
import { ChallengesService } from './challenges.service';
import type { SubmitProposalDto } from './challenges.dto';
import type { Challenge } from './challenge.entity';
import { Proposal } from './proposal.entity';
import { VISIBLE_TO_USER } from './proposal-visibility';

/**
 * Proposals to a challenge. A proposal is seen by the challenge's manager, its submitter, the proposing hub's
 * secretariat and its assigned reviewers; by nobody else (404).
 */
@Injectable()
export class ProposalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly challenges: ChallengesService,
    private readonly policy: PolicyService,
    private readonly sdg: SdgService,
    private readonly changes: ChallengeChanges,
    private readonly notices: ChallengeNotices,
  ) {}

  async submit(user: AuthUser, challengeId: string, dto: SubmitProposalDto): Promise<ProposalDto> {
    const manager = this.dataSource.manager;
    const challenge = await this.challenges.load(manager, challengeId);
    assertStageAllows(challenge, 'submit');
    if (dto.hubId) await this.policy.authorize(user, dto.hubId, 'hub.edit');
    await this.policy.assertActsFor(user, dto.leadOrganizationId, 'leadOrganizationId');
    await this.assertValid(manager, dto);
    const { identifiers } = await manager.insert(Proposal, {
      challengeId,
      title: dto.title,
      problem: dto.problem,
      approach: dto.approach,
      budget: dto.budget,
      hubId: dto.hubId ?? null,
      leadOrganizationId: dto.leadOrganizationId,
      team: dto.team.map((m) => ({ organizationId: m.organizationId, email: m.email.toLowerCase() })),
      goals: dto.goals.map((g) => ({
        ...g,
        indicatorCode: g.indicatorCode ?? null,
        customMetricId: g.customMetricId ?? null,
      })),
      submittedById: user.id,
    });
    await this.changes.announce(challengeId);
    return this.toDto(manager, await manager.findOneByOrFail(Proposal, { id: identifiers[0]!.id as string }));
  }

  async list(user: AuthUser, challengeId: string): Promise<ProposalDto[]> {
    const manager = this.dataSource.manager;
    const challenge = await this.challenges.load(manager, challengeId);
    const all = await this.challenges.isManager(manager, user, challenge);
    const ids: { id: string }[] = await manager.query(
      `SELECT p.id FROM proposal p WHERE p.challenge_id = $1 AND ($3 OR ${VISIBLE_TO_USER}) ORDER BY p.created_at, p.id`,
      [challengeId, user.id, all],
    );
    const proposals = await manager.findBy(Proposal, { id: In(ids.map((r) => r.id)) });
    const byId = new Map(proposals.map((p) => [p.id, p]));
    return Promise.all(ids.map((r) => this.toDto(manager, byId.get(r.id)!)));
  }

  async get(user: AuthUser, proposalId: string): Promise<ProposalDto> {
    const { proposal } = await this.loadVisible(this.dataSource.manager, user, proposalId);
    return this.toDto(this.dataSource.manager, proposal);
  }

  /**
   * The administrative review, by the manager: a submitted proposal becomes eligible for peer review, or not. Reviewers
   * may already be assigned to an eligible proposal in this stage; declared ineligible, it leaves their lists.
   */
  async setEligibility(user: AuthUser, proposalId: string, eligible: boolean): Promise<ProposalDto> {
    const { challengeId, changed } = await this.dataSource.transaction(async (manager) => {
      const { proposal, challenge } = await this.loadManaged(manager, user, proposalId);
      assertStageAllows(challenge, 'decideEligibility');
      if (proposal.status !== 'submitted' && proposal.status !== 'eligible' && proposal.status !== 'ineligible') {
        throw ApiException.conflict('This proposal is past the administrative review');
      }
      const status = eligible ? 'eligible' : 'ineligible';
      await manager.update(Proposal, { id: proposalId }, { status });
      if (!eligible) await manager.delete(ReviewAssignment, { proposalId });
      return { challengeId: challenge.id, changed: proposal.status !== status };
    });
    await this.changes.announce(challengeId);
    if (changed) await this.notices.proposalStatusChanged([proposalId], user.id);
    return this.get(user, proposalId);
  }

  /** The proposal if the caller may see it (404 otherwise), with its challenge and whether the caller manages it. */
  async loadVisible(manager: EntityManager, user: AuthUser, proposalId: string): Promise<VisibleProposal> {
    const proposal = await manager.findOneBy(Proposal, { id: proposalId });
    if (!proposal) throw ApiException.notFound('Proposal');
    const challenge = await this.challenges.load(manager, proposal.challengeId);
    const manages = await this.challenges.isManager(manager, user, challenge);
    if (!manages) {
      const [visible] = await manager.query(`SELECT 1 FROM proposal p WHERE p.id = $1 AND ${VISIBLE_TO_USER}`, [
        proposalId,
        user.id,
      ]);
      if (!visible) throw ApiException.notFound('Proposal');
    }
    return { proposal, challenge, manages };
  }

  /** The same, for the challenge's manager only (403 for those who may only see it). */
  async loadManaged(manager: EntityManager, user: AuthUser, proposalId: string): Promise<VisibleProposal> {
    const visible = await this.loadVisible(manager, user, proposalId);
    if (!visible.manages) throw ApiException.forbidden('Only the challenge’s manager may do this');
    return visible;
  }

  async toDto(manager: EntityManager, p: Proposal): Promise<ProposalDto> {
    return toProposalDto(
      p,
      await organizationRefs(manager, [p.leadOrganizationId, ...p.team.map((m) => m.organizationId)]),
    );
  }

  private async assertValid(manager: EntityManager, dto: SubmitProposalDto): Promise<void> {
    const details: Record<string, string[]> = {};
    const orgIds = [dto.leadOrganizationId, ...dto.team.map((m) => m.organizationId)];
    const known = await organizationRefs(manager, orgIds);
    if (!known.has(dto.leadOrganizationId)) details.leadOrganizationId = ['is not a known organization'];
    const unknown = dto.team.filter((m) => !known.has(m.organizationId));
    if (unknown.length > 0)
      details.team = [`unknown organizations: ${unknown.map((m) => m.organizationId).join(', ')}`];
    dto.goals.forEach((g, i) => {
      const problems = Object.values(
        goalShapeErrors({ ...g, direction: g.target >= g.baseline ? 'increase' : 'decrease', startDate: '0000-01-01' }),
      ).flat();
      if (g.dueDate <= new Date().toISOString().slice(0, 10)) problems.push('dueDate must be in the future');
      if (g.indicatorCode && g.customMetricId) problems.push('an SDG indicator or a custom metric, not both');
      if (g.indicatorCode && !this.sdg.hasIndicator(g.indicatorCode))
        problems.push(`${g.indicatorCode} is not an SDG indicator`);
      if (problems.length > 0) details[`goals.${i}`] = problems;
    });
    const metricIds = dto.goals.flatMap((g) => (g.customMetricId ? [g.customMetricId] : []));
    if (metricIds.length > 0) {
      const usable: { id: string }[] = await manager.query(
        `SELECT m.id FROM metric m JOIN hub h ON h.id = m.hub_id
          WHERE m.id = ANY($1::uuid[]) AND (h.visibility = 'public' OR m.hub_id = $2)`,
        [metricIds, dto.hubId ?? null],
      );
      const ok = new Set(usable.map((m) => m.id));
      dto.goals.forEach((g, i) => {
        if (g.customMetricId && !ok.has(g.customMetricId)) {
          details[`goals.${i}`] = [...(details[`goals.${i}`] ?? []), 'customMetricId is not a public custom metric'];
        }
      });
    }
    if (Object.keys(details).length > 0) throw ApiException.badRequest('Some fields are invalid', details);
  }
}

export interface VisibleProposal {
  proposal: Proposal;
  challenge: Challenge & { funder: Organization };
  manages: boolean;
}

export async function organizationRefs(
  manager: EntityManager,
  ids: string[],
): Promise<Map<string, OrganizationRefDto>> {
  const rows = await manager.findBy(Organization, { id: In([...new Set(ids)]) });
  return new Map(rows.map((o) => [o.id, toOrganizationRefDto(o)]));
}
