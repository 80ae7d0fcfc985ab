import { Module } from '@nestjs/common';
import { MailerModule } from '../../infra/mail/mailer';
import { UserPushModule } from '../realtime';
import { RollUpReader } from '../goals/roll-up.reader';
import { DigestDataLoader } from './digest-data.loader';
import { DigestDeliveryService } from './digest-delivery.service';
import { DigestRecipients } from './digest-recipients';
import { DigestRunService } from './digest-run.service';
import { DigestSchedules } from './digest-schedules.service';
import { DigestBuildProcessor, DigestDeliveryProcessor } from './digest.processors';
import { RedisSettingsCheck } from './redis-settings.check';
import { ScheduleReconciler } from './schedule-reconciler';
import { UnsubscribeLinks } from './unsubscribe-links';

/** The worker's side of digests: the processors and what they call. */
@Module({
  imports: [MailerModule, UserPushModule],
  providers: [
    DigestBuildProcessor,
    DigestDeliveryProcessor,
    DigestRunService,
    DigestDeliveryService,
    DigestSchedules,
    DigestRecipients,
    DigestDataLoader,
    RollUpReader,
    UnsubscribeLinks,
    ScheduleReconciler,
    RedisSettingsCheck,
  ],
})
export class DigestWorkerModule {}
