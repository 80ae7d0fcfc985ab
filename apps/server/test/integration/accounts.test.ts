import { FACTORY_PASSWORD } from '../support/factories';
import { emailsTo, linkTokenTo } from '../support/outbox';
import { connectSocket, eventually, listen } from '../support/sockets';
import { createTestApp, type TestContext } from '../support/test-app';

/** Accounts prove their email, reset a forgotten password by email, and end their sessions when asked. */
describe('accounts', () => {
  let ctx: TestContext;
  let url: string;
  beforeAll(async () => {
    ctx = await createTestApp();
    url = await listen(ctx.app);
  });
  afterAll(() => ctx.close());

  const register = (body: object) => ctx.http.post('/api/auth/register').send(body);
  const login = (email: string, password: string) => ctx.http.post('/api/auth/login').send({ email, password });
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  let n = 0;
  const freshEmail = () => `person-${Date.now()}-${++n}@example.org`;

  describe('registration and email verification', () => {
    it('answers 202 without a session and mails a link; until followed the account reads only its own profile', async () => {
      const email = freshEmail();
      const res = await register({ email, name: 'Ana', password: 'long-password' });
      expect(res.status).toBe(202);
      expect(res.body).toEqual({ email, message: expect.stringContaining(email) });
      expect(res.body.accessToken).toBeUndefined();

      const session = (await login(email, 'long-password').expect(200)).body;
      expect(session.user.emailVerified).toBe(false);
      const me = await ctx.http.get('/api/auth/me').set(bearer(session.accessToken)).expect(200);
      expect(me.body.emailVerified).toBe(false);
      for (const [method, path] of [
        ['get', '/api/hubs/mine'],
        ['get', '/api/organizations'],
        ['post', '/api/organizations'],
      ] as const) {
        const refused = await ctx.http[method](path)
          .set(bearer(session.accessToken))
          .send({ name: 'X', sector: 'ngo' });
        expect({ path, status: refused.status, message: refused.body.message }).toEqual({
          path,
          status: 403,
          message: expect.stringMatching(/Confirm your email address/),
        });
      }
      await ctx.http.get('/api/hubs/directory').set(bearer(session.accessToken)).expect(200);
      const [{ count }] = await ctx.ds.query(`SELECT count(*)::int AS count FROM organization WHERE name = 'X'`);
      expect(count).toBe(0);

      const token = await linkTokenTo(ctx.ds, email, '/verify-email');
      const verified = await ctx.http.post('/api/auth/verify-email').send({ token }).expect(200);
      expect(verified.body.user.emailVerified).toBe(true);
      await ctx.http.get('/api/hubs/mine').set(bearer(verified.body.accessToken)).expect(200);
      const again = await ctx.http.post('/api/auth/verify-email').send({ token });
      expect(again.status).toBe(400);
      expect(again.body.message).toMatch(/expired or was already used/);
    });

    it('refuses an expired link, and a resent link replaces the earlier one', async () => {
      const email = freshEmail();
      await register({ email, name: 'Ben', password: 'long-password' }).expect(202);
      const first = await linkTokenTo(ctx.ds, email, '/verify-email');
      await ctx.http.post('/api/auth/verify-email/resend').send({ email }).expect(202);
      const second = await linkTokenTo(ctx.ds, email, '/verify-email');
      expect(second).not.toBe(first);
      await ctx.http.post('/api/auth/verify-email').send({ token: first }).expect(400);
      await ctx.ds.query(`UPDATE email_token SET expires_at = now() - interval '1 second' WHERE used_at IS NULL`);
      await ctx.http.post('/api/auth/verify-email').send({ token: second }).expect(400);
      await ctx.http.post('/api/auth/verify-email/resend').send({ email }).expect(202);
      const third = await linkTokenTo(ctx.ds, email, '/verify-email');
      await ctx.http.post('/api/auth/verify-email').send({ token: third }).expect(200);
    });

    it('answers a taken address exactly like a free one, mails its owner, and changes nothing of the account', async () => {
      const owner = await ctx.newUser();
      const free = await register({ email: freshEmail(), name: 'Free', password: 'long-password' });
      const taken = await register({ email: owner.email.toUpperCase(), name: 'Intruder', password: 'other-password' });
      expect(taken.status).toBe(free.status);
      expect(Object.keys(taken.body).sort()).toEqual(Object.keys(free.body).sort());
      expect(taken.body.message.replace(owner.email, 'X')).toBe(free.body.message.replace(free.body.email, 'X'));
      const mails = await emailsTo(ctx.ds, owner.email);
      expect(mails.map((m) => m.subject)).toEqual(['Someone tried to sign up with your address']);
      await login(owner.email, FACTORY_PASSWORD).expect(200);
      await login(owner.email, 'other-password').expect(401);
      const [{ name }] = await ctx.ds.query(`SELECT name FROM "user" WHERE id = $1`, [owner.id]);
      expect(name).toBe(owner.name);
    });

    it('resend and password reset answer alike for unknown addresses and mail nothing', async () => {
      const ghost = freshEmail();
      await ctx.http.post('/api/auth/verify-email/resend').send({ email: ghost }).expect(202);
      await ctx.http.post('/api/auth/password-reset').send({ email: ghost }).expect(202);
      expect(await emailsTo(ctx.ds, ghost)).toEqual([]);
    });
  });

  describe('password reset', () => {
    it('sets a new password with the emailed link once, and ends every earlier session', async () => {
      const user = await ctx.newUser();
      const before = (await login(user.email, FACTORY_PASSWORD).expect(200)).body;
      await ctx.http.post('/api/auth/password-reset').send({ email: user.email }).expect(202);
      const token = await linkTokenTo(ctx.ds, user.email, '/reset-password');

      const short = await ctx.http.post('/api/auth/password-reset/confirm').send({ token, password: 'short' });
      expect(short.status).toBe(400);
      const reset = await ctx.http
        .post('/api/auth/password-reset/confirm')
        .send({ token, password: 'a-new-password' })
        .expect(200);
      await ctx.http.get('/api/auth/me').set(bearer(reset.body.accessToken)).expect(200);
      await ctx.http.post('/api/auth/password-reset/confirm').send({ token, password: 'third-password' }).expect(400);

      await login(user.email, FACTORY_PASSWORD).expect(401);
      await login(user.email, 'a-new-password').expect(200);
      await ctx.http.post('/api/auth/refresh').send({ refreshToken: before.refreshToken }).expect(401);
      await ctx.http.get('/api/auth/me').set(bearer(before.accessToken)).expect(401);
    });
  });

  describe('sessions end when asked', () => {
    it('logout ends that session’s refresh token, access token and sockets, and only that session’s', async () => {
      const user = await ctx.newUser();
      const leaving = (await login(user.email, FACTORY_PASSWORD)).body;
      const staying = (await login(user.email, FACTORY_PASSWORD)).body;
      const leavingSocket = await connectSocket(url, leaving.accessToken);
      const stayingSocket = await connectSocket(url, staying.accessToken);
      try {
        await ctx.http.post('/api/auth/logout').send({ refreshToken: leaving.refreshToken }).expect(204);
        await eventually(() => expect(leavingSocket.connected).toBe(false));
        await ctx.http.get('/api/auth/me').set(bearer(leaving.accessToken)).expect(401);
        await ctx.http.post('/api/auth/refresh').send({ refreshToken: leaving.refreshToken }).expect(401);
        await expect(connectSocket(url, leaving.accessToken)).rejects.toThrow('ended_session');

        await ctx.http.get('/api/auth/me').set(bearer(staying.accessToken)).expect(200);
        expect(stayingSocket.connected).toBe(true);
      } finally {
        leavingSocket.close();
        stayingSocket.close();
      }
    });

    it('a password change ends every other session and disconnects them; the caller gets a new one', async () => {
      const user = await ctx.newUser();
      const other = (await login(user.email, FACTORY_PASSWORD)).body;
      const mine = (await login(user.email, FACTORY_PASSWORD)).body;
      const otherSocket = await connectSocket(url, other.accessToken);
      try {
        const wrong = await ctx.http
          .post('/api/auth/password')
          .set(bearer(mine.accessToken))
          .send({ currentPassword: 'not-it', newPassword: 'a-new-password' });
        expect(wrong.status).toBe(400);
        expect(wrong.body.details).toEqual({ currentPassword: ['is not your current password'] });

        const changed = await ctx.http
          .post('/api/auth/password')
          .set(bearer(mine.accessToken))
          .send({ currentPassword: FACTORY_PASSWORD, newPassword: 'a-new-password' })
          .expect(200);
        await eventually(() => expect(otherSocket.connected).toBe(false));
        for (const session of [other, mine]) {
          await ctx.http.get('/api/auth/me').set(bearer(session.accessToken)).expect(401);
          await ctx.http.post('/api/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
        }
        await ctx.http.get('/api/auth/me').set(bearer(changed.body.accessToken)).expect(200);
        await login(user.email, 'a-new-password').expect(200);
      } finally {
        otherSocket.close();
      }
    });
  });
});
