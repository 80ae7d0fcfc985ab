import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { QUEUES } from './queue-registry';

const registered = BullModule.registerQueue(...QUEUES.map(({ name }) => ({ name })));

/** Every queue of the registry, injectable anywhere with `@InjectQueue(name)`. */
@Global()
@Module({ imports: [registered], exports: [registered] })
export class QueuesModule {}
