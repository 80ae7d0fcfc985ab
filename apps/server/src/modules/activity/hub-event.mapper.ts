import type { HubEventDto } from '@hubspoke/contracts';
import type { HubEvent } from './hub-event.entity';

export function toHubEventDto(e: HubEvent): HubEventDto {
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
