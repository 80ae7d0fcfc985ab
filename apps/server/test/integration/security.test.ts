import { FACTORY_PASSWORD } from '../support/factories';
import { createTestApp, type TestContext } from '../support/test-app';

/** Security headers, CORS, the write and read rate limits and the account lock-out, on one app with small limits. */
describe('security', () => {
  const ALLOWED_ORIGIN = 'https://app.example.org';
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp({
      CORS_ORIGINS: `${ALLOWED_ORIGIN},https://admin.example.org`,
      WRITE_RATE_LIMIT: '5',
      READ_RATE_LIMIT: '20',
      LOGIN_LOCKOUT_ATTEMPTS: '3',
      LOGIN_LOCKOUT_MINUTES: '15',
    });
  });
  afterAll(() => ctx.close());

  describe('headers', () => {
    it('sends a strict Content-Security-Policy and the usual hardening headers', async () => {
      const res = await ctx.http.get('/api/docs').expect(200);
      const csp = res.headers['content-security-policy'];
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['strict-transport-security']).toBeDefined();
      expect(res.headers['x-powered-by']).toBeUndefined();
    });
  });

  describe('CORS', () => {
    const preflight = (origin: string) =>
      ctx.http
        .options('/api/hubs')
        .set('Origin', origin)
        .set('Access-Control-Request-Method', 'POST')
        .set('Access-Control-Request-Headers', 'authorization,content-type');

    it('answers a configured origin', async () => {
      const res = await preflight(ALLOWED_ORIGIN);
      expect(res.status).toBeLessThan(300);
      expect(res.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
      expect(res.headers['access-control-allow-methods']).toContain('PATCH');
    });

    it('gives any other origin nothing a browser would accept', async () => {
      const res = await preflight('https://evil.example.com');
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      const read = await ctx.http.get('/api/hubs/directory').set('Origin', 'https://evil.example.com');
      expect(read.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  describe('write rate limit', () => {
    it('limits each account on its own, answers 429 in the error shape, and leaves reads to their own limit', async () => {
      const hub = await ctx.newHub();
      const other = await ctx.newHub();
      const create = (auth: { Authorization: string }, hubId: string, title: string) =>
        ctx.http.post(`/api/hubs/${hubId}/tasks`).set(auth).send({ title });

      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) statuses.push((await create(hub.owner.auth, hub.id, `Task ${i}`)).status);
      expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429]);

      const limited = await create(hub.owner.auth, hub.id, 'One more');
      expect(limited.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      const [{ count }] = await ctx.ds.query('SELECT count(*)::int AS count FROM task WHERE hub_id = $1', [hub.id]);
      expect(count).toBe(5);

      // Same address, another account: its own budget.
      await create(other.owner.auth, other.id, 'Elsewhere').expect(201);
      // Reads have their own budget.
      for (let i = 0; i < 8; i++) await ctx.http.get(`/api/hubs/${hub.id}/tasks`).set(hub.owner.auth).expect(200);
    });
  });

  describe('read rate limit', () => {
    const READ_LIMIT = 20;
    const statusesOf = async (count: number, read: () => Promise<{ status: number }>) => {
      const statuses: number[] = [];
      for (let i = 0; i < count; i++) statuses.push((await read()).status);
      return statuses;
    };
    const expected = (count: number) => Array.from({ length: count }, (_, i) => (i < READ_LIMIT ? 200 : 429));

    it('limits reads per account, on all routes together, answering 429 with Retry-After', async () => {
      const hub = await ctx.newHub();
      const other = await ctx.newHub();
      const routes = [`/api/hubs/${hub.id}`, `/api/hubs/${hub.id}/tasks`, '/api/auth/me'];
      let next = 0;
      const read = () => ctx.http.get(routes[next++ % routes.length]!).set(hub.owner.auth);
      expect(await statusesOf(READ_LIMIT + 2, read)).toEqual(expected(READ_LIMIT + 2));

      const limited = await ctx.http.head(`/api/hubs/${hub.id}`).set(hub.owner.auth);
      expect(limited.status).toBe(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      const body = (await read()).body;
      expect(body).toMatchObject({ statusCode: 429, error: 'Too Many Requests', message: expect.any(String) });

      // Same address, another account: its own budget.
      await ctx.http.get(`/api/hubs/${other.id}`).set(other.owner.auth).expect(200);
    });

    it('limits anonymous reads per address, and never the health checks', async () => {
      const from = (address: string) => () => ctx.http.get('/api/hubs/directory').set('X-Forwarded-For', address);
      expect(await statusesOf(READ_LIMIT + 1, from('198.51.100.4'))).toEqual(expected(READ_LIMIT + 1));
      expect((await from('198.51.100.5')()).status).toBe(200);
      for (const path of ['/health', '/health/ready']) {
        const health = () => ctx.http.get(path).set('X-Forwarded-For', '198.51.100.4');
        expect(await statusesOf(READ_LIMIT + 1, health)).toEqual(Array(READ_LIMIT + 1).fill(200));
      }
    });
  });

  describe('account lock-out', () => {
    const login = (email: string, password: string) => ctx.http.post('/api/auth/login').send({ email, password });

    it('locks an account after repeated failures, even for the right password, until the lock expires', async () => {
      const user = await ctx.newUser();
      for (let i = 0; i < 3; i++) await login(user.email, 'wrong-password').expect(401);

      const locked = await login(user.email, FACTORY_PASSWORD);
      expect(locked.status).toBe(429);
      expect(locked.body).toMatchObject({ statusCode: 429, message: expect.stringContaining('locked') });
      expect(locked.body.accessToken).toBeUndefined();

      await ctx.ds.query(`UPDATE "user" SET locked_until = now() - interval '1 second' WHERE id = $1`, [user.id]);
      await login(user.email, FACTORY_PASSWORD).expect(200);
      const [row] = await ctx.ds.query('SELECT failed_logins, locked_until FROM "user" WHERE id = $1', [user.id]);
      expect(row).toEqual({ failed_logins: 0, locked_until: null });
    });

    it('counts failures in a row only: a success starts the count again', async () => {
      const user = await ctx.newUser();
      await login(user.email, 'wrong-password').expect(401);
      await login(user.email, 'wrong-password').expect(401);
      await login(user.email, FACTORY_PASSWORD).expect(200);
      await login(user.email, 'wrong-password').expect(401);
      await login(user.email, 'wrong-password').expect(401);
      await login(user.email, FACTORY_PASSWORD).expect(200);
    });

    it('counts concurrent failures each', async () => {
      const user = await ctx.newUser();
      await Promise.all([1, 2, 3].map(() => login(user.email, 'wrong-password')));
      await login(user.email, FACTORY_PASSWORD).expect(429);
    });
  });
});
