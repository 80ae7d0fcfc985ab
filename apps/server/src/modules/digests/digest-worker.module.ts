import { Module } from '@nestjs/common';
import { MailerModule } from '../../infra/mail/mailer';
import { UserPushModule } from '../../infra/realtime/user-push';
import { DigestDataLoader } from './digest-data.loader';
import { DigestDeliveryService } from './digest-delivery.service';
import { DigestQueueModule } from './digest-queue.module';
import { DigestRecipients } from './digest-recipients';
import { DigestRunService } from './digest-run.service';
import { DigestSchedules } from './digest-schedules.service';
import { DigestBuildProcessor, DigestDeliveryProcessor } from './digest.processors';
import { RedisSettingsCheck } from './redis-settings.check';
import { ScheduleReconciler } from './schedule-reconciler';
import { UnsubscribeLinks } from './unsubscribe-links';

/** The worker's side of digests: the processors and what they call. */
@Module({
  imports: [DigestQueueModule, MailerModule, UserPushModule],
  providers: [
    DigestBuildProcessor,
    DigestDeliveryProcessor,
    DigestRunService,
    DigestDeliveryService,
    DigestSchedules,
    DigestRecipients,
    DigestDataLoader,
    UnsubscribeLinks,
    ScheduleReconciler,
    RedisSettingsCheck,
  ],
})
export class DigestWorkerModule {}
