/** Every HubEvent type the api appends; the activity feed and socket clients switch on these. */
export const HUB_EVENT_TYPES = [
  'hub.created',
  'hub.updated',
  'hub.archived',
  'member.invited',
  'member.joined',
  'member.role_changed',
  'member.removed',
  'goal.created',
  'goal.updated',
  'goal.deleted',
  'goal.measured',
  'measurement.verified',
  'task.created',
  'task.updated',
  'task.moved',
  'task.deleted',
  'comment.created',
  'metric.created',
  'metric.updated',
  'board.seat_saved',
  'board.seat_removed',
  'board.rules_changed',
  'resolution.proposed',
  'resolution.voted',
  'resolution.closed',
  'review.scheduled',
] as const;
export type HubEventType = (typeof HUB_EVENT_TYPES)[number];

export interface HubEventDto<P = unknown> {
  hubId: string;
  seq: number;
  type: HubEventType;
  actorId: string | null;
  entityId: string;
  payload: P;
  createdAt: string;
}
