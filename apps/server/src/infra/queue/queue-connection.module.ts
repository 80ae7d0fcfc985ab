import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { QueueOptions } from 'bullmq';
import type { RedisOptions } from 'ioredis';
import type { Env } from '../config/env';
import { connectRedis, redisTarget, type RedisConnection } from '../redis/redis-connection';
import { REDIS_COMMAND_TIMEOUT_MS } from '../redis/redis.module';

/**
 * `api` (queue producers only): a request that queues a job while Redis is down or silent fails at once, or after
 * REDIS_COMMAND_TIMEOUT_MS, and answers 503, instead of waiting for Redis to return, as BullMQ advises for producers
 * behind HTTP. `worker`: its processors wait for Redis (their blocking commands must not time out).
 */
export type QueueRole = 'api' | 'worker';

const CONNECTION_BY_ROLE: Record<
  QueueRole,
  Pick<RedisOptions, 'enableOfflineQueue' | 'commandTimeout' | 'maxRetriesPerRequest'>
> = {
  api: { enableOfflineQueue: false, commandTimeout: REDIS_COMMAND_TIMEOUT_MS },
  worker: { maxRetriesPerRequest: null },
};

/**
 * BullMQ's connection: options for one Redis (BullMQ opens its connections itself), or one shared ioredis Cluster
 * client, which BullMQ does not close, so this does, after BullMQ closed its queues and workers (a global module's
 * shutdown hook runs after those of the modules that register queues and after BullMQ's own, registered later).
 */
@Injectable()
export class QueueRedis implements OnApplicationShutdown {
  private cluster?: RedisConnection;

  constructor(@Inject(ConfigService) private readonly config: ConfigService<Env, true>) {}

  options(role: QueueRole): QueueOptions {
    const prefix = this.config.get('QUEUE_PREFIX', { infer: true });
    const target = redisTarget(this.config);
    if (!target.REDIS_CLUSTER_NODES) {
      return { connection: { url: target.REDIS_URL, ...CONNECTION_BY_ROLE[role] }, prefix };
    }
    this.cluster ??= connectRedis(target, CONNECTION_BY_ROLE[role]);
    // A job's keys must share a hash slot (BullMQ's scripts touch several at once): the prefix's hash tag does it.
    return { connection: this.cluster, prefix: `{${prefix}}` };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.cluster?.quit().catch(() => undefined);
  }
}

@Global()
@Module({ providers: [QueueRedis], exports: [QueueRedis] })
class QueueRedisModule {}

/** The BullMQ connection every queue of the process shares (REDIS_URL or REDIS_CLUSTER_NODES, keys under QUEUE_PREFIX). */
@Module({})
export class QueueConnectionModule {
  static forRoot(role: QueueRole): DynamicModule {
    return {
      module: QueueConnectionModule,
      imports: [
        BullModule.forRootAsync({
          imports: [QueueRedisModule],
          inject: [QueueRedis],
          useFactory: (redis: QueueRedis) => redis.options(role),
        }),
      ],
    };
  }
}
