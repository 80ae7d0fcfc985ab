import { Injectable, type ExecutionContext } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import type { Response } from 'express';
import type { AuthUser } from '../../../modules/auth/auth-user';

/**
 * The global rate limit. Registered after the AuthGuard, so a signed-in caller is counted by account (colleagues
 * behind one office address don't share a budget) and anyone else by address.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async getTracker(req: { user?: AuthUser; ip?: string }): Promise<string> {
    return req.user ? `user:${req.user.id}` : `ip:${req.ip ?? 'unknown'}`;
  }

  /** The standard Retry-After besides the library's per-throttler `Retry-After-<name>`. */
  protected override throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(detail.timeToBlockExpire));
    return super.throwThrottlingException(context, detail);
  }
}
