import { Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { createTransport, type Transporter } from 'nodemailer';
import type { Env } from '../config/env';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Stable per message, so a resend after a crash can be recognised as the same message. */
  messageId: string;
  /** For mailing lists such as digests: the one-click unsubscribe link. */
  unsubscribeUrl?: string;
}

/**
 * Sends over SMTP_URL through a small pool of reused connections (nodemailer's default of 5, shared by every batch of
 * the process; `?maxConnections=` in the URL changes it); `enabled` is false without it, and emails go to the local
 * outbox instead.
 */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly transport: Transporter | null;
  private readonly from: string;

  constructor(@Inject(ConfigService) config: ConfigService<Env, true>) {
    const url = config.get('SMTP_URL', { infer: true });
    this.transport = url ? createTransport({ url, pool: true }) : null;
    this.from = config.get('MAIL_FROM', { infer: true });
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  async send(email: MailMessage): Promise<void> {
    if (!this.transport) throw new Error('SMTP is not configured');
    await this.transport.sendMail({
      from: this.from,
      to: email.to,
      subject: email.subject,
      text: email.text,
      html: email.html,
      messageId: email.messageId,
      ...(email.unsubscribeUrl && {
        list: { unsubscribe: { url: email.unsubscribeUrl, comment: 'Stop these digests' } },
        headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      }),
    });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}

/** One SMTP pool per process, whichever processors send. */
@Module({ providers: [Mailer], exports: [Mailer] })
export class MailerModule {}
