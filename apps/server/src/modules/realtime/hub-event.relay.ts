import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { concatMap, type Subscription } from 'rxjs';
import { forReader, redacted, type HubEventRecord } from '../activity/event-audience';
import { HubEventBus } from '../activity/hub-event.bus';
import { groupSight } from '../policy/group-sight';
import { PolicyService } from '../policy/policy.service';
import { accessLostBy } from './access-loss';
import { evictFromHub } from './eviction';
import { syncGroupMembers, syncUserGroupRooms } from './group-rooms';
import { allGroupsRoom, groupRoom, hubRoom, type AppServer } from './socket-types';

const FULL_SIGHT = { all: true, groupIds: [] };

/**
 * Turns each committed HubEvent into a message to its hub's room, on every instance through the adapter. An event
 * about a group-only item goes in full to its group's room and the secretariat's, and as a placeholder to the rest.
 */
@Injectable()
export class HubEventRelay implements OnModuleDestroy {
  private readonly logger = new Logger(HubEventRelay.name);
  private subscription?: Subscription;

  constructor(
    private readonly bus: HubEventBus,
    private readonly policy: PolicyService,
  ) {}

  start(server: AppServer): void {
    // one at a time, in order: an event after an eviction waits until every instance applied it
    this.subscription = this.bus.events$
      .pipe(concatMap((event) => this.relay(server, event).catch((error: unknown) => this.logger.error(error))))
      .subscribe();
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
  }

  private async relay(server: AppServer, event: HubEventRecord): Promise<void> {
    const lost = accessLostBy(event);
    // Out of the room before the event goes to it, so a removed member receives nothing more.
    if (lost) await evictFromHub(server, event.hubId, lost.userId, lost.reason);
    await this.syncGroupRooms(server, event);
    const groupId = event.audience.groupId;
    if (!groupId) {
      server.to(hubRoom(event.hubId)).emit('hub:event', forReader(event, FULL_SIGHT));
      return;
    }
    const readers = [groupRoom(event.hubId, groupId), allGroupsRoom(event.hubId)];
    server.to(readers).emit('hub:event', forReader(event, FULL_SIGHT));
    server.to(hubRoom(event.hubId)).except(readers).emit('hub:event', redacted(event));
  }

  /** Group rooms follow group membership and roles before the next event goes out. */
  private async syncGroupRooms(server: AppServer, event: HubEventRecord): Promise<void> {
    if (event.type === 'group.created' || event.type === 'group.updated') {
      const members = new Set(event.payload.members.map((m) => m.userId));
      await syncGroupMembers(server, event.hubId, event.payload.id, members);
    } else if (event.type === 'member.role_changed' && event.payload.userId) {
      const access = await this.policy.access(
        { id: event.payload.userId, email: '', emailVerified: true },
        event.hubId,
      );
      await syncUserGroupRooms(server, event.hubId, event.payload.userId, groupSight(access));
    }
  }
}
