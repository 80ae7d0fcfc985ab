import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Subscription } from 'rxjs';
import { DataSource } from 'typeorm';
import type { HubEventRecord } from '../activity/event-audience';
import { HubEventBus } from '../activity/hub-event.bus';
import { planNotifications } from './notification-planner';
import { NotificationRecorder } from './notification-recorder';

/** Makes notifications from committed HubEvents. */
@Injectable()
export class NotificationListener implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(NotificationListener.name);
  private subscription?: Subscription;

  constructor(
    private readonly bus: HubEventBus,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly recorder: NotificationRecorder,
  ) {}

  onModuleInit(): void {
    this.subscription = this.bus.events$.subscribe((event) => {
      this.recordFrom(event).catch((error: Error) =>
        this.logger.error(`No notifications for ${event.type} #${event.seq} of hub ${event.hubId}: ${error.message}`),
      );
    });
  }

  private async recordFrom(event: HubEventRecord): Promise<void> {
    await this.recorder.record(await planNotifications(this.dataSource, event, event.audience.groupId));
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
  }
}
