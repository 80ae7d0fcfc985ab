import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChallengeNotices } from './challenge-notices';
import { Notification } from './notification.entity';
import { NotificationBus } from './notification.bus';
import { NotificationEmailBatches } from './notification-email.batches';
import { NotificationListener } from './notification.listener';
import { NotificationPreferences } from './notification-preferences.service';
import { NotificationRecorder } from './notification-recorder';
import { NotificationSink } from './notification.sink';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

/** The api's side: the inbox and its settings, notifications made from events and challenges, pushed live. */
@Module({
  imports: [TypeOrmModule.forFeature([Notification])],
  controllers: [NotificationsController],
  providers: [
    NotificationsService,
    NotificationPreferences,
    NotificationRecorder,
    NotificationEmailBatches,
    NotificationBus,
    { provide: NotificationSink, useExisting: NotificationBus },
    NotificationListener,
    ChallengeNotices,
  ],
  exports: [NotificationBus, ChallengeNotices],
})
export class NotificationsModule {}
