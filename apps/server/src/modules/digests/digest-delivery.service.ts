import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { DigestRow } from './digest.mapper';
import { DigestMailer } from './digest-mailer';
import { renderDigest } from './digest-render';
import { UnsubscribeLinks } from './unsubscribe-links';

const ERROR_MAX = 2000;

/**
 * Sends one digest email, once (in-app delivery happens when the digest is stored). An outbox email is written in the
 * transaction that marks its delivery done. An SMTP send cannot share a transaction: a worker dying between the send
 * and the mark resends it with the same Message-ID — the only window where a copy can repeat.
 */
@Injectable()
export class DigestDeliveryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: DigestMailer,
    private readonly links: UnsubscribeLinks,
  ) {}

  async deliver(deliveryId: string): Promise<'delivered' | 'already' | 'gone'> {
    const [row]: (DigestRow & { status: string; email: string })[] = await this.dataSource.query(
      `SELECT dd.status, u.email, d.id, d.hub_id, d.user_id, d.cadence, d.subject, d.content,
                d.read_at, d.created_at
           FROM digest_delivery dd JOIN digest d ON d.id = dd.digest_id JOIN "user" u ON u.id = d.user_id
          WHERE dd.id = $1 AND dd.channel = 'email'`,
      [deliveryId],
    );
    if (!row) return 'gone';
    if (row.status === 'delivered') return 'already';
    try {
      return (await this.email(deliveryId, row)) ? 'delivered' : 'already';
    } catch (error) {
      await this.dataSource.query(
        `UPDATE digest_delivery SET status = 'failed', attempts = attempts + 1, last_error = $2
          WHERE id = $1 AND status <> 'delivered'`,
        [deliveryId, String((error as Error).message ?? error).slice(0, ERROR_MAX)],
      );
      throw error;
    }
  }

  private async email(deliveryId: string, digest: DigestRow & { email: string }): Promise<boolean> {
    const unsubscribeUrl = this.links.url({ userId: digest.user_id, hubId: digest.hub_id });
    const body = renderDigest(digest.content, unsubscribeUrl);
    if (this.mailer.enabled) {
      await this.mailer.send({
        to: digest.email,
        subject: digest.subject,
        ...body,
        messageId: `<${deliveryId}@digests.hubspoke>`,
        unsubscribeUrl,
      });
      return this.markDelivered(this.dataSource.manager, deliveryId);
    }
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.markDelivered(manager, deliveryId))) return false;
      await manager.query(
        `INSERT INTO outbox_email (delivery_id, user_id, "to", subject, text, html) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (delivery_id) DO NOTHING`,
        [deliveryId, digest.user_id, digest.email, digest.subject, body.text, body.html],
      );
      return true;
    });
  }

  /** True for the one call that moves it to delivered. */
  private async markDelivered(manager: DataSource['manager'], deliveryId: string): Promise<boolean> {
    // TypeORM answers an UPDATE with [rows, rowCount]
    const [, updated]: [unknown[], number] = await manager.query(
      `UPDATE digest_delivery SET status = 'delivered', delivered_at = now(), attempts = attempts + 1, last_error = NULL
        WHERE id = $1 AND status <> 'delivered'`,
      [deliveryId],
    );
    return updated > 0;
  }
}
