import globalTeardown from './global-teardown';

export default async function clusterGlobalTeardown(): Promise<void> {
  await globalTeardown();
  await globalThis.redisCluster?.stop();
}
