import type { HubEventContent } from '@hubspoke/contracts';
import type { HubEventRecord } from './event-audience';
import type { HubEvent } from './hub-event.entity';

/** An event the sequencer has numbered: the only kind readers see. */
export type NumberedHubEvent = HubEvent & { seq: number };

/**
 * A stored event's type and payload, typed by HubEventPayloads: the one place the jsonb column is trusted, since
 * Tx.emit is the only writer of hub_event and accepts only a payload of its event's type.
 */
export function storedContent(e: Pick<HubEvent, 'type' | 'payload'>): HubEventContent {
  return { type: e.type, payload: e.payload } as HubEventContent;
}

export function toHubEventRecord(e: Omit<NumberedHubEvent, 'id' | 'hub'>): HubEventRecord {
  return {
    audience: { groupId: e.groupId, withdrawn: e.withdrawn },
    hubId: e.hubId,
    seq: e.seq,
    actorId: e.actorId,
    entityId: e.entityId,
    createdAt: e.createdAt.toISOString(),
    ...storedContent(e),
  };
}
