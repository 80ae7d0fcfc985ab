import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OrganizationMemberStatus } from '@hubspoke/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { UnitOfWork } from '../activity/unit-of-work';
import { ApiException } from '../../infra/http/api-exception';
import { accountEmails } from '../account-mail/account-emails';
import { AccountLinks } from '../account-mail/account-links';
import { AccountMail } from '../account-mail/account-mail.service';
import type { AuthUser } from '../auth/auth-user';
import { PolicyService } from '../policy/policy.service';
import { OrganizationMember } from './organization-member.entity';
import type {
  MyOrganizationDto,
  OrganizationMemberDto,
  RequestMembershipDto,
  UpdateOrganizationMemberDto,
} from './organization-members.dto';
import { organizationRepresentations } from './organization-representations';

type LoadedMember = OrganizationMember & { user: NonNullable<OrganizationMember['user']> };

/**
 * People in organizations: requests to join, their approval by the organization's admins (a platform admin's for an
 * unclaimed one), roles and removal. An approved membership is what lets a person act for the organization.
 */
@Injectable()
export class OrganizationMemberships {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly uow: UnitOfWork,
    private readonly mail: AccountMail,
    private readonly links: AccountLinks,
  ) {}

  /** The creator of an organization is its first admin: it is claimed from the start. */
  async addCreator(manager: EntityManager, organizationId: string, userId: string): Promise<void> {
    await manager.insert(OrganizationMember, {
      organizationId,
      userId,
      role: 'admin',
      status: 'approved',
      joinedVia: 'created',
      decidedAt: new Date(),
    });
    await this.refreshClaim(manager, organizationId);
  }

  async request(user: AuthUser, organizationId: string, dto: RequestMembershipDto): Promise<OrganizationMemberDto> {
    const member = await this.uow.run(async (tx) => {
      await this.policy.authorizeOrganization(user, organizationId, 'organization.join', tx.manager);
      await this.requestIn(tx.manager, organizationId, user.id, dto.message ?? null);
      return this.loadMember(tx.manager, { organizationId, userId: user.id });
    });
    await this.notifyDeciders(organizationId, member.user.name);
    return toOrganizationMemberDto(member);
  }

  /**
   * A pending request, unless the person already belongs or asked (a removed or declined person asks anew); true when
   * this made one. In the caller's transaction.
   */
  async requestIn(
    manager: EntityManager,
    organizationId: string,
    userId: string,
    message: string | null,
  ): Promise<boolean> {
    const made: unknown[] = await manager.query(
      `INSERT INTO organization_member (organization_id, user_id, role, status, joined_via, message)
       VALUES ($1, $2, 'member', 'pending', 'request', $3)
       ON CONFLICT (organization_id, user_id) DO UPDATE
          SET role = 'member', status = 'pending', joined_via = 'request', message = $3,
              requested_at = now(), decided_at = NULL, decided_by_id = NULL
        WHERE organization_member.status IN ('removed', 'rejected')
       RETURNING id`,
      [organizationId, userId, message],
    );
    return made.length > 0;
  }

  async list(
    user: AuthUser,
    organizationId: string,
    status: OrganizationMemberStatus = 'approved',
  ): Promise<OrganizationMemberDto[]> {
    const action = status === 'approved' ? 'organization.members.read' : 'organization.members.manage';
    await this.policy.authorizeOrganization(user, organizationId, action);
    const members = await this.dataSource.manager.find(OrganizationMember, {
      where: { organizationId, status },
      relations: { user: true },
      order: { role: 'ASC', requestedAt: 'ASC' },
      take: 500,
    });
    return members.map((m) => toOrganizationMemberDto(m as LoadedMember));
  }

  async mine(user: AuthUser): Promise<MyOrganizationDto[]> {
    const members = await this.dataSource.manager.find(OrganizationMember, {
      where: [
        { userId: user.id, status: 'approved' },
        { userId: user.id, status: 'pending' },
      ],
      relations: { organization: true },
      order: { requestedAt: 'ASC' },
    });
    return members.map((m) => ({
      organization: {
        id: m.organizationId,
        name: m.organization!.name,
        shortName: m.organization!.shortName,
        sector: m.organization!.sector,
        country: m.organization!.country,
        verified: m.organization!.verifiedAt !== null,
      },
      role: m.role,
      status: m.status,
      requestedAt: m.requestedAt.toISOString(),
    }));
  }

  /** Approves or declines a pending request. Approval starts the hub invitations the person accepted for it. */
  async decide(
    user: AuthUser,
    organizationId: string,
    memberId: string,
    decision: 'approve' | 'reject',
  ): Promise<OrganizationMemberDto> {
    const { member, orgName } = await this.uow.run(async (tx) => {
      const org = await this.policy.authorizeOrganization(
        user,
        organizationId,
        'organization.members.manage',
        tx.manager,
      );
      const pending = await this.lockMember(tx.manager, organizationId, memberId);
      if (pending.status !== 'pending') throw ApiException.conflict('This request was already decided');
      const approved = decision === 'approve';
      await tx.manager.update(
        OrganizationMember,
        { id: memberId },
        { status: approved ? 'approved' : 'rejected', decidedAt: new Date(), decidedById: user.id },
      );
      if (approved) await organizationRepresentations.start(tx, pending.userId, organizationId);
      return { member: await this.loadMember(tx.manager, { id: memberId }), orgName: org.name };
    });
    await this.mail.send(
      member.user,
      accountEmails.membershipDecided(member.user.name, {
        organization: orgName,
        approved: member.status === 'approved',
        url: this.links.organization(organizationId),
      }),
    );
    return toOrganizationMemberDto(member);
  }

  async changeRole(
    user: AuthUser,
    organizationId: string,
    memberId: string,
    dto: UpdateOrganizationMemberDto,
  ): Promise<OrganizationMemberDto> {
    return this.uow.run(async (tx) => {
      await this.policy.authorizeOrganization(user, organizationId, 'organization.members.manage', tx.manager);
      const member = await this.lockMember(tx.manager, organizationId, memberId);
      if (member.status !== 'approved') throw ApiException.conflict('Only approved members have a role to change');
      await tx.manager.update(OrganizationMember, { id: memberId }, { role: dto.role });
      await this.refreshClaim(tx.manager, organizationId);
      return toOrganizationMemberDto(await this.loadMember(tx.manager, { id: memberId }));
    });
  }

  /**
   * Removes a member (admins), or the caller leaves or withdraws their request. They stop representing the
   * organization in every hub, which is refused while they are a hub's only secretariat.
   */
  remove(user: AuthUser, organizationId: string, memberId: string): Promise<void> {
    return this.uow.run(async (tx) => {
      const member = await this.lockMember(tx.manager, organizationId, memberId);
      if (member.userId !== user.id) {
        await this.policy.authorizeOrganization(user, organizationId, 'organization.members.manage', tx.manager);
      }
      if (member.status === 'removed' || member.status === 'rejected') throw ApiException.notFound('Member');
      await organizationRepresentations.end(tx, user.id, member.userId, organizationId);
      await tx.manager.update(
        OrganizationMember,
        { id: memberId },
        { status: 'removed', decidedAt: new Date(), decidedById: user.id },
      );
      await this.refreshClaim(tx.manager, organizationId);
    });
  }

  /** Locks the organization's row, so concurrent decisions on its members run one at a time; 404 for another's. */
  private async lockMember(manager: EntityManager, organizationId: string, memberId: string) {
    await manager.query(`SELECT 1 FROM organization WHERE id = $1 FOR UPDATE`, [organizationId]);
    const member = await manager.findOneBy(OrganizationMember, { id: memberId, organizationId });
    if (!member) throw ApiException.notFound('Member');
    return member;
  }

  /** An organization is claimed while it has an approved admin. */
  private async refreshClaim(manager: EntityManager, organizationId: string): Promise<void> {
    await manager.query(
      `UPDATE organization o
          SET claimed_at = CASE WHEN EXISTS (SELECT 1 FROM organization_member m WHERE m.organization_id = o.id
                                               AND m.role = 'admin' AND m.status = 'approved')
                                THEN coalesce(o.claimed_at, now()) END
        WHERE o.id = $1`,
      [organizationId],
    );
  }

  private async loadMember(
    manager: EntityManager,
    where: { id: string } | { organizationId: string; userId: string },
  ): Promise<LoadedMember> {
    return (await manager.findOneOrFail(OrganizationMember, { where, relations: { user: true } })) as LoadedMember;
  }

  /** Tells who decides (its admins, or the platform admins while it is unclaimed) that a request waits. */
  async notifyDeciders(organizationId: string, person: string): Promise<void> {
    const deciders: { id: string; email: string; name: string; organization: string }[] = await this.dataSource.query(
      `SELECT u.id, u.email, u.name, o.name AS organization
         FROM organization o
         JOIN "user" u ON CASE WHEN o.claimed_at IS NULL THEN u.is_platform_admin
                               ELSE EXISTS (SELECT 1 FROM organization_member m
                                             WHERE m.organization_id = o.id AND m.user_id = u.id
                                               AND m.role = 'admin' AND m.status = 'approved') END
        WHERE o.id = $1`,
      [organizationId],
    );
    const url = this.links.organization(organizationId);
    for (const decider of deciders) {
      await this.mail.send(
        decider,
        accountEmails.membershipRequested(decider.name, { person, organization: decider.organization, url }),
      );
    }
  }
}

export function toOrganizationMemberDto(m: LoadedMember): OrganizationMemberDto {
  return {
    id: m.id,
    organizationId: m.organizationId,
    user: { id: m.user.id, name: m.user.name, email: m.user.email },
    role: m.role,
    status: m.status,
    joinedVia: m.joinedVia,
    message: m.message,
    requestedAt: m.requestedAt.toISOString(),
    decidedAt: m.decidedAt?.toISOString() ?? null,
  };
}
