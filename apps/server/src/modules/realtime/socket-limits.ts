import { HttpStatus } from '@nestjs/common';
import { ApiException } from '../../infra/http/api-exception';
import type { AppSocket } from './socket-types';

/** Hubs one socket may have joined at once. */
export const MAX_HUBS_PER_SOCKET = 200;

/** Socket messages are counted in windows of 10 s. */
export const MESSAGE_WINDOW_MS = 10_000;
/**
 * Past this, a socket is disconnected as a flood. A client rejoining the most hubs after a reconnect sends about 400
 * at once: a join and a presence per hub.
 */
export const MAX_SOCKET_MESSAGES_PER_WINDOW = 500;
/**
 * Past this, an account's further messages on an instance are answered 429 until the window ends: room for two of
 * its connections rejoining every hub they may follow at the same moment.
 */
export const MAX_ACCOUNT_MESSAGES_PER_WINDOW = 1_000;

/** Counts hits in fixed windows, each starting at its first hit, in O(1) time and memory. */
export class FixedWindowCounter {
  private startedAt = Number.NEGATIVE_INFINITY;
  private hits = 0;

  constructor(
    private readonly windowMs: number,
    private readonly limit: number,
  ) {}

  /** Counts a hit; past the limit, the ms until the window ends (always > 0), else 0. */
  hit(now = Date.now()): number {
    if (this.endedBy(now)) {
      this.startedAt = now;
      this.hits = 0;
    }
    return ++this.hits > this.limit ? this.startedAt + this.windowMs - now : 0;
  }

  endedBy(now: number): boolean {
    return now - this.startedAt >= this.windowMs;
  }
}

/** A socket is in its own room and its user's room besides its hubs. */
export function assertRoomForAnotherHub(socket: AppSocket): void {
  if (socket.rooms.size - 2 < MAX_HUBS_PER_SOCKET) return;
  throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, `A connection may follow at most ${MAX_HUBS_PER_SOCKET} hubs`);
}
