import { Injectable, UnauthorizedException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { IsNull, Repository } from 'typeorm';
import type { Env } from '../../infra/config/env';
import { RefreshToken } from './refresh-token.entity';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/** A refresh token and the family (the session) it belongs to. */
export interface IssuedRefreshToken {
  refreshToken: string;
  familyId: string;
}

/** Opaque, single-use refresh tokens in rotation families; a reused token revokes its family. */
@Injectable()
export class RefreshTokensService {
  constructor(
    @InjectRepository(RefreshToken) private readonly tokens: Repository<RefreshToken>,
    private readonly config: ConfigService<Env, true>,
  ) {}

  async issue(userId: string, familyId: string = randomUUID()): Promise<IssuedRefreshToken> {
    const token = randomBytes(32).toString('base64url');
    const days = this.config.get('REFRESH_TOKEN_TTL_DAYS', { infer: true });
    await this.tokens.insert({
      userId,
      familyId,
      tokenHash: hash(token),
      expiresAt: new Date(Date.now() + days * 86_400_000),
    });
    return { refreshToken: token, familyId };
  }

  /** Spends a refresh token and returns its user and a successor in the same family. */
  async rotate(token: string): Promise<IssuedRefreshToken & { userId: string }> {
    const found = await this.tokens.findOneBy({ tokenHash: hash(token) });
    if (!found || found.revokedAt || found.expiresAt < new Date()) {
      throw new UnauthorizedException('The refresh token is invalid or expired');
    }
    const spent = await this.tokens.update({ id: found.id, rotatedAt: IsNull() }, { rotatedAt: new Date() });
    if (!spent.affected) {
      await this.revokeFamily(found.familyId);
      throw new UnauthorizedException('The refresh token was already used; every session of it is now signed out');
    }
    return { userId: found.userId, ...(await this.issue(found.userId, found.familyId)) };
  }

  /** Ends the token's session; its user and family id, or null for an unknown token. */
  async revoke(token: string): Promise<{ userId: string; familyId: string } | null> {
    const found = await this.tokens.findOneBy({ tokenHash: hash(token) });
    if (!found) return null;
    await this.revokeFamily(found.familyId);
    return { userId: found.userId, familyId: found.familyId };
  }

  /**
   * Ends every session of the user; returns the ones whose access tokens may still be alive (an access token comes
   * with each refresh token, so only families with a refresh token younger than an access token's lifetime).
   */
  async revokeAllOf(userId: string, accessTokenTtlSeconds: number): Promise<string[]> {
    await this.tokens.update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
    const rows: { family_id: string }[] = await this.tokens.query(
      `SELECT DISTINCT family_id FROM refresh_token WHERE user_id = $1 AND created_at > now() - make_interval(secs => $2)`,
      [userId, accessTokenTtlSeconds],
    );
    return rows.map((r) => r.family_id);
  }

  private async revokeFamily(familyId: string): Promise<void> {
    await this.tokens.update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
