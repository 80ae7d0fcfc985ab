import type { HubRole, HubVisibility } from '@hubspoke/contracts';
import type { HubAccess } from './policy.service';

/** The columns a caller's standing in a hub is read from: the hub, and the caller's active membership if any. */
export interface HubAccessRow {
  visibility: HubVisibility;
  archived_at: Date | null;
  member_id: string | null;
  role: HubRole | null;
  organization_id: string | null;
}

export const HUB_ACCESS_COLUMNS = 'h.visibility, h.archived_at, m.id AS member_id, m.role, m.organization_id';

export function toHubAccess(hubId: string, row: HubAccessRow): HubAccess {
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
