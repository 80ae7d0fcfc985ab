import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { organizationAllows } from '@hubspoke/contracts';
import { EntityManager, In, IsNull, LessThanOrEqual, MoreThan, Repository } from 'typeorm';
import { keysetPage } from '../../infra/database/keyset-page';
import { Tx, UnitOfWork } from '../activity/unit-of-work';
import { ApiException } from '../../infra/http/api-exception';
import type { PageQuery } from '../../infra/http/pagination';
import type { AuthUser } from '../auth/auth-user';
import type { Hub } from '../hubs/hub.entity';
import { markEmailVerified } from '../organizations/account-verification';
import { OrganizationMemberships } from '../organizations/organization-memberships.service';
import { Organization } from '../organizations/organization.entity';
import { PolicyService } from '../policy/policy.service';
import { HubMember } from './hub-member.entity';
import { hashInviteToken, newInviteToken } from './invite-token';
import { loadMemberDto, toInvitationDto, toInvitationPreviewDto, type LoadedInvitation } from './member.mapper';
import type {
  InvitationCreatedDto,
  InvitationPreviewDto,
  InvitationsPageDto,
  InviteDto,
  MemberDto,
} from './members.dto';

const INVITATION_TTL_MS = 14 * 86_400_000;

type PendingInvitation = LoadedInvitation & { hub: Hub };

/** Invitations are members with status `invited`; accepting one makes it an active member. */
@Injectable()
export class InvitationsService {
  constructor(
    @InjectRepository(HubMember) private readonly members: Repository<HubMember>,
    private readonly policy: PolicyService,
    private readonly uow: UnitOfWork,
    private readonly memberships: OrganizationMemberships,
  ) {}

  invite(user: AuthUser, hubId: string, dto: InviteDto): Promise<InvitationCreatedDto> {
    return this.uow.run(async (tx) => {
      await this.policy.authorize(user, hubId, 'members.manage', undefined, tx.manager);
      return this.inviteIn(tx, user.id, hubId, dto);
    });
  }

  /** Creates the invitation in the caller's transaction, checks included (also used by challenge awards). */
  async inviteIn(tx: Tx, actorId: string, hubId: string, dto: InviteDto): Promise<InvitationCreatedDto> {
    if (!(await tx.manager.existsBy(Organization, { id: dto.organizationId }))) {
      throw ApiException.badRequest('Some fields are invalid', { organizationId: ['is not a known organization'] });
    }
    await this.assertInvitable(tx.manager, hubId, dto.email);
    const { token, hash } = newInviteToken();
    const inserted = await tx.manager.insert(HubMember, {
      hubId,
      organizationId: dto.organizationId,
      role: dto.role,
      status: 'invited',
      inviteEmail: dto.email,
      inviteTokenHash: hash,
      inviteExpiresAt: new Date(Date.now() + INVITATION_TTL_MS),
      invitedById: actorId,
    });
    const id = inserted.identifiers[0]!.id as string;
    const invitation = toInvitationDto(await this.loadInvitation(tx.manager, id));
    await tx.emit({ hubId, type: 'member.invited', actorId, entityId: id, payload: invitation });
    return { invitation, inviteToken: token };
  }

  /** The hub's pending invitations by email. Checked as 'hub.edit' (secretariat only) so an archived hub's stay readable. */
  async listPending(user: AuthUser, hubId: string, query: PageQuery): Promise<InvitationsPageDto> {
    await this.policy.authorize(user, hubId, 'hub.edit');
    const qb = this.members
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.organization', 'o')
      .where('m.hubId = :hubId', { hubId })
      .andWhere("m.status = 'invited'");
    return keysetPage(qb, { sort: 'm.inviteEmail', id: 'm.id', keyOf: (m) => [m.inviteEmail!, m.id] }, query, (m) =>
      toInvitationDto(m as LoadedInvitation),
    );
  }

  revoke(user: AuthUser, hubId: string, memberId: string): Promise<void> {
    return this.uow.run(async (tx) => {
      await this.policy.authorize(user, hubId, 'members.manage', undefined, tx.manager);
      const { affected } = await tx.manager.update(
        HubMember,
        { id: memberId, hubId, status: 'invited' },
        { status: 'removed', inviteTokenHash: null },
      );
      if (!affected) throw ApiException.notFound('Invitation');
      const invitation = toInvitationDto(await this.loadInvitation(tx.manager, memberId));
      await tx.emit({ hubId, type: 'member.removed', actorId: user.id, entityId: memberId, payload: invitation });
    });
  }

  async preview(token: string): Promise<InvitationPreviewDto> {
    const invitation = await this.findPending(this.members.manager, token);
    if (!invitation) throw ApiException.notFound('Invitation');
    return toInvitationPreviewDto(invitation);
  }

  async accept(user: AuthUser, token: string): Promise<MemberDto> {
    const member = await this.uow.run((tx) => this.acceptIn(tx, user, token));
    if (member.status === 'invited')
      await this.memberships.notifyDeciders(member.organizationId, member.userName ?? '');
    return member;
  }

  /**
   * Accepts inside a caller's transaction (registration creates the account and joins in one). The link proves the
   * address. A person who is not yet an approved member of the organization they are invited to represent asks to
   * join it, and their place in the hub starts when that is approved (status stays `invited` until then).
   */
  async acceptIn(tx: Tx, user: AuthUser, token: string): Promise<MemberDto> {
    const invitation = await this.findPending(tx.manager, token);
    if (!invitation) throw ApiException.notFound('Invitation');
    if (invitation.inviteEmail !== user.email.toLowerCase()) {
      throw ApiException.forbidden(
        `This invitation was sent to ${invitation.inviteEmail}; sign in with that email to accept it`,
      );
    }
    const hubId = invitation.hubId;
    if (await tx.manager.existsBy(HubMember, { hubId, userId: user.id, status: In(['active', 'invited']) })) {
      throw ApiException.conflict('You are already a member of this hub');
    }
    await markEmailVerified(tx, user);
    const standing = await this.policy.organization(user, invitation.organizationId, tx.manager);
    const represents = organizationAllows(standing, 'organization.act');
    // Conditional, so an invitation accepted or revoked meanwhile is not accepted twice.
    const { affected } = await tx.manager.update(
      HubMember,
      { id: invitation.id, status: 'invited' },
      represents
        ? { status: 'active', userId: user.id, joinedAt: new Date(), inviteTokenHash: null }
        : { userId: user.id, inviteTokenHash: null },
    );
    if (!affected) throw ApiException.notFound('Invitation');
    const member = await loadMemberDto(tx.manager, invitation.id);
    if (represents) {
      await tx.emit({ hubId, type: 'member.joined', actorId: user.id, entityId: member.id, payload: member });
    } else {
      const message = `To join ${invitation.hub.name} as ${invitation.role}`;
      await this.memberships.requestIn(tx.manager, invitation.organizationId, user.id, message);
    }
    return member;
  }

  /** For registering with an invitation: 400 unless the token is pending and was sent to this email. */
  async assertAcceptableOnRegistration(token: string, email: string): Promise<void> {
    const invitation = await this.findPending(this.members.manager, token);
    if (!invitation) {
      throw ApiException.badRequest('The invitation cannot be used', {
        inviteToken: ['is unknown, expired or already used'],
      });
    }
    if (invitation.inviteEmail !== email) {
      throw ApiException.badRequest('The invitation was sent to another email', {
        email: ['must be the email the invitation was sent to'],
      });
    }
  }

  /** A pending, unexpired invitation of a hub that is not archived, or null. */
  private async findPending(manager: EntityManager, token: string): Promise<PendingInvitation | null> {
    const found = await manager.findOne(HubMember, {
      where: {
        inviteTokenHash: hashInviteToken(token),
        status: 'invited',
        inviteExpiresAt: MoreThan(new Date()),
        hub: { archivedAt: IsNull() },
      },
      relations: { hub: true, organization: true },
    });
    return found as PendingInvitation | null;
  }

  private async loadInvitation(manager: EntityManager, id: string): Promise<LoadedInvitation> {
    const found = await manager.findOneOrFail(HubMember, { where: { id }, relations: { organization: true } });
    return found as LoadedInvitation;
  }

  /** 409 when the email has a pending invitation or is an active member; an expired invitation gives way. */
  private async assertInvitable(manager: EntityManager, hubId: string, email: string): Promise<void> {
    await manager.update(
      HubMember,
      { hubId, inviteEmail: email, status: 'invited', inviteExpiresAt: LessThanOrEqual(new Date()) },
      { status: 'removed', inviteTokenHash: null },
    );
    if (await manager.existsBy(HubMember, { hubId, inviteEmail: email, status: 'invited' })) {
      throw ApiException.conflict('An invitation to this email is already pending');
    }
    const active: unknown[] = await manager.query(
      `SELECT 1 FROM hub_member m JOIN "user" u ON u.id = m.user_id
        WHERE m.hub_id = $1 AND m.status = 'active' AND u.email = $2`,
      [hubId, email],
    );
    if (active.length > 0) throw ApiException.conflict('This person is already a member of this hub');
  }
}
