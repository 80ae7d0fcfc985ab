import { HttpStatus } from '@nestjs/common';
import { ApiException } from '../../infra/http/api-exception';
import type { AppSocket } from './socket-types';

/** Messages a socket may send per window; beyond them it is disconnected (a flood, not a client of ours). */
const MESSAGE_WINDOW_MS = 10_000;
const MAX_MESSAGES_PER_WINDOW = 100;

/** Hubs one socket may have joined at once. */
export const MAX_HUBS_PER_SOCKET = 200;

/** Counts a socket's messages in fixed windows and disconnects it past the limit; O(1) memory per socket. */
export function limitSocketMessages(socket: AppSocket): void {
  let windowStart = Date.now();
  let messages = 0;
  socket.use((_packet, next) => {
    const now = Date.now();
    if (now - windowStart >= MESSAGE_WINDOW_MS) {
      windowStart = now;
      messages = 0;
    }
    if (++messages > MAX_MESSAGES_PER_WINDOW) {
      socket.disconnect(true);
      return;
    }
    next();
  });
}

/** A socket is in its own room and its user's room besides its hubs. */
export function assertRoomForAnotherHub(socket: AppSocket): void {
  if (socket.rooms.size - 2 < MAX_HUBS_PER_SOCKET) return;
  throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, `A connection may follow at most ${MAX_HUBS_PER_SOCKET} hubs`);
}
