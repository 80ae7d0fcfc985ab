import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { AuthUser } from './auth-user';

interface AccessClaims {
  sub: string;
  email: string;
}

/** Signs and verifies the short-lived access tokens used by HTTP and the websocket handshake. */
@Injectable()
export class AccessTokenService {
  constructor(private readonly jwt: JwtService) {}

  sign(user: AuthUser): string {
    return this.jwt.sign({ sub: user.id, email: user.email } satisfies AccessClaims);
  }

  /** The user, or null when the token is missing, malformed, forged or expired. */
  verify(token: string | undefined): AuthUser | null {
    if (!token) return null;
    try {
      const claims = this.jwt.verify<AccessClaims & { exp: number }>(token);
      return { id: claims.sub, email: claims.email };
    } catch {
      return null;
    }
  }
}
