import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import type { Env } from '../../infra/config/env';
import {
  emailSlot,
  NOTIFICATION_EMAIL_OPTIONS,
  NOTIFICATION_EMAIL_QUEUE,
  SEND_NOTIFICATION_EMAIL_JOB,
  type NotificationEmailJob,
} from './notification-email.queue';

/**
 * Schedules each user's next notification email: at most one per NOTIFICATION_EMAIL_WINDOW_SECONDS. PostgreSQL keeps
 * what waits to be emailed, so a job lost with Redis (or never queued while it was away) is queued again by the sweep.
 */
@Injectable()
export class NotificationEmailBatches {
  private readonly windowMs: number;

  constructor(
    @InjectQueue(NOTIFICATION_EMAIL_QUEUE) private readonly queue: Queue<NotificationEmailJob>,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ConfigService) config: ConfigService<Env, true>,
  ) {
    this.windowMs = config.get('NOTIFICATION_EMAIL_WINDOW_SECONDS', { infer: true }) * 1000;
  }

  async schedule(userIds: string[], now = Date.now()): Promise<void> {
    await this.queue.addBulk(
      userIds.map((userId) => ({
        name: SEND_NOTIFICATION_EMAIL_JOB,
        data: { userId },
        opts: { ...NOTIFICATION_EMAIL_OPTIONS, ...emailSlot(userId, this.windowMs, now) },
      })),
    );
  }

  /** Queues the email of every user whose notifications waited past their window (their job was lost). */
  async scheduleOverdue(now = Date.now()): Promise<number> {
    const rows = await this.dataSource.query<{ user_id: string }[]>(
      `SELECT DISTINCT user_id FROM notification WHERE email_status = 'pending' AND created_at < $1`,
      [new Date(now - 2 * this.windowMs)],
    );
    if (rows.length > 0)
      await this.schedule(
        rows.map((r) => r.user_id),
        now,
      );
    return rows.length;
  }
}
