import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Env } from '../../infra/config/env';
import {
  ACCOUNT_MAIL_OPTIONS,
  ACCOUNT_MAIL_QUEUE,
  SEND_ACCOUNT_MAIL_JOB,
  type AccountMailJob,
} from './account-mail.queue';
import type { AccountEmail } from './account-emails';

/**
 * Sends an account email the way digests go: over SMTP by the worker (a queued job with retries), or, without
 * SMTP_URL, into the local outbox the app lists.
 */
@Injectable()
export class AccountMail {
  private readonly smtp: boolean;

  constructor(
    @InjectQueue(ACCOUNT_MAIL_QUEUE) private readonly queue: Queue<AccountMailJob>,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ConfigService) config: ConfigService<Env, true>,
  ) {
    this.smtp = Boolean(config.get('SMTP_URL', { infer: true }));
  }

  async send(user: { id: string; email: string }, email: AccountEmail): Promise<void> {
    if (!this.smtp) {
      await this.dataSource.query(
        `INSERT INTO outbox_email (user_id, "to", subject, text, html) VALUES ($1, $2, $3, $4, $5)`,
        [user.id, user.email, email.subject, email.text, email.html],
      );
      return;
    }
    const id = randomUUID();
    await this.queue.add(
      SEND_ACCOUNT_MAIL_JOB,
      { ...email, userId: user.id, to: user.email, messageId: `<${id}@accounts.hubspoke>` },
      { ...ACCOUNT_MAIL_OPTIONS, jobId: id },
    );
  }
}
