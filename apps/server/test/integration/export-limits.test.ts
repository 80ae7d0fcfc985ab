import { parse } from 'csv-parse/sync';
import { once } from 'node:events';
import { ExportStreamer } from '../../src/infra/export/export-streamer';
import { createTestApp, type TestContext, type TestHub, type TestOrg, type TestUser } from '../support/test-app';
import { waitFor } from '../support/wait';

const LIMIT = 3;

/** Exports stream at most EXPORT_MAX_ROWS rows per table and say in their headers when a table had more. */
describe('export row limit', () => {
  let ctx: TestContext;
  let user: TestUser;
  let orgs: TestOrg[];
  let hub: TestHub;
  let goalId: string;

  beforeAll(async () => {
    ctx = await createTestApp({ EXPORT_MAX_ROWS: String(LIMIT) });
    user = await ctx.newUser();
    orgs = [];
    for (const name of ['Org A', 'Org B', 'Org C', 'Org D', 'Org E']) orgs.push(await ctx.newOrg({ name }));
    const [a, b, , , e] = orgs as [TestOrg, TestOrg, TestOrg, TestOrg, TestOrg];
    for (const target of [b, e]) {
      await ctx.ds.query(
        `INSERT INTO relationship (source_id, target_id, kind, weight) VALUES ($1, $2, 'partners_with', 1)`,
        [a.id, target.id],
      );
    }
    hub = await ctx.newHub({ visibility: 'public', ownerOrg: a });
    [{ id: goalId }] = await ctx.ds.query(
      `INSERT INTO goal (hub_id, title, indicator_code, unit, baseline, target, direction, start_date, due_date,
                         owner_organization_id)
       VALUES ($1, 'Coverage', '3.b.1', '%', 0, 100, 'increase', CURRENT_DATE - 180, CURRENT_DATE + 180, $2)
       RETURNING id`,
      [hub.id, a.id],
    );
  });
  afterAll(() => ctx.close());

  const measure = (value: number) =>
    ctx.ds.query(
      `INSERT INTO measurement (goal_id, hub_id, value, observed_at, reported_by_organization_id, verified_at)
       VALUES ($1, $2, $3, now(), $4, now())`,
      [goalId, hub.id, value, hub.ownerOrg.id],
    );
  const limitOf = (res: { headers: Record<string, string> }) => ({
    limit: res.headers['x-export-row-limit'],
    truncated: res.headers['x-export-truncated'],
  });

  it('stops a network table at the limit and says so; a table under it is whole', async () => {
    const organizations = await ctx.http.get('/api/network/export?format=csv&table=organizations').set(user.auth);
    expect(organizations.status).toBe(200);
    expect(limitOf(organizations)).toEqual({ limit: '3', truncated: 'true' });
    expect(organizations.headers['content-disposition']).toMatch(/^attachment; filename="hubspoke-organizations-/);
    expect(parse(organizations.text)).toEqual([
      ['name', 'short_name', 'sector', 'country', 'sdgs'],
      ['Org A', '', 'ngo', 'KE', '3'],
      ['Org B', '', 'ngo', 'KE', '3'],
      ['Org C', '', 'ngo', 'KE', '3'],
    ]);

    const relationships = await ctx.http.get('/api/network/export?format=csv&table=relationships').set(user.auth);
    expect(limitOf(relationships)).toEqual({ limit: '3', truncated: 'false' });
    expect(parse(relationships.text)).toHaveLength(1 + 2);
  });

  it('keeps a truncated JSON network importable: ties to organizations past the limit are left out', async () => {
    const res = await ctx.http.get('/api/network/export?format=json').set(user.auth).expect(200);
    expect(limitOf(res)).toEqual({ limit: '3', truncated: 'true' });
    const file = res.body as { organizations: { id: string; name: string }[]; relationships: { to: string }[] };
    expect(file.organizations.map((o) => o.name)).toEqual(['Org A', 'Org B', 'Org C']);
    const idOfB = file.organizations.find((o) => o.name === 'Org B')!.id;
    expect(file.relationships.map((r) => r.to)).toEqual([idOfB]);
  });

  it('stops the public ratings export at the limit, in CSV and JSON, and says so only past it', async () => {
    for (const value of [10, 20, 30]) await measure(value);
    const whole = await ctx.http.get('/api/ratings/export?format=csv&dataset=measurements').expect(200);
    expect(limitOf(whole)).toEqual({ limit: '3', truncated: 'false' });
    expect(parse(whole.text)).toHaveLength(1 + 3);

    await measure(40);
    const csv = await ctx.http.get('/api/ratings/export?format=csv&dataset=measurements').expect(200);
    expect(limitOf(csv)).toEqual({ limit: '3', truncated: 'true' });
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="hubspoke-measurements.csv"');
    expect(parse(csv.text)).toHaveLength(1 + 3);

    const json = await ctx.http.get('/api/ratings/export?format=json&dataset=measurements').expect(200);
    expect(limitOf(json)).toEqual({ limit: '3', truncated: 'true' });
    expect((JSON.parse(json.text) as unknown[]).length).toBe(3);
  });

  it('gives its connection back when the client goes away before the first row is read', async () => {
    const openExports = async () => {
      const [row] = await ctx.ds.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND state = 'idle in transaction'`,
      );
      return row.n as number;
    };
    const file = await ctx.app
      .get(ExportStreamer)
      .stream({ name: 'never-read.csv', type: 'text/csv' }, [], async function* () {
        yield 'never read';
      });
    expect(await openExports()).toBe(1);
    // what the api does when the response closes before it is piped (a client gone while the limit was checked)
    const stream = file.getStream();
    stream.destroy();
    await once(stream, 'close');
    await waitFor(
      'the export ended its transaction',
      async () => ((await openExports()) === 0 ? true : undefined),
      3000,
    );
  });
});
