import { hubAllows, type HubAction, type HubRole } from '@hubspoke/contracts';
import type { Queryable } from './planned-notification';

interface Standing {
  user_id: string;
  role: HubRole;
  organization_id: string;
}

/**
 * Who hears of a hub's news, decided by the policy table on the members' standing (never a removed member nor an
 * outsider): the hub's active members allowed the action. `hub.edit` is the secretariat, who run the hub;
 * `review.vote` the board.
 */
export async function hubAudience(db: Queryable, hubId: string, action: HubAction): Promise<string[]> {
  const members = await db.query<Standing[]>(
    `SELECT user_id, role, organization_id FROM hub_member
      WHERE hub_id = $1 AND status = 'active' AND user_id IS NOT NULL`,
    [hubId],
  );
  return members
    .filter((m) => hubAllows({ role: m.role, organizationId: m.organization_id }, action))
    .map((m) => m.user_id);
}

/** The people who hold or alternate a seat of the hub's board, while active members allowed to vote. */
export async function seatPeople(db: Queryable, hubId: string): Promise<string[]> {
  const people = await db.query<Standing[]>(
    `SELECT DISTINCT m.user_id, m.role, m.organization_id FROM board_seat s
       JOIN hub_member m ON m.id IN (s.holder_member_id, s.alternate_member_id)
      WHERE s.hub_id = $1 AND m.status = 'active' AND m.user_id IS NOT NULL`,
    [hubId],
  );
  return people
    .filter((m) => hubAllows({ role: m.role, organizationId: m.organization_id }, 'review.vote'))
    .map((m) => m.user_id);
}

/** The actor's active standing in the hub, if any: who they act as when they change something. */
export async function actorStanding(
  db: Queryable,
  hubId: string,
  userId: string | null,
): Promise<{ role: HubRole; organizationName: string } | null> {
  if (!userId) return null;
  const [row] = await db.query<{ role: HubRole; organization_name: string }[]>(
    `SELECT m.role, o.name AS organization_name FROM hub_member m JOIN organization o ON o.id = m.organization_id
      WHERE m.hub_id = $1 AND m.user_id = $2 AND m.status = 'active'`,
    [hubId, userId],
  );
  return row ? { role: row.role, organizationName: row.organization_name } : null;
}
