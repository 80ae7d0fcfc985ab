import { createHash } from 'node:crypto';
import { createTestApp, randomId, type TestContext, type TestHub, type TestUser } from '../support/test-app';

describe('members', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(() => ctx.close());

  const events = async (hubId: string, as: TestUser) =>
    (await ctx.http.get(`/api/hubs/${hubId}/events`).set(as.auth).expect(200)).body.items as {
      seq: number;
      type: string;
      actorId: string;
      entityId: string;
      payload: Record<string, unknown>;
    }[];
  const invite = (hub: TestHub, as: TestUser, body: object) =>
    ctx.http.post(`/api/hubs/${hub.id}/invitations`).set(as.auth).send(body);
  /** An invitation by the hub's owner, for a fresh email unless one is given. */
  const invited = async (hub: TestHub, fields: { email?: string; role?: string } = {}) => {
    const org = await ctx.newOrg();
    const email = fields.email ?? `guest-${randomId()}@example.org`;
    const res = await invite(hub, hub.owner, { email, organizationId: org.id, role: fields.role ?? 'member' }).expect(
      201,
    );
    return { org, email, token: res.body.inviteToken as string, id: res.body.invitation.id as string };
  };

  describe('POST /hubs/:hubId/invitations', () => {
    it('creates a pending invitation with a token shown once and stored only as its hash', async () => {
      const hub = await ctx.newHub();
      const org = await ctx.newOrg();
      const before = Date.now();
      const res = await invite(hub, hub.owner, { email: ' Guest@Example.ORG ', organizationId: org.id, role: 'board' });
      expect(res.status).toBe(201);
      expect(res.body.inviteToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(res.body.invitation).toMatchObject({
        hubId: hub.id,
        email: 'guest@example.org',
        organization: { id: org.id, name: org.name },
        role: 'board',
        status: 'invited',
        invitedById: hub.owner.id,
      });
      const days = (new Date(res.body.invitation.expiresAt).getTime() - before) / 86_400_000;
      expect(days).toBeGreaterThan(13.99);
      expect(days).toBeLessThan(14.01);
      const [row] = await ctx.ds.query(`SELECT invite_token_hash FROM hub_member WHERE id = $1`, [
        res.body.invitation.id,
      ]);
      expect(row.invite_token_hash).toBe(createHash('sha256').update(res.body.inviteToken).digest('hex'));
      const log = await events(hub.id, hub.owner);
      expect(log.map((e) => [e.seq, e.type, e.entityId])).toEqual([[1, 'member.invited', res.body.invitation.id]]);
      expect(log[0]!.payload).toEqual(res.body.invitation);
    });

    it('answers 409 for an email with a pending invitation or of an active member; an expired one gives way', async () => {
      const hub = await ctx.newHub();
      const { email, org, id } = await invited(hub);
      const again = await invite(hub, hub.owner, {
        email: email.toUpperCase(),
        organizationId: org.id,
        role: 'member',
      });
      expect(again.status).toBe(409);
      expect(again.body.message).toMatch(/pending/);
      const member = await ctx.newMember(hub, 'member');
      const active = await invite(hub, hub.owner, { email: member.user.email, organizationId: org.id, role: 'member' });
      expect(active.status).toBe(409);
      expect(active.body.message).toMatch(/already a member/);
      await ctx.ds.query(`UPDATE hub_member SET invite_expires_at = now() - interval '1 day' WHERE id = $1`, [id]);
      await invite(hub, hub.owner, { email, organizationId: org.id, role: 'member' }).expect(201);
    });

    it('validates the body and the organization', async () => {
      const hub = await ctx.newHub();
      const res = await invite(hub, hub.owner, { email: 'nope', organizationId: 'x', role: 'king' });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.details).sort()).toEqual(['email', 'organizationId', 'role']);
      const unknown = await invite(hub, hub.owner, {
        email: 'a@example.org',
        organizationId: randomId(),
        role: 'member',
      });
      expect(unknown.status).toBe(400);
      expect(unknown.body.details).toEqual({ organizationId: ['is not a known organization'] });
    });

    it('answers 403 to members without the right, 404 to non-members, 401 to anonymous callers', async () => {
      const hub = await ctx.newHub();
      const org = await ctx.newOrg();
      const body = { email: 'x@example.org', organizationId: org.id, role: 'member' };
      const member = await ctx.newMember(hub, 'member');
      await invite(hub, member.user, body).expect(403);
      await invite(hub, await ctx.newUser(), body).expect(404);
      await ctx.http.post(`/api/hubs/${hub.id}/invitations`).send(body).expect(401);
    });
  });

  describe('GET and DELETE /hubs/:hubId/invitations', () => {
    it('lists pending invitations by email to the secretariat, page by page', async () => {
      const hub = await ctx.newHub();
      await invited(hub, { email: 'b@example.org' });
      await invited(hub, { email: 'a@example.org' });
      const first = await ctx.http.get(`/api/hubs/${hub.id}/invitations`).set(hub.owner.auth).query({ limit: 1 });
      expect(first.status).toBe(200);
      expect(first.body.items.map((i: { email: string }) => i.email)).toEqual(['a@example.org']);
      const second = await ctx.http
        .get(`/api/hubs/${hub.id}/invitations`)
        .set(hub.owner.auth)
        .query({ limit: 1, cursor: first.body.nextCursor })
        .expect(200);
      expect(second.body.items.map((i: { email: string }) => i.email)).toEqual(['b@example.org']);
      expect(second.body.nextCursor).toBeNull();
      const member = await ctx.newMember(hub, 'board');
      await ctx.http.get(`/api/hubs/${hub.id}/invitations`).set(member.user.auth).expect(403);
      await ctx.http
        .get(`/api/hubs/${hub.id}/invitations`)
        .set((await ctx.newUser()).auth)
        .expect(404);
    });

    it('revokes a pending invitation, whose token then stops working', async () => {
      const hub = await ctx.newHub();
      const { id, token } = await invited(hub);
      const member = await ctx.newMember(hub, 'member');
      await ctx.http.delete(`/api/hubs/${hub.id}/invitations/${id}`).set(member.user.auth).expect(403);
      await ctx.http.delete(`/api/hubs/${hub.id}/invitations/${id}`).set(hub.owner.auth).expect(204);
      await ctx.http.get(`/api/invitations/${token}`).expect(404);
      await ctx.http.delete(`/api/hubs/${hub.id}/invitations/${id}`).set(hub.owner.auth).expect(404);
      await ctx.http.delete(`/api/hubs/${hub.id}/invitations/${member.memberId}`).set(hub.owner.auth).expect(404);
      const list = await ctx.http.get(`/api/hubs/${hub.id}/invitations`).set(hub.owner.auth).expect(200);
      expect(list.body.items).toEqual([]);
      const log = await events(hub.id, hub.owner);
      expect(log.map((e) => [e.seq, e.type])).toEqual([
        [1, 'member.invited'],
        [2, 'member.removed'],
      ]);
      expect(log[1]!.payload).toMatchObject({ id, status: 'removed' });
    });
  });

  describe('GET /invitations/:token', () => {
    it('previews a pending invitation to anyone holding the token', async () => {
      const hub = await ctx.newHub();
      const { token, org, email } = await invited(hub, { role: 'observer' });
      const res = await ctx.http.get(`/api/invitations/${token}`);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        hubId: hub.id,
        hubName: hub.name,
        organizationName: org.name,
        role: 'observer',
        email,
        expiresAt: expect.any(String),
      });
    });

    it('answers 404 for unknown, expired and used tokens', async () => {
      await ctx.http.get('/api/invitations/not-a-real-token').expect(404);
      const hub = await ctx.newHub();
      const expired = await invited(hub);
      await ctx.ds.query(`UPDATE hub_member SET invite_expires_at = now() WHERE id = $1`, [expired.id]);
      await ctx.http.get(`/api/invitations/${expired.token}`).expect(404);
      const used = await invited(hub);
      const user = await ctx.newUser({ email: used.email });
      await ctx.http.post('/api/invitations/accept').set(user.auth).send({ token: used.token }).expect(200);
      await ctx.http.get(`/api/invitations/${used.token}`).expect(404);
    });
  });

  describe('POST /invitations/accept', () => {
    it('makes the invited user an active member and appends member.joined', async () => {
      const hub = await ctx.newHub();
      const { token, org, id, email } = await invited(hub, { role: 'board' });
      const user = await ctx.newUser({ email });
      await ctx.joinOrg(user, org);
      const res = await ctx.http.post('/api/invitations/accept').set(user.auth).send({ token });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        id,
        hubId: hub.id,
        userId: user.id,
        userName: user.name,
        organizationId: org.id,
        role: 'board',
        status: 'active',
        joinedAt: expect.any(String),
      });
      const [row] = await ctx.ds.query(`SELECT invite_token_hash FROM hub_member WHERE id = $1`, [id]);
      expect(row.invite_token_hash).toBeNull();
      const hubView = await ctx.http.get(`/api/hubs/${hub.id}`).set(user.auth).expect(200);
      expect(hubView.body).toMatchObject({ myRole: 'board', myOrganizationId: org.id });
      const log = await events(hub.id, user);
      expect(log.map((e) => [e.seq, e.type, e.actorId])).toEqual([
        [1, 'member.invited', hub.owner.id],
        [2, 'member.joined', user.id],
      ]);
      await ctx.http.post('/api/invitations/accept').set(user.auth).send({ token }).expect(404);
    });

    it('for someone not yet a member of the organization to represent: asks to join it, and the place starts on approval', async () => {
      const hub = await ctx.newHub();
      const { token, org, id, email } = await invited(hub, { role: 'member' });
      const orgAdmin = await ctx.newUser();
      await ctx.joinOrg(orgAdmin, org, 'admin');
      const user = await ctx.newUser({ email });
      const res = await ctx.http.post('/api/invitations/accept').set(user.auth).send({ token });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id, userId: user.id, status: 'invited', joinedAt: null });
      await ctx.http.get(`/api/hubs/${hub.id}/tasks`).set(user.auth).expect(404);
      expect((await events(hub.id, hub.owner)).map((e) => e.type)).toEqual(['member.invited']);

      const requests = await ctx.http
        .get(`/api/organizations/${org.id}/members`)
        .query({ status: 'pending' })
        .set(orgAdmin.auth)
        .expect(200);
      expect(requests.body).toEqual([
        expect.objectContaining({ user: expect.objectContaining({ id: user.id }), status: 'pending' }),
      ]);
      expect(requests.body[0].message).toContain(hub.name);
      await ctx.http
        .post(`/api/organizations/${org.id}/members/${requests.body[0].id}/decision`)
        .set(orgAdmin.auth)
        .send({ decision: 'approve' })
        .expect(200);
      const hubView = await ctx.http.get(`/api/hubs/${hub.id}`).set(user.auth).expect(200);
      expect(hubView.body).toMatchObject({ myRole: 'member', myOrganizationId: org.id });
      expect((await events(hub.id, hub.owner)).map((e) => [e.type, e.actorId])).toEqual([
        ['member.invited', hub.owner.id],
        ['member.joined', user.id],
      ]);
    });

    it('refuses a user whose email is not the invited one', async () => {
      const hub = await ctx.newHub();
      const { token, email } = await invited(hub);
      const other = await ctx.newUser();
      const res = await ctx.http.post('/api/invitations/accept').set(other.auth).send({ token });
      expect(res.status).toBe(403);
      expect(res.body.message).toContain(email);
    });

    it('answers 409 when the user already is an active member of the hub', async () => {
      const hub = await ctx.newHub();
      const { token, email } = await invited(hub);
      const user = await ctx.newUser({ email });
      await ctx.newMember(hub, 'member', { user });
      const res = await ctx.http.post('/api/invitations/accept').set(user.auth).send({ token });
      expect(res.status).toBe(409);
    });

    it('validates the body and needs a signed-in user', async () => {
      const user = await ctx.newUser();
      const res = await ctx.http.post('/api/invitations/accept').set(user.auth).send({ token: 'short' });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.details)).toEqual(['token']);
      await ctx.http
        .post('/api/invitations/accept')
        .send({ token: 'x'.repeat(43) })
        .expect(401);
    });
  });

  describe('POST /auth/register with an invitation', () => {
    const register = (body: object) => ctx.http.post('/api/auth/register').send(body);
    const userCount = async (email: string) =>
      Number((await ctx.ds.query(`SELECT count(*) FROM "user" WHERE email = $1`, [email]))[0].count);

    it('creates a verified account and accepts the invitation (its link proved the address)', async () => {
      const hub = await ctx.newHub();
      const domain = `d${randomId().slice(0, 8)}.example`;
      const { token, email, org } = await invited(hub, { role: 'observer', email: `newcomer@${domain}` });
      await ctx.ds.query(`UPDATE organization SET email_domains = $2 WHERE id = $1`, [org.id, [domain]]);
      const res = await register({
        email: email.toUpperCase(),
        name: 'Newcomer',
        password: 'long-password',
        inviteToken: token,
      });
      expect(res.status).toBe(202);
      const session = await ctx.http.post('/api/auth/login').send({ email, password: 'long-password' }).expect(200);
      expect(session.body.user.emailVerified).toBe(true);
      const auth = { Authorization: `Bearer ${session.body.accessToken}` };
      const hubView = await ctx.http.get(`/api/hubs/${hub.id}`).set(auth).expect(200);
      expect(hubView.body).toMatchObject({ myRole: 'observer', myOrganizationId: org.id, lastSeq: 2 });
      const log = await events(hub.id, hub.owner);
      expect(log.map((e) => [e.seq, e.type, e.actorId])).toEqual([
        [1, 'member.invited', hub.owner.id],
        [2, 'member.joined', session.body.user.id],
      ]);
    });

    it('creates nothing when the token is invalid, expired or used', async () => {
      const email = `bad-token-${randomId()}@example.org`;
      const res = await register({ email, name: 'Nobody', password: 'long-password', inviteToken: 'x'.repeat(43) });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.details)).toEqual(['inviteToken']);
      const hub = await ctx.newHub();
      const expired = await invited(hub, { email });
      await ctx.ds.query(`UPDATE hub_member SET invite_expires_at = now() WHERE id = $1`, [expired.id]);
      const late = await register({ email, name: 'Late', password: 'long-password', inviteToken: expired.token });
      expect(late.status).toBe(400);
      expect(Object.keys(late.body.details)).toEqual(['inviteToken']);
      expect(await userCount(email)).toBe(0);
    });

    it('creates nothing when the invitation was sent to another email', async () => {
      const hub = await ctx.newHub();
      const { token } = await invited(hub);
      const email = `someone-else-${randomId()}@example.org`;
      const res = await register({ email, name: 'Else', password: 'long-password', inviteToken: token });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.details)).toEqual(['email']);
      expect(await userCount(email)).toBe(0);
      await ctx.http.get(`/api/invitations/${token}`).expect(200);
    });
  });

  describe('GET /hubs/:hubId/members', () => {
    it("lists the hub's spokes by name with their active people, page by page", async () => {
      const alpha = await ctx.newOrg({ name: 'Alpha Org' });
      const beta = await ctx.newOrg({ name: 'Beta Org' });
      const owner = await ctx.newUser({ name: 'Zed Owner' });
      const hub = await ctx.newHub({ owner, ownerOrg: beta });
      const ana = await ctx.newMember(hub, 'member', { org: alpha, user: await ctx.newUser({ name: 'Ana' }) });
      const bob = await ctx.newMember(hub, 'board', { org: beta, user: await ctx.newUser({ name: 'Bob' }) });
      const gone = await ctx.newMember(hub, 'member', { org: await ctx.newOrg({ name: 'Gone Org' }) });
      await ctx.ds.query(`UPDATE hub_member SET status = 'removed' WHERE id = $1`, [gone.memberId]);
      await invited(hub);

      const first = await ctx.http.get(`/api/hubs/${hub.id}/members`).set(ana.user.auth).query({ limit: 1 });
      expect(first.status).toBe(200);
      expect(first.body.items).toEqual([
        {
          organization: { id: alpha.id, name: 'Alpha Org', shortName: null, sector: 'ngo', country: 'KE' },
          people: [
            {
              memberId: ana.memberId,
              userId: ana.user.id,
              name: 'Ana',
              email: ana.user.email,
              role: 'member',
              joinedAt: expect.any(String),
            },
          ],
        },
      ]);
      const second = await ctx.http
        .get(`/api/hubs/${hub.id}/members`)
        .set(ana.user.auth)
        .query({ limit: 1, cursor: first.body.nextCursor })
        .expect(200);
      expect(second.body.items).toHaveLength(1);
      expect(second.body.items[0].organization.id).toBe(beta.id);
      expect(
        second.body.items[0].people.map((p: { memberId: string; name: string; role: string }) => [
          p.name,
          p.role,
          p.memberId,
        ]),
      ).toEqual([
        ['Bob', 'board', bob.memberId],
        ['Zed Owner', 'secretariat', expect.any(String)],
      ]);
      expect(second.body.nextCursor).toBeNull();
    });

    it('answers 404 to non-members of a private hub, 401 to anonymous callers and 400 to a bad cursor', async () => {
      const hub = await ctx.newHub({ visibility: 'public' });
      await ctx.http
        .get(`/api/hubs/${hub.id}/members`)
        .set((await ctx.newUser()).auth)
        .expect(404);
      await ctx.http.get(`/api/hubs/${hub.id}/members`).expect(401);
      const res = await ctx.http.get(`/api/hubs/${hub.id}/members`).set(hub.owner.auth).query({ cursor: 'zzz' });
      expect(res.status).toBe(400);
      expect(res.body.details).toHaveProperty('cursor');
    });
  });

  describe('PATCH /hubs/:hubId/members/:memberId', () => {
    const setRole = (hub: TestHub, as: TestUser, memberId: string, role: string) =>
      ctx.http.patch(`/api/hubs/${hub.id}/members/${memberId}`).set(as.auth).send({ role });

    it('lets the secretariat change a role and appends member.role_changed', async () => {
      const hub = await ctx.newHub();
      const member = await ctx.newMember(hub, 'member');
      const res = await setRole(hub, hub.owner, member.memberId, 'board');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: member.memberId, role: 'board', status: 'active' });
      await setRole(hub, hub.owner, member.memberId, 'secretariat').expect(200);
      const log = await events(hub.id, hub.owner);
      expect(log.map((e) => [e.seq, e.type])).toEqual([
        [1, 'member.role_changed'],
        [2, 'member.role_changed'],
      ]);
      expect(log[1]!.payload).toMatchObject({ role: 'secretariat' });
    });

    it('answers 409 when demoting the last secretariat, and allows it when another remains', async () => {
      const hub = await ctx.newHub();
      const [{ id: ownerId }] = await ctx.ds.query(`SELECT id FROM hub_member WHERE hub_id = $1 AND user_id = $2`, [
        hub.id,
        hub.owner.id,
      ]);
      const res = await setRole(hub, hub.owner, ownerId, 'member');
      expect(res.status).toBe(409);
      expect(res.body.message).toMatch(/at least one secretariat/);
      const other = await ctx.newMember(hub, 'secretariat');
      await setRole(hub, hub.owner, ownerId, 'member').expect(200);
      await setRole(hub, other.user, other.memberId, 'observer').expect(409);
    });

    it('keeps at least one secretariat when two demote each other at once', async () => {
      const hub = await ctx.newHub();
      const [{ id: ownerId }] = await ctx.ds.query(`SELECT id FROM hub_member WHERE hub_id = $1 AND user_id = $2`, [
        hub.id,
        hub.owner.id,
      ]);
      const other = await ctx.newMember(hub, 'secretariat');
      const statuses = (
        await Promise.all([
          setRole(hub, hub.owner, other.memberId, 'member'),
          setRole(hub, other.user, ownerId, 'member'),
        ])
      )
        .map((r) => r.status)
        .sort();
      expect(statuses[0]).toBe(200);
      expect(statuses[1]).not.toBe(200);
      const [{ count }] = await ctx.ds.query(
        `SELECT count(*)::int AS count FROM hub_member WHERE hub_id = $1 AND status = 'active' AND role = 'secretariat'`,
        [hub.id],
      );
      expect(count).toBe(1);
    });

    it('answers 400, 403, 404 as due', async () => {
      const hub = await ctx.newHub();
      const member = await ctx.newMember(hub, 'member');
      const bad = await setRole(hub, hub.owner, member.memberId, 'king');
      expect(bad.status).toBe(400);
      expect(Object.keys(bad.body.details)).toEqual(['role']);
      await setRole(hub, member.user, member.memberId, 'secretariat').expect(403);
      await setRole(hub, hub.owner, randomId(), 'board').expect(404);
      await setRole(hub, await ctx.newUser(), member.memberId, 'board').expect(404);
      const elsewhere = await ctx.newMember(await ctx.newHub(), 'member');
      await setRole(hub, hub.owner, elsewhere.memberId, 'board').expect(404);
    });
  });

  describe('DELETE /hubs/:hubId/members/:memberId', () => {
    const remove = (hub: TestHub, as: TestUser, memberId: string) =>
      ctx.http.delete(`/api/hubs/${hub.id}/members/${memberId}`).set(as.auth);

    it('lets the secretariat remove a member, who then loses access; appends member.removed', async () => {
      const hub = await ctx.newHub();
      const member = await ctx.newMember(hub, 'member');
      await remove(hub, hub.owner, member.memberId).expect(204);
      await ctx.http.get(`/api/hubs/${hub.id}`).set(member.user.auth).expect(404);
      await remove(hub, hub.owner, member.memberId).expect(404);
      const log = await events(hub.id, hub.owner);
      expect(log.map((e) => [e.seq, e.type, e.entityId])).toEqual([[1, 'member.removed', member.memberId]]);
      expect(log[0]!.payload).toMatchObject({ status: 'removed', userId: member.user.id });
    });

    it('lets a member leave, but not remove others', async () => {
      const hub = await ctx.newHub();
      const a = await ctx.newMember(hub, 'member');
      const b = await ctx.newMember(hub, 'board');
      await remove(hub, a.user, b.memberId).expect(403);
      await remove(hub, a.user, a.memberId).expect(204);
      const log = await events(hub.id, hub.owner);
      expect(log.map((e) => [e.type, e.actorId])).toEqual([['member.removed', a.user.id]]);
    });

    it('answers 409 for removing the last secretariat, even when it leaves itself', async () => {
      const hub = await ctx.newHub();
      const [{ id: ownerId }] = await ctx.ds.query(`SELECT id FROM hub_member WHERE hub_id = $1 AND user_id = $2`, [
        hub.id,
        hub.owner.id,
      ]);
      const res = await remove(hub, hub.owner, ownerId);
      expect(res.status).toBe(409);
      expect(res.body.message).toMatch(/at least one secretariat/);
      const other = await ctx.newMember(hub, 'secretariat');
      await remove(hub, other.user, ownerId).expect(204);
    });

    it('answers 404 to non-members and 401 to anonymous callers', async () => {
      const hub = await ctx.newHub();
      const member = await ctx.newMember(hub, 'member');
      await remove(hub, await ctx.newUser(), member.memberId).expect(404);
      await ctx.http.delete(`/api/hubs/${hub.id}/members/${member.memberId}`).expect(401);
    });

    it('answers 409 for changes to an archived hub', async () => {
      const hub = await ctx.newHub();
      const member = await ctx.newMember(hub, 'member');
      await ctx.ds.query(`UPDATE hub SET archived_at = now() WHERE id = $1`, [hub.id]);
      await remove(hub, hub.owner, member.memberId).expect(409);
      await remove(hub, member.user, member.memberId).expect(409);
      const org = await ctx.newOrg();
      await invite(hub, hub.owner, { email: 'late@example.org', organizationId: org.id, role: 'member' }).expect(409);
    });
  });

  it('appends consecutive seqs across a hub’s membership changes', async () => {
    const user = await ctx.newUser();
    const org = await ctx.newOrg();
    await ctx.joinOrg(user, org);
    const hub = (await ctx.http.post('/api/hubs').set(user.auth).send({ name: 'Seq Hub', organizationId: org.id }))
      .body;
    const guest = `seq-${randomId()}@example.org`;
    const inv = await ctx.http
      .post(`/api/hubs/${hub.id}/invitations`)
      .set(user.auth)
      .send({ email: guest, organizationId: org.id, role: 'member' })
      .expect(201);
    const guestUser = await ctx.newUser({ email: guest });
    await ctx.joinOrg(guestUser, org);
    const joined = await ctx.http
      .post('/api/invitations/accept')
      .set(guestUser.auth)
      .send({ token: inv.body.inviteToken })
      .expect(200);
    await ctx.http
      .patch(`/api/hubs/${hub.id}/members/${joined.body.id}`)
      .set(user.auth)
      .send({ role: 'board' })
      .expect(200);
    await ctx.http.delete(`/api/hubs/${hub.id}/members/${joined.body.id}`).set(guestUser.auth).expect(204);
    const log = await events(hub.id, user);
    expect(log.map((e) => [e.seq, e.type])).toEqual([
      [1, 'hub.created'],
      [2, 'member.joined'],
      [3, 'member.invited'],
      [4, 'member.joined'],
      [5, 'member.role_changed'],
      [6, 'member.removed'],
    ]);
  });
});
