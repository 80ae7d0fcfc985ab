import { Injectable } from '@nestjs/common';
import { Subject } from 'rxjs';
import { NotificationSink, type NewNotification } from './notification.sink';

/** Stored notifications, for the realtime layer to push to their users. */
@Injectable()
export class NotificationBus extends NotificationSink {
  private readonly subject = new Subject<NewNotification>();
  readonly notifications$ = this.subject.asObservable();

  publish(notifications: NewNotification[]): void {
    for (const n of notifications) this.subject.next(n);
  }
}
