import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { HubRole, HubVisibility } from '@hubspoke/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { ApiException } from '../../infra/http/api-exception';
import type { AuthUser } from '../auth/auth-user';
import type { HubAction, ResourceOwnership } from './hub-action';
import { isAllowed, type Membership } from './policy';

export interface HubAccess {
  hubId: string;
  visibility: HubVisibility;
  archived: boolean;
  /** The caller's active membership, or null for a non-member or anonymous caller. */
  member: (Membership & { memberId: string }) | null;
}

export type MemberAccess = HubAccess & { member: NonNullable<HubAccess['member']> };

/** The one place that decides who may do what in a hub. Hidden resources answer 404; visible but forbidden ones 403. */
@Injectable()
export class PolicyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The caller's standing in a hub; 404 when the hub does not exist. */
  async access(
    user: AuthUser | null,
    hubId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<HubAccess> {
    const rows: {
      visibility: HubVisibility;
      archived_at: Date | null;
      member_id: string | null;
      role: HubRole | null;
      organization_id: string | null;
    }[] = await manager.query(
      `SELECT h.visibility, h.archived_at, m.id AS member_id, m.role, m.organization_id
         FROM hub h
         LEFT JOIN hub_member m ON m.hub_id = h.id AND m.user_id = $2 AND m.status = 'active'
        WHERE h.id = $1`,
      [hubId, user?.id ?? null],
    );
    const row = rows[0];
    if (!row) throw ApiException.notFound('Hub');
    return {
      hubId,
      visibility: row.visibility,
      archived: row.archived_at !== null,
      member:
        row.member_id && row.role && row.organization_id
          ? { memberId: row.member_id, role: row.role, organizationId: row.organization_id }
          : null,
    };
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
    if (!isAllowed(access.member, action, resource)) throw ApiException.forbidden();
    if (access.archived && action !== 'hub.read' && action !== 'hub.edit') {
      throw ApiException.conflict('This hub is archived; it can be read but not changed');
    }
  }
}
