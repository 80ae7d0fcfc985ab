import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { RATINGS_QUEUE } from './ratings-queue';

@Module({
  imports: [BullModule.registerQueue({ name: RATINGS_QUEUE })],
  exports: [BullModule],
})
export class RatingsQueueModule {}
