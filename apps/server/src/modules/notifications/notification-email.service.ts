import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { notificationPath, type NotificationType } from '@hubspoke/contracts';
import { createHash } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { Env } from '../../infra/config/env';
import { Mailer, type MailMessage } from '../../infra/mail/mailer';
import { publicBaseUrl } from '../../infra/mail/public-url';
import { UnsubscribeLinks } from '../digests/unsubscribe-links';
import type { EmailStatus } from './notification.entity';
import { notificationEmailSubject, renderNotificationEmail, type EmailGroup } from './notification-email.render';
import { NotificationPreferences } from './notification-preferences.service';
import { READABLE_BY_OWNER } from './notification-visibility';

interface Pending {
  id: string;
  hub_id: string | null;
  hub_name: string | null;
  type: NotificationType;
  title: string;
  body: string;
  payload: Record<string, unknown>;
  /** Still to be emailed: unread, readable, its hub not unsubscribed, its kind still on email. */
  send: boolean;
}

export interface EmailResult {
  sent: number;
  skipped: number;
}

/**
 * Sends a user's notification email: every notification of theirs still waiting to be emailed, in one message, over
 * SMTP or into the local outbox. Skipped (and never sent later) are those read in the app meanwhile, those about
 * something the user may no longer read, those of a hub whose digests they unsubscribed from with an email's link, those
 * of a kind they turned away from email since, and all of an account whose address is not confirmed.
 *
 * One user's batches run one at a time (an advisory lock for the transaction). Over SMTP the send happens inside the
 * transaction that marks them sent: a failed send rolls the marks back and BullMQ retries; a commit lost after a send
 * resends the same message (same Message-ID) on the retry.
 */
@Injectable()
export class NotificationEmailService {
  private readonly base: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    private readonly links: UnsubscribeLinks,
    private readonly preferences: NotificationPreferences,
    @Inject(ConfigService) config: ConfigService<Env, true>,
  ) {
    this.base = publicBaseUrl(config);
  }

  send(userId: string): Promise<EmailResult> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('notification-email:' || $1))`, [userId]);
      const [user] = await manager.query<{ email: string; name: string; verified: boolean }[]>(
        `SELECT email, name, email_verified_at IS NOT NULL AS verified FROM "user" WHERE id = $1`,
        [userId],
      );
      const pending = await this.pending(manager, userId);
      const send = user?.verified ? pending.filter((p) => p.send) : [];
      const skipped = pending.filter((p) => !send.includes(p));
      await mark(manager, skipped, 'skipped');
      if (send.length === 0) return { sent: 0, skipped: skipped.length };
      const email = this.compose(userId, user!, send);
      if (this.mailer.enabled) await this.mailer.send(email);
      else {
        await manager.query(
          `INSERT INTO outbox_email (user_id, "to", subject, text, html) VALUES ($1, $2, $3, $4, $5)`,
          [userId, email.to, email.subject, email.text, email.html],
        );
      }
      await mark(manager, send, 'sent');
      return { sent: send.length, skipped: skipped.length };
    });
  }

  private async pending(manager: EntityManager, userId: string): Promise<Pending[]> {
    const rows = await manager.query<(Omit<Pending, 'send'> & { unread_readable: boolean; unsubscribed: boolean })[]>(
      `SELECT n.id, n.hub_id, h.name AS hub_name, n.type, n.title, n.body, n.payload,
              n.read_at IS NULL AND ${READABLE_BY_OWNER} AS unread_readable,
              EXISTS (SELECT 1 FROM digest_preference d
                       WHERE d.user_id = n.user_id AND d.hub_id = n.hub_id AND d.unsubscribed_at IS NOT NULL) AS unsubscribed
         FROM notification n LEFT JOIN hub h ON h.id = n.hub_id
        WHERE n.user_id = $1 AND n.email_status = 'pending'
        ORDER BY n.created_at, n.id`,
      [userId],
    );
    const channelOf = await this.preferences.channelsOf([userId], manager);
    return rows.map(({ unread_readable, unsubscribed, ...row }) => ({
      ...row,
      send: unread_readable && !unsubscribed && channelOf(userId, row.type) === 'email',
    }));
  }

  private compose(userId: string, user: { email: string; name: string }, send: Pending[]): MailMessage {
    const groups = new Map<string | null, EmailGroup>();
    for (const n of send) {
      let group = groups.get(n.hub_id);
      if (!group) groups.set(n.hub_id, (group = this.group(userId, n)));
      const path = notificationPath({ hubId: n.hub_id, type: n.type, payload: n.payload });
      group.items.push({ title: n.title, body: n.body, url: path && `${this.base}${path}` });
    }
    const content = { name: user.name, groups: [...groups.values()], settingsUrl: `${this.base}/account` };
    const hubIds = [...groups.keys()];
    const digest = createHash('sha256')
      .update(send.map((n) => n.id).join())
      .digest('hex')
      .slice(0, 32);
    return {
      to: user.email,
      subject: notificationEmailSubject(content),
      ...renderNotificationEmail(content),
      messageId: `<${digest}@notifications.hubspoke>`,
      // a one-click unsubscribe header can name one hub only: when the email is about one
      ...(hubIds.length === 1 && hubIds[0] && { unsubscribeUrl: this.links.url({ userId, hubId: hubIds[0] }) }),
    };
  }

  /** A hub's notifications end with its digest unsubscribe link, which stops its emails of both kinds. */
  private group(userId: string, n: Pending): EmailGroup {
    if (!n.hub_id) return { heading: 'Challenges', items: [], unsubscribe: null };
    const heading = n.hub_name ?? 'A hub';
    return {
      heading,
      items: [],
      unsubscribe: { label: `Stop emails from ${heading}`, url: this.links.url({ userId, hubId: n.hub_id }) },
    };
  }
}

async function mark(manager: EntityManager, notifications: { id: string }[], status: EmailStatus): Promise<void> {
  if (notifications.length === 0) return;
  await manager.query(`UPDATE notification SET email_status = $2 WHERE id = ANY($1::uuid[])`, [
    notifications.map((n) => n.id),
    status,
  ]);
}
