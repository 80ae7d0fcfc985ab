import type { HubEventDto, HubEventOf } from '@hubspoke/contracts';
import { seesItem, type GroupSight } from '../policy/group-sight';

/**
 * Who reads an event in full (README, "Group-only items"): everyone in the hub, or, for an event about a group-only
 * task or goal, that working group's readers; the others receive an `item.redacted` placeholder with the same seq.
 */
export interface EventAudience {
  /** The working group whose readers alone see the event; null: the whole hub. */
  groupId: string | null;
  /** The event made an item others saw group-only (or moved it to another group): their placeholder names it. */
  withdrawn: boolean;
}

/** A committed event with its audience, as the sequencer publishes it; readers get `forReader` of it. */
export type HubEventRecord = HubEventDto & { audience: EventAudience };

const WHOLE_HUB: EventAudience = { groupId: null, withdrawn: false };

interface MaybeGroupItem {
  visibility?: unknown;
  workingGroupId?: unknown;
}

const groupOnly = (item: MaybeGroupItem | undefined): string | null =>
  item?.visibility === 'group' && typeof item.workingGroupId === 'string' ? item.workingGroupId : null;

/** The audience of an event whose payload is (or holds, as `goal`) a task or goal; the whole hub otherwise. */
export function audienceOf(content: { payload: unknown }, given?: Partial<EventAudience>): EventAudience {
  const payload = content.payload as MaybeGroupItem & { goal?: MaybeGroupItem };
  const groupId = given?.groupId !== undefined ? given.groupId : (groupOnly(payload) ?? groupOnly(payload.goal));
  return groupId ? { groupId, withdrawn: given?.withdrawn ?? false } : WHOLE_HUB;
}

/** The event as a reader with this sight receives it: in full, or as a placeholder keeping its seq. */
export function forReader(record: HubEventRecord, sight: GroupSight): HubEventDto {
  const { audience, ...event } = record;
  const groupId = audience.groupId;
  if (!groupId || seesItem(sight, { visibility: 'group', workingGroupId: groupId })) return event as HubEventDto;
  return redacted(record);
}

/** What readers outside the event's group receive. */
export function redacted(record: HubEventRecord): HubEventOf<'item.redacted'> {
  const kind = record.type.startsWith('task.') ? 'task' : record.type.startsWith('goal.') ? 'goal' : null;
  return {
    hubId: record.hubId,
    seq: record.seq,
    type: 'item.redacted',
    actorId: null,
    entityId: record.hubId,
    createdAt: record.createdAt,
    payload: { withdrawn: record.audience.withdrawn && kind ? { kind, id: record.entityId } : null },
  };
}
