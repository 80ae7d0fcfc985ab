import type { HubEventDto } from '@hubspoke/contracts';
import type { HubEvent } from './hub-event.entity';

/** An event the sequencer has numbered: the only kind readers see. */
export type NumberedHubEvent = HubEvent & { seq: number };

export function toHubEventDto(e: NumberedHubEvent): HubEventDto {
  return {
    hubId: e.hubId,
    seq: e.seq,
    type: e.type,
    actorId: e.actorId,
    entityId: e.entityId,
    payload: e.payload,
    createdAt: e.createdAt.toISOString(),
  };
}
