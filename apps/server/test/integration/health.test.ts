import { createTestApp, type TestContext } from '../support/test-app';

describe('health', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(() => ctx.close());

  it('is live and ready with PostgreSQL and Redis', async () => {
    await ctx.http.get('/health').expect(200);
    const ready = await ctx.http.get('/health/ready').expect(200);
    expect(ready.body.info).toMatchObject({ postgres: { status: 'up' }, redis: { status: 'up' } });
  });

  it('serves the OpenAPI document', async () => {
    const res = await ctx.http.get('/api/docs-json').expect(200);
    expect(res.body.paths['/api/auth/login']).toBeDefined();
  });
});
