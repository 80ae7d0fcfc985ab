import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ApiException } from '../../infra/http/api-exception';
import { HUB_ACCESS_COLUMNS, toHubAccess, type HubAccessRow } from './hub-access.row';
import type { HubAccess } from './policy.service';

/** A caller's standing in a hub as it is now, and the hub's last seq read in the same statement. */
export interface HubAccessNow {
  access: HubAccess;
  lastSeq: number;
}

interface Waiter {
  resolve(value: HubAccessNow): void;
  reject(error: unknown): void;
}

/** Callers per statement at most. */
const MAX_BATCH = 500;

/**
 * The standings of many callers in a hub read by one statement per hub: a load waits while the hub's previous
 * statement runs and then goes with every load that came meanwhile, so a restarted instance's thousands of rejoining
 * sockets cost a few statements, not one each, and a lone join waits for nothing. Nothing is cached: every load reads
 * what is committed when its statement runs, so a membership change, a hub made private or an ended organization
 * membership shows in the next join at once.
 */
@Injectable()
export class HubAccessBatches {
  /** Per hub, the loads waiting for the next statement (user id → its loads), and whether one is running. */
  private readonly hubs = new Map<string, { waiting: Map<string, Waiter[]>; reading: boolean }>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The caller's standing in the hub and its last seq; 404 when the hub does not exist. */
  load(userId: string, hubId: string): Promise<HubAccessNow> {
    return new Promise((resolve, reject) => {
      let hub = this.hubs.get(hubId);
      if (!hub) this.hubs.set(hubId, (hub = { waiting: new Map(), reading: false }));
      hub.waiting.set(userId, [...(hub.waiting.get(userId) ?? []), { resolve, reject }]);
      if (!hub.reading) void this.readWaiting(hubId);
    });
  }

  /** Reads for the loads waiting on the hub, then for those that came meanwhile, until none wait. */
  private async readWaiting(hubId: string): Promise<void> {
    const hub = this.hubs.get(hubId)!;
    hub.reading = true;
    // the loads of this turn of the event loop go together
    await new Promise(setImmediate);
    while (hub.waiting.size > 0) {
      const batch = [...hub.waiting].slice(0, MAX_BATCH);
      for (const [userId] of batch) hub.waiting.delete(userId);
      await this.read(hubId, new Map(batch));
    }
    this.hubs.delete(hubId);
  }

  private async read(hubId: string, waiters: Map<string, Waiter[]>): Promise<void> {
    const userIds = [...waiters.keys()];
    try {
      const rows: (HubAccessRow & { user_id: string; last_seq: string })[] = await this.dataSource.query(
        `SELECT u.user_id, h.last_seq, ${HUB_ACCESS_COLUMNS}
           FROM hub h
          CROSS JOIN unnest($2::uuid[]) AS u(user_id)
           LEFT JOIN hub_member m ON m.hub_id = h.id AND m.user_id = u.user_id AND m.status = 'active'
          WHERE h.id = $1`,
        [hubId, userIds],
      );
      const byUser = new Map(rows.map((row) => [row.user_id, row]));
      for (const [userId, loads] of waiters) {
        const row = byUser.get(userId);
        for (const load of loads) {
          if (row) load.resolve({ access: toHubAccess(hubId, row), lastSeq: Number(row.last_seq) });
          else load.reject(ApiException.notFound('Hub'));
        }
      }
    } catch (error) {
      for (const loads of waiters.values()) for (const load of loads) load.reject(error);
    }
  }
}
