import { Injectable, Logger } from '@nestjs/common';
import type { HttpException } from '@nestjs/common';
import { Tx, UnitOfWork } from '../activity/unit-of-work';
import { organizationAllows } from '@hubspoke/contracts';
import { ChallengeNotices } from '../notifications/challenge-notices';
import { PolicyService } from '../policy/policy.service';
import { ApiException } from '../../infra/http/api-exception';
import type { AuthUser } from '../auth/auth-user';
import { Goal } from '../goals/goal.entity';
import { GoalReader } from '../goals/goal.reader';
import { Hub } from '../hubs/hub.entity';
import { HubsService } from '../hubs/hubs.service';
import { slugify } from '../hubs/slug';
import { InvitationsService } from '../members/invitations.service';
import { NetworkChanges } from '../network/network-changes';
import { ChallengeChanges } from './challenge-changes';
import { assertStageAllows } from './challenge-stage-guard';
import type { AwardDto } from './challenges.dto';
import type { Challenge } from './challenge.entity';
import { Proposal } from './proposal.entity';
import { ProposalsService } from './proposals.service';

const MISSION_MAX = 2000;

/**
 * The award: the winning proposal becomes a hub (or strengthens the hub that proposed it), its goals become hub goals,
 * its organizations are invited, and `funds` ties from the funder to them enter the network. All in one transaction.
 */
@Injectable()
export class ChallengeAwardService {
  private readonly logger = new Logger(ChallengeAwardService.name);

  constructor(
    private readonly uow: UnitOfWork,
    private readonly proposals: ProposalsService,
    private readonly hubs: HubsService,
    private readonly invitations: InvitationsService,
    private readonly goals: GoalReader,
    private readonly network: NetworkChanges,
    private readonly changes: ChallengeChanges,
    private readonly policy: PolicyService,
    private readonly notices: ChallengeNotices,
  ) {}

  async award(user: AuthUser, proposalId: string): Promise<AwardDto> {
    const result = await this.uow.run(async (tx) => {
      const { proposal, challenge } = await this.proposals.loadManaged(tx.manager, user, proposalId);
      assertStageAllows(challenge, 'award');
      await tx.manager.query(`SELECT id FROM challenge WHERE id = $1 FOR UPDATE`, [challenge.id]);
      if (await tx.manager.existsBy(Proposal, { challengeId: challenge.id, status: 'awarded' })) {
        throw ApiException.conflict('This challenge has been awarded already');
      }
      if (proposal.status !== 'shortlisted') throw ApiException.conflict('Only a shortlisted proposal can be awarded');
      const { hubId, created } = await this.hubFor(tx, proposal, challenge);
      const ownerOrganizationId = await this.goalOwner(tx, hubId, proposal.leadOrganizationId);
      for (const g of proposal.goals) {
        const { identifiers } = await tx.manager.insert(Goal, {
          hubId,
          title: g.title,
          indicatorCode: g.indicatorCode,
          customMetricId: g.customMetricId,
          unit: g.unit,
          baseline: g.baseline,
          target: g.target,
          direction: g.target >= g.baseline ? 'increase' : 'decrease',
          startDate: new Date().toISOString().slice(0, 10),
          dueDate: g.dueDate,
          ownerOrganizationId,
        });
        const goal = await this.goals.one(hubId, identifiers[0]!.id as string, tx.manager);
        await tx.emit({ hubId, type: 'goal.created', actorId: user.id, entityId: goal.id, payload: goal });
      }
      const invitations = [];
      for (const member of proposal.team) {
        try {
          const { invitation, inviteToken } = await this.invitations.inviteIn(tx, user.id, hubId, {
            email: member.email,
            organizationId: member.organizationId,
            role: 'member',
          });
          invitations.push({ email: invitation.email, organizationId: member.organizationId, inviteToken });
        } catch (error) {
          // already a member, or already invited: nothing to add
          if ((error as HttpException).getStatus?.() !== 409) throw error;
        }
      }
      await tx.manager.query(
        `INSERT INTO relationship (source_id, target_id, kind, weight, source)
         SELECT $1, o, 'funds', 1, $3 FROM unnest($2::uuid[]) AS o WHERE o <> $1
         ON CONFLICT (source_id, target_id, kind) DO NOTHING`,
        [
          challenge.funderOrganizationId,
          [proposal.leadOrganizationId, ...proposal.team.map((m) => m.organizationId)],
          `Award of the challenge “${challenge.title}”`.slice(0, 500),
        ],
      );
      await tx.manager.update(Proposal, { id: proposal.id }, { status: 'awarded', awardedHubId: hubId });
      const [notSelected]: [{ id: string }[], number] = await tx.manager.query(
        `UPDATE proposal SET status = 'not_selected' WHERE challenge_id = $1 AND id <> $2
            AND status IN ('submitted', 'eligible', 'shortlisted') RETURNING id`,
        [challenge.id, proposal.id],
      );
      return { hubId, createdHub: created, invitations, decided: [proposal.id, ...notSelected.map((p) => p.id)] };
    });
    this.network.touch().catch((error: Error) => this.logger.warn(`No network analysis asked for: ${error.message}`));
    const { decided, ...award } = result;
    const proposal = await this.proposals.get(user, proposalId);
    await this.changes.announce(proposal.challengeId);
    await this.notices.proposalStatusChanged(decided, user.id);
    return { proposal, ...award };
  }

  /** The proposing hub, or a new public hub run by the proposal's submitter for its lead organization. */
  private async hubFor(tx: Tx, proposal: Proposal, challenge: Challenge) {
    if (proposal.hubId) {
      const hub = await tx.manager.findOneBy(Hub, { id: proposal.hubId });
      if (hub && !hub.archivedAt) return { hubId: hub.id, created: false };
    }
    const submitter = await this.secretariatFor(tx, proposal);
    const targets = challenge.sdgTargets;
    const hub = await this.hubs.createIn(
      tx,
      submitter,
      {
        name: proposal.title,
        slug: await this.hubs.freeSlug(slugify(proposal.title)),
        mission: proposal.problem.slice(0, MISSION_MAX),
        sdgs: [...new Set(targets.map((t) => Number(t.split('.')[0])))],
        sdgTargets: targets,
        visibility: 'public',
      },
      proposal.leadOrganizationId,
    );
    return { hubId: hub.id, created: true };
  }

  /** The submitter runs the new hub, only while they still act for the lead organization. */
  private async secretariatFor(tx: Tx, proposal: Proposal): Promise<string> {
    const submitter = proposal.submittedById;
    const acts =
      submitter &&
      organizationAllows(
        await this.policy.organization(
          { id: submitter, email: '', emailVerified: true },
          proposal.leadOrganizationId,
          tx.manager,
        ),
        'organization.act',
      );
    if (!acts) {
      throw ApiException.conflict(
        'The proposal’s submitter no longer acts for its lead organization, so nobody could run the new hub',
      );
    }
    return submitter;
  }

  /** Goals belong to the lead organization when it is an active member, else to the hub's secretariat's. */
  private async goalOwner(tx: Tx, hubId: string, leadOrganizationId: string): Promise<string> {
    const [row]: { organization_id: string }[] = await tx.manager.query(
      `SELECT organization_id FROM hub_member WHERE hub_id = $1 AND status = 'active'
        ORDER BY (organization_id = $2) DESC, (role = 'secretariat') DESC LIMIT 1`,
      [hubId, leadOrganizationId],
    );
    return row!.organization_id;
  }
}
