import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Env } from '../config/env';
import { connectRedis, redisTarget, type RedisConnection } from './redis-connection';

/**
 * How long a command may wait for Redis's answer. Without it a command sent over a connection that went silent (a
 * network partition that drops packets; no reset) waits until TCP gives up, minutes later, and so would every write
 * (the rate limit asks Redis first). Redis answers in well under a millisecond; a second is an outage.
 */
export const REDIS_COMMAND_TIMEOUT_MS = 1_000;

/**
 * The api's shared ioredis connection (health, rate limits, presence). Never blocks a request when Redis is away: with
 * the connection down a command fails at once (no offline queue), and with it silent it fails after
 * REDIS_COMMAND_TIMEOUT_MS.
 */
@Injectable()
export class RedisClient implements OnApplicationShutdown {
  readonly redis: RedisConnection;

  constructor(@Inject(ConfigService) config: ConfigService<Env, true>) {
    this.redis = connectRedis(redisTarget(config), {
      lazyConnect: false,
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
      retryStrategy: (times) => Math.min(times * 200, 2000),
    });
    this.redis.on('error', () => undefined); // reconnects by itself; readiness reports the outage
  }

  async onApplicationShutdown(): Promise<void> {
    this.redis.disconnect();
  }
}

/** After Redis failed to answer, best-effort checks skip it this long rather than each paying the command timeout. */
const SKIP_AFTER_FAILURE_MS = 5_000;

/**
 * Shared by the checks that go on without Redis (rate limits, ended sessions): once one of them found Redis silent
 * or away, the others skip it too for a few seconds, so a request pays the command timeout once, not once per check.
 */
@Injectable()
export class RedisShortcut {
  private skipUntil = 0;

  get skipping(): boolean {
    return Date.now() < this.skipUntil;
  }

  failed(): void {
    this.skipUntil = Date.now() + SKIP_AFTER_FAILURE_MS;
  }
}

@Global()
@Module({ providers: [RedisClient, RedisShortcut], exports: [RedisClient, RedisShortcut] })
export class RedisModule {}
