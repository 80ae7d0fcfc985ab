import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { unauthorizedMessage } from '@hubspoke/contracts';
import type { Subscription } from 'rxjs';
import { AccessTokenService } from '../auth/access-token.service';
import { SessionRevocations, type EndedSessions } from '../auth/session-revocations';
import { SocketMessageGate } from './socket-message-gate';
import { userRoom, type AppServer, type AppSocket } from './socket-types';

/** setTimeout's longest delay; a later expiry re-arms the timer. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Authenticates the handshake with the HTTP access token, puts each connection's messages through the gate, ends
 * the connection when its token expires, and closes the connections of sessions that end (sign-out, password
 * change) on every instance.
 */
@Injectable()
export class SocketSessions implements OnModuleDestroy {
  private readonly logger = new Logger(SocketSessions.name);
  private readonly expiryTimers = new Map<string, NodeJS.Timeout>();
  private server?: AppServer;
  private endings?: Subscription;

  constructor(
    private readonly tokens: AccessTokenService,
    private readonly revocations: SessionRevocations,
    private readonly gate: SocketMessageGate,
  ) {}

  /** Refuses a connection without a valid token; the client's `connect_error` says `unauthorized: <reason>`. */
  authenticate(server: AppServer): void {
    this.server = server;
    server.use((socket, next) => {
      const check = this.tokens.check((socket.handshake.auth as { token?: unknown } | undefined)?.token);
      if (!check.ok) return next(new Error(unauthorizedMessage(check.reason)));
      const sessionId = check.user.sessionId;
      void (sessionId ? this.revocations.isEnded(sessionId) : Promise.resolve(false)).then((ended) => {
        if (ended) return next(new Error(unauthorizedMessage('ended_session')));
        socket.data.user = check.user;
        socket.data.expiresAt = check.expiresAt;
        next();
      });
    });
    this.endings = this.revocations.ended$.subscribe((ended) => {
      this.disconnect(server, ended).catch((error: Error) =>
        this.logger.warn(`Sockets of ended sessions not closed everywhere: ${error.message}`),
      );
    });
  }

  onModuleDestroy(): void {
    this.endings?.unsubscribe();
  }

  open(socket: AppSocket): void {
    this.gate.open(socket);
    void socket.join(userRoom(socket.data.user.id));
    this.armExpiry(socket);
  }

  close(socket: AppSocket): void {
    this.gate.close(socket);
    clearTimeout(this.expiryTimers.get(socket.id));
    this.expiryTimers.delete(socket.id);
  }

  /**
   * Closes the transport of every socket of this instance, for a restart: unlike a server-side disconnect, a closed
   * transport makes socket.io clients reconnect by themselves (to another instance), then rejoin with their lastSeq.
   */
  handOver(): number {
    const sockets = [...(this.server?.of('/').sockets.values() ?? [])];
    for (const socket of sockets) socket.conn.close();
    return sockets.length;
  }

  /** Through the adapter, so the user's sockets on every instance are reached. */
  private async disconnect(server: AppServer, ended: EndedSessions): Promise<void> {
    const room = server.in(userRoom(ended.userId));
    if (ended.all) return room.disconnectSockets(true);
    const sessions = new Set(ended.sessionIds);
    for (const socket of await room.fetchSockets()) {
      if (socket.data.user.sessionId && sessions.has(socket.data.user.sessionId)) socket.disconnect(true);
    }
  }

  private armExpiry(socket: AppSocket): void {
    const delay = socket.data.expiresAt - Date.now();
    const timer = setTimeout(
      () => {
        if (socket.data.expiresAt > Date.now()) return this.armExpiry(socket);
        socket.emit('session:expired', { reason: 'token_expired' });
        socket.disconnect();
      },
      Math.max(0, Math.min(delay, MAX_TIMER_MS)),
    );
    this.expiryTimers.set(socket.id, timer);
  }
}
