import { FACTORY_PASSWORD } from '../support/factories';
import { createTestApp, type TestContext, type TestUser } from '../support/test-app';

describe('auth', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(() => ctx.close());

  const register = (body: object) => ctx.http.post('/api/auth/register').send(body);

  it('registers, then signs in with the same email in any case', async () => {
    const res = await register({ email: 'Ana@Example.org', name: 'Ana', password: 'long-password' });
    expect(res.status).toBe(202);
    expect(res.body.email).toBe('ana@example.org');
    const login = await ctx.http.post('/api/auth/login').send({ email: 'ANA@example.org', password: 'long-password' });
    expect(login.status).toBe(200);
    const me = await ctx.http.get('/api/auth/me').set('Authorization', `Bearer ${login.body.accessToken}`);
    expect(me.status).toBe(200);
    expect(me.body.email).toBe('ana@example.org');
  });

  it('never makes a second account with the same email, whatever its case', async () => {
    await register({ email: 'dup@example.org', name: 'One', password: 'long-password' }).expect(202);
    await register({ email: 'DUP@example.org', name: 'Two', password: 'long-password' }).expect(202);
    const [{ count }] = await ctx.ds.query(`SELECT count(*)::int AS count FROM "user" WHERE email = 'dup@example.org'`);
    expect(count).toBe(1);
  });

  it('answers a wrong password and an unknown email alike', async () => {
    const user = await ctx.newUser();
    const wrong = await ctx.http.post('/api/auth/login').send({ email: user.email, password: 'nope-nope' });
    const unknown = await ctx.http.post('/api/auth/login').send({ email: 'nobody@example.org', password: 'nope-nope' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.message).toBe(unknown.body.message);
  });

  it('validates input field by field and rejects unknown fields', async () => {
    const res = await register({ email: 'not-an-email', name: '', password: 'short', admin: true });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.details).sort()).toEqual(['admin', 'email', 'name', 'password']);
  });

  it('rotates refresh tokens; reusing a spent one revokes the whole family', async () => {
    const user = await ctx.newUser();
    const login = await ctx.http.post('/api/auth/login').send({ email: user.email, password: FACTORY_PASSWORD });
    const first = login.body.refreshToken;
    const second = await ctx.http.post('/api/auth/refresh').send({ refreshToken: first });
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first);
    const reuse = await ctx.http.post('/api/auth/refresh').send({ refreshToken: first });
    expect(reuse.status).toBe(401);
    const afterReuse = await ctx.http.post('/api/auth/refresh').send({ refreshToken: second.body.refreshToken });
    expect(afterReuse.status).toBe(401);
  });

  it('logout revokes the refresh token', async () => {
    const user = await ctx.newUser();
    const login = await ctx.http.post('/api/auth/login').send({ email: user.email, password: FACTORY_PASSWORD });
    await ctx.http.post('/api/auth/logout').send({ refreshToken: login.body.refreshToken }).expect(204);
    await ctx.http.post('/api/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(401);
  });

  it('refuses missing, forged and expired access tokens', async () => {
    await ctx.http.get('/api/auth/me').expect(401);
    await ctx.http.get('/api/auth/me').set('Authorization', 'Bearer abc.def.ghi').expect(401);
    const user = await ctx.newUser();
    const forged = user.token.slice(0, -4) + 'AAAA';
    await ctx.http.get('/api/auth/me').set('Authorization', `Bearer ${forged}`).expect(401);
  });

  it('answers malformed JSON and oversized bodies with the error shape', async () => {
    const bad = await ctx.http.post('/api/auth/login').set('Content-Type', 'application/json').send('{"email":');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    const big = await ctx.http
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ email: 'a@b.org', password: 'x'.repeat(1_100_000) }));
    expect(big.status).toBe(413);
    expect(big.body).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });
  });
});

describe('auth rate limit', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp({ AUTH_RATE_LIMIT: '3' });
  });
  afterAll(() => ctx.close());

  it('limits login attempts per client', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push(
        (await ctx.http.post('/api/auth/login').send({ email: 'x@example.org', password: 'whatever' })).status,
      );
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
  });

  it('counts sign-in attempts per address, whatever access tokens come along', async () => {
    const users = [await ctx.newUser(), await ctx.newUser(), await ctx.newUser()];
    // TRUST_PROXY's default trusts the loopback proxy the test connects from, so X-Forwarded-For is the address.
    const attempt = (address: string, user: TestUser) =>
      ctx.http
        .post('/api/auth/login')
        .set('X-Forwarded-For', address)
        .set(user.auth)
        .send({ email: 'x@example.org', password: 'whatever' });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await attempt('203.0.113.7', users[i % 3]!)).status);
    expect(statuses).toEqual([401, 401, 401, 429, 429, 429]);
    expect((await attempt('203.0.113.8', users[0]!)).status).toBe(401);
  });
});
