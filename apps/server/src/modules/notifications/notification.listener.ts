import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type { Subscription } from 'rxjs';
import { HubEventBus } from '../activity/hub-event.bus';
import { NotificationsService } from './notifications.service';

/** Makes notifications from committed HubEvents. */
@Injectable()
export class NotificationListener implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(NotificationListener.name);
  private subscription?: Subscription;

  constructor(
    private readonly bus: HubEventBus,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.subscription = this.bus.events$.subscribe((event) => {
      this.notifications
        .recordFrom(event)
        .catch((error: Error) =>
          this.logger.error(`No notifications for ${event.type} #${event.seq} of hub ${event.hubId}: ${error.message}`),
        );
    });
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
  }
}
