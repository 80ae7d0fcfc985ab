import { HUB_ROLES, TASK_STATUSES } from '@hubspoke/contracts';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import bcrypt from 'bcryptjs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { DEMO_PASSWORD } from '../../src/modules/seed/demo-data';
import { SeedModule } from '../../src/modules/seed/seed.module';
import { SeedService } from '../../src/modules/seed/seed.service';
import { createTestDatabase, testEnv } from '../support/test-app';

const indicatorCodes = (): Set<string> => {
  const file = path.join(__dirname, '../../data/sdg-framework.json');
  const framework = JSON.parse(readFileSync(file, 'utf8')) as {
    goals: { targets: { indicators: { code: string }[] }[] }[];
  };
  return new Set(framework.goals.flatMap((g) => g.targets.flatMap((t) => t.indicators.map((i) => i.code))));
};

describe('seed', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let app: INestApplicationContext;
  let ds: DataSource;
  let seed: SeedService;

  const count = async (sql: string, params: unknown[] = []): Promise<number> =>
    Number((await ds.query(sql, params))[0].n);

  /** Row counts of every seeded table and the hubs' seqs: what a second run must leave alone. */
  const snapshot = () =>
    ds.query(`SELECT (SELECT count(*) FROM organization) AS orgs, (SELECT count(*) FROM "user") AS users,
                     (SELECT count(*) FROM hub_member) AS members, (SELECT count(*) FROM goal) AS goals,
                     (SELECT count(*) FROM measurement) AS measurements, (SELECT count(*) FROM task) AS tasks,
                     (SELECT count(*) FROM comment) AS comments, (SELECT count(*) FROM hub_event) AS events,
                     (SELECT array_agg(last_seq ORDER BY slug) FROM hub) AS seqs`);

  beforeAll(async () => {
    db = await createTestDatabase();
    Object.assign(process.env, testEnv(db.url));
    app = await NestFactory.createApplicationContext(SeedModule.forRoot(), { logger: false });
    ds = app.get(DataSource);
    seed = app.get(SeedService);
  });
  afterAll(async () => {
    await app.close();
    await db.drop();
  });

  it('seeds an empty database with the sample organizations and two demo hubs', async () => {
    const result = await seed.seedIfEmpty();
    expect(result).toMatchObject({ seeded: true, organizations: 110, hubs: 2 });
    expect(await count('SELECT count(*) AS n FROM organization')).toBe(110);
    const hubs = await ds.query(`SELECT name, visibility, sdgs, sdg_targets FROM hub ORDER BY name`);
    expect(hubs).toEqual([
      { name: 'City Climate Action Hub', visibility: 'private', sdgs: [13, 11], sdg_targets: ['13.1', '13.2'] },
      { name: 'Vaccine Delivery Hub', visibility: 'public', sdgs: [3], sdg_targets: ['3.b'] },
    ]);
  });

  it('gives every hub active members of all four roles, Gavi and C40 as secretariats, and a pending invitation', async () => {
    const rows: { name: string; roles: string[]; invited: number; secretariat: string[] }[] = await ds.query(
      `SELECT h.name,
              array_agg(DISTINCT m.role::text ORDER BY m.role::text) FILTER (WHERE m.status = 'active') AS roles,
              count(*) FILTER (WHERE m.status = 'invited')::int AS invited,
              array_agg(o.short_name) FILTER (WHERE m.role = 'secretariat') AS secretariat
         FROM hub h JOIN hub_member m ON m.hub_id = h.id JOIN organization o ON o.id = m.organization_id
        GROUP BY h.name ORDER BY h.name`,
    );
    for (const row of rows) {
      expect(row.roles).toEqual([...HUB_ROLES].sort());
      expect(row.invited).toBe(1);
    }
    expect(rows.map((r) => r.secretariat)).toEqual([['C40'], ['Gavi']]);
  });

  it('creates about 20 tasks per hub in every status, some overdue, assigned to member organizations', async () => {
    const rows: { statuses: string[]; tasks: number; overdue: number; foreign: number }[] = await ds.query(
      `SELECT array_agg(DISTINCT t.status::text) AS statuses, count(*)::int AS tasks,
              count(*) FILTER (WHERE t.due_date < current_date AND t.status <> 'done')::int AS overdue,
              count(*) FILTER (WHERE NOT EXISTS (
                SELECT 1 FROM hub_member m WHERE m.hub_id = t.hub_id AND m.organization_id = t.assignee_organization_id
                   AND m.status = 'active' AND m.role IN ('secretariat', 'member')))::int AS foreign
         FROM task t GROUP BY t.hub_id`,
    );
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.statuses.sort()).toEqual([...TASK_STATUSES].sort());
      expect(row.tasks).toBeGreaterThanOrEqual(18);
      expect(row.overdue).toBeGreaterThan(0);
      expect(row.foreign).toBe(0);
    }
    expect(await count(`SELECT count(*) AS n FROM task WHERE status = 'done' AND completed_at IS NULL`)).toBe(0);
  });

  it('binds goals to indicator codes of the SDG framework, with verified and pending measurements', async () => {
    const goals: { indicator_code: string | null; verified: number; pending: number }[] = await ds.query(
      `SELECT g.indicator_code, count(m.id) FILTER (WHERE m.verified_at IS NOT NULL)::int AS verified,
              count(m.id) FILTER (WHERE m.verified_at IS NULL)::int AS pending
         FROM goal g LEFT JOIN measurement m ON m.goal_id = g.id GROUP BY g.id`,
    );
    const codes = indicatorCodes();
    const bound = goals.flatMap((g) => g.indicator_code ?? []);
    expect(bound.length).toBeGreaterThanOrEqual(6);
    expect(bound.filter((c) => !codes.has(c))).toEqual([]);
    expect(new Set(bound)).toEqual(new Set(['3.b.1', '3.b.3', '13.2.2', '11.6.2', '13.1.3']));
    for (const g of goals) expect(g.verified + g.pending).toBeGreaterThanOrEqual(3);
    expect(goals.some((g) => g.pending > 0)).toBe(true);
  });

  it('records the history as events with consecutive seqs per hub, ending at the hub’s lastSeq', async () => {
    const rows: { seqs: string[]; last_seq: string; types: string[]; ordered: boolean }[] = await ds.query(
      `SELECT array_agg(e.seq ORDER BY e.seq) AS seqs, h.last_seq, array_agg(DISTINCT e.type::text) AS types,
              bool_and(e.created_at < now()) AS ordered
         FROM hub h JOIN hub_event e ON e.hub_id = h.id GROUP BY h.id`,
    );
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      const seqs = row.seqs.map(Number);
      expect(seqs).toEqual(seqs.map((_, i) => i + 1));
      expect(Number(row.last_seq)).toBe(seqs.length);
      expect(row.types).toEqual(
        expect.arrayContaining([
          'hub.created',
          'member.joined',
          'member.invited',
          'goal.created',
          'goal.measured',
          'measurement.verified',
          'task.created',
          'task.moved',
          'comment.created',
        ]),
      );
      expect(row.ordered).toBe(true);
    }
    // the events’ times never go back as seqs go forward: the history reads in order
    expect(
      await count(
        `SELECT count(*) AS n FROM hub_event a JOIN hub_event b ON b.hub_id = a.hub_id AND b.seq = a.seq + 1
          WHERE b.created_at < a.created_at`,
      ),
    ).toBe(0);
  });

  it('gives every demo person the demo password', async () => {
    const logins = await seed.logins();
    expect(logins.filter((l) => l.hub === null)).toHaveLength(1);
    const hashes: { password_hash: string }[] = await ds.query(
      `SELECT DISTINCT password_hash FROM "user" WHERE email = ANY($1)`,
      [logins.map((l) => l.email)],
    );
    expect(hashes).toHaveLength(1);
    expect(await bcrypt.compare(DEMO_PASSWORD, hashes[0]!.password_hash)).toBe(true);
  });

  it('changes nothing when run again', async () => {
    const before = await snapshot();
    await expect(seed.seedIfEmpty()).resolves.toEqual({ seeded: false });
    expect(await snapshot()).toEqual(before);
  });
});
