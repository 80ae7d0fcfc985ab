import { RatingInputLoader } from '../../src/modules/ratings/rating-input.loader';
import { RollUpReader } from '../../src/modules/goals/roll-up.reader';
import { RatingsComputeService } from '../../src/modules/ratings/ratings-compute.service';
import type { HubRatingsDto, IndicatorLeagueDto, LeagueTableDto } from '../../src/modules/ratings/ratings.dto';
import { createTestApp, type TestContext, type TestHub } from '../support/test-app';

describe('hub ratings and league tables', () => {
  let ctx: TestContext;
  let strong: TestHub;
  let weak: TestHub;
  let secret: TestHub;
  const now = new Date();
  const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);

  const goal = async (hub: TestHub, code: string | null, fields: { baseline?: number; target?: number } = {}) => {
    const [row] = await ctx.ds.query(
      `INSERT INTO goal (hub_id, title, indicator_code, unit, baseline, target, direction, start_date, due_date,
                         owner_organization_id)
       VALUES ($1, $2, $3, '%', $4, $5, 'increase', CURRENT_DATE - 180, CURRENT_DATE + 180, $6) RETURNING id`,
      [hub.id, `Goal ${code ?? 'custom'}`, code, fields.baseline ?? 0, fields.target ?? 100, hub.ownerOrg.id],
    );
    return row.id as string;
  };
  const measure = (
    hub: TestHub,
    goalId: string,
    value: number,
    opts: { verified: boolean; evidence?: boolean; at?: Date },
  ) =>
    ctx.ds.query(
      `INSERT INTO measurement (goal_id, hub_id, value, observed_at, evidence_url, reported_by_organization_id, verified_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        goalId,
        hub.id,
        value,
        opts.at ?? now,
        opts.evidence ? 'https://example.org/report.pdf' : null,
        hub.ownerOrg.id,
        opts.verified ? now : null,
      ],
    );

  beforeAll(async () => {
    ctx = await createTestApp();
    strong = await ctx.newHub({ visibility: 'public', name: 'Strong hub', sdgs: [3] });
    weak = await ctx.newHub({ visibility: 'public', name: 'Weak hub', sdgs: [3] });
    secret = await ctx.newHub({ visibility: 'private', name: 'Secret hub', sdgs: [3] });
    const s = await goal(strong, '3.b.1');
    await measure(strong, s, 60, { verified: true, evidence: true });
    await measure(strong, s, 99, { verified: false, at: now }); // never counts
    const w = await goal(weak, '3.b.1');
    await measure(weak, w, 10, { verified: true, at: daysAgo(60) });
    await goal(weak, '13.2.2');
    const c = await goal(secret, '3.b.1');
    await measure(secret, c, 100, { verified: true, evidence: true });
    await new RatingsComputeService(ctx.ds, new RatingInputLoader(ctx.ds, new RollUpReader(ctx.ds))).recompute(now);
  });
  afterAll(() => ctx.close());

  it('ranks public hubs only, and every score explains itself', async () => {
    const table = (await ctx.http.get('/api/ratings').expect(200)).body as LeagueTableDto;
    expect(table.entries.map((e) => [e.rank, e.hub.name])).toEqual([
      [1, 'Strong hub'],
      [2, 'Weak hub'],
    ]);
    const first = table.entries[0]!;
    const progress = first.components.find((c) => c.name === 'progress')!;
    expect(progress.score).toBe(60); // the verified 60, not the unverified 99
    expect(first.components.find((c) => c.name === 'evidence')!.explanation).toBe(
      '1 of 1 goals have a latest verified measurement with evidence',
    );
    expect(first.score).toBeCloseTo(
      first.components.reduce((sum, c) => sum + c.score * c.weight, 0),
      1,
    );
  });

  it('rates per SDG from the goals of that SDG', async () => {
    const sdg13 = (await ctx.http.get('/api/ratings?sdg=13').expect(200)).body as LeagueTableDto;
    expect(sdg13.entries.map((e) => [e.hub.name, e.goals])).toEqual([['Weak hub', 1]]);
    await ctx.http.get('/api/ratings?sdg=0').expect(400);
  });

  it("shows a private hub's ratings to its members only", async () => {
    await ctx.http.get(`/api/ratings/hubs/${secret.id}`).expect(404);
    const outsider = await ctx.newUser();
    await ctx.http.get(`/api/ratings/hubs/${secret.id}`).set(outsider.auth).expect(404);
    const mine = (await ctx.http.get(`/api/ratings/hubs/${secret.id}`).set(secret.owner.auth).expect(200))
      .body as HubRatingsDto;
    expect(mine.ratings.map((r) => r.sdg)).toEqual([null, 3]);
    const open = (await ctx.http.get(`/api/ratings/hubs/${strong.id}`).expect(200)).body as HubRatingsDto;
    expect(open.hub.name).toBe('Strong hub');
  });

  it('compares public hubs on one indicator by verified progress', async () => {
    const league = (await ctx.http.get('/api/ratings/indicators/3.b.1').expect(200)).body as IndicatorLeagueDto;
    expect(league.entries.map((e) => [e.hub.name, e.goal.progress])).toEqual([
      ['Strong hub', 60],
      ['Weak hub', 10],
    ]);
    await ctx.http.get('/api/ratings/indicators/99.z.9').expect(404);
  });

  it('exports public ratings and verified measurements as CSV and JSON', async () => {
    const csv = await ctx.http.get('/api/ratings/export?format=csv&dataset=ratings').expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text.split('\n')[0]).toBe(
      'hub_id,hub_slug,hub_name,sdg,score,goals,progress,pace,freshness,evidence,participation,computed_at',
    );
    expect(csv.text).not.toContain('Secret hub');
    const json = await ctx.http.get('/api/ratings/export?format=json&dataset=measurements').expect(200);
    const measurements = JSON.parse(json.text) as { value: number; hub_slug: string }[];
    expect(measurements.map((m) => m.value).sort()).toEqual([10, 60]);
    await ctx.http.get('/api/ratings/export?format=xml&dataset=ratings').expect(400);
  });
});
