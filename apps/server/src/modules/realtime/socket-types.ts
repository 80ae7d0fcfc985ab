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
const HUB_ROOM = /^hub:(.+)$/;

/** The hub id of a `hub:<id>` room, or null for any other room. */
export function hubIdOfRoom(room: string): string | null {
  return HUB_ROOM.exec(room)?.[1] ?? null;
}
