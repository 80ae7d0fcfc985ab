import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import type { PresenceListAck, PresenceViewing, SimpleAck } from '@hubspoke/contracts';
import { ApiException } from '../../infra/http/api-exception';
import { HubRefMessage, parseMessage, PresenceSetMessage } from './realtime.dto';
import { PresenceStore } from './presence.store';
import { answer } from './socket-ack';
import { hubIdOfRoom, hubRoom, type AppServer, type AppSocket } from './socket-types';

/** Changes within this window go out as one `presence:changed` per hub and instance. */
const BROADCAST_DELAY_MS = 250;

interface LocalPresence {
  userId: string;
  /** What the connection views, per hub it is present in. */
  hubs: Map<string, PresenceViewing | null>;
}

/**
 * Presence of this instance's connections: written to Redis on `presence:set`, kept alive by a heartbeat, removed
 * when the connection leaves the hub's room (leave, eviction, disconnect). Each instance also drops the expired
 * entries of its hubs, so a dead instance's connections vanish from every list.
 */
@Injectable()
export class PresenceService implements OnModuleDestroy {
  private readonly logger = new Logger(PresenceService.name);
  private readonly local = new Map<string, LocalPresence>();
  private readonly pendingBroadcasts = new Map<string, NodeJS.Timeout>();
  private heartbeatTimer?: NodeJS.Timeout;
  private server?: AppServer;

  constructor(private readonly store: PresenceStore) {}

  start(server: AppServer): void {
    this.server = server;
    server.of('/').adapter.on('leave-room', (room: string, socketId: string) => this.left(room, socketId));
    this.heartbeatTimer = setInterval(() => void this.heartbeat(), this.store.ttlMs / 3);
  }

  onModuleDestroy(): void {
    clearInterval(this.heartbeatTimer);
    this.pendingBroadcasts.forEach((timer) => clearTimeout(timer));
  }

  set(socket: AppSocket, body: unknown): Promise<SimpleAck> {
    return answer(async () => {
      const { hubId, viewing: given } = await parseMessage(PresenceSetMessage, body);
      requireJoined(socket, hubId);
      const viewing = given ? { type: given.type, id: given.id } : null;
      const mine = this.local.get(socket.id) ?? { userId: socket.data.user.id, hubs: new Map() };
      mine.hubs.set(hubId, viewing);
      this.local.set(socket.id, mine);
      const changed = await this.store.upsert(hubId, { connectionId: socket.id, userId: mine.userId, viewing });
      // It may have left the room while Redis answered, before there was an entry to remove.
      if (!socket.rooms.has(hubRoom(hubId))) this.drop(hubId, socket.id);
      else if (changed) this.announce(hubId);
      return { ok: true as const };
    });
  }

  list(socket: AppSocket, body: unknown): Promise<PresenceListAck> {
    return answer(async () => {
      const { hubId } = await parseMessage(HubRefMessage, body);
      requireJoined(socket, hubId);
      const { entries } = await this.store.list(hubId);
      return { ok: true as const, hubId, entries };
    });
  }

  private left(room: string, socketId: string): void {
    const hubId = hubIdOfRoom(room);
    if (hubId && this.local.get(socketId)?.hubs.has(hubId)) this.drop(hubId, socketId);
  }

  private drop(hubId: string, socketId: string): void {
    const mine = this.local.get(socketId);
    mine?.hubs.delete(hubId);
    if (mine?.hubs.size === 0) this.local.delete(socketId);
    this.store.remove(hubId, socketId).then(
      (removed) => removed && this.announce(hubId),
      (error: Error) => this.logger.warn(`Could not remove a presence entry (${error.message}); it will expire`),
    );
  }

  /** Refreshes this instance's entries (writing back any Redis lost), then drops expired ones of its hubs. */
  private async heartbeat(): Promise<void> {
    try {
      const writes = [...this.local].flatMap(([connectionId, { userId, hubs }]) =>
        [...hubs].map(async ([hubId, viewing]) => {
          if (await this.store.upsert(hubId, { connectionId, userId, viewing })) this.announce(hubId);
        }),
      );
      await Promise.all(writes);
      const hubIds = [...this.server!.of('/').adapter.rooms.keys()].flatMap((room) => hubIdOfRoom(room) ?? []);
      await Promise.all(
        hubIds.map(async (hubId) => {
          if ((await this.store.list(hubId)).dropped) this.announce(hubId);
        }),
      );
    } catch (error) {
      this.logger.warn(`Presence heartbeat failed: ${(error as Error).message}`);
    }
  }

  /** Sends the hub's whole list to its room on every instance, once per short window. */
  private announce(hubId: string): void {
    if (this.pendingBroadcasts.has(hubId)) return;
    const timer = setTimeout(() => {
      this.pendingBroadcasts.delete(hubId);
      this.store.list(hubId).then(
        ({ entries }) => this.server!.to(hubRoom(hubId)).emit('presence:changed', { hubId, entries }),
        (error: Error) => this.logger.warn(`Could not announce presence: ${error.message}`),
      );
    }, BROADCAST_DELAY_MS);
    this.pendingBroadcasts.set(hubId, timer);
  }
}

/** Presence is for connections that joined the hub (which the policy allowed). */
function requireJoined(socket: AppSocket, hubId: string): void {
  if (!socket.rooms.has(hubRoom(hubId))) throw ApiException.notFound('Hub');
}
