import { Injectable } from '@nestjs/common';
import { UserPush } from '../realtime';
import { NotificationSink, type NewNotification } from './notification.sink';

/** The worker's sink: straight to the users' rooms through the Redis adapter. */
@Injectable()
export class NotificationPush extends NotificationSink {
  constructor(private readonly push: UserPush) {
    super();
  }

  publish(notifications: NewNotification[]): void {
    for (const { userId, notification } of notifications) this.push.push(userId, 'notification', notification);
  }
}
