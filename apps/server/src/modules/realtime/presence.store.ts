import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { PresenceEntry, PresenceViewing } from '@hubspoke/contracts';
import type { Env } from '../../infra/config/env';
import { RedisClient } from '../../infra/redis/redis.module';

// One hash tag per hub, so both keys live on the same node of a Redis cluster.
const zsetKey = (hubId: string) => `presence:{${hubId}}`;
const hashKey = (hubId: string) => `presence:{${hubId}}:entries`;

// KEYS: zset, hash. ARGV: connectionId, entry JSON, expiresAt, ttl. Returns 1 when the entry is new or changed.
const UPSERT = `
local old = redis.call('HGET', KEYS[2], ARGV[1])
redis.call('ZADD', KEYS[1], ARGV[3], ARGV[1])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
redis.call('PEXPIRE', KEYS[2], ARGV[4])
if old == ARGV[2] then return 0 end
return 1`;

// KEYS: zset, hash. ARGV: connectionId. Returns 1 when there was an entry.
const REMOVE = `
redis.call('ZREM', KEYS[1], ARGV[1])
return redis.call('HDEL', KEYS[2], ARGV[1])`;

// KEYS: zset, hash. ARGV: now. Drops expired entries; returns { number dropped, field1, json1, ... }.
const LIST = `
local expired = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
if #expired > 0 then
  redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
  redis.call('HDEL', KEYS[2], unpack(expired))
end
local result = { #expired }
local all = redis.call('HGETALL', KEYS[2])
for i = 1, #all do result[#result + 1] = all[i] end
return result`;

interface StoredEntry {
  userId: string;
  viewing: PresenceViewing | null;
}

/**
 * Who is in each hub, per connection, in Redis so every api instance sees the same list: a sorted set scored by
 * expiry and a hash of the entries. Nothing here is the only copy of anything: lost entries are written again by
 * the next heartbeat.
 */
@Injectable()
export class PresenceStore {
  /** An entry lives this long unless its instance refreshes it; a dead instance's entries expire by themselves. */
  readonly ttlMs: number;

  constructor(
    private readonly client: RedisClient,
    @Inject(ConfigService) config: ConfigService<Env, true>,
  ) {
    this.ttlMs = config.get('PRESENCE_TTL_SECONDS', { infer: true }) * 1000;
  }

  /** Writes or refreshes an entry; true when others should hear of it (new or changed). */
  async upsert(hubId: string, entry: PresenceEntry): Promise<boolean> {
    const stored: StoredEntry = { userId: entry.userId, viewing: entry.viewing };
    const changed = await this.client.redis.eval(
      UPSERT,
      2,
      zsetKey(hubId),
      hashKey(hubId),
      entry.connectionId,
      JSON.stringify(stored),
      Date.now() + this.ttlMs,
      this.ttlMs,
    );
    return changed === 1;
  }

  async remove(hubId: string, connectionId: string): Promise<boolean> {
    return (await this.client.redis.eval(REMOVE, 2, zsetKey(hubId), hashKey(hubId), connectionId)) === 1;
  }

  /** The live entries, dropping expired ones; `dropped` says whether any expired since the last look. */
  async list(hubId: string): Promise<{ entries: PresenceEntry[]; dropped: boolean }> {
    const [dropped, ...flat] = (await this.client.redis.eval(LIST, 2, zsetKey(hubId), hashKey(hubId), Date.now())) as [
      number,
      ...string[],
    ];
    const entries: PresenceEntry[] = [];
    for (let i = 0; i < flat.length; i += 2) {
      const stored = JSON.parse(flat[i + 1]!) as StoredEntry;
      entries.push({ connectionId: flat[i]!, userId: stored.userId, viewing: stored.viewing });
    }
    entries.sort((a, b) => a.userId.localeCompare(b.userId) || a.connectionId.localeCompare(b.connectionId));
    return { entries, dropped: dropped > 0 };
  }
}
