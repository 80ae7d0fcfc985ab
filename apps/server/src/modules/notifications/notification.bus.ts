import { Injectable } from '@nestjs/common';
import type { NotificationDto } from '@hubspoke/contracts';
import { Subject } from 'rxjs';

export interface NewNotification {
  userId: string;
  notification: NotificationDto;
}

/** Stored notifications, for the realtime layer to push to their users. */
@Injectable()
export class NotificationBus {
  private readonly subject = new Subject<NewNotification>();
  readonly notifications$ = this.subject.asObservable();

  publish(notifications: NewNotification[]): void {
    for (const n of notifications) this.subject.next(n);
  }
}
