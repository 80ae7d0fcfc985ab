import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import {
  BuildJob,
  BUILD_OPTIONS,
  buildJobId,
  DIGEST_BUILD_QUEUE,
  scheduleId,
  scheduleIdPrefix,
  TICK_OPTIONS,
  type BuildData,
  type TickData,
} from './digest-queues';
import { DigestRecipients } from './digest-recipients';
import { cronPattern, lastPeriod, periodUntilNow } from './digest-slot';
import type { ActiveCadence } from '@hubspoke/contracts';

export interface ReconcileResult {
  added: number;
  removed: number;
  total: number;
}

/**
 * The digest schedules, as BullMQ job schedulers derived from PostgreSQL. Reconciling is idempotent (schedulers are
 * upserted by a deterministic id), so a Redis that lost its data gets them all back and none is doubled.
 */
@Injectable()
export class DigestSchedules {
  constructor(
    private readonly recipients: DigestRecipients,
    @InjectQueue(DIGEST_BUILD_QUEUE) private readonly queue: Queue<TickData | BuildData>,
  ) {}

  async reconcile(): Promise<ReconcileResult> {
    const desired = await this.recipients.slots(scheduleId);
    const existing = new Set(
      (await this.queue.getJobSchedulers(0, -1)).map((s) => s.key).filter((k) => k.startsWith(scheduleIdPrefix)),
    );
    let removed = 0;
    for (const key of existing) {
      if (!desired.has(key) && (await this.queue.removeJobScheduler(key))) removed += 1;
    }
    let added = 0;
    for (const [id, { hubId, slot }] of desired) {
      if (existing.has(id)) continue;
      await this.queue.upsertJobScheduler(
        id,
        { pattern: cronPattern(slot), tz: slot.timeZone },
        { name: BuildJob.tick, data: { hubId, slot }, opts: TICK_OPTIONS },
      );
      added += 1;
    }
    return { added, removed, total: desired.size };
  }

  /** A schedule fired: queue the build of the period that just ended, once per hub, cadence and period. */
  async tick({ hubId, slot }: TickData, at: Date): Promise<string> {
    const period = lastPeriod(slot, at);
    return this.enqueueBuild({
      hubId,
      cadence: slot.cadence,
      periodStart: period.start.toISOString(),
      periodEnd: period.end.toISOString(),
      periodKey: period.key,
      audience: 'scheduled',
    });
  }

  /** Send-now: the cadence's length up to now, for every user of the hub whose digests are on. */
  sendNow(hubId: string, cadence: ActiveCadence, at: Date): Promise<string> {
    const period = periodUntilNow(cadence, at);
    return this.enqueueBuild({
      hubId,
      cadence,
      periodStart: period.start.toISOString(),
      periodEnd: period.end.toISOString(),
      periodKey: period.key,
      audience: 'now',
    });
  }

  private async enqueueBuild(data: BuildData): Promise<string> {
    const jobId = buildJobId(data.hubId, data.cadence, data.periodKey);
    await this.queue.add(BuildJob.build, data, { ...BUILD_OPTIONS, jobId });
    return jobId;
  }
}
