import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Env } from '../config/env';
import { REDIS_COMMAND_TIMEOUT_MS } from '../redis/redis.module';

/**
 * `api` (queue producers only): a request that queues a job while Redis is down or silent fails at once, or after
 * REDIS_COMMAND_TIMEOUT_MS, and answers 503, instead of waiting for Redis to return, as BullMQ advises for producers
 * behind HTTP. `worker`: its processors wait for Redis (their blocking commands must not time out).
 */
export type QueueRole = 'api' | 'worker';

const CONNECTION_BY_ROLE: Record<QueueRole, { enableOfflineQueue?: boolean; commandTimeout?: number }> = {
  api: { enableOfflineQueue: false, commandTimeout: REDIS_COMMAND_TIMEOUT_MS },
  worker: {},
};

/** The BullMQ connection every queue of the process shares (REDIS_URL, keys under QUEUE_PREFIX). */
@Module({})
export class QueueConnectionModule {
  static forRoot(role: QueueRole): DynamicModule {
    return {
      module: QueueConnectionModule,
      imports: [
        BullModule.forRootAsync({
          inject: [ConfigService],
          useFactory: (config: ConfigService<Env, true>) => ({
            connection: { url: config.get('REDIS_URL', { infer: true }), ...CONNECTION_BY_ROLE[role] },
            prefix: config.get('QUEUE_PREFIX', { infer: true }),
          }),
        }),
      ],
    };
  }
}
