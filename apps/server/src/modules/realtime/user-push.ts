import { Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { ServerToClientEvents } from '@hubspoke/contracts';
import { Emitter } from '@socket.io/redis-emitter';
import type { Env } from '../../infra/config/env';
import { userRoom } from './socket-types';
import { SOCKET_ADAPTER_KEY } from '../../infra/realtime/redis-io.adapter';
import { DroppingPublisher } from '../../infra/realtime/socket-redis';

/**
 * Pushes to a user's room from a process without a socket server (the worker: digests, reminders), through the api's
 * Redis adapter. Best effort: what it pushes is stored and listed anyway.
 */
@Injectable()
export class UserPush implements OnApplicationShutdown {
  private readonly redis: DroppingPublisher;
  private readonly emitter: Emitter<ServerToClientEvents>;

  constructor(@Inject(ConfigService) config: ConfigService<Env, true>) {
    // a digest build pushes its hub's digests in one go: auto-pipelining sends them in one write
    this.redis = new DroppingPublisher(config.get('REDIS_URL', { infer: true }), {
      maxRetriesPerRequest: 1,
      enableAutoPipelining: true,
    });
    this.redis.on('error', () => undefined);
    this.emitter = new Emitter(this.redis, { key: SOCKET_ADAPTER_KEY });
  }

  push<E extends keyof ServerToClientEvents>(
    userId: string,
    event: E,
    ...args: Parameters<ServerToClientEvents[E]>
  ): void {
    this.emitter.to(userRoom(userId)).emit(event, ...args);
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}

/** One publisher per process, whichever modules push (Nest makes one instance of a module however often imported). */
@Module({ providers: [UserPush], exports: [UserPush] })
export class UserPushModule {}
