import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { RedisThrottlerStorage } from '../../src/infra/http/rate-limit/redis-throttler.storage';
import { RedisShortcut } from '../../src/infra/redis/redis.module';
import { TEST_REDIS_URL } from '../support/services';

const MINUTE = 60_000;

describe('RedisThrottlerStorage', () => {
  const prefix = `test-throttle-${randomUUID()}`;
  let redis: Redis;

  beforeEach(async () => {
    // as the api's own connection: no offline queue, so a command fails at once while the connection is down
    redis = new Redis(TEST_REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: true });
    await redis.connect();
  });

  afterEach(async () => {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  it('counts hits in Redis and blocks past the limit', async () => {
    const storage = new RedisThrottlerStorage(redis, prefix, new RedisShortcut());
    const hits = [];
    for (let i = 0; i < 3; i++) hits.push(await storage.increment('user:1', MINUTE, 2, MINUTE, 'writes'));
    expect(hits.map((h) => [h.totalHits, h.isBlocked])).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ]);
    expect(hits[2]!.timeToBlockExpire).toBeGreaterThan(0);
    // another instance's storage sees the same count
    const other = new RedisThrottlerStorage(redis, prefix, new RedisShortcut());
    expect((await other.increment('user:1', MINUTE, 2, MINUTE, 'writes')).isBlocked).toBe(true);
  });

  it('lets requests through when Redis fails, and stops asking it for a while', async () => {
    const storage = new RedisThrottlerStorage(redis, prefix, new RedisShortcut());
    const ended = new Promise((resolve) => redis.once('end', resolve));
    redis.disconnect();
    await ended;
    const whileDown = await storage.increment('user:2', MINUTE, 1, MINUTE, 'writes');
    expect(whileDown).toMatchObject({ totalHits: 0, isBlocked: false });

    await redis.connect();
    for (let i = 0; i < 3; i++) {
      expect(await storage.increment('user:2', MINUTE, 1, MINUTE, 'writes')).toMatchObject({ isBlocked: false });
    }
    // Redis is back, but within the skip window nothing was asked of it
    expect(await redis.exists(`${prefix}:throttle:{writes:user:2}:hits`)).toBe(0);
  });
});
