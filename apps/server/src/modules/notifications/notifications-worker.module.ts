import { Module } from '@nestjs/common';
import { MailerModule } from '../../infra/mail/mailer';
import { UserPushModule } from '../realtime';
import { UnsubscribeLinks } from '../digests/unsubscribe-links';
import { NotificationEmailBatches } from './notification-email.batches';
import { NotificationEmailProcessor } from './notification-email.processor';
import { NotificationEmailService } from './notification-email.service';
import { NotificationPreferences } from './notification-preferences.service';
import { NotificationPush } from './notification.push';
import { NotificationRecorder } from './notification-recorder';
import { NotificationRounds } from './notification-rounds';
import { NotificationSink } from './notification.sink';
import { VoteClosingReminders } from './vote-closing-reminders';

/** The worker's side: batched notification emails, vote-closing reminders (pushed through the Redis adapter). */
@Module({
  imports: [MailerModule, UserPushModule],
  providers: [
    NotificationEmailProcessor,
    NotificationEmailService,
    NotificationEmailBatches,
    NotificationPreferences,
    NotificationRecorder,
    { provide: NotificationSink, useClass: NotificationPush },
    VoteClosingReminders,
    NotificationRounds,
    UnsubscribeLinks,
  ],
})
export class NotificationsWorkerModule {}
