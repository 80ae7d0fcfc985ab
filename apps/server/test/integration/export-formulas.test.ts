import type { NetworkImportDto } from '@hubspoke/contracts';
import { getQueueToken } from '@nestjs/bullmq';
import type { TestingModule } from '@nestjs/testing';
import type { Queue } from 'bullmq';
import { parse } from 'csv-parse/sync';
import { RatingInputLoader } from '../../src/modules/ratings/rating-input.loader';
import { RollUpReader } from '../../src/modules/goals/roll-up.reader';
import { RatingsComputeService } from '../../src/modules/ratings/ratings-compute.service';
import { NETWORK_QUEUE } from '../../src/modules/network/network-queue';
import { startWorker } from '../support/digest-worker';
import { createTestApp, type TestContext, type TestOrg, type TestUser } from '../support/test-app';
import { waitFor } from '../support/wait';

/**
 * Names a spreadsheet would run as formulas (OWASP CSV injection), as organizations, a hub and a goal take them; the
 * last two differ after the tab or carriage return, as an import matches names trimmed.
 */
const FORMULAS = ['=HYPERLINK("http://evil.example","click")', '+1', '-2', '@SUM(A1)', '\tx', '\ry'];
const neutralised = (cell: string) => `'${cell}`;
/** A CSV's cells under its header's column names. */
const records = (csv: string) => parse(csv, { columns: true }) as Record<string, string>[];

describe('exports neutralise spreadsheet formulas', () => {
  let ctx: TestContext;
  let worker: TestingModule;
  let user: TestUser;
  let orgs: TestOrg[];
  let plain: TestOrg;

  beforeAll(async () => {
    ctx = await createTestApp();
    worker = await startWorker();
    user = await ctx.newUser();
    orgs = [];
    for (const name of FORMULAS) orgs.push(await ctx.newOrg({ name }));
    plain = await ctx.newOrg({ name: 'Plain Org' });
    for (const org of orgs) {
      await ctx.ds.query(
        `INSERT INTO relationship (source_id, target_id, kind, weight, source) VALUES ($1, $2, 'partners_with', 1, $3)`,
        [org.id, plain.id, '-note'],
      );
    }

    const hub = await ctx.newHub({ visibility: 'public', name: FORMULAS[0], ownerOrg: plain, sdgs: [3] });
    const [goal] = await ctx.ds.query(
      `INSERT INTO goal (hub_id, title, indicator_code, unit, baseline, target, direction, start_date, due_date,
                         owner_organization_id)
       VALUES ($1, '@SUM(A1)', '3.b.1', '%', 0, 100, 'increase', CURRENT_DATE - 180, CURRENT_DATE + 180, $2)
       RETURNING id`,
      [hub.id, plain.id],
    );
    for (const [i, org] of orgs.entries()) {
      await ctx.ds.query(
        `INSERT INTO measurement (goal_id, hub_id, value, observed_at, reported_by_organization_id, verified_at)
         VALUES ($1, $2, $3, now() - make_interval(days => $4), $5, now())`,
        [goal.id, hub.id, i === 0 ? -3.2 : i, i, org.id],
      );
    }
    await new RatingsComputeService(ctx.ds, new RatingInputLoader(ctx.ds, new RollUpReader(ctx.ds))).recompute(
      new Date(),
    );
  });

  afterAll(async () => {
    await worker?.get<Queue>(getQueueToken(NETWORK_QUEUE)).obliterate({ force: true });
    await worker?.close();
    await ctx?.close();
  });

  const exported = (path: string) => ctx.http.get(path).set(user.auth).expect(200);

  it('in the network CSV: organization names, ties named by them, and notes', async () => {
    const organizations = await exported('/api/network/export?format=csv&table=organizations');
    expect(records(organizations.text).map((o) => o.name)).toEqual(
      expect.arrayContaining([...FORMULAS.map(neutralised), 'Plain Org']),
    );
    // quoted too, as OWASP advises, though no CSV rule needs it for "'-2"
    expect(organizations.text).toContain(`"'-2"`);

    const relationships = records((await exported('/api/network/export?format=csv&table=relationships')).text);
    expect(relationships.map((r) => r.from).sort()).toEqual(FORMULAS.map(neutralised).sort());
    expect(new Set(relationships.map((r) => r.to))).toEqual(new Set(['Plain Org']));
    expect(new Set(relationships.map((r) => r.source))).toEqual(new Set(["'-note"]));
  });

  it('in the ratings CSVs: hub names, goal titles and reporting organizations, while numbers stay numbers', async () => {
    const ratings = records((await ctx.http.get('/api/ratings/export?format=csv&dataset=ratings').expect(200)).text);
    expect(new Set(ratings.map((r) => r.hub_name))).toEqual(new Set([neutralised(FORMULAS[0]!)]));

    const csv = (await ctx.http.get('/api/ratings/export?format=csv&dataset=measurements').expect(200)).text;
    const measurements = records(csv);
    expect(measurements.map((m) => m.reported_by).sort()).toEqual(FORMULAS.map(neutralised).sort());
    expect(new Set(measurements.map((m) => m.goal_title))).toEqual(new Set(["'@SUM(A1)"]));
    expect(measurements.find((m) => m.reported_by === neutralised(FORMULAS[0]!))!.value).toBe('-3.2');
    expect(csv).toMatch(/,-3\.2,/);
  });

  it('not in JSON, which no spreadsheet runs', async () => {
    const network = (await exported('/api/network/export?format=json')).body as { organizations: { name: string }[] };
    expect(network.organizations.map((o) => o.name)).toEqual(expect.arrayContaining(FORMULAS));
    const measurements = JSON.parse(
      (await ctx.http.get('/api/ratings/export?format=json&dataset=measurements').expect(200)).text,
    ) as { reported_by: string; value: number }[];
    expect(measurements.map((m) => m.reported_by).sort()).toEqual([...FORMULAS].sort());
    expect(measurements.map((m) => m.value)).toContain(-3.2);
  });

  it('and an import takes the neutralised CSV back as the names it was given: nothing created or changed', async () => {
    const admin = await ctx.newUser();
    await ctx.ds.query(`UPDATE "user" SET is_platform_admin = true WHERE id = $1`, [admin.id]);
    const snapshot = async (): Promise<string> => {
      const [row] = await ctx.ds.query(
        `SELECT md5(string_agg(o::text, ',' ORDER BY o.id)) ||
                md5(coalesce((SELECT string_agg(r::text, ',' ORDER BY r.id) FROM relationship r), '')) AS h
           FROM organization o`,
      );
      return row.h as string;
    };
    const before = await snapshot();
    for (const table of ['organizations', 'relationships'] as const) {
      const file = (await exported(`/api/network/export?format=csv&table=${table}`)).text;
      const res = await ctx.http
        .post(`/api/network/imports?format=csv&table=${table}`)
        .set(admin.auth)
        .set('Content-Type', 'text/csv')
        .send(file)
        .expect(202);
      const done = await waitFor(
        `the ${table} import finished`,
        async () => {
          const got = await ctx.http.get(`/api/network/imports/${res.body.id}`).set(admin.auth).expect(200);
          return ['done', 'failed'].includes(got.body.status) ? (got.body as NetworkImportDto) : undefined;
        },
        30_000,
      );
      expect(done.errors).toEqual([]);
      expect(done).toMatchObject({ status: 'done', counts: { organizationsCreated: 0, relationshipsCreated: 0 } });
    }
    expect(await snapshot()).toBe(before);
  });
});
