import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DigestContent } from '@hubspoke/contracts';
import { DataSource } from 'typeorm';
import { Mailer, type MailMessage } from '../../infra/mail/mailer';
import { renderDigest } from './digest-render';
import { UnsubscribeLinks } from './unsubscribe-links';

const ERROR_MAX = 2000;

/** An email delivery not yet delivered, with what its email is made of. */
interface PendingEmail {
  id: string;
  email: string;
  hub_id: string;
  user_id: string;
  subject: string;
  content: DigestContent;
}

export interface DeliveryResult {
  /** Emails this call delivered. */
  delivered: number;
  /** Deliveries already delivered (or gone) before this call. */
  skipped: number;
}

const messageOf = (error: unknown) => String((error as Error | undefined)?.message ?? error).slice(0, ERROR_MAX);

/**
 * Sends a batch of digest emails (one hub's, for one period), each once; in-app delivery happens when the digests are
 * stored. Without SMTP, one statement writes the batch's outbox emails and marks their deliveries done. Over SMTP, the
 * emails go out together over the mailer's connection pool and each is marked delivered as soon as the server took it;
 * the ones that failed are marked failed with their error and the batch throws, so that BullMQ retries it with backoff
 * and the retry sends only what is still undelivered. A send cannot share a transaction with its mark: a worker dying
 * between the two resends that email with the same Message-ID — the only window where a copy can repeat.
 */
@Injectable()
export class DigestDeliveryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    private readonly links: UnsubscribeLinks,
  ) {}

  async deliver(deliveryIds: string[]): Promise<DeliveryResult> {
    const pending: PendingEmail[] = await this.dataSource.query(
      `SELECT dd.id, u.email, d.hub_id, d.user_id, d.subject, d.content
         FROM digest_delivery dd JOIN digest d ON d.id = dd.digest_id JOIN "user" u ON u.id = d.user_id
        WHERE dd.id = ANY($1::uuid[]) AND dd.channel = 'email' AND dd.status <> 'delivered'`,
      [deliveryIds],
    );
    const skipped = deliveryIds.length - pending.length;
    if (pending.length === 0) return { delivered: 0, skipped };
    return { delivered: this.mailer.enabled ? await this.send(pending) : await this.keep(pending), skipped };
  }

  /** To the outbox: the emails and their delivery marks in one statement, all or nothing. */
  private async keep(pending: PendingEmail[]): Promise<number> {
    const emails = pending.map((p) => this.email(p));
    try {
      const [{ delivered }]: { delivered: number }[] = await this.dataSource.query(
        `WITH marked AS (
           UPDATE digest_delivery SET status = 'delivered', delivered_at = now(), attempts = attempts + 1, last_error = NULL
            WHERE id = ANY($1::uuid[]) AND status <> 'delivered' RETURNING id),
         kept AS (
           INSERT INTO outbox_email (delivery_id, user_id, "to", subject, text, html)
           SELECT t.* FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[])
                    AS t(delivery_id, user_id, "to", subject, text, html)
             JOIN marked ON marked.id = t.delivery_id
           ON CONFLICT (delivery_id) DO NOTHING)
         SELECT count(*)::int AS delivered FROM marked`,
        [
          pending.map((p) => p.id),
          pending.map((p) => p.user_id),
          emails.map((e) => e.to),
          emails.map((e) => e.subject),
          emails.map((e) => e.text),
          emails.map((e) => e.html),
        ],
      );
      return delivered;
    } catch (error) {
      await this.markFailed(pending.map((p) => ({ id: p.id, error: messageOf(error) })));
      throw error;
    }
  }

  /** Over SMTP: every email of the batch sent, and marked, on its own; failures are collected, not short-circuited. */
  private async send(pending: PendingEmail[]): Promise<number> {
    const outcomes = await Promise.allSettled(
      pending.map(async (p) => {
        await this.mailer.send(this.email(p));
        return this.markDelivered(p.id);
      }),
    );
    const failed = outcomes.flatMap((o, i) =>
      o.status === 'rejected' ? [{ id: pending[i]!.id, error: messageOf(o.reason) }] : [],
    );
    if (failed.length > 0) {
      await this.markFailed(failed);
      throw new Error(`${failed.length} of ${pending.length} digest emails failed, first: ${failed[0]!.error}`);
    }
    return outcomes.filter((o) => o.status === 'fulfilled' && o.value).length;
  }

  private email(p: PendingEmail): MailMessage {
    const unsubscribeUrl = this.links.url({ userId: p.user_id, hubId: p.hub_id });
    return {
      to: p.email,
      subject: p.subject,
      ...renderDigest(p.content, unsubscribeUrl),
      messageId: `<${p.id}@digests.hubspoke>`,
      unsubscribeUrl,
    };
  }

  /** True for the one call that moves it to delivered. */
  private async markDelivered(deliveryId: string): Promise<boolean> {
    // TypeORM answers an UPDATE with [rows, rowCount]
    const [, updated]: [unknown[], number] = await this.dataSource.query(
      `UPDATE digest_delivery SET status = 'delivered', delivered_at = now(), attempts = attempts + 1, last_error = NULL
        WHERE id = $1 AND status <> 'delivered'`,
      [deliveryId],
    );
    return updated > 0;
  }

  private async markFailed(failed: { id: string; error: string }[]): Promise<void> {
    await this.dataSource.query(
      `UPDATE digest_delivery dd SET status = 'failed', attempts = attempts + 1, last_error = t.error
         FROM unnest($1::uuid[], $2::text[]) AS t(id, error)
        WHERE dd.id = t.id AND dd.status <> 'delivered'`,
      [failed.map((f) => f.id), failed.map((f) => f.error)],
    );
  }
}
