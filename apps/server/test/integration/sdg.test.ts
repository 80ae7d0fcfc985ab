import { createTestApp, type TestContext } from '../support/test-app';

describe('sdg catalog', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(() => ctx.close());

  it('lists the 17 goals with their targets but not the indicators, without signing in', async () => {
    const res = await ctx.http.get('/api/sdg/goals');
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(17);
    const health = res.body[2];
    expect(health).toMatchObject({ code: '3', shortTitle: 'Good health and well-being' });
    expect(health.title).toMatch(/healthy lives/);
    expect(health.targets).toContainEqual({ code: '3.b', title: expect.stringMatching(/^Support the research/) });
    expect(health.targets[0]).not.toHaveProperty('indicators');
  });

  it('answers one goal with its targets and indicators', async () => {
    const res = await ctx.http.get('/api/sdg/goals/3');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ code: '3', shortTitle: 'Good health and well-being', note: null });
    const target = res.body.targets.find((t: { code: string }) => t.code === '3.b');
    expect(target.indicators.map((i: { code: string }) => i.code)).toEqual(['3.b.1', '3.b.2', '3.b.3']);
    expect(target.indicators[0]).toMatchObject({ targetCode: '3.b', goalCode: '3', alsoListedAs: [] });
  });

  it('lists every indicator for pickers, with the unit and direction where the UN metadata gives one', async () => {
    const res = await ctx.http.get('/api/sdg/indicators');
    expect(res.status).toBe(200);
    expect(res.body.length).toBeGreaterThan(230);
    const codes = res.body.map((i: { code: string }) => i.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(res.body.find((i: { code: string }) => i.code === '3.b.1')).toMatchObject({
      title: expect.stringMatching(/^Proportion of the target population covered by all vaccines/),
      unit: '%',
      direction: 'increase',
    });
    expect(res.body.find((i: { code: string }) => i.code === '3.b.2')).toMatchObject({ unit: null, direction: null });
  });

  it('answers a target and an indicator by code', async () => {
    const target = await ctx.http.get('/api/sdg/targets/3.b');
    expect(target.status).toBe(200);
    expect(target.body).toMatchObject({ code: '3.b', goalCode: '3' });
    expect(target.body.indicators).toHaveLength(3);
    const indicator = await ctx.http.get('/api/sdg/indicators/1.5.1');
    expect(indicator.status).toBe(200);
    expect(indicator.body).toMatchObject({
      code: '1.5.1',
      targetCode: '1.5',
      goalCode: '1',
      alsoListedAs: ['11.5.1', '13.1.1'],
    });
  });

  it('answers 404 for well-formed codes the catalog does not have', async () => {
    for (const path of ['/api/sdg/goals/18', '/api/sdg/targets/3.z', '/api/sdg/indicators/3.b.9']) {
      const res = await ctx.http.get(path);
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
    }
  });

  it('answers 400 with details for malformed codes', async () => {
    const cases = [
      '/api/sdg/goals/abc',
      '/api/sdg/goals/0',
      '/api/sdg/goals/3.b',
      '/api/sdg/targets/3',
      '/api/sdg/targets/3.B',
      '/api/sdg/indicators/3.b',
      `/api/sdg/indicators/${'1'.repeat(300)}`,
    ];
    for (const path of cases) {
      const res = await ctx.http.get(path);
      expect({ path, status: res.status }).toEqual({ path, status: 400 });
      expect(Object.keys(res.body.details)).toEqual(['code']);
    }
  });

  it('documents the code parameters in the OpenAPI document', async () => {
    const doc = (await ctx.http.get('/api/docs-json')).body;
    const params = doc.paths['/api/sdg/indicators/{code}'].get.parameters;
    expect(params).toEqual([expect.objectContaining({ name: 'code', in: 'path', required: true })]);
  });
});
