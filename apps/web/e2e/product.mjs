// Starts the product as `npm start` does (scripts/start.mjs: migrations, demo seed, the api serving the built web app)
// on a fresh database and a free port, and stops it again.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const require = createRequire(import.meta.url);
const pg = require('pg');
const ADMIN_URL = process.env.E2E_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function query(connectionString, sql, params = []) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

const admin = (sql) => query(ADMIN_URL, sql);

export async function startProduct() {
  const database = `hubspoke_web_e2e_${process.pid}_${Date.now()}`;
  await admin(`CREATE DATABASE ${database}`);
  const port = await freePort();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: url.toString(),
      PORT: String(port),
      JWT_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'warn',
      // queues and rate-limit counters of their own: the Redis is shared with other runs on this machine
      QUEUE_PREFIX: database,
      // every browser and api client here signs in from 127.0.0.1, far more often than a person would
      AUTH_RATE_LIMIT: '200',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const up = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the product did not start within 90 s:\n${output}`)), 90_000);
    const onData = (chunk) => {
      output += chunk;
      if (output.includes('Hubspoke is up')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the product exited (${code}):\n${output}`));
    });
  });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGINT');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => undefined);
  };
  try {
    await up;
  } catch (error) {
    await stop();
    throw error;
  }
  /** Runs SQL on the product's database, for what a test cannot wait for (a stage deadline passing). */
  const sql = (text, params) => query(url.toString(), text, params);
  return { baseUrl: `http://127.0.0.1:${port}`, stop, sql };
}
