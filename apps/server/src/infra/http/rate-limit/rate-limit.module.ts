import { applyDecorators, Module, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { SkipThrottle, ThrottlerModule } from '@nestjs/throttler';
import type { Request } from 'express';
import type { Env } from '../../config/env';
import { ApiUnlimited } from '../../openapi/operation-marks';
import { RedisClient, RedisShortcut } from '../../redis/redis.module';
import { RateLimitGuard } from './rate-limit.guard';
import { acrossRoutes, byAccountOrAddress, byAddress } from './rate-limit.keys';
import { RedisThrottlerStorage } from './redis-throttler.storage';

const AUTH_RATE_LIMITED = 'authRateLimited';
/** The route counts against the strict per-address limit of sign-in attempts (AUTH_RATE_LIMIT). */
export const AuthRateLimit = () => SetMetadata(AUTH_RATE_LIMITED, true);
/** The route counts against no limit (health checks, which load balancers call all the time). */
export const NoRateLimit = () =>
  applyDecorators(SkipThrottle({ auth: true, writes: true, reads: true }), ApiUnlimited());

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const MINUTE_MS = 60_000;

const isAuthRoute = (context: ExecutionContext) =>
  Reflect.getMetadata(AUTH_RATE_LIMITED, context.getHandler()) === true;
const isRead = (context: ExecutionContext) => SAFE_METHODS.has(context.switchToHttp().getRequest<Request>().method);

/**
 * HTTP rate limits shared by every api instance through Redis: sign-in attempts per address and route, whatever token
 * comes along; writes and reads per account (per address when anonymous), all routes together.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [ConfigService, RedisClient, RedisShortcut],
      useFactory: (config: ConfigService<Env, true>, client: RedisClient, shortcut: RedisShortcut) => ({
        storage: new RedisThrottlerStorage(client.redis, config.get('QUEUE_PREFIX', { infer: true }), shortcut),
        throttlers: [
          {
            name: 'auth',
            ttl: MINUTE_MS,
            limit: config.get('AUTH_RATE_LIMIT', { infer: true }),
            getTracker: byAddress,
            skipIf: (context) => !isAuthRoute(context),
          },
          {
            name: 'writes',
            ttl: MINUTE_MS,
            limit: config.get('WRITE_RATE_LIMIT', { infer: true }),
            getTracker: byAccountOrAddress,
            generateKey: acrossRoutes,
            skipIf: (context) => isAuthRoute(context) || isRead(context),
          },
          {
            name: 'reads',
            ttl: MINUTE_MS,
            limit: config.get('READ_RATE_LIMIT', { infer: true }),
            getTracker: byAccountOrAddress,
            generateKey: acrossRoutes,
            skipIf: (context) => !isRead(context),
          },
        ],
      }),
    }),
  ],
  providers: [{ provide: APP_GUARD, useClass: RateLimitGuard }],
})
export class RateLimitModule {}
