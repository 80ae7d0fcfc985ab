import { Injectable, UnauthorizedException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { IsNull, Repository } from 'typeorm';
import type { Env } from '../../infra/config/env';
import { RefreshToken } from './refresh-token.entity';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Opaque, single-use refresh tokens in rotation families; a reused token revokes its family. */
@Injectable()
export class RefreshTokensService {
  constructor(
    @InjectRepository(RefreshToken) private readonly tokens: Repository<RefreshToken>,
    private readonly config: ConfigService<Env, true>,
  ) {}

  async issue(userId: string, familyId: string = randomUUID()): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const days = this.config.get('REFRESH_TOKEN_TTL_DAYS', { infer: true });
    await this.tokens.insert({
      userId,
      familyId,
      tokenHash: hash(token),
      expiresAt: new Date(Date.now() + days * 86_400_000),
    });
    return token;
  }

  /** Spends a refresh token and returns its user and a successor in the same family. */
  async rotate(token: string): Promise<{ userId: string; refreshToken: string }> {
    const found = await this.tokens.findOneBy({ tokenHash: hash(token) });
    if (!found || found.revokedAt || found.expiresAt < new Date()) {
      throw new UnauthorizedException('The refresh token is invalid or expired');
    }
    const spent = await this.tokens.update({ id: found.id, rotatedAt: IsNull() }, { rotatedAt: new Date() });
    if (!spent.affected) {
      await this.revokeFamily(found.familyId);
      throw new UnauthorizedException('The refresh token was already used; every session of it is now signed out');
    }
    return { userId: found.userId, refreshToken: await this.issue(found.userId, found.familyId) };
  }

  async revoke(token: string): Promise<void> {
    const found = await this.tokens.findOneBy({ tokenHash: hash(token) });
    if (found) await this.revokeFamily(found.familyId);
  }

  private async revokeFamily(familyId: string): Promise<void> {
    await this.tokens.update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
