import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DigestContent } from '@hubspoke/contracts';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { composeDigest } from './digest-composer';
import { DigestDataLoader } from './digest-data.loader';
import { digestRowToDto, type DigestRow } from './digest.mapper';
import { DigestPush } from './digest-push';
import {
  DELIVER_JOB,
  DELIVER_OPTIONS,
  deliverJobId,
  DIGEST_DELIVERY_QUEUE,
  type BuildData,
  type DeliverData,
} from './digest-queues';
import { DigestRecipients, slotOf, type HubRecipient } from './digest-recipients';
import { lastPeriod } from './digest-slot';
import { digestSubject } from './digest-render';

export interface BuildResult {
  digests: number;
  skippedEmpty: number;
  deliveries: number;
}

/**
 * Builds a hub's digests for one period, delivers them in-app and queues their emails. Safe to run again for the same
 * period: digests and deliveries are insert-or-skip on their unique keys, and only unsent emails are queued.
 */
@Injectable()
export class DigestRunService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly recipients: DigestRecipients,
    private readonly loader: DigestDataLoader,
    private readonly push: DigestPush,
    @InjectQueue(DIGEST_DELIVERY_QUEUE) private readonly deliveries: Queue<DeliverData>,
  ) {}

  async build(job: BuildData): Promise<BuildResult> {
    const start = new Date(job.periodStart);
    const end = new Date(job.periodEnd);
    const audience = (await this.recipients.ofHub(job.hubId)).filter((r) => this.inAudience(r, job, end));
    const result: BuildResult = { digests: 0, skippedEmpty: 0, deliveries: 0 };
    if (audience.length === 0) return result;
    const data = await this.loader.load(job.hubId, start, end);
    if (!data) return result;
    const composed: { recipient: HubRecipient; content: DigestContent }[] = [];
    for (const recipient of audience) {
      const content = composeDigest(data, recipient);
      if (content) composed.push({ recipient, content });
      else result.skippedEmpty += 1;
    }
    if (composed.length === 0) return result;
    const { pending, inApp } = await this.store(job, composed);
    for (const digest of inApp) this.push.push(digest.user_id, digestRowToDto(digest));
    result.digests = composed.length;
    result.deliveries = pending.length + inApp.length;
    await this.deliveries.addBulk(
      pending.map((deliveryId) => ({
        name: DELIVER_JOB,
        data: { deliveryId },
        opts: { ...DELIVER_OPTIONS, jobId: deliverJobId(deliveryId) },
      })),
    );
    return result;
  }

  private inAudience(r: HubRecipient, job: BuildData, end: Date): boolean {
    const slot = slotOf(r.preference);
    if (!slot || r.preference.channels.length === 0) return false;
    if (job.audience === 'now') return true;
    return slot.cadence === job.cadence && lastPeriod(slot, end).key === job.periodKey;
  }

  /**
   * The digests and their deliveries, each created once. In-app delivery is the stored digest itself, so it is marked
   * delivered in the same transaction (the live push follows the commit); the emails not yet sent are returned.
   */
  private async store(
    job: BuildData,
    composed: { recipient: HubRecipient; content: DigestContent }[],
  ): Promise<{ pending: string[]; inApp: DigestRow[] }> {
    const key = [job.hubId, job.cadence, job.periodKey];
    const pairs = composed.flatMap(({ recipient }) =>
      recipient.preference.channels.map((ch) => [recipient.userId, ch]),
    );
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO digest (hub_id, cadence, period_key, period_start, period_end, user_id, subject, content)
         SELECT $1, $2, $3, $4, $5, t.user_id, t.subject, t.content
           FROM unnest($6::uuid[], $7::text[], $8::jsonb[]) AS t(user_id, subject, content)
         ON CONFLICT (hub_id, user_id, cadence, period_key) DO NOTHING`,
        [
          ...key,
          job.periodStart,
          job.periodEnd,
          composed.map((c) => c.recipient.userId),
          composed.map((c) => digestSubject(c.content, job.cadence)),
          composed.map((c) => JSON.stringify(c.content)),
        ],
      );
      await manager.query(
        `INSERT INTO digest_delivery (digest_id, channel)
         SELECT d.id, t.channel::digest_channel
           FROM unnest($4::uuid[], $5::text[]) AS t(user_id, channel)
           JOIN digest d ON d.hub_id = $1 AND d.cadence = $2 AND d.period_key = $3 AND d.user_id = t.user_id
         ON CONFLICT (digest_id, channel) DO NOTHING`,
        [...key, pairs.map((p) => p[0]), pairs.map((p) => p[1])],
      );
      // TypeORM answers an UPDATE with [rows, rowCount]
      const [inApp]: [DigestRow[], number] = await manager.query(
        `UPDATE digest_delivery dd SET status = 'delivered', delivered_at = now(), attempts = attempts + 1
           FROM digest d
          WHERE d.id = dd.digest_id AND d.hub_id = $1 AND d.cadence = $2 AND d.period_key = $3
            AND dd.channel = 'in_app' AND dd.status <> 'delivered'
         RETURNING d.id, d.hub_id, d.user_id, d.cadence, d.subject, d.content, d.read_at, d.created_at`,
        key,
      );
      const pending: { id: string }[] = await manager.query(
        `SELECT dd.id FROM digest_delivery dd JOIN digest d ON d.id = dd.digest_id
          WHERE d.hub_id = $1 AND d.cadence = $2 AND d.period_key = $3 AND dd.status <> 'delivered'`,
        key,
      );
      return { pending: pending.map((p) => p.id), inApp };
    });
  }
}
