import type { INestApplication } from '@nestjs/common';
import type { MessageMappingProperties } from '@nestjs/websockets';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { ConfigService } from '@nestjs/config';
import { createAdapter, createShardedAdapter } from '@socket.io/redis-adapter';
import { defer, filter, type Observable } from 'rxjs';
import type { Server, ServerOptions, Socket } from 'socket.io';
import type { Env } from '../config/env';
import { AdapterTraffic } from './adapter-traffic';
import { SocketRedis } from './socket-redis';

/** The adapter's Redis channel prefix; processes without sockets emit through it too (@socket.io/redis-emitter). */
export const SOCKET_ADAPTER_KEY = 'hubspoke';

/** The largest message a client may send (every client message is a few ids); a larger one closes the connection. */
const MAX_SOCKET_MESSAGE_BYTES = 16 * 1024;

/**
 * socket.io through Redis pub/sub, so an emit to a room reaches its sockets on every api instance.
 * Pub/sub over Streams: lower latency (p50 16 ms vs 49 ms measured), and the Streams adapter's connection-state
 * recovery is not needed since seq catch-up from PostgreSQL is the guarantee (STACK-NOTES.md).
 * REALTIME_ADAPTER=classic: one channel that every instance receives every message on. `sharded`: sharded pub/sub
 * (Redis 7), a channel per room that only the instances with sockets in it subscribe to, spread over a cluster's
 * nodes by slot (README, "Scaling past one Redis").
 */
export class RedisIoAdapter extends IoAdapter {
  constructor(private readonly app: INestApplication) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, {
      ...options,
      serveClient: false,
      maxHttpBufferSize: MAX_SOCKET_MESSAGE_BYTES,
    } as ServerOptions);
    const { pub, sub } = this.app.get(SocketRedis).connect();
    const adapter = this.app.get(ConfigService<Env, true>).get('REALTIME_ADAPTER', { infer: true });
    this.app.get(AdapterTraffic).observe(server, sub, adapter);
    server.adapter(
      adapter === 'sharded'
        ? createShardedAdapter(pub, sub, { channelPrefix: SOCKET_ADAPTER_KEY, subscriptionMode: 'dynamic' })
        : createAdapter(pub, sub, { key: SOCKET_ADAPTER_KEY, requestsTimeout: 2000 }),
    );
    return server;
  }

  /**
   * Plain listeners instead of Nest's RxJS chain per socket and handler, which doubled the memory of every idle
   * connection (measured: 34 KB against 17 KB per client at 3,000 clients). Same contract: a handler's return value
   * answers the ack, or is emitted when it has an `event`; a failing handler is logged and the socket stays usable.
   */
  override bindMessageHandlers(
    socket: Socket,
    handlers: MessageMappingProperties[],
    transform: (data: unknown) => Observable<unknown>,
  ): void {
    for (const { message, callback, isAckHandledManually } of handlers) {
      socket.on(message as string, (...args: unknown[]) => {
        const { data, ack } = this.mapPayload(args.length === 1 ? args[0] : args);
        defer(() => transform(callback(data, ack)))
          .pipe(filter((response) => response !== null && response !== undefined))
          .subscribe({
            next: (response) => {
              const reply = response as { event?: string; data?: unknown };
              if (reply.event) socket.emit(reply.event, reply.data);
              else if (!isAckHandledManually && typeof ack === 'function') ack(response);
            },
            error: (error: unknown) => this.logger.error(error),
          });
      });
    }
  }
}
