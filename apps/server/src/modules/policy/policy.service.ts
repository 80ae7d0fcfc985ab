import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  challengeAllows,
  HUB_VISIBILITIES,
  hubAllows,
  hubReadView,
  organizationAllows,
  platformAllows,
  type AccountStanding,
  type ChallengeAction,
  type HubAction,
  type HubReadView,
  type HubStanding,
  type HubVisibility,
  type OrganizationAction,
  type OrganizationMemberStatus,
  type OrganizationRole,
  type OrganizationStanding,
  type PlatformAction,
  type ResourceOwnership,
} from '@hubspoke/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { ApiException } from '../../infra/http/api-exception';
import type { AuthUser } from '../auth/auth-user';
import { HUB_ACCESS_COLUMNS, toHubAccess, type HubAccessRow } from './hub-access.row';
import { groupRoleIn, groupSight, seesItem, type GroupItem, type GroupRoles } from './group-sight';
import { refusal } from './refusals';

export interface HubAccess {
  hubId: string;
  visibility: HubVisibility;
  archived: boolean;
  /** The caller's active membership, or null for a non-member or anonymous caller. */
  member: (HubStanding & { memberId: string; groupRoles: GroupRoles }) | null;
}

/** The only actions an archived hub still allows. */
const ARCHIVED_HUB_ACTIONS: ReadonlySet<HubAction> = new Set(['hub.read', 'hub.edit']);

export type ReadAccess = HubAccess & { view: HubReadView };

export type MemberAccess = HubAccess & { member: NonNullable<HubAccess['member']> };

export type OrganizationAccess = OrganizationStanding & {
  organizationId: string;
  name: string;
  /** The caller's membership row, in any state. */
  membershipId: string | null;
};

/**
 * The one place that decides who may do what: in a hub, for an organization, on a challenge, on the platform. The
 * decisions are the pure table of `@hubspoke/contracts` (the web shows buttons by it); this service loads the
 * standings and turns a refusal into an answer: hidden resources 404, visible but forbidden ones 403.
 */
@Injectable()
export class PolicyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The caller's standing in a hub; 404 when the hub does not exist. */
  async access(
    user: AuthUser | null,
    hubId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<HubAccess> {
    const rows: HubAccessRow[] = await manager.query(
      `SELECT ${HUB_ACCESS_COLUMNS}
         FROM hub h
         LEFT JOIN hub_member m ON m.hub_id = h.id AND m.user_id = $2 AND m.status = 'active'
        WHERE h.id = $1`,
      [hubId, user?.id ?? null],
    );
    const row = rows[0];
    if (!row) throw ApiException.notFound('Hub');
    return toHubAccess(hubId, row);
  }

  /** What of the hub the caller may read: the member's view or the public one; 404 when neither, as for no hub. */
  async readAccess(user: AuthUser | null, hubId: string, manager?: EntityManager): Promise<ReadAccess> {
    const access = await this.access(user, hubId, manager);
    const view = hubReadView(access.member, access.visibility);
    if (!view) throw ApiException.notFound('Hub');
    return { ...access, view };
  }

  /** Whether anyone at all may read the hub's public view: what the public page and shared caches may hold. */
  publiclyReadable(visibility: HubVisibility): boolean {
    return hubReadView(null, visibility) === 'public';
  }

  /** The visibilities whose hubs anyone may read the public view of: what search and directories may show everyone. */
  publicVisibilities(): HubVisibility[] {
    return HUB_VISIBILITIES.filter((visibility) => this.publiclyReadable(visibility));
  }

  /** Every hub the caller reads as a member (their active memberships), with their access there. */
  async memberHubs(user: AuthUser, manager: EntityManager = this.dataSource.manager): Promise<MemberAccess[]> {
    const rows: (HubAccessRow & { hub_id: string })[] = await manager.query(
      `SELECT h.id AS hub_id, ${HUB_ACCESS_COLUMNS}
         FROM hub_member m
         JOIN hub h ON h.id = m.hub_id
        WHERE m.user_id = $1 AND m.status = 'active'`,
      [user.id],
    );
    return rows
      .map((row) => toHubAccess(row.hub_id, row))
      .filter((access): access is MemberAccess => hubReadView(access.member, access.visibility) === 'member');
  }

  /** The decision `check` enforces, as a yes or no: for listing what a member may do across their hubs. */
  memberMay(access: MemberAccess, action: HubAction, resource?: ResourceOwnership): boolean {
    return hubAllows(access.member, action, resource) && (!access.archived || ARCHIVED_HUB_ACTIONS.has(action));
  }

  /** Resolves the caller's membership and checks the action; 404 for non-members, 403 for members without the right. */
  async authorize(
    user: AuthUser | null,
    hubId: string,
    action: HubAction,
    resource?: ResourceOwnership,
    manager?: EntityManager,
  ): Promise<MemberAccess> {
    const access = await this.access(user, hubId, manager);
    this.check(access, action, resource);
    return access as MemberAccess;
  }

  /** Checks an action against an access already resolved (for rules that need the resource loaded first). */
  check(access: HubAccess, action: HubAction, resource?: ResourceOwnership): asserts access is MemberAccess {
    if (!access.member) throw ApiException.notFound('Hub');
    if (!hubAllows(access.member, action, resource)) throw ApiException.forbidden();
    if (access.archived && !ARCHIVED_HUB_ACTIONS.has(action)) {
      throw ApiException.conflict('This hub is archived; it can be read but not changed');
    }
  }

  /** Whether the caller may read a task or goal: every hub-visible one, the group-only ones of their groups. */
  seesItem(access: HubAccess, item: GroupItem): boolean {
    return seesItem(groupSight(access), item);
  }

  /**
   * Checks an action on a task or goal as it is or as a write leaves it, with the caller's place in its working
   * group; 403 for a group-only item the caller could not read (a loaded item they cannot read is 404 by `seesItem`).
   */
  checkItem(
    access: HubAccess,
    action: HubAction,
    item: GroupItem,
    resource: ResourceOwnership = {},
  ): asserts access is MemberAccess {
    const groupRole = groupRoleIn(access, item.workingGroupId);
    this.check(access, action, { ...resource, groupRole, visibility: item.visibility });
    if (!this.seesItem(access, item)) {
      throw ApiException.forbidden("Only the working group's members and the secretariat may see its group-only items");
    }
  }

  /** The caller's standing towards an organization; 404 when it does not exist. */
  async organization(
    user: AuthUser,
    organizationId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<OrganizationAccess> {
    const rows: {
      name: string;
      claimed: boolean;
      email_verified: boolean;
      platform_admin: boolean;
      member_id: string | null;
      role: OrganizationRole | null;
      status: OrganizationMemberStatus | null;
    }[] = await manager.query(
      `SELECT o.name, o.claimed_at IS NOT NULL AS claimed,
              coalesce(u.email_verified_at IS NOT NULL, false) AS email_verified,
              coalesce(u.is_platform_admin, false) AS platform_admin, m.id AS member_id, m.role, m.status
         FROM organization o
         LEFT JOIN "user" u ON u.id = $2
         LEFT JOIN organization_member m ON m.organization_id = o.id AND m.user_id = $2
        WHERE o.id = $1`,
      [organizationId, user.id],
    );
    const row = rows[0];
    if (!row) throw ApiException.notFound('Organization');
    return {
      organizationId,
      name: row.name,
      claimed: row.claimed,
      emailVerified: row.email_verified,
      platformAdmin: row.platform_admin,
      membership: row.role && row.status ? { role: row.role, status: row.status } : null,
      membershipId: row.member_id,
    };
  }

  /** 404 for an unknown organization, 403 when the table refuses. */
  async authorizeOrganization(
    user: AuthUser,
    organizationId: string,
    action: OrganizationAction,
    manager?: EntityManager,
  ): Promise<OrganizationAccess> {
    const access = await this.organization(user, organizationId, manager);
    if (!organizationAllows(access, action)) throw ApiException.forbidden(refusal(action, access));
    return access;
  }

  /**
   * For an organization named in a request body (the hub's, the funder, the proposal's lead): 400 on `field` when
   * it does not exist, 403 unless the caller is its approved member.
   */
  async assertActsFor(
    user: AuthUser,
    organizationId: string,
    field: string,
    manager?: EntityManager,
  ): Promise<OrganizationAccess> {
    try {
      return await this.authorizeOrganization(user, organizationId, 'organization.act', manager);
    } catch (error) {
      if (error instanceof ApiException && error.getStatus() === 404) {
        throw ApiException.badRequest('Some fields are invalid', { [field]: ['is not a known organization'] });
      }
      throw error;
    }
  }

  async account(user: AuthUser, manager: EntityManager = this.dataSource.manager): Promise<AccountStanding> {
    const rows: { email_verified: boolean; platform_admin: boolean }[] = await manager.query(
      `SELECT email_verified_at IS NOT NULL AS email_verified, is_platform_admin AS platform_admin
         FROM "user" WHERE id = $1`,
      [user.id],
    );
    return { emailVerified: rows[0]?.email_verified ?? false, platformAdmin: rows[0]?.platform_admin ?? false };
  }

  async authorizePlatform(user: AuthUser, action: PlatformAction, manager?: EntityManager): Promise<void> {
    if (!platformAllows(await this.account(user, manager), action)) {
      throw ApiException.forbidden('Only platform admins may do this');
    }
  }

  /** Whether the caller runs the challenge: its issuer while an approved member of its funder, or a platform admin. */
  async mayRunChallenge(
    user: AuthUser,
    challenge: { createdById: string | null; funderOrganizationId: string },
    action: ChallengeAction,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const funder = await this.organization(user, challenge.funderOrganizationId, manager);
    return challengeAllows(
      {
        emailVerified: funder.emailVerified,
        platformAdmin: funder.platformAdmin,
        issuer: challenge.createdById === user.id,
        funderMember: funder.membership?.status === 'approved',
      },
      action,
    );
  }
}
