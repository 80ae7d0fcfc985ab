import { HttpException, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, MoreThanOrEqual, Repository } from 'typeorm';
import type { Subscription } from 'rxjs';
import { SocketRedis } from '../../infra/realtime/socket-redis';
import { HubEvent } from '../activity/hub-event.entity';
import { storedContent } from '../activity/hub-event.mapper';
import { PolicyService } from '../policy/policy.service';
import { accessLostBy } from './access-loss';
import { evictLocalSocketsFromHub } from './eviction';
import { hubIdOfRoom, hubRoom, type AppServer } from './socket-types';

/** How often each instance tells its hub rooms their latest seq, so a client that missed a last event notices. */
const HEAD_INTERVAL_MS = 10_000;
/** Removals committed this long before an outage was noticed may not have reached this instance either. */
const OUTAGE_MARGIN_MS = 30_000;

/**
 * Repairs what cross-instance delivery can lose. Pub/sub drops messages while Redis is away, so after an outage
 * this instance evicts the members removed meanwhile and announces every local hub's latest seq; clients behind it
 * fetch the missing events. The announcement also runs periodically.
 */
@Injectable()
export class DeliveryRepair implements OnModuleDestroy {
  private readonly logger = new Logger(DeliveryRepair.name);
  private timer?: NodeJS.Timeout;
  private subscription?: Subscription;

  constructor(
    private readonly socketRedis: SocketRedis,
    private readonly policy: PolicyService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(HubEvent) private readonly events: Repository<HubEvent>,
  ) {}

  start(server: AppServer): void {
    this.timer = setInterval(() => this.run('announce heads', () => this.announceHeads(server)), HEAD_INTERVAL_MS);
    this.subscription = this.socketRedis.restored$.subscribe((since) =>
      this.run('repair after the Redis outage', async () => {
        await this.evictRemovedSince(server, new Date(since.getTime() - OUTAGE_MARGIN_MS));
        await this.announceHeads(server);
      }),
    );
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
    this.subscription?.unsubscribe();
  }

  private run(what: string, work: () => Promise<void>): void {
    work().catch((error: Error) => this.logger.warn(`Could not ${what}: ${error.message}`));
  }

  /** The hubs with a room on this instance. */
  private localHubIds(server: AppServer): string[] {
    return [...server.of('/').adapter.rooms.keys()].flatMap((room) => hubIdOfRoom(room) ?? []);
  }

  private async announceHeads(server: AppServer): Promise<void> {
    const hubIds = this.localHubIds(server);
    if (hubIds.length === 0) return;
    const rows: { id: string; last_seq: string }[] = await this.dataSource.query(
      'SELECT id, last_seq FROM hub WHERE id = ANY($1)',
      [hubIds],
    );
    for (const row of rows) {
      server.local.to(hubRoom(row.id)).emit('hub:head', { hubId: row.id, lastSeq: Number(row.last_seq) });
    }
  }

  private async evictRemovedSince(server: AppServer, since: Date): Promise<void> {
    const hubIds = this.localHubIds(server);
    if (hubIds.length === 0) return;
    const rows = await this.events.find({
      where: {
        hubId: In(hubIds),
        type: In(['member.removed', 'member.role_changed']),
        createdAt: MoreThanOrEqual(since),
      },
      order: { seq: 'ASC' },
    });
    const losses = new Map(
      rows.flatMap((row) => {
        const lost = accessLostBy(storedContent(row));
        return lost ? [[`${row.hubId}/${lost.userId}`, { hubId: row.hubId, ...lost }] as const] : [];
      }),
    );
    for (const { hubId, userId, reason } of losses.values()) {
      // The user may have been let back in since; the policy decides on the current state.
      const stillReads = await this.policy
        .authorize({ id: userId, email: '', emailVerified: true }, hubId, 'hub.read')
        .then(
          () => true,
          (error: unknown) => {
            if (error instanceof HttpException) return false;
            throw error;
          },
        );
      if (!stillReads) await evictLocalSocketsFromHub(server, hubId, userId, reason);
    }
  }
}
