import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DigestContent } from '@hubspoke/contracts';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { UserPush } from '../realtime';
import { composeDigest } from './digest-composer';
import { DigestDataLoader } from './digest-data.loader';
import { digestRowToDto, type DigestRow } from './digest.mapper';
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
 * Builds a hub's digests for one period, delivers them in-app and queues their emails as one batch job. Safe to run
 * again for the same period: digests and deliveries are insert-or-skip on their unique keys, only unsent emails are
 * queued, and the batch job's id is the period's, so it is queued once.
 */
@Injectable()
export class DigestRunService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly recipients: DigestRecipients,
    private readonly loader: DigestDataLoader,
    private readonly push: UserPush,
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
    const { emails, inApp } = await this.store(job, composed);
    for (const digest of inApp) this.push.push(digest.user_id, 'digest', digestRowToDto(digest));
    result.digests = composed.length;
    result.deliveries = emails.length + inApp.length;
    if (emails.length > 0) {
      await this.deliveries.add(
        DELIVER_JOB,
        { deliveryIds: emails },
        { ...DELIVER_OPTIONS, jobId: deliverJobId(job.hubId, job.cadence, job.periodKey) },
      );
    }
    return result;
  }

  private inAudience(r: HubRecipient, job: BuildData, end: Date): boolean {
    const slot = slotOf(r.preference);
    if (!slot || r.preference.channels.length === 0) return false;
    if (job.audience === 'now') return true;
    return slot.cadence === job.cadence && lastPeriod(slot, end).key === job.periodKey;
  }

  /**
   * The digests and their deliveries, each created once, in one transaction. In-app delivery is the stored digest
   * itself, so its delivery is created delivered (the live push follows the commit); the email deliveries not yet done
   * are returned. Every statement reaches the digests through their unique key, user by user, so the cost follows the
   * audience, not the hub's past digests.
   */
  private async store(
    job: BuildData,
    composed: { recipient: HubRecipient; content: DigestContent }[],
  ): Promise<{ emails: string[]; inApp: DigestRow[] }> {
    const key = [job.hubId, job.cadence, job.periodKey];
    const users = composed.map((c) => c.recipient.userId);
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
          users,
          composed.map((c) => digestSubject(c.content, job.cadence)),
          composed.map((c) => JSON.stringify(c.content)),
        ],
      );
      // in-app delivery is the stored digest itself: created delivered, and pushed when this run created it
      const inApp: DigestRow[] = await manager.query(
        `WITH created AS (
           INSERT INTO digest_delivery (digest_id, channel, status, delivered_at, attempts)
           SELECT d.id, t.channel, CASE t.channel WHEN 'in_app' THEN 'delivered' ELSE 'pending' END::delivery_status,
                  CASE t.channel WHEN 'in_app' THEN now() END, (t.channel = 'in_app')::int
             FROM unnest($4::uuid[], $5::digest_channel[]) AS t(user_id, channel)
             JOIN digest d ON d.hub_id = $1 AND d.cadence = $2 AND d.period_key = $3 AND d.user_id = t.user_id
           ON CONFLICT (digest_id, channel) DO NOTHING
           RETURNING digest_id, channel)
         SELECT d.id, d.hub_id, d.user_id, d.cadence, d.subject, d.content, d.read_at, d.created_at
           FROM created c JOIN digest d ON d.id = c.digest_id
          WHERE c.channel = 'in_app'`,
        [...key, pairs.map((p) => p[0]), pairs.map((p) => p[1])],
      );
      const emails: { id: string }[] = await manager.query(
        `SELECT dd.id FROM digest_delivery dd JOIN digest d ON d.id = dd.digest_id
          WHERE d.hub_id = $1 AND d.cadence = $2 AND d.period_key = $3 AND d.user_id = ANY($4::uuid[])
            AND dd.channel = 'email' AND dd.status <> 'delivered'`,
        [...key, users],
      );
      return { emails: emails.map((e) => e.id), inApp };
    });
  }
}
