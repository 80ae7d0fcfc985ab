import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { DIGEST_BUILD_QUEUE, DIGEST_DELIVERY_QUEUE } from './digest-queues';

/** The digest queues, shared by the api (producers, Bull Board) and the worker. */
@Module({
  imports: [BullModule.registerQueue({ name: DIGEST_BUILD_QUEUE }, { name: DIGEST_DELIVERY_QUEUE })],
  exports: [BullModule],
})
export class DigestQueueModule {}
