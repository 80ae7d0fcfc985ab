import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import { ALLOCATOR_ENV } from '../../scripts/lib/allocator-env.mjs';

export const ROOT = join(import.meta.dirname, '..', '..');
export const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** The JWT secret every bench api instance is started with. */
export const JWT_SECRET = 'bench-secret-bench-secret-bench-secret-00';
export const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

export function dbUrl(name) {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function freshDatabase(name) {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return dbUrl(name);
}

export async function dropDatabase(name) {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/** Deletes the Redis keys matching a pattern (SCAN, never KEYS); returns how many. */
export async function removeRedisKeys(pattern) {
  const Redis = createRequire(join(ROOT, 'apps/server/package.json'))('ioredis');
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 2 });
  let removed = 0;
  try {
    for await (const keys of redis.scanStream({ match: pattern, count: 500 })) {
      if (keys.length > 0) removed += await redis.del(...keys);
    }
  } finally {
    redis.disconnect();
  }
  return removed;
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/**
 * Starts the built api (apps/server/dist/main.js of `root`, this checkout by default) and resolves once /health/ready
 * answers; `port` reuses a port (a restart).
 */
export async function startApi(env, { port = 0, root = ROOT } = {}) {
  port ||= await freePort();
  const child = spawn(process.execPath, [join(root, 'apps/server/dist/main.js')], {
    env: {
      ...ALLOCATOR_ENV,
      ...process.env,
      REDIS_URL,
      JWT_SECRET,
      LOG_LEVEL: 'warn',
      BCRYPT_ROUNDS: '4',
      AUTH_RATE_LIMIT: '1000000',
      WRITE_RATE_LIMIT: '100000000',
      READ_RATE_LIMIT: '100000000',
      ...env,
      PORT: String(port),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`api exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${base}/health/ready`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stopChild(child, 5_000);
      throw new Error('api not ready within 60 s');
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { base, port, pid: child.pid, child, stop: () => stopChild(child) };
}

const withoutSmtp = ({ SMTP_URL: _smtp, ...env }) => env;

/**
 * Starts the built worker (apps/server/dist/worker.js) with the bench's Redis and secret and no SMTP_URL (digest emails
 * go to the local outbox). Give it the api's QUEUE_PREFIX when an api enqueues its jobs.
 */
export function startWorker(env) {
  const child = spawn(process.execPath, [join(ROOT, 'apps/server/dist/worker.js')], {
    env: { ...ALLOCATOR_ENV, ...withoutSmtp(process.env), REDIS_URL, JWT_SECRET, LOG_LEVEL: 'error', ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return { pid: child.pid, child, stop: () => stopChild(child) };
}

/** SIGTERM, then SIGKILL if the process has not exited after `graceMs`. */
export function stopChild(child, graceMs = 30_000) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
