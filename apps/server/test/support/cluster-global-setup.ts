import globalSetup from './global-setup';
import { OwnRedisCluster } from './redis-cluster';

declare global {
  var redisCluster: OwnRedisCluster | undefined;
}

/** The shared services of globalSetup, plus a Redis Cluster that every api, worker and queue of the run uses. */
export default async function clusterGlobalSetup(): Promise<void> {
  const cluster = await OwnRedisCluster.start();
  globalThis.redisCluster = cluster;
  // read by validateEnv in the test process and inherited by the api instances it starts
  process.env.REDIS_CLUSTER_NODES = cluster.nodes;
  process.env.REALTIME_ADAPTER = 'sharded';
  await globalSetup();
}
