import type { HubEventDto } from './events';
import type { NotificationDto } from './notifications';
import type { DigestDto } from './digests';

/**
 * The socket.io protocol (DESIGN.md, "Every change is an event"). The client connects with
 * `auth: { token: <access token> }`; a refused handshake fails with `connect_error` whose message is
 * `unauthorized: <reason>`.
 */
export const UNAUTHORIZED_REASONS = ['missing_token', 'invalid_token', 'expired_token', 'ended_session'] as const;
export type UnauthorizedReason = (typeof UNAUTHORIZED_REASONS)[number];
export const UNAUTHORIZED_PREFIX = 'unauthorized: ';

export function unauthorizedMessage(reason: UnauthorizedReason): string {
  return `${UNAUTHORIZED_PREFIX}${reason}`;
}

/** A refused request, in the terms of the HTTP error (404 for a hub you cannot see, 403, 400). */
export interface SocketError {
  statusCode: number;
  message: string;
  /** Per-field messages for a 400, as in ApiError. */
  details?: Record<string, string[]>;
}
export interface SocketFailure {
  ok: false;
  error: SocketError;
}
export type SimpleAck = { ok: true } | SocketFailure;

export interface HubJoinRequest {
  hubId: string;
  /** The last seq the client applied; omit on a first join (the client then loads the hub over HTTP). */
  sinceSeq?: number;
}

/** The client is at most this many events behind to be sent the missed events; further behind it gets `resync`. */
export const MAX_CATCH_UP_EVENTS = 500;

export type HubJoinAck =
  | { ok: true; resync?: false; lastSeq: number; events: HubEventDto[] }
  /** Too far behind: refetch the hub's state over HTTP, then apply events after `lastSeq`. */
  | { ok: true; resync: true; lastSeq: number }
  | SocketFailure;

export interface HubRef {
  hubId: string;
}

export const HUB_REMOVED_REASONS = ['removed', 'access_lost'] as const;
export type HubRemovedReason = (typeof HUB_REMOVED_REASONS)[number];

/** Sent to a member who lost access; the socket has already left the hub's room. */
export interface HubRemovedMessage {
  hubId: string;
  reason: HubRemovedReason;
}

/** Sent when the access token expires; the server disconnects right after. Refresh the token and reconnect. */
export interface SessionExpiredMessage {
  reason: 'token_expired';
}

/**
 * The hub's latest seq, sent now and then and after an interruption of cross-instance delivery. A client behind it
 * fetches the missing events over HTTP.
 */
export interface HubHeadMessage {
  hubId: string;
  lastSeq: number;
}

export const PRESENCE_TARGETS = ['goal', 'task'] as const;
export type PresenceTarget = (typeof PRESENCE_TARGETS)[number];

export interface PresenceViewing {
  type: PresenceTarget;
  id: string;
}

export interface PresenceSetRequest {
  hubId: string;
  /** What the user looks at; omit or null for the hub itself. */
  viewing?: PresenceViewing | null;
}

/** One connection of a user in a hub (a user with two tabs has two entries). */
export interface PresenceEntry {
  connectionId: string;
  userId: string;
  viewing: PresenceViewing | null;
}

export interface PresenceListMessage {
  hubId: string;
  entries: PresenceEntry[];
}

export type PresenceListAck = ({ ok: true } & PresenceListMessage) | SocketFailure;

/**
 * Something of a challenge's review changed: a proposal, its eligibility, the reviewers' assignments or scores, the
 * shortlist or the award. Sent to each person who may see one of its proposals (its managers, its assigned reviewers,
 * the proposals' submitters and proposing hubs' secretariats) and carries nothing but the public challenge's id:
 * refetch what you show of it over HTTP.
 */
export interface ChallengeChangedMessage {
  challengeId: string;
}

export interface ServerToClientEvents {
  /** A committed HubEvent of a joined hub. Delivery may repeat or reorder: apply by seq. */
  'hub:event': (event: HubEventDto) => void;
  'hub:head': (message: HubHeadMessage) => void;
  'hub:removed': (message: HubRemovedMessage) => void;
  'session:expired': (message: SessionExpiredMessage) => void;
  /** The hub's whole presence list after a change. */
  'presence:changed': (message: PresenceListMessage) => void;
  notification: (notification: NotificationDto) => void;
  /** A digest delivered in-app to this user. */
  digest: (digest: DigestDto) => void;
  'challenge:changed': (message: ChallengeChangedMessage) => void;
}

export interface ClientToServerEvents {
  'hub:join': (request: HubJoinRequest, ack: (reply: HubJoinAck) => void) => void;
  'hub:leave': (request: HubRef, ack: (reply: SimpleAck) => void) => void;
  /** Shows this connection as present in a joined hub; the server keeps it alive until leave or disconnect. */
  'presence:set': (request: PresenceSetRequest, ack: (reply: SimpleAck) => void) => void;
  'presence:list': (request: HubRef, ack: (reply: PresenceListAck) => void) => void;
}
