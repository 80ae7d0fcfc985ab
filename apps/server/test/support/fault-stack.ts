import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { startApiInstance, type ApiInstance } from './api-instances';
import { FACTORY_PASSWORD, sqlFactories, unique, type Factories } from './factories';
import { OwnPostgres } from './own-postgres';
import { OwnRedis } from './redis-server';
import { testEnv } from './services';
import { spawnWorker, type WorkerProcess } from './worker-process';

export interface FaultStackOptions {
  /** Redis keeps an append-only file (as in production), so queued jobs survive its restart. */
  persistentRedis?: boolean;
  /** Environment of every api and worker started from the stack, besides the stack's own. */
  env?: Record<string, string>;
}

/**
 * The services of one fault test, all its own: PostgreSQL and Redis on free ports (which the test stops and starts),
 * the apis and workers started as the built processes (dist/main.js, dist/worker.js; the first api migrates the empty
 * database as it starts), and small SQL factories; users sign in over HTTP. Nothing of the application is loaded in the
 * test process. `close()` stops everything that was started, whatever failed.
 */
export class FaultStack {
  readonly apis: ApiInstance[] = [];
  readonly workers: WorkerProcess[] = [];
  /** The test's own connections, for setup and for checking the data; not used while PostgreSQL is down. */
  readonly db: Pool;
  /** The same connections shaped like a TypeORM DataSource's `query` (rows), for helpers written for one. */
  readonly rows: Pick<DataSource, 'query'>;
  /** The environment shared by the apis and workers (DATABASE_URL, REDIS_URL, QUEUE_PREFIX, ...). */
  readonly env: Record<string, string>;
  /** Users (signed in over HTTP at the first api), organizations, hubs and members, written in SQL. */
  readonly newUser: Factories['newUser'];
  readonly newOrg: Factories['newOrg'];
  readonly newHub: Factories['newHub'];
  readonly newMember: Factories['newMember'];

  private constructor(
    readonly pg: OwnPostgres,
    readonly redis: OwnRedis,
    private readonly redisDir: string | undefined,
    options: FaultStackOptions,
  ) {
    this.env = testEnv(pg.url(), {
      REDIS_URL: redis.url,
      LOG_LEVEL: 'warn',
      QUEUE_PREFIX: `faults-${unique()}`,
      ...options.env,
    });
    this.db = new Pool({ connectionString: pg.url(), max: 3, connectionTimeoutMillis: 5000 });
    this.db.on('error', () => undefined);
    this.rows = {
      query: async <T>(sql: string, params?: unknown) => (await this.db.query(sql, params as unknown[])).rows as T,
    };
    ({
      newUser: this.newUser,
      newOrg: this.newOrg,
      newHub: this.newHub,
      newMember: this.newMember,
    } = sqlFactories(
      async (sql, params) => (await this.db.query(sql, params)).rows,
      (user) => this.signIn(user.email),
    ));
  }

  static async start(options: FaultStackOptions = {}): Promise<FaultStack> {
    const redisDir = options.persistentRedis ? mkdtempSync(join(tmpdir(), 'hubspoke-redis-')) : undefined;
    const started: { pg?: OwnPostgres; redis?: OwnRedis } = {};
    try {
      [started.pg, started.redis] = await Promise.all([OwnPostgres.start(), OwnRedis.start({ dir: redisDir })]);
      return new FaultStack(started.pg, started.redis, redisDir, options);
    } catch (error) {
      await started.redis?.kill();
      await started.pg?.destroy();
      if (redisDir) rmSync(redisDir, { recursive: true, force: true });
      throw error;
    }
  }

  /** An api process on the stack; `env` overrides (e.g. REDIS_URL through a proxy). Start the first one alone: it migrates. */
  async startApi(env: Record<string, string> = {}): Promise<ApiInstance> {
    const api = await startApiInstance(this.pg.url(), { ...this.env, ...env });
    this.apis.push(api);
    return api;
  }

  /** A worker process on the stack. */
  startWorker(env: Record<string, string> = {}): WorkerProcess {
    const worker = spawnWorker({ ...this.env, ...env });
    this.workers.push(worker);
    return worker;
  }

  /** Stops every process the stack started, then its services, and removes their folders. */
  async close(): Promise<void> {
    await Promise.allSettled([...this.apis.map((a) => a.stop()), ...this.workers.map((w) => w.kill())]);
    await this.db.end().catch(() => undefined);
    await Promise.allSettled([this.redis.kill(), this.pg.destroy()]);
    if (this.redisDir) rmSync(this.redisDir, { recursive: true, force: true });
  }

  /** Signs a factory user in over HTTP at the first api. */
  private async signIn(email: string): Promise<string> {
    const api = this.apis[0];
    if (!api) throw new Error('start an api before making users: they sign in over HTTP');
    const res = await fetch(`${api.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: FACTORY_PASSWORD }),
    });
    const session = (await res.json()) as { accessToken?: string };
    if (!res.ok || !session.accessToken) throw new Error(`login failed: ${res.status} ${JSON.stringify(session)}`);
    return session.accessToken;
  }
}
