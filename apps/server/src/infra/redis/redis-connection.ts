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

/** `host:port,host:port` → the cluster's seed nodes. */
export function clusterNodes(list: string): { host: string; port: number }[] {
  return list.split(',').map((node) => {
    const at = node.lastIndexOf(':');
    return { host: node.slice(0, at), port: Number(node.slice(at + 1)) };
  });
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
  return new Cluster(clusterNodes(target.REDIS_CLUSTER_NODES), {
    redisOptions: nodeOptions,
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
