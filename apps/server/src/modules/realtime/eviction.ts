import type { HubRemovedReason } from '@hubspoke/contracts';
import { hubRoom, userRoom, type AppServer } from './socket-types';

/**
 * Takes a user's sockets out of a hub's room and tells them why. The adapter applies a cluster-wide leave only when
 * its own request comes back from Redis, so the local sockets always leave first, before anything else is emitted.
 */
export function evictFromHub(
  server: AppServer,
  hubId: string,
  userId: string,
  reason: HubRemovedReason,
  scope: 'cluster' | 'local',
): void {
  const sockets = server.in(userRoom(userId));
  sockets.local.socketsLeave(hubRoom(hubId));
  if (scope === 'cluster') sockets.socketsLeave(hubRoom(hubId));
  (scope === 'cluster' ? sockets : sockets.local).emit('hub:removed', { hubId, reason });
}
