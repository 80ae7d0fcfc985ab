import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ApiException } from '../../infra/http/api-exception';
import { AccessTokenService } from './access-token.service';
import type { AuthUser } from './auth-user';
import { ALLOWS_UNVERIFIED, IS_PUBLIC } from './decorators';
import { SessionRevocations } from './session-revocations';

/**
 * Global guard: every route needs a valid access token of a session still open unless marked @Public(), and an
 * account whose address is confirmed unless marked @AllowUnverified().
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokenService,
    private readonly revocations: SessionRevocations,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const req = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const header = req.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7) : undefined;
    let user = this.tokens.verify(token);
    if (user?.sessionId && (await this.revocations.isEnded(user.sessionId))) user = null;
    if (user) req.user = user;
    const marked = (key: string) =>
      this.reflector.getAllAndOverride<boolean>(key, [context.getHandler(), context.getClass()]) === true;
    if (marked(IS_PUBLIC)) return true;
    if (!user) throw new UnauthorizedException(token ? 'The access token is invalid or expired' : 'Sign in first');
    if (!user.emailVerified && !marked(ALLOWS_UNVERIFIED)) {
      throw ApiException.forbidden('Confirm your email address first: open the link we sent you, or ask for a new one');
    }
    return true;
  }
}
