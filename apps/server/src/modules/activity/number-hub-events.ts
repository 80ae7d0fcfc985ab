import type { HubEventType } from '@hubspoke/contracts';
import type { HubEventRecord } from './event-audience';
import type { EntityManager } from 'typeorm';
import { toHubEventRecord } from './hub-event.mapper';

interface NumberedRow {
  hub_id: string;
  seq: string;
  type: HubEventType;
  actor_id: string | null;
  entity_id: string;
  payload: unknown;
  created_at: Date;
  group_id: string | null;
  withdrawn: boolean;
}

/**
 * Gives the hub's committed, unnumbered events the hub's next seqs, in the order they were written, and returns them
 * in seq order. One statement: number_hub_events (a migration) locks the hub row, numbers, and moves hub.last_seq.
 */
export async function numberHubEvents(manager: EntityManager, hubId: string): Promise<HubEventRecord[]> {
  const rows: NumberedRow[] = await manager.query(
    `SELECT hub_id, seq, type, actor_id, entity_id, payload, created_at, group_id, withdrawn FROM number_hub_events($1)`,
    [hubId],
  );
  return rows.map((r) =>
    toHubEventRecord({
      hubId: r.hub_id,
      seq: Number(r.seq),
      type: r.type,
      actorId: r.actor_id,
      entityId: r.entity_id,
      payload: r.payload,
      createdAt: r.created_at,
      groupId: r.group_id,
      withdrawn: r.withdrawn,
    }),
  );
}
