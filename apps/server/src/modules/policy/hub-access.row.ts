import type { GroupRole, HubRole, HubVisibility } from '@hubspoke/contracts';
import type { HubAccess } from './policy.service';

/** The columns a caller's standing in a hub is read from: the hub, and the caller's active membership if any. */
export interface HubAccessRow {
  visibility: HubVisibility;
  archived_at: Date | null;
  member_id: string | null;
  role: HubRole | null;
  organization_id: string | null;
  /** The caller's working groups in the hub: group id → lead or member. */
  group_roles: Record<string, Exclude<GroupRole, null>>;
}

export const HUB_ACCESS_COLUMNS = `h.visibility, h.archived_at, m.id AS member_id, m.role, m.organization_id,
  (SELECT coalesce(json_object_agg(gm.group_id, CASE WHEN g.lead_member_id = m.id THEN 'lead' ELSE 'member' END), '{}')
     FROM working_group_member gm JOIN working_group g ON g.id = gm.group_id
    WHERE gm.member_id = m.id) AS group_roles`;

export function toHubAccess(hubId: string, row: HubAccessRow): HubAccess {
  return {
    hubId,
    visibility: row.visibility,
    archived: row.archived_at !== null,
    member:
      row.member_id && row.role && row.organization_id
        ? {
            memberId: row.member_id,
            role: row.role,
            organizationId: row.organization_id,
            groupRoles: new Map(Object.entries(row.group_roles)),
          }
        : null,
  };
}
