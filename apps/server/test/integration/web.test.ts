import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestApp, type TestContext } from '../support/test-app';

describe('the web app served by the api', () => {
  let ctx: TestContext;
  let webDist: string;

  beforeAll(async () => {
    webDist = mkdtempSync(path.join(tmpdir(), 'hubspoke-web-'));
    writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>Hubspoke test page</title>');
    writeFileSync(path.join(webDist, 'robots.txt'), 'User-agent: *');
    mkdirSync(path.join(webDist, 'assets'));
    writeFileSync(path.join(webDist, 'assets', 'index-abc123.js'), 'console.log(1)');
    ctx = await createTestApp({ WEB_DIST: webDist, READ_RATE_LIMIT: '3' });
  });
  afterAll(async () => {
    await ctx.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  it('answers / with the index.html of WEB_DIST', async () => {
    const res = await ctx.http.get('/').expect(200).expect('content-type', /html/).expect('cache-control', 'no-cache');
    expect(res.text).toContain('Hubspoke test page');
  });

  it('serves its files, and index.html for the app’s own routes', async () => {
    await ctx.http.get('/robots.txt').expect(200, 'User-agent: *');
    await ctx.http
      .get('/assets/index-abc123.js')
      .expect(200)
      .expect('cache-control', /immutable/);
    const res = await ctx.http.get('/hubs/some-hub/tasks').expect(200).expect('content-type', /html/);
    expect(res.text).toContain('Hubspoke test page');
  });

  it('counts neither its files nor the health checks against the read limit', async () => {
    for (let i = 0; i < 5; i++) {
      for (const path of ['/', '/robots.txt', '/assets/index-abc123.js', '/hubs/some-hub', '/health']) {
        await ctx.http.get(path).expect(200);
      }
    }
  });

  it('leaves the api, health and missing assets alone', async () => {
    const api = await ctx.http.get('/api/no-such-route').expect(404).expect('content-type', /json/);
    expect(api.body).toMatchObject({ statusCode: 404 });
    await ctx.http.get('/health').expect(200).expect('content-type', /json/);
    await ctx.http.get('/api/docs-json').expect(200).expect('content-type', /json/);
    await ctx.http.get('/assets/missing.js').expect(404);
  });
});
