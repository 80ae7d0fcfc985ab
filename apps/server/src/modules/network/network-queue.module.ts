import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { NETWORK_QUEUE } from './network-queue';

/** The network queue, shared by the api (producers) and the worker. */
@Module({
  imports: [BullModule.registerQueue({ name: NETWORK_QUEUE })],
  exports: [BullModule],
})
export class NetworkQueueModule {}
