import { Injectable, OnModuleDestroy } from '@nestjs/common';
import type { Subscription } from 'rxjs';
import { NotificationBus } from '../notifications/notification.bus';
import { userRoom, type AppServer } from './socket-types';

/** Pushes each stored notification to its user's room, on every instance through the adapter. */
@Injectable()
export class NotificationRelay implements OnModuleDestroy {
  private subscription?: Subscription;

  constructor(private readonly bus: NotificationBus) {}

  start(server: AppServer): void {
    this.subscription = this.bus.notifications$.subscribe(({ userId, notification }) =>
      server.to(userRoom(userId)).emit('notification', notification),
    );
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
  }
}
