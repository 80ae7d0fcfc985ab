import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { DiscoveryModule } from '@nestjs/core';
import { validateEnv } from './infra/config/env';
import { DatabaseModule } from './infra/database/database.module';
import { IdempotencyWorkerModule } from './infra/idempotency/idempotency-worker.module';
import { LoggingModule } from './infra/logging/logging.module';
import { QueueConnectionModule } from './infra/queue/queue-connection.module';
import { AccountMailWorkerModule } from './modules/account-mail/account-mail.module';
import { DigestWorkerModule } from './modules/digests/digest-worker.module';
import { NetworkWorkerModule } from './modules/network/network-worker.module';
import { NotificationsWorkerModule } from './modules/notifications/notifications-worker.module';
import { RatingsWorkerModule } from './modules/ratings/ratings-worker.module';
import { JobHandlerCheck } from './queues/job-handler-check';
import { QueuesModule } from './queues/queues.module';

/** The worker: BullMQ processors, no http server. Scales by running more of it. */
@Module({})
export class WorkerModule {
  static forRoot(): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, validate: validateEnv }),
        LoggingModule,
        DatabaseModule,
        QueueConnectionModule.forRoot('worker'),
        QueuesModule,
        DiscoveryModule,
        DigestWorkerModule,
        AccountMailWorkerModule,
        NotificationsWorkerModule,
        NetworkWorkerModule,
        RatingsWorkerModule,
        IdempotencyWorkerModule,
      ],
      providers: [JobHandlerCheck],
    };
  }
}
