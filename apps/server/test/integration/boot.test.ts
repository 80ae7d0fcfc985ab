import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { MIGRATIONS } from '../../src/infra/database/migrations';
import { startApiInstances, type ApiInstance } from '../support/api-instances';
import { ADMIN_DATABASE_URL, databaseUrl } from '../support/services';

const MAIN = join(__dirname, '../../dist/main.js');

describe('api process boot', () => {
  it('stops with one line naming a missing variable', () => {
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      DATABASE_URL: 'postgres://x@127.0.0.1/x',
      REDIS_URL: 'redis://127.0.0.1:6379',
    };
    const run = spawnSync(process.execPath, [MAIN], { env, encoding: 'utf8', timeout: 20_000 });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('Invalid environment: JWT_SECRET is missing');
  });

  describe('replicas starting together on an empty database', () => {
    const name = `hubspoke_boot_${Date.now()}`;
    const admin = new Client({ connectionString: ADMIN_DATABASE_URL });
    let apis: ApiInstance[] = [];
    beforeAll(async () => {
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name} TEMPLATE template0`);
    });
    afterAll(async () => {
      await Promise.all(apis.map((api) => api.stop()));
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    });

    it("all start, and each migration runs once, however long they take against the requests' timeouts", async () => {
      // the replica that waits for the other's migrations waits longer than a request's statement may run
      apis = await startApiInstances(2, databaseUrl(name), { DB_STATEMENT_TIMEOUT_MS: '100' });
      const db = new Client({ connectionString: databaseUrl(name) });
      await db.connect();
      const { rows } = await db.query<{ name: string }>('SELECT name FROM migrations ORDER BY id');
      await db.end();
      expect(rows.map((row) => row.name)).toEqual(MIGRATIONS.map((migration) => migration.name));
      // none of them failed a migration and started over (TypeORM's connection retry would hide it otherwise)
      expect(apis.map((api) => api.output())).not.toContainEqual(expect.stringMatching(/Retrying|error/i));
    }, 90_000);
  });
});
