import type { ConfigService } from '@nestjs/config';
import Redis, { Cluster, type ClusterOptions, type RedisOptions } from 'ioredis';
import type { Env } from '../config/env';

/** One Redis server (REDIS_URL) or a Redis Cluster (REDIS_CLUSTER_NODES): both answer the same commands. */
export type RedisConnection = Redis | Cluster;

export type RedisTarget = Pick<Env, 'REDIS_URL' | 'REDIS_CLUSTER_NODES'>;

export function redisTarget(config: ConfigService<Env, true>): RedisTarget {
  return {
    REDIS_URL: config.get('REDIS_URL', { infer: true }),
    REDIS_CLUSTER_NODES: config.get('REDIS_CLUSTER_NODES', { infer: true }),
  };
}

export interface ClusterSeed {
  nodes: { host: string; port: number }[];
  /** Credentials and TLS of the seed URLs, applied to every node's connection, the discovered ones too. */
  nodeOptions: Pick<RedisOptions, 'username' | 'password' | 'tls'>;
}

/**
 * REDIS_CLUSTER_NODES → the cluster's seed nodes: `host:port` pairs, or `redis://` / `rediss://` (TLS) URLs that may
 * carry `user:password@`. A cluster has one set of credentials, so the first URL that names them speaks for all.
 */
export function clusterSeed(list: string): ClusterSeed {
  const entries = list.split(',').map((entry) => new URL(entry.includes('://') ? entry : `redis://${entry}`));
  const nodes = entries.map((url) => ({ host: url.hostname, port: Number(url.port || 6379) }));
  const credentials = entries.find((url) => url.password || url.username);
  const tls = entries.some((url) => url.protocol === 'rediss:');
  return {
    nodes,
    nodeOptions: {
      ...(credentials?.username && { username: decodeURIComponent(credentials.username) }),
      ...(credentials?.password && { password: decodeURIComponent(credentials.password) }),
      ...(tls && { tls: {} }),
    },
  };
}

/**
 * A connection to the Redis the settings name: a Cluster client seeded with REDIS_CLUSTER_NODES when they are set
 * (`options` then apply to each node's connection; the offline queue, auto-pipelining and retries to the cluster's), else REDIS_URL.
 */
export function connectRedis(
  target: RedisTarget,
  options: RedisOptions = {},
  clusterOptions: ClusterOptions = {},
): RedisConnection {
  if (!target.REDIS_CLUSTER_NODES) return new Redis(target.REDIS_URL, options);
  const { enableOfflineQueue, enableAutoPipelining, retryStrategy, ...nodeOptions } = options;
  const seed = clusterSeed(target.REDIS_CLUSTER_NODES);
  return new Cluster(seed.nodes, {
    redisOptions: { ...nodeOptions, ...seed.nodeOptions },
    ...(enableOfflineQueue !== undefined && { enableOfflineQueue }),
    ...(enableAutoPipelining !== undefined && { enableAutoPipelining }),
    ...(retryStrategy && { clusterRetryStrategy: retryStrategy }),
    ...clusterOptions,
  });
}

/**
 * Makes the client's (sharded) publishes resolve to 0 instead of failing while Redis is away: socket.io's adapters
 * publish fire-and-forget, so a publish must neither queue (stale messages would pile up) nor reject unhandled (the
 * process would crash). Clients catch up by seq from PostgreSQL.
 */
export function dropFailedPublishes<T extends RedisConnection>(client: T): T {
  const publish = client.publish.bind(client) as (
    channel: string | Buffer,
    message: string | Buffer,
  ) => Promise<number>;
  const spublish = client.spublish.bind(client) as typeof publish;
  Object.assign(client, {
    publish: (channel: string | Buffer, message: string | Buffer) => publish(channel, message).catch(() => 0),
    spublish: (channel: string | Buffer, message: string | Buffer) => spublish(channel, message).catch(() => 0),
  });
  return client;
}
