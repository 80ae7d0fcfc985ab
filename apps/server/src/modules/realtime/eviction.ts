import type { HubRemovedReason } from '@hubspoke/contracts';
import { leaveGroupRooms } from './group-rooms';
import { hubRoom, userRoom, type AppServer } from './socket-types';

/**
 * Takes a user's sockets, on every instance, out of a hub's room and tells them why; resolves once every instance
 * has applied the leave, so nothing emitted to the room after it reaches them. The local sockets leave at once.
 * The cluster-wide leave travels on the adapter's request channel and the hub's events on the room's own channel:
 * with the sharded adapter on a Redis Cluster those live on different nodes, and nothing orders the two. A request
 * on the same channel as the leave, which every instance answers after applying it, does.
 */
export async function evictFromHub(
  server: AppServer,
  hubId: string,
  userId: string,
  reason: HubRemovedReason,
): Promise<void> {
  const sockets = server.in(userRoom(userId));
  sockets.local.socketsLeave(hubRoom(hubId));
  sockets.socketsLeave(hubRoom(hubId));
  // an instance that does not answer in time (Redis away) is repaired when Redis returns (delivery-repair.service.ts)
  const fetched = await sockets.fetchSockets().catch(() => []);
  // and out of the hub's group rooms, applied everywhere before the next event too
  for (const socket of fetched) await leaveGroupRooms(socket, hubId);
  if (fetched.length > 0) await sockets.fetchSockets().catch(() => undefined);
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
    await leaveGroupRooms(socket, hubId);
    socket.emit('hub:removed', { hubId, reason });
  }
}
