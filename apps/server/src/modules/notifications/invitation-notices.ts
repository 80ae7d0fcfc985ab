import type { HubEventOf } from '@hubspoke/contracts';
import type { PlannedNotification, Queryable } from './planned-notification';

/** An invitation to an email that has an account: that user. */
export async function invited(
  db: Queryable,
  { hubId, payload: invitation }: HubEventOf<'member.invited'>,
): Promise<PlannedNotification[]> {
  const rows = await db.query<{ id: string; hub_name: string }[]>(
    `SELECT u.id, h.name AS hub_name FROM "user" u, hub h WHERE u.email = lower($1) AND h.id = $2`,
    [invitation.email, hubId],
  );
  return rows.map((row) => ({
    userId: row.id,
    type: 'invitation',
    hubId,
    entityId: invitation.id,
    title: `You are invited to join ${row.hub_name}`,
    body: `As ${invitation.role}, for ${invitation.organization.name}`,
    payload: { invitationId: invitation.id, role: invitation.role },
  }));
}
