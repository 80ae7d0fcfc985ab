import type { GroupSight } from '../policy/group-sight';
import {
  allGroupsRoom,
  groupRoom,
  groupRoomPrefix,
  hubRoom,
  userRoom,
  type AppServer,
  type AppSocket,
} from './socket-types';

/** A local socket or one fetched through the adapter: what joining and leaving rooms needs. */
type RoomMember = Pick<AppSocket, 'rooms'> & { join(room: string): unknown; leave(room: string): unknown };

/** The group rooms of a hub a reader with this sight belongs in. */
function roomsFor(hubId: string, sight: GroupSight): Set<string> {
  return new Set(sight.all ? [allGroupsRoom(hubId)] : sight.groupIds.map((id) => groupRoom(hubId, id)));
}

/** Puts the socket in exactly the group rooms of its reader's sight in the hub. */
export async function syncGroupRooms(socket: RoomMember, hubId: string, sight: GroupSight): Promise<void> {
  const wanted = roomsFor(hubId, sight);
  const prefix = groupRoomPrefix(hubId);
  for (const room of [...socket.rooms]) {
    if (room.startsWith(prefix) && !wanted.has(room)) await socket.leave(room);
  }
  for (const room of wanted) if (!socket.rooms.has(room)) await socket.join(room);
}

/** Takes the socket out of every group room of the hub. */
export function leaveGroupRooms(socket: RoomMember, hubId: string): Promise<void> {
  return syncGroupRooms(socket, hubId, { all: false, groupIds: [] });
}

/**
 * After a group's members changed: the hub's sockets of its members (and only those) are in its room, on every
 * instance. Resolves once every instance has applied it, so the group's next events go to the new members only.
 */
export async function syncGroupMembers(
  server: AppServer,
  hubId: string,
  groupId: string,
  memberUserIds: ReadonlySet<string>,
): Promise<void> {
  const room = groupRoom(hubId, groupId);
  for (const socket of await server.in(hubRoom(hubId)).fetchSockets()) {
    const member = memberUserIds.has(socket.data.user.id);
    if (member && !socket.rooms.has(room)) socket.join(room);
    if (!member && socket.rooms.has(room)) socket.leave(room);
  }
  await barrier(server, hubId);
}

/** After a user's standing in the hub changed (their role): their sockets in the hub get the rooms of their sight. */
export async function syncUserGroupRooms(
  server: AppServer,
  hubId: string,
  userId: string,
  sight: GroupSight,
): Promise<void> {
  for (const socket of await server.in(userRoom(userId)).fetchSockets()) {
    if (socket.rooms.has(hubRoom(hubId))) await syncGroupRooms(socket, hubId, sight);
  }
  await barrier(server, hubId);
}

/** A request every instance answers after applying the room changes sent before it (see evictFromHub). */
async function barrier(server: AppServer, hubId: string): Promise<void> {
  await server
    .in(hubRoom(hubId))
    .fetchSockets()
    .catch(() => undefined);
}
