import type { BoardReviewDto, BoardRulesDto, BoardSeatDto, ResolutionDto } from './board';
import type { CommentDto } from './comments';
import type { HubLinkDto } from './federation';
import type { GoalDto, MeasurementChangeDto } from './goals';
import type { HubDto } from './hubs';
import type { InvitationDto, MemberDto } from './members';
import type { WorkingGroupDto } from './working-groups';
import type { MetricDto } from './metrics';
import type { TaskDeletedDto, TaskDto } from './tasks';

/**
 * Every HubEvent type the api appends, with the payload it carries. The server's `Tx.emit` only accepts these pairs
 * and the web's handlers narrow on `type`, so a new event or a renamed payload field fails the typecheck on both sides.
 */
export interface HubEventPayloads {
  'hub.created': HubDto;
  'hub.updated': HubDto;
  'hub.archived': HubDto;
  'member.invited': InvitationDto;
  'member.joined': MemberDto;
  'member.role_changed': MemberDto;
  /** A member who left or was removed, or a revoked invitation. */
  'member.removed': MemberDto | InvitationDto;
  'goal.created': GoalDto;
  'goal.updated': GoalDto;
  /** The goal as it was before its deletion. */
  'goal.deleted': GoalDto;
  'goal.measured': MeasurementChangeDto;
  'measurement.verified': MeasurementChangeDto;
  /** Rejected with the reviewer's note: it never counts. */
  'measurement.rejected': MeasurementChangeDto;
  /** Its reviewer took back a verification or rejection within seconds: pending again. */
  'measurement.review_undone': MeasurementChangeDto;
  'task.created': TaskDto;
  'task.updated': TaskDto;
  'task.moved': TaskDto;
  'task.deleted': TaskDeletedDto;
  'comment.created': CommentDto;
  'metric.created': MetricDto;
  'metric.updated': MetricDto;
  'board.seat_saved': BoardSeatDto;
  /** The seat as it was before its removal. */
  'board.seat_removed': BoardSeatDto;
  'board.rules_changed': BoardRulesDto;
  'resolution.proposed': ResolutionDto;
  'resolution.voted': ResolutionDto;
  'resolution.closed': ResolutionDto;
  /** The review without its pack, which readers fetch when they open it. */
  'review.scheduled': Omit<BoardReviewDto, 'pack'>;
  'group.created': WorkingGroupDto;
  /** Its fields, lead or members changed. */
  'group.updated': WorkingGroupDto;
  'group.archived': WorkingGroupDto;
  /** In both hubs' streams. */
  'hub_link.requested': HubLinkDto;
  'hub_link.accepted': HubLinkDto;
  'hub_link.declined': HubLinkDto;
  'hub_link.ended': HubLinkDto;
  /** In the parent hub's stream: a parent goal as it is after a child's value or mapping changed. */
  'goal.rolled_up': GoalDto;
  /**
   * Never stored: what a reader outside a working group receives in place of an event about the group's group-only
   * items, so their seq stays gap-free. `withdrawn` names a task or goal the reader saw before and may see no more.
   */
  'item.redacted': RedactedItemDto;
}

/** Payload of `item.redacted`. */
export interface RedactedItemDto {
  withdrawn: { kind: 'task' | 'goal'; id: string } | null;
}
export type HubEventType = keyof HubEventPayloads;

/** The event types whose payload is exactly P, e.g. `HubEventTypeOf<TaskDto>`: task.created, task.updated, task.moved. */
export type HubEventTypeOf<P> = {
  [K in HubEventType]: [HubEventPayloads[K]] extends [P] ? ([P] extends [HubEventPayloads[K]] ? K : never) : never;
}[HubEventType];

/** The event types at run time (the database enum, the API docs), in the order of the database enum. */
export const HUB_EVENT_TYPES = Object.keys({
  'hub.created': true,
  'hub.updated': true,
  'hub.archived': true,
  'member.invited': true,
  'member.joined': true,
  'member.role_changed': true,
  'member.removed': true,
  'goal.created': true,
  'goal.updated': true,
  'goal.deleted': true,
  'goal.measured': true,
  'measurement.verified': true,
  'task.created': true,
  'task.updated': true,
  'task.moved': true,
  'task.deleted': true,
  'comment.created': true,
  'metric.created': true,
  'metric.updated': true,
  'board.seat_saved': true,
  'board.seat_removed': true,
  'board.rules_changed': true,
  'resolution.proposed': true,
  'resolution.voted': true,
  'resolution.closed': true,
  'review.scheduled': true,
  'group.created': true,
  'group.updated': true,
  'group.archived': true,
  'hub_link.requested': true,
  'hub_link.accepted': true,
  'hub_link.declined': true,
  'hub_link.ended': true,
  'goal.rolled_up': true,
  'item.redacted': true,
  'measurement.rejected': true,
  'measurement.review_undone': true,
} satisfies Record<HubEventType, true>) as HubEventType[];

interface HubEventBase {
  hubId: string;
  seq: number;
  actorId: string | null;
  entityId: string;
  createdAt: string;
}

/** An event's type with the payload of that type, for one of the types K: a union discriminated by `type`. */
export type HubEventContent<K extends HubEventType = HubEventType> = {
  [T in K]: { type: T; payload: HubEventPayloads[T] };
}[K];

/**
 * A committed event of one of the types K. Written as a mapped type indexed by K so that code generic over K
 * (`handlers[event.type](event)`) typechecks without casts.
 */
export type HubEventOf<K extends HubEventType> = { [T in K]: HubEventBase & HubEventContent<T> }[K];

/** Any committed event: a union discriminated by `type`. */
export type HubEventDto = HubEventOf<HubEventType>;

/** One handler per event type; a table of them is exhaustive, so a new event type does not build until handled. */
export type HubEventHandlers<R> = { [K in HubEventType]: (event: HubEventOf<K>) => R };

/**
 * Runs the event's handler. An event type the table does not know (sent by a newer server) answers `undefined`.
 */
export function handleHubEvent<K extends HubEventType, R>(
  handlers: HubEventHandlers<R>,
  event: HubEventOf<K>,
): R | undefined {
  if (!Object.hasOwn(handlers, event.type)) return undefined;
  return handlers[event.type](event);
}
