import type { WorkingGroupDto, WorkingGroupPersonDto } from '@hubspoke/contracts';
import type { EntityManager } from 'typeorm';

interface GroupRow {
  id: string;
  hub_id: string;
  name: string;
  purpose: string;
  ends_on: string | null;
  version: number;
  created_at: Date;
  archived_at: Date | null;
  lead: WorkingGroupPersonDto;
  members: WorkingGroupPersonDto[];
}

const PERSON = (m: string, u: string, o: string) =>
  `json_build_object('memberId', ${m}.id, 'userId', ${u}.id, 'name', ${u}.name,
                     'organizationId', ${o}.id, 'organizationName', ${o}.name)`;

/**
 * A hub's working groups (one when `groupId` is given), with the lead and the members still active in the hub, by
 * name. Archived groups only when asked for.
 */
export async function readGroups(
  manager: EntityManager,
  hubId: string,
  options: { groupId?: string; archived?: boolean } = {},
): Promise<WorkingGroupDto[]> {
  const rows: GroupRow[] = await manager.query(
    `SELECT g.id, g.hub_id, g.name, g.purpose, to_char(g.ends_on, 'YYYY-MM-DD') AS ends_on, g.version, g.created_at,
            g.archived_at, ${PERSON('lm', 'lu', 'lo')} AS lead,
            coalesce((SELECT json_agg(${PERSON('m', 'u', 'o')} ORDER BY u.name, m.id)
                        FROM working_group_member gm
                        JOIN hub_member m ON m.id = gm.member_id AND m.status = 'active'
                        JOIN "user" u ON u.id = m.user_id
                        JOIN organization o ON o.id = m.organization_id
                       WHERE gm.group_id = g.id), '[]') AS members
       FROM working_group g
       JOIN hub_member lm ON lm.id = g.lead_member_id
       JOIN "user" lu ON lu.id = lm.user_id
       JOIN organization lo ON lo.id = lm.organization_id
      WHERE g.hub_id = $1 AND ($2::uuid IS NULL OR g.id = $2)
        AND ($2::uuid IS NOT NULL OR (g.archived_at IS NOT NULL) = $3)
      ORDER BY g.name, g.id`,
    [hubId, options.groupId ?? null, options.archived ?? false],
  );
  return rows.map((row) => ({
    id: row.id,
    hubId: row.hub_id,
    name: row.name,
    purpose: row.purpose,
    endsOn: row.ends_on,
    lead: row.lead,
    members: row.members,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    archivedAt: row.archived_at?.toISOString() ?? null,
  }));
}
