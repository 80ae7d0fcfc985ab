import type { GoalDto, HubEventDto, MetricDto } from '@hubspoke/contracts';
import { createTestApp, type TestContext, type TestHub } from '../support/test-app';

describe('metric catalog and custom metrics', () => {
  let ctx: TestContext;
  let hub: TestHub;
  let open: TestHub;

  const createMetric = (h: TestHub, body: object = { name: 'Doses delivered', unit: 'doses', sdgs: [3] }) =>
    ctx.http.post(`/api/hubs/${h.id}/metrics`).set(h.owner.auth).send(body);
  const goalBody = (h: TestHub, fields: object) => ({
    title: 'Reach every district',
    unit: 'doses',
    baseline: 0,
    target: 1000,
    direction: 'increase',
    startDate: '2026-01-01',
    dueDate: '2027-01-01',
    ownerOrganizationId: h.ownerOrg.id,
    ...fields,
  });

  beforeAll(async () => {
    ctx = await createTestApp();
    hub = await ctx.newHub({ name: 'Private hub' });
    open = await ctx.newHub({ name: 'Open hub', visibility: 'public' });
  });
  afterAll(() => ctx.close());

  it('holds every SDG indicator of the framework, searchable by words, code and SDG', async () => {
    const [{ n }] = await ctx.ds.query(`SELECT count(*)::int AS n FROM metric WHERE kind = 'sdg_indicator'`);
    expect(n).toBe(251);
    const found = await ctx.http.get('/api/metrics?q=3.b.1').set(hub.owner.auth).expect(200);
    expect(found.body.items.map((m: MetricDto) => m.code).sort()).toEqual(['13.b.1', '3.b.1']);
    const climate = await ctx.http.get('/api/metrics?sdg=13&kind=sdg_indicator&limit=100').set(hub.owner.auth);
    expect(climate.body.items.length).toBeGreaterThan(5);
    expect(climate.body.items.every((m: MetricDto) => m.sdgs.includes(13))).toBe(true);
    // 13.1.1 is the same indicator as 1.5.1 and 11.5.1: listed under all three goals
    const disaster = (await ctx.http.get('/api/metrics?q=13.1.1').set(hub.owner.auth)).body.items[0] as MetricDto;
    expect(disaster.sdgs).toEqual(expect.arrayContaining([1, 11, 13]));
  });

  it('lets the secretariat define a custom metric, with an event; members may not', async () => {
    const res = await createMetric(hub).expect(201);
    expect(res.body).toMatchObject({ kind: 'custom', code: null, name: 'Doses delivered', hubId: hub.id, version: 1 });
    const member = await ctx.newMember(hub, 'member');
    await createMetric(hub).set(member.user.auth).expect(403);
    const events = await ctx.http.get(`/api/hubs/${hub.id}/events`).set(hub.owner.auth);
    expect(events.body.items.map((e: HubEventDto) => e.type)).toEqual(['metric.created']);
  });

  it('updates with the version, and answers 409 with the current metric when stale', async () => {
    const metric = (await createMetric(hub)).body as MetricDto;
    const path = `/api/hubs/${hub.id}/metrics/${metric.id}`;
    const updated = await ctx.http.patch(path).set(hub.owner.auth).send({ version: 1, unit: null }).expect(200);
    expect(updated.body).toMatchObject({ unit: null, version: 2 });
    const stale = await ctx.http.patch(path).set(hub.owner.auth).send({ version: 1, name: 'Late' }).expect(409);
    expect(stale.body.current).toMatchObject({ id: metric.id, version: 2 });
    await ctx.http.patch(path).set(hub.owner.auth).send({ version: 2, name: null }).expect(400);
  });

  it("keeps a private hub's metrics to its members, and puts a public hub's in the catalog", async () => {
    const secret = (await createMetric(hub, { name: 'Secret metric' })).body as MetricDto;
    const shared = (await createMetric(open, { name: 'Shared metric' })).body as MetricDto;
    const outsider = await ctx.newUser();
    await ctx.http.get(`/api/metrics/${secret.id}`).set(outsider.auth).expect(404);
    await ctx.http.get(`/api/metrics/${secret.id}`).set(hub.owner.auth).expect(200);
    await ctx.http.get(`/api/metrics/${shared.id}`).set(outsider.auth).expect(200);
    const names = (await ctx.http.get('/api/metrics?kind=custom&limit=100').set(outsider.auth)).body.items.map(
      (m: MetricDto) => m.name,
    );
    expect(names).toContain('Shared metric');
    expect(names).not.toContain('Secret metric');
  });

  it("binds goals to the hub's own or a public hub's custom metric, never to both a metric and an indicator", async () => {
    const own = (await createMetric(hub, { name: 'Own metric' })).body as MetricDto;
    const shared = (await createMetric(open, { name: 'Metric for all' })).body as MetricDto;
    const other = await ctx.newHub();
    const foreign = (await createMetric(other, { name: 'Foreign private metric' })).body as MetricDto;
    const post = (body: object) =>
      ctx.http.post(`/api/hubs/${hub.id}/goals`).set(hub.owner.auth).send(goalBody(hub, body));

    const bound = (await post({ customMetricId: own.id }).expect(201)).body as GoalDto;
    expect(bound.customMetricId).toBe(own.id);
    await post({ customMetricId: shared.id }).expect(201);
    const both = await post({ customMetricId: own.id, indicatorCode: '3.b.1' }).expect(400);
    expect(Object.keys(both.body.details)).toEqual(['customMetricId']);
    await post({ customMetricId: foreign.id }).expect(400);

    // the public hub's goals on the shared metric rank in its league with the others
    await ctx.http
      .post(`/api/hubs/${open.id}/goals`)
      .set(open.owner.auth)
      .send(goalBody(open, { customMetricId: shared.id }))
      .expect(201);
    const league = await ctx.http.get(`/api/ratings/metrics/${shared.id}`).expect(200);
    expect(league.body.entries.map((e: { hub: { name: string } }) => e.hub.name)).toEqual(['Open hub']);
    await ctx.http.get(`/api/ratings/metrics/${own.id}`).expect(404);
  });
});
