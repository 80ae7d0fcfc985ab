import { Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { ServerToClientEvents } from '@hubspoke/contracts';
import { Emitter } from '@socket.io/redis-emitter';
import { MessageType } from 'socket.io-adapter';
import { PacketType } from 'socket.io-parser';
import type { Env } from '../../infra/config/env';
import { userRoom } from './socket-types';
import {
  connectRedis,
  dropFailedPublishes,
  redisTarget,
  type RedisConnection,
} from '../../infra/redis/redis-connection';
import { SOCKET_ADAPTER_KEY } from '../../infra/realtime/redis-io.adapter';

type Push = (room: string, event: string, args: unknown[]) => void;

/**
 * What the sharded adapter (createShardedAdapter, subscription mode `dynamic`) reads from a room's own channel: a
 * broadcast to that room, published on the shard that holds the channel. @socket.io/redis-emitter speaks only the
 * classic adapter's protocol.
 */
function shardedPush(redis: RedisConnection): Push {
  return (room, event, args) => {
    const message = {
      uid: 'user-push',
      nsp: '/',
      type: MessageType.BROADCAST,
      data: {
        packet: { type: PacketType.EVENT, data: [event, ...args], nsp: '/' },
        opts: { rooms: [room], except: [], flags: {} },
      },
    };
    void redis.spublish(`${SOCKET_ADAPTER_KEY}#/#${room}#`, JSON.stringify(message));
  };
}

function classicPush(redis: RedisConnection): Push {
  const emitter = new Emitter(redis, { key: SOCKET_ADAPTER_KEY });
  return (room, event, args) => emitter.to(room).emit(event, ...args);
}

/**
 * Pushes to a user's room from a process without a socket server (the worker: digests, reminders), through the api's
 * Redis adapter, classic or sharded (REALTIME_ADAPTER). Best effort: what it pushes is stored and listed anyway.
 */
@Injectable()
export class UserPush implements OnApplicationShutdown {
  private readonly redis: RedisConnection;
  private readonly pushToRoom: Push;

  constructor(@Inject(ConfigService) config: ConfigService<Env, true>) {
    // a digest build pushes its hub's digests in one go: auto-pipelining sends them in one write
    this.redis = dropFailedPublishes(
      connectRedis(redisTarget(config), { maxRetriesPerRequest: 1, enableAutoPipelining: true }),
    );
    this.redis.on('error', () => undefined);
    const sharded = config.get('REALTIME_ADAPTER', { infer: true }) === 'sharded';
    this.pushToRoom = sharded ? shardedPush(this.redis) : classicPush(this.redis);
  }

  push<E extends keyof ServerToClientEvents>(
    userId: string,
    event: E,
    ...args: Parameters<ServerToClientEvents[E]>
  ): void {
    this.pushToRoom(userRoom(userId), event, args);
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}

/** One publisher per process, whichever modules push (Nest makes one instance of a module however often imported). */
@Module({ providers: [UserPush], exports: [UserPush] })
export class UserPushModule {}
