import { NestFactory } from '@nestjs/core';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { DEMO_PASSWORD } from '../../src/modules/seed/demo-data';
import { SeedModule } from '../../src/modules/seed/seed.module';
import { SeedService } from '../../src/modules/seed/seed.service';
import { startApiInstance, type ApiInstance } from '../support/api-instances';
import { ADMIN_DATABASE_URL, databaseUrl } from '../support/services';
import { testEnv } from '../support/services';
import { createTestDatabase } from '../support/test-app';

const run = promisify(execFile);
const SECRETARIAT = 'amara@gavi.example.org';
const HUB_VIEWS = [
  '',
  '/overview',
  '/goals',
  '/tasks?limit=100',
  '/members',
  '/events?limit=500',
  '/board',
  '/resolutions',
];

/** One md5 per table over all its rows in a fixed order: equal digests, equal contents. */
async function tableDigests(url: string): Promise<Record<string, string>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT quote_ident(table_name) AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    const digests: Record<string, string> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ digest: string | null; n: string }>(
        `SELECT md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS digest, count(*) AS n FROM ${name} t`,
      );
      digests[name] = `${rows[0]!.n}:${rows[0]!.digest ?? ''}`;
    }
    return digests;
  } finally {
    await client.end();
  }
}

/** What the secretariat of the demo hub sees of it through the api. */
async function hubState(api: ApiInstance, hubId: string): Promise<unknown[]> {
  const login = await fetch(`${api.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: SECRETARIAT, password: DEMO_PASSWORD }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  return Promise.all(
    HUB_VIEWS.map(async (view) => {
      const res = await fetch(`${api.url}/api/hubs/${hubId}${view}`, {
        headers: { Authorization: `Bearer ${accessToken}` },
      });
      return { view, status: res.status, body: await res.json() };
    }),
  );
}

/** README, "Backup and restore": pg_dump of a seeded database, restored into a new one, gives the same hubs. */
describe('backup and restore', () => {
  let source: Awaited<ReturnType<typeof createTestDatabase>>;
  const restoredName = `hubspoke_restored_${Date.now()}`;
  let dir: string;
  const apis: ApiInstance[] = [];

  beforeAll(async () => {
    source = await createTestDatabase();
    Object.assign(process.env, testEnv(source.url));
    const seeder = await NestFactory.createApplicationContext(SeedModule.forRoot(), { logger: false });
    await seeder.get(SeedService).seedIfEmpty();
    await seeder.close();
    dir = await mkdtemp(path.join(tmpdir(), 'hubspoke-backup-'));
  }, 120_000);

  afterAll(async () => {
    await Promise.all(apis.map((api) => api.stop()));
    const admin = new Client({ connectionString: ADMIN_DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${restoredName} WITH (FORCE)`);
    await admin.end();
    await source?.drop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('restores a seeded database table for table, and the api serves the same hub from it', async () => {
    const dump = path.join(dir, 'hubspoke.dump');
    await run('pg_dump', ['--format=custom', '--no-owner', `--file=${dump}`, source.url]);
    const admin = new Client({ connectionString: ADMIN_DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${restoredName} TEMPLATE template0`);
    await admin.end();
    await run('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${databaseUrl(restoredName)}`, dump]);

    const [before, after] = await Promise.all([tableDigests(source.url), tableDigests(databaseUrl(restoredName))]);
    expect(Object.keys(before).length).toBeGreaterThan(20);
    expect(after).toEqual(before);

    apis.push(await startApiInstance(source.url), await startApiInstance(databaseUrl(restoredName)));
    const client = new Client({ connectionString: source.url });
    await client.connect();
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM hub WHERE name = 'Vaccine Delivery Hub'`);
    await client.end();
    const hubId = rows[0]!.id;
    const [original, restored] = await Promise.all(apis.map((api) => hubState(api, hubId)));
    expect(restored).toEqual(original);
    expect((original as { status: number }[]).every((view) => view.status === 200)).toBe(true);
    const rowCount = Object.values(before).reduce((sum, digest) => sum + Number(digest.split(':')[0]), 0);
    console.log(
      `backup and restore: ${Object.keys(before).length} tables, ${rowCount} rows restored with equal digests; ` +
        `${HUB_VIEWS.length} api views of the hub equal`,
    );
  }, 120_000);
});
