import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Env } from '../../infra/config/env';
import { DIGEST_BUILD_QUEUE, DIGEST_DELIVERY_QUEUE } from './digest-queues';

/** The BullMQ connection and the digest queues, shared by the api (producers, Bull Board) and the worker. */
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<Env, true>) => ({
        connection: { url: config.get('REDIS_URL', { infer: true }) },
        prefix: config.get('QUEUE_PREFIX', { infer: true }),
      }),
    }),
    BullModule.registerQueue({ name: DIGEST_BUILD_QUEUE }, { name: DIGEST_DELIVERY_QUEUE }),
  ],
  exports: [BullModule],
})
export class DigestQueueModule {}
