import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QueueConnectionModule } from '../../infra/queue/queue-connection.module';
import { RATINGS_QUEUE } from './ratings-queue';

@Module({
  imports: [QueueConnectionModule, BullModule.registerQueue({ name: RATINGS_QUEUE })],
  exports: [BullModule],
})
export class RatingsQueueModule {}
