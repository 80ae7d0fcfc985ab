import type { Tx } from '../activity/unit-of-work';
import { ApiException } from '../../infra/http/api-exception';
import { loadMemberDto } from '../members/member.mapper';

/**
 * What a person's standing in an organization means for the hubs where they represent it: invitations they accepted
 * while not yet its member start once the membership is approved, and they stop representing it when it ends.
 */
export const organizationRepresentations = {
  /** Activates the hub invitations the person accepted for this organization; in the caller's transaction. */
  async start(tx: Tx, userId: string, organizationId: string): Promise<void> {
    // UPDATE answers [rows, affected count] through TypeORM's query()
    const [rows]: [{ id: string; hub_id: string }[], number] = await tx.manager.query(
      `UPDATE hub_member m SET status = 'active', joined_at = now()
         FROM hub h
        WHERE h.id = m.hub_id AND h.archived_at IS NULL
          AND m.user_id = $1 AND m.organization_id = $2 AND m.status = 'invited'
        RETURNING m.id, m.hub_id`,
      [userId, organizationId],
    );
    for (const row of rows) {
      const member = await loadMemberDto(tx.manager, row.id);
      await tx.emit({ hubId: row.hub_id, type: 'member.joined', actorId: userId, entityId: row.id, payload: member });
    }
  },

  /** Takes the person out of the hubs where they represent the organization; never a hub's last secretariat. */
  async end(tx: Tx, actorId: string, userId: string, organizationId: string): Promise<void> {
    const lastSecretariat: { name: string }[] = await tx.manager.query(
      `SELECT h.name FROM hub_member m JOIN hub h ON h.id = m.hub_id
        WHERE m.user_id = $1 AND m.organization_id = $2 AND m.status = 'active' AND m.role = 'secretariat'
          AND NOT EXISTS (SELECT 1 FROM hub_member o WHERE o.hub_id = m.hub_id AND o.id <> m.id
                            AND o.status = 'active' AND o.role = 'secretariat')
        FOR UPDATE OF h`,
      [userId, organizationId],
    );
    if (lastSecretariat.length > 0) {
      throw ApiException.conflict(
        `This person is the only secretariat of ${lastSecretariat.map((h) => h.name).join(', ')}; ` +
          'appoint another secretariat there first',
      );
    }
    const [rows]: [{ id: string; hub_id: string }[], number] = await tx.manager.query(
      `UPDATE hub_member SET status = 'removed', invite_token_hash = NULL
        WHERE user_id = $1 AND organization_id = $2 AND status IN ('active', 'invited')
        RETURNING id, hub_id`,
      [userId, organizationId],
    );
    for (const row of rows) {
      const member = await loadMemberDto(tx.manager, row.id);
      await tx.emit({ hubId: row.hub_id, type: 'member.removed', actorId, entityId: row.id, payload: member });
    }
  },
};
