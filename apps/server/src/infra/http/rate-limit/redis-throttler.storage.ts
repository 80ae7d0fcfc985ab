import type { ThrottlerStorage } from '@nestjs/throttler';
import type { RedisConnection } from '../../redis/redis-connection';
import type { RedisShortcut } from '../../redis/redis.module';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * Fixed-window counter and block marker in one round trip, so every api instance counts against the same limit.
 * KEYS: hits, block. ARGV: window ms, limit, block ms. Returns hits, window ms left, block ms left (≤ 0: not blocked).
 */
const INCREMENT = `
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local windowLeft = redis.call('PTTL', KEYS[1])
local blockLeft = redis.call('PTTL', KEYS[2])
if blockLeft <= 0 and hits > tonumber(ARGV[2]) then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
  blockLeft = tonumber(ARGV[3])
end
return { hits, windowLeft, blockLeft }
`;

/**
 * @nestjs/throttler's storage in Redis (the published Redis storages declare NestJS ≤ 11 as their peer).
 * When Redis is away the request is let through: a rate limit must not take the api down with it.
 */
export class RedisThrottlerStorage implements ThrottlerStorage {
  /**
   * `shortcut`: after Redis failed to answer, requests are let through without asking it for a while: with Redis
   * silent (a partition that drops packets) each ask costs the Redis command timeout, which every request would pay.
   */
  constructor(
    private readonly redis: RedisConnection,
    private readonly prefix: string,
    private readonly shortcut: RedisShortcut,
  ) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const letThrough = { totalHits: 0, timeToExpire: Math.ceil(ttl / 1000), isBlocked: false, timeToBlockExpire: 0 };
    if (this.shortcut.skipping) return letThrough;
    // a hash tag: both keys of the script on one node of a Redis Cluster
    const base = `${this.prefix}:throttle:{${throttlerName}:${key}}`;
    try {
      const [hits, windowLeft, blockLeft] = (await this.redis.eval(
        INCREMENT,
        2,
        `${base}:hits`,
        `${base}:block`,
        ttl,
        limit,
        blockDuration,
      )) as [number, number, number];
      return {
        totalHits: hits,
        timeToExpire: Math.ceil(Math.max(windowLeft, 0) / 1000),
        isBlocked: blockLeft > 0,
        timeToBlockExpire: Math.ceil(Math.max(blockLeft, 0) / 1000),
      };
    } catch {
      this.shortcut.failed();
      return letThrough;
    }
  }
}
