import 'reflect-metadata';
import type { HubRole } from '@hubspoke/contracts';
import { hashSync } from 'bcryptjs';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { startApiInstance, type ApiInstance } from './api-instances';
import { OwnPostgres } from './own-postgres';
import { OwnRedis } from './redis-server';
import { testEnv } from './services';
import type { TestHub, TestMember, TestOrg, TestUser } from './test-app';
import { spawnWorker, type WorkerProcess } from './worker-process';

const PASSWORD = 'fault-password';
const PASSWORD_HASH = hashSync(PASSWORD, 4);
const unique = () => randomBytes(5).toString('hex');

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

  /** A user, signed in over HTTP at the first api. */
  async newUser(): Promise<TestUser> {
    const email = `user-${unique()}@example.org`;
    const name = `User ${unique()}`;
    const { rows } = await this.db.query(
      `INSERT INTO "user" (email, name, password_hash) VALUES ($1, $2, $3) RETURNING id`,
      [email, name, PASSWORD_HASH],
    );
    const api = this.apis[0];
    if (!api) throw new Error('start an api before making users: they sign in over HTTP');
    const res = await fetch(`${api.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    const session = (await res.json()) as { accessToken?: string };
    if (!res.ok || !session.accessToken) throw new Error(`login failed: ${res.status} ${JSON.stringify(session)}`);
    const token = session.accessToken;
    return { id: rows[0].id, email, name, token, auth: { Authorization: `Bearer ${token}` } };
  }

  async newOrg(): Promise<TestOrg> {
    const name = `Org ${unique()}`;
    const { rows } = await this.db.query(
      `INSERT INTO organization (name, sector, country, sdgs) VALUES ($1, 'ngo', 'KE', '{3}') RETURNING id`,
      [name],
    );
    return { id: rows[0].id, name, sector: 'ngo' };
  }

  async newHub(): Promise<TestHub> {
    const [owner, ownerOrg] = await Promise.all([this.newUser(), this.newOrg()]);
    const slug = `hub-${unique()}`;
    const { rows } = await this.db.query(
      `INSERT INTO hub (slug, name, mission, visibility, sdgs, sdg_targets)
       VALUES ($1, $2, 'A test mission', 'private', '{3}', '{3.b}') RETURNING id`,
      [slug, `Hub ${slug}`],
    );
    await this.addMember(rows[0].id, owner, ownerOrg, 'secretariat');
    return { id: rows[0].id, slug, name: `Hub ${slug}`, visibility: 'private', owner, ownerOrg };
  }

  async newMember(hub: TestHub, role: HubRole): Promise<TestMember> {
    const [user, org] = await Promise.all([this.newUser(), this.newOrg()]);
    return { user, org, role, memberId: await this.addMember(hub.id, user, org, role) };
  }

  /** Stops every process the stack started, then its services, and removes their folders. */
  async close(): Promise<void> {
    await Promise.allSettled([...this.apis.map((a) => a.stop()), ...this.workers.map((w) => w.kill())]);
    await this.db.end().catch(() => undefined);
    await Promise.allSettled([this.redis.kill(), this.pg.destroy()]);
    if (this.redisDir) rmSync(this.redisDir, { recursive: true, force: true });
  }

  private async addMember(hubId: string, user: TestUser, org: TestOrg, role: HubRole): Promise<string> {
    const { rows } = await this.db.query(
      `INSERT INTO hub_member (hub_id, user_id, organization_id, role, status, joined_at)
       VALUES ($1, $2, $3, $4, 'active', now()) RETURNING id`,
      [hubId, user.id, org.id, role],
    );
    return rows[0].id;
  }
}
