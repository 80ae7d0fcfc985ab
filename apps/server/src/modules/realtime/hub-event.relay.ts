import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import type { HubEventDto } from '@hubspoke/contracts';
import { concatMap, type Subscription } from 'rxjs';
import { HubEventBus } from '../activity/hub-event.bus';
import { accessLostBy } from './access-loss';
import { evictFromHub } from './eviction';
import { hubRoom, type AppServer } from './socket-types';

/** Turns each committed HubEvent into a message to its hub's room, on every instance through the adapter. */
@Injectable()
export class HubEventRelay implements OnModuleDestroy {
  private readonly logger = new Logger(HubEventRelay.name);
  private subscription?: Subscription;

  constructor(private readonly bus: HubEventBus) {}

  start(server: AppServer): void {
    // one at a time, in order: an event after an eviction waits until every instance applied it
    this.subscription = this.bus.events$
      .pipe(concatMap((event) => this.relay(server, event).catch((error: unknown) => this.logger.error(error))))
      .subscribe();
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
  }

  private async relay(server: AppServer, event: HubEventDto): Promise<void> {
    const lost = accessLostBy(event);
    // Out of the room before the event goes to it, so a removed member receives nothing more.
    if (lost) await evictFromHub(server, event.hubId, lost.userId, lost.reason);
    server.to(hubRoom(event.hubId)).emit('hub:event', event);
  }
}
