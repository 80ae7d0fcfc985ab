import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, StartError, serverRequire } from './paths.mjs';
import { freePort } from './ports.mjs';

const Redis = serverRequire('ioredis');

const MACHINE_REDIS = 'redis://127.0.0.1:6379';
const PREFERRED_PORT = 6380;
const READY_TIMEOUT_MS = 10_000;

/** Whether a Redis answers PING at the url (no retries, a short timeout). */
export async function answersPing(url) {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 1000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

const onPath = (command) => spawnSync(command, ['--version'], { stdio: 'ignore' }).error === undefined;

/**
 * The machine's Redis on 127.0.0.1:6379 when it answers; otherwise a `redis-server` from PATH on a free
 * port, its append-only file in .data/redis. Resolves with its REDIS_URL; stopped through the lifecycle.
 */
export async function startRedis(lifecycle) {
  if (await answersPing(MACHINE_REDIS)) {
    console.log(`Redis: using the one at ${MACHINE_REDIS}`);
    return MACHINE_REDIS;
  }
  if (!onPath('redis-server')) throw new StartError('Redis not found: install redis-server or set REDIS_URL');
  const dir = join(DATA_DIR, 'redis');
  mkdirSync(dir, { recursive: true });
  const port = await freePort(PREFERRED_PORT);
  const log = openSync(join(DATA_DIR, 'redis.log'), 'a');
  const server = spawn(
    'redis-server',
    [
      ...['--port', String(port), '--bind', '127.0.0.1', '--dir', dir],
      ...['--appendonly', 'yes', '--maxmemory-policy', 'noeviction'],
    ],
    { stdio: ['ignore', log, log] },
  );
  const exited = new Promise((resolve) => server.once('exit', resolve));
  lifecycle.defer(async () => {
    if (server.exitCode === null && server.signalCode === null) server.kill('SIGTERM');
    await exited;
  });
  const url = `redis://127.0.0.1:${port}`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!(await answersPing(url))) {
    if (server.exitCode !== null || Date.now() > deadline) {
      throw new StartError(`redis-server did not start on port ${port} (see .data/redis.log)`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  console.log(`Redis: started redis-server on port ${port} (data in .data/redis)`);
  return url;
}
