import { Module, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import type { Request } from 'express';
import type { Env } from '../../config/env';
import { RedisClient } from '../../redis/redis.module';
import { RateLimitGuard } from './rate-limit.guard';
import { RedisThrottlerStorage } from './redis-throttler.storage';

const AUTH_RATE_LIMITED = 'authRateLimited';
/** The route counts against the strict per-address limit of sign-in attempts (AUTH_RATE_LIMIT). */
export const AuthRateLimit = () => SetMetadata(AUTH_RATE_LIMITED, true);

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const MINUTE_MS = 60_000;

const isAuthRoute = (context: ExecutionContext) =>
  Reflect.getMetadata(AUTH_RATE_LIMITED, context.getHandler()) === true;
const isRead = (context: ExecutionContext) => SAFE_METHODS.has(context.switchToHttp().getRequest<Request>().method);

/** Rate limits shared by every api instance through Redis: sign-in attempts, and writes. Reads are not limited. */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [ConfigService, RedisClient],
      useFactory: (config: ConfigService<Env, true>, client: RedisClient) => ({
        storage: new RedisThrottlerStorage(client.redis, config.get('QUEUE_PREFIX', { infer: true })),
        skipIf: (context) => context.getType() !== 'http',
        throttlers: [
          {
            name: 'auth',
            ttl: MINUTE_MS,
            limit: config.get('AUTH_RATE_LIMIT', { infer: true }),
            skipIf: (context) => !isAuthRoute(context),
          },
          {
            name: 'writes',
            ttl: MINUTE_MS,
            limit: config.get('WRITE_RATE_LIMIT', { infer: true }),
            skipIf: (context) => isAuthRoute(context) || isRead(context),
          },
        ],
      }),
    }),
  ],
  providers: [{ provide: APP_GUARD, useClass: RateLimitGuard }],
})
export class RateLimitModule {}
