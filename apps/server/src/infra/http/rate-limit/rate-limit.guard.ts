import { Injectable, type ExecutionContext } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import type { Response } from 'express';

/**
 * The global HTTP rate limits. Registered after the AuthGuard, so a throttler can count a signed-in caller by account.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  /**
   * HTTP only, for every throttler: a throttler's own `skipIf` replaces the module's, so a module-wide `skipIf` would
   * not keep websocket messages out (they have their own limits, socket-limits.ts).
   */
  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    return context.getType() !== 'http';
  }

  /** The standard Retry-After besides the library's per-throttler `Retry-After-<name>`. */
  protected override throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(detail.timeToBlockExpire));
    return super.throwThrottlingException(context, detail);
  }
}
