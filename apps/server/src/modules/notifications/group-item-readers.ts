import { hubAllows, type HubRole } from '@hubspoke/contracts';
import type { PlannedNotification, Queryable } from './planned-notification';

/**
 * The notifications of an event about a group-only item that their people may read, by the policy: the group's
 * members and the secretariat; nobody outside the group hears of it.
 */
export async function forGroupReaders(
  db: Queryable,
  hubId: string,
  groupId: string,
  planned: PlannedNotification[],
): Promise<PlannedNotification[]> {
  if (planned.length === 0) return planned;
  const rows = await db.query<{ user_id: string; role: HubRole; organization_id: string; in_group: boolean }[]>(
    `SELECT m.user_id, m.role, m.organization_id,
            EXISTS (SELECT 1 FROM working_group_member gm WHERE gm.group_id = $3 AND gm.member_id = m.id) AS in_group
       FROM hub_member m
      WHERE m.hub_id = $1 AND m.status = 'active' AND m.user_id = ANY($2::uuid[])`,
    [hubId, [...new Set(planned.map((n) => n.userId))], groupId],
  );
  const readers = new Set(
    rows
      .filter((r) =>
        hubAllows({ role: r.role, organizationId: r.organization_id }, 'group.item.read', {
          groupRole: r.in_group ? 'member' : null,
        }),
      )
      .map((r) => r.user_id),
  );
  return planned.filter((n) => readers.has(n.userId));
}
