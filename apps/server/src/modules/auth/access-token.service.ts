import { Injectable } from '@nestjs/common';
import { JwtService, TokenExpiredError } from '@nestjs/jwt';
import type { UnauthorizedReason } from '@hubspoke/contracts';
import type { AuthUser } from './auth-user';

interface AccessClaims {
  sub: string;
  email: string;
  /** Email verified. */
  ev?: boolean;
  /** Session: the refresh-token family. */
  sid?: string;
}

/** A verified session with its expiry (ms since epoch), or why the token was refused. */
export type SessionCheck = { ok: true; user: AuthUser; expiresAt: number } | { ok: false; reason: UnauthorizedReason };

/** Signs and verifies the short-lived access tokens used by HTTP and the websocket handshake. */
@Injectable()
export class AccessTokenService {
  constructor(private readonly jwt: JwtService) {}

  sign(user: AuthUser): string {
    const claims: AccessClaims = { sub: user.id, email: user.email, ev: user.emailVerified };
    if (user.sessionId) claims.sid = user.sessionId;
    return this.jwt.sign(claims);
  }

  /** The user, or null when the token is missing, malformed, forged or expired. */
  verify(token: string | undefined): AuthUser | null {
    const check = this.check(token);
    return check.ok ? check.user : null;
  }

  /** Like verify, with the expiry and the reason for a refusal (the websocket handshake reports it). */
  check(token: unknown): SessionCheck {
    if (typeof token !== 'string' || token === '') return { ok: false, reason: 'missing_token' };
    try {
      const claims = this.jwt.verify<AccessClaims & { exp: number }>(token);
      const user: AuthUser = { id: claims.sub, email: claims.email, emailVerified: claims.ev === true };
      if (claims.sid) user.sessionId = claims.sid;
      return { ok: true, user, expiresAt: claims.exp * 1000 };
    } catch (error) {
      return { ok: false, reason: error instanceof TokenExpiredError ? 'expired_token' : 'invalid_token' };
    }
  }
}
