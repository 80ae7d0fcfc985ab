import type { ClientToServerEvents, ServerToClientEvents } from '@hubspoke/contracts';
import type { Server, Socket } from 'socket.io';
import type { AuthUser } from '../auth/auth-user';

/** What the handshake attaches to a socket. */
export interface SocketData {
  user: AuthUser;
  /** When the access token expires, ms since epoch. */
  expiresAt: number;
}

export type AppServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type AppSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export const hubRoom = (hubId: string) => `hub:${hubId}`;
export const userRoom = (userId: string) => `user:${userId}`;
/** The sockets of a hub that read a working group's group-only items in full (README, "Group-only items"). */
export const groupRoom = (hubId: string, groupId: string) => `group:${hubId}:${groupId}`;
/** The sockets of a hub that read every group's items (the secretariat). */
export const allGroupsRoom = (hubId: string) => `group:${hubId}:*`;
/** The start of every group room of a hub. */
export const groupRoomPrefix = (hubId: string) => `group:${hubId}:`;
const HUB_ROOM = /^hub:(.+)$/;

/** The hub id of a `hub:<id>` room, or null for any other room. */
export function hubIdOfRoom(room: string): string | null {
  return HUB_ROOM.exec(room)?.[1] ?? null;
}
