import {
  UNAUTHORIZED_PREFIX,
  type ClientToServerEvents,
  type HubEventDto,
  type HubJoinAck,
  type HubRemovedReason,
  type NotificationDto,
  type PresenceEntry,
  type PresenceListAck,
  type PresenceViewing,
  type ServerToClientEvents,
  type SocketError,
} from '@hubspoke/contracts';
import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import { HubStream } from './hub-stream';

export interface HubClientOptions {
  /** The api's origin, e.g. `http://localhost:3000`. */
  url: string;
  /** The current access token; asked at every (re)connect and HTTP catch-up. */
  getToken: () => string | Promise<string>;
  /** Called when the server says the token expired; resolves once getToken returns a fresh one. */
  refreshToken: () => Promise<unknown>;
  /** How long to wait for a late event before fetching a gap over HTTP (default 1000 ms). */
  gapWaitMs?: number;
  /** Called when the session cannot be (re)established: a refused token or a failed refresh. */
  onError?: (error: Error) => void;
  /** Passed to socket.io-client; by default websocket only, so several api instances need no sticky sessions. */
  socketOptions?: Partial<ManagerOptions & SocketOptions>;
}

export interface HubHandlers {
  /** Every event of the hub, once each, in seq order. */
  onEvent: (event: HubEventDto) => void;
  /** The client was too far behind: refetch the hub's state; events after `lastSeq` are applied after this resolves. */
  onResync?: (lastSeq: number) => void | Promise<void>;
  /** Access was lost (removed, or the hub is gone); the client has left the hub. */
  onRemoved?: (reason: HubRemovedReason | 'not_found') => void;
  /** The hub's presence list after each change. */
  onPresence?: (entries: PresenceEntry[]) => void;
}

/** A failed join or presence request, with the server's status (404 for a hub you cannot see). */
export class HubRequestError extends Error {
  constructor(readonly error: SocketError) {
    super(error.message);
  }
}

interface JoinedHub {
  stream: HubStream;
  handlers: HubHandlers;
  viewing?: PresenceViewing | null;
  gapTimer?: ReturnType<typeof setTimeout>;
  fetching: boolean;
  joined: Promise<number>;
  settle: { resolve: (lastSeq: number) => void; reject: (error: Error) => void };
}

const ACK_TIMEOUT_MS = 10_000;
const CATCH_UP_PAGE = 500;
const RETRY_MS = 1000;

/**
 * A typed socket.io client that keeps each joined hub in step with the server (DESIGN.md, "Every change is an
 * event"): applies events in seq order exactly once, fetches a gap over HTTP, rejoins with `sinceSeq` after every
 * reconnect, hands a resync to the app, and renews an expired session.
 */
export class HubClient {
  readonly socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  private readonly hubs = new Map<string, JoinedHub>();
  private readonly notificationListeners = new Set<(notification: NotificationDto) => void>();
  private readonly gapWaitMs: number;
  private closed = false;

  constructor(private readonly options: HubClientOptions) {
    this.gapWaitMs = options.gapWaitMs ?? 1000;
    this.socket = io(options.url, {
      transports: ['websocket'],
      forceNew: true, // its own connection, not one shared with other clients of the same url
      ...options.socketOptions,
      auth: (cb) => {
        Promise.resolve(options.getToken()).then(
          (token) => cb({ token }),
          () => cb({}),
        );
      },
    });
    this.socket.on('connect', () => this.hubs.forEach((_, hubId) => void this.sendJoin(hubId)));
    this.socket.on('connect_error', (error) => this.onConnectError(error));
    this.socket.on('disconnect', (reason) => {
      // The server disconnects only when the session expired (it said so with `session:expired` first).
      if (reason === 'io server disconnect') void this.renewSession();
    });
    this.socket.on('hub:event', (event) => {
      this.hubs.get(event.hubId)?.stream.push([event]);
      this.checkGap(event.hubId);
    });
    this.socket.on('hub:head', ({ hubId, lastSeq }) => {
      this.hubs.get(hubId)?.stream.noteHead(lastSeq);
      this.checkGap(hubId);
    });
    this.socket.on('hub:removed', ({ hubId, reason }) => this.drop(hubId, reason));
    this.socket.on('presence:changed', ({ hubId, entries }) => this.hubs.get(hubId)?.handlers.onPresence?.(entries));
    this.socket.on('notification', (notification) => this.notificationListeners.forEach((l) => l(notification)));
  }

  /**
   * Joins a hub and keeps it joined across reconnects. Without `sinceSeq` the hub starts at its current seq (load
   * its state over HTTP after this resolves). Resolves with the hub's lastSeq; rejects with a HubRequestError.
   */
  join(hubId: string, handlers: HubHandlers, sinceSeq?: number): Promise<number> {
    const existing = this.hubs.get(hubId);
    if (existing) return existing.joined;
    let settle!: JoinedHub['settle'];
    const joined = new Promise<number>((resolve, reject) => (settle = { resolve, reject }));
    joined.catch(() => undefined);
    const stream = new HubStream(sinceSeq ?? null, handlers.onEvent);
    this.hubs.set(hubId, { stream, handlers, joined, settle, fetching: false });
    if (this.socket.connected) void this.sendJoin(hubId);
    return joined;
  }

  async leave(hubId: string): Promise<void> {
    const hub = this.hubs.get(hubId);
    if (!hub) return;
    this.forget(hubId, hub);
    if (this.socket.connected) await this.socket.timeout(ACK_TIMEOUT_MS).emitWithAck('hub:leave', { hubId });
  }

  /** The last seq applied for a joined hub. */
  lastSeq(hubId: string): number | null {
    return this.hubs.get(hubId)?.stream.lastSeq ?? null;
  }

  /** Shows this connection in the hub's presence, viewing a goal or task or the hub itself; kept across reconnects. */
  async setPresence(hubId: string, viewing: PresenceViewing | null = null): Promise<void> {
    const hub = this.hubs.get(hubId);
    if (!hub) throw new Error(`join hub ${hubId} first`);
    hub.viewing = viewing;
    if (!this.socket.connected) return;
    await hub.joined;
    const reply = await this.socket.timeout(ACK_TIMEOUT_MS).emitWithAck('presence:set', { hubId, viewing });
    if (!reply.ok) throw new HubRequestError(reply.error);
  }

  async listPresence(hubId: string): Promise<PresenceEntry[]> {
    const reply: PresenceListAck = await this.socket.timeout(ACK_TIMEOUT_MS).emitWithAck('presence:list', { hubId });
    if (!reply.ok) throw new HubRequestError(reply.error);
    return reply.entries;
  }

  onNotification(listener: (notification: NotificationDto) => void): () => void {
    this.notificationListeners.add(listener);
    return () => this.notificationListeners.delete(listener);
  }

  close(): void {
    this.closed = true;
    this.hubs.forEach((hub, hubId) => this.forget(hubId, hub));
    this.socket.close();
  }

  private async sendJoin(hubId: string): Promise<void> {
    const hub = this.hubs.get(hubId);
    if (!hub) return;
    let reply: HubJoinAck;
    try {
      reply = await this.socket
        .timeout(ACK_TIMEOUT_MS)
        .emitWithAck('hub:join', { hubId, sinceSeq: hub.stream.lastSeq ?? undefined });
    } catch {
      return this.retryJoin(hubId, hub); // timed out; after a disconnect the next connect joins again
    }
    if (this.hubs.get(hubId) !== hub) return;
    if (!reply.ok) {
      const { statusCode } = reply.error;
      if (statusCode >= 500) return this.retryJoin(hubId, hub);
      hub.settle.reject(new HubRequestError(reply.error));
      if (statusCode === 403 || statusCode === 404) this.drop(hubId, 'not_found');
      else this.forget(hubId, hub);
      return;
    }
    if (reply.resync) {
      hub.stream.hold();
      hub.stream.reset(reply.lastSeq);
      try {
        await hub.handlers.onResync?.(reply.lastSeq);
      } finally {
        hub.stream.release();
      }
    } else {
      hub.stream.start(reply.lastSeq);
      hub.stream.push(reply.events);
    }
    hub.settle.resolve(reply.lastSeq);
    if (hub.viewing !== undefined) void this.setPresence(hubId, hub.viewing).catch(() => undefined);
    this.checkGap(hubId);
  }

  private retryJoin(hubId: string, hub: JoinedHub): void {
    setTimeout(() => {
      if (this.socket.connected && this.hubs.get(hubId) === hub) void this.sendJoin(hubId);
    }, RETRY_MS);
  }

  /** A gap that outlives a short wait (events of concurrent commits may cross) is fetched over HTTP. */
  private checkGap(hubId: string): void {
    const hub = this.hubs.get(hubId);
    if (!hub || hub.gapTimer || hub.fetching || !hub.stream.hasGap) return;
    hub.gapTimer = setTimeout(() => {
      hub.gapTimer = undefined;
      void this.fetchGap(hubId, hub);
    }, this.gapWaitMs);
  }

  private async fetchGap(hubId: string, hub: JoinedHub): Promise<void> {
    if (!hub.stream.hasGap || this.hubs.get(hubId) !== hub) return;
    hub.fetching = true;
    try {
      while (hub.stream.hasGap && this.hubs.get(hubId) === hub) {
        const page = await this.fetchEvents(hubId, hub.stream.lastSeq ?? 0);
        if (page === 'not_found') return this.drop(hubId, 'not_found');
        hub.stream.push(page.items);
        if (page.items.length === 0) break;
      }
    } catch {
      // the api is unreachable for now; try again after the next wait
    } finally {
      hub.fetching = false;
    }
    this.checkGap(hubId);
  }

  private async fetchEvents(
    hubId: string,
    after: number,
  ): Promise<{ items: HubEventDto[]; lastSeq: number; nextAfter: number | null } | 'not_found'> {
    const url = `${this.options.url}/api/hubs/${hubId}/events?after=${after}&limit=${CATCH_UP_PAGE}`;
    const get = async () => fetch(url, { headers: { Authorization: `Bearer ${await this.options.getToken()}` } });
    let res = await get();
    if (res.status === 401) {
      await this.options.refreshToken();
      res = await get();
    }
    if (res.status === 403 || res.status === 404) return 'not_found';
    if (!res.ok) throw new Error(`GET ${url}: ${res.status}`);
    return (await res.json()) as { items: HubEventDto[]; lastSeq: number; nextAfter: number | null };
  }

  private onConnectError(error: Error): void {
    if (!error.message.startsWith(UNAUTHORIZED_PREFIX)) return; // network trouble: socket.io retries by itself
    if (error.message.endsWith('expired_token')) void this.renewSession();
    else this.options.onError?.(error);
  }

  private async renewSession(): Promise<void> {
    if (this.closed) return;
    try {
      await this.options.refreshToken();
    } catch (error) {
      this.options.onError?.(error as Error);
      return;
    }
    if (!this.closed && !this.socket.connected) this.socket.connect();
  }

  private drop(hubId: string, reason: HubRemovedReason | 'not_found'): void {
    const hub = this.hubs.get(hubId);
    if (!hub) return;
    this.forget(hubId, hub);
    hub.handlers.onRemoved?.(reason);
  }

  private forget(hubId: string, hub: JoinedHub): void {
    clearTimeout(hub.gapTimer);
    hub.settle.reject(new Error(`left hub ${hubId}`));
    this.hubs.delete(hubId);
  }
}
