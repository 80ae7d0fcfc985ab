import type { HubRemovedReason } from '@hubspoke/contracts';
import { hubRoom, userRoom, type AppServer } from './socket-types';

/**
 * Takes a user's sockets, on every instance, out of a hub's room and tells them why. The adapter applies a
 * cluster-wide leave only when its own request comes back from Redis, so the local sockets always leave first, before
 * anything else is emitted.
 */
export function evictFromHub(server: AppServer, hubId: string, userId: string, reason: HubRemovedReason): void {
  const sockets = server.in(userRoom(userId));
  sockets.local.socketsLeave(hubRoom(hubId));
  sockets.socketsLeave(hubRoom(hubId));
  sockets.emit('hub:removed', { hubId, reason });
}

/**
 * The repair after a Redis outage, on this instance only: the user's sockets still in the hub's room leave it and are
 * told why. A socket already out of the room hears nothing, so a repeated repair tells no one twice.
 */
export async function evictLocalSocketsFromHub(
  server: AppServer,
  hubId: string,
  userId: string,
  reason: HubRemovedReason,
): Promise<void> {
  for (const socket of await server.local.in(userRoom(userId)).fetchSockets()) {
    if (!socket.rooms.has(hubRoom(hubId))) continue;
    socket.leave(hubRoom(hubId));
    socket.emit('hub:removed', { hubId, reason });
  }
}
