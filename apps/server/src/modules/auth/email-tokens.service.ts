import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { EmailTokenPurpose } from './email-token.entity';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/** How long each kind of emailed link works. */
export const EMAIL_TOKEN_TTL_MINUTES: Record<EmailTokenPurpose, number> = {
  verify_email: 48 * 60,
  reset_password: 60,
};

/**
 * The tokens of emailed links: 256 random bits, of which only a hash is stored; each works once, until it expires,
 * and a new one of the same purpose replaces the earlier ones.
 */
@Injectable()
export class EmailTokens {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async issue(
    userId: string,
    purpose: EmailTokenPurpose,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await manager.query(
      `UPDATE email_token SET used_at = now() WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`,
      [userId, purpose],
    );
    await manager.query(
      `INSERT INTO email_token (user_id, purpose, token_hash, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(mins => $4))`,
      [userId, purpose, hash(token), EMAIL_TOKEN_TTL_MINUTES[purpose]],
    );
    return token;
  }

  /** Spends the token: its user, or null when it is unknown, used or expired. */
  async consume(token: string, purpose: EmailTokenPurpose, manager: EntityManager): Promise<string | null> {
    // UPDATE answers [rows, affected count] through TypeORM's query()
    const [rows]: [{ user_id: string }[], number] = await manager.query(
      `UPDATE email_token SET used_at = now()
        WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
        RETURNING user_id`,
      [hash(token), purpose],
    );
    return rows[0]?.user_id ?? null;
  }
}
