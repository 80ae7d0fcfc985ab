import { createTestApp, randomId, type TestContext, type TestHub, type TestUser } from '../support/test-app';

describe('hubs', () => {
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

  describe('POST /hubs', () => {
    it('creates the hub with its creator as secretariat, and appends hub.created then member.joined', async () => {
      const user = await ctx.newUser();
      const org = await ctx.newOrg();
      await ctx.joinOrg(user, org);
      const res = await ctx.http
        .post('/api/hubs')
        .set(user.auth)
        .send({
          name: 'Clean Air Nairobi',
          mission: 'Halve PM2.5 by 2030',
          sdgs: [3, 11],
          sdgTargets: ['3.9', '11.6'],
          visibility: 'public',
          organizationId: org.id,
        });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        slug: 'clean-air-nairobi',
        name: 'Clean Air Nairobi',
        sdgs: [3, 11],
        sdgTargets: ['3.9', '11.6'],
        visibility: 'public',
        archivedAt: null,
        myRole: 'secretariat',
        myOrganizationId: org.id,
        // the state as of before its own events: a client catching up from it replays them
        lastSeq: 0,
      });
      const log = await events(res.body.id, user);
      expect(log.map((e) => [e.seq, e.type])).toEqual([
        [1, 'hub.created'],
        [2, 'member.joined'],
      ]);
      expect(log[0]!.payload).toMatchObject({ id: res.body.id, slug: 'clean-air-nairobi' });
      expect(log[1]!.payload).toMatchObject({
        userId: user.id,
        userName: user.name,
        organizationId: org.id,
        organizationName: org.name,
        role: 'secretariat',
        status: 'active',
      });
    });

    it('derives a free slug from the name, and answers 409 for a requested slug that is taken', async () => {
      const user = await ctx.newUser();
      const org = await ctx.newOrg();
      await ctx.joinOrg(user, org);
      const body = { name: 'Água Limpa', organizationId: org.id };
      const first = await ctx.http.post('/api/hubs').set(user.auth).send(body).expect(201);
      expect(first.body).toMatchObject({ slug: 'agua-limpa', visibility: 'private', mission: '', sdgs: [] });
      const second = await ctx.http.post('/api/hubs').set(user.auth).send(body).expect(201);
      expect(second.body.slug).toMatch(/^agua-limpa-[0-9a-f]{6}$/);
      const taken = await ctx.http
        .post('/api/hubs')
        .set(user.auth)
        .send({ ...body, slug: 'agua-limpa' });
      expect(taken.status).toBe(409);
      expect(taken.body.message).toMatch(/agua-limpa/);
    });

    it('validates the body, SDG targets against the framework, and the organization', async () => {
      const user = await ctx.newUser();
      const res = await ctx.http
        .post('/api/hubs')
        .set(user.auth)
        .send({ name: ' ', slug: 'Not A Slug', sdgs: [18], sdgTargets: ['3.b', '3.z'], visibility: 'secret' });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.details).sort()).toEqual(
        ['name', 'organizationId', 'sdgTargets', 'sdgs', 'slug', 'visibility'].sort(),
      );
      expect(res.body.details.sdgTargets[0]).toMatch(/SDG target code/);
      const unknownOrg = await ctx.http
        .post('/api/hubs')
        .set(user.auth)
        .send({ name: 'Orphan', organizationId: randomId() });
      expect(unknownOrg.status).toBe(400);
      expect(unknownOrg.body.details).toEqual({ organizationId: ['is not a known organization'] });
    });

    it('needs a signed-in user', async () => {
      await ctx.http.post('/api/hubs').send({ name: 'Anon', organizationId: randomId() }).expect(401);
    });
  });

  describe('GET /hubs/mine', () => {
    it('lists the hubs where I am an active member, by name, with my role and organization, page by page', async () => {
      const me = await ctx.newUser();
      const myOrg = await ctx.newOrg();
      const b = await ctx.newHub({ name: 'Mine B', owner: me, ownerOrg: myOrg });
      const a = await ctx.newHub({ name: 'Mine A' });
      await ctx.newMember(a, 'board', { user: me, org: myOrg });
      const c = await ctx.newHub({ name: 'Mine C' });
      const removed = await ctx.newMember(c, 'member', { user: me });
      await ctx.ds.query(`UPDATE hub_member SET status = 'removed' WHERE id = $1`, [removed.memberId]);
      await ctx.newHub({ name: 'Not Mine' });

      const first = await ctx.http.get('/api/hubs/mine').set(me.auth).query({ limit: 1 }).expect(200);
      expect(first.body.items).toHaveLength(1);
      expect(first.body.items[0]).toMatchObject({
        id: a.id,
        myRole: 'board',
        myOrganizationId: myOrg.id,
        myOrganization: { id: myOrg.id, name: myOrg.name, sector: myOrg.sector },
      });
      const second = await ctx.http
        .get('/api/hubs/mine')
        .set(me.auth)
        .query({ limit: 1, cursor: first.body.nextCursor })
        .expect(200);
      expect(second.body.items.map((h: { id: string; myRole: string }) => [h.id, h.myRole])).toEqual([
        [b.id, 'secretariat'],
      ]);
      expect(second.body.nextCursor).toBeNull();
    });

    it('needs a signed-in user', async () => {
      await ctx.http.get('/api/hubs/mine').expect(401);
    });
  });

  describe('GET /hubs/directory', () => {
    const tag = `dir${Date.now().toString(36)}`;
    let water: TestHub;
    beforeAll(async () => {
      water = await ctx.newHub({ name: `${tag} Water`, visibility: 'public', sdgs: [6] });
      await ctx.newMember(water, 'member');
      await ctx.newHub({ name: `${tag} Health`, visibility: 'public', sdgs: [3] });
      await ctx.newHub({ name: `${tag} Cities`, visibility: 'public', sdgs: [11, 6] });
      await ctx.newHub({ name: `${tag} Hidden`, visibility: 'private', sdgs: [6] });
      const archived = await ctx.newHub({ name: `${tag} Archived`, visibility: 'public', sdgs: [6] });
      await ctx.ds.query(`UPDATE hub SET archived_at = now() WHERE id = $1`, [archived.id]);
      await ctx.ds.query(
        `INSERT INTO goal (hub_id, title, unit, baseline, target, direction, start_date, due_date, owner_organization_id)
         VALUES ($1, 'Safe water', '%', 40, 80, 'increase', '2025-01-01', '2030-12-31', $2)`,
        [water.id, water.ownerOrg.id],
      );
    });

    const names = (res: { body: { items: { name: string }[] } }) =>
      res.body.items.map((h) => h.name.slice(tag.length + 1));

    it('lists public, non-archived hubs to anyone, as public summaries', async () => {
      const res = await ctx.http.get('/api/hubs/directory').query({ q: tag });
      expect(res.status).toBe(200);
      expect(names(res)).toEqual(['Cities', 'Health', 'Water']);
      const item = res.body.items[2];
      expect(item).toMatchObject({ public: true, id: water.id, sdgs: [6], spokeCount: 2, goalCount: 1 });
      expect(item.spokes).toHaveLength(2);
      expect(item.spokes[0]).toEqual(
        expect.objectContaining({ id: expect.any(String), name: expect.any(String), sector: 'ngo', country: 'KE' }),
      );
      expect(item.visibility).toBeUndefined();
      expect(item.lastSeq).toBeUndefined();
    });

    it('filters by SDG and pages with a cursor', async () => {
      expect(names(await ctx.http.get('/api/hubs/directory').query({ q: tag, sdg: 6 }))).toEqual(['Cities', 'Water']);
      const first = await ctx.http.get('/api/hubs/directory').query({ q: tag, limit: 2 }).expect(200);
      expect(names(first)).toEqual(['Cities', 'Health']);
      const second = await ctx.http
        .get('/api/hubs/directory')
        .query({ q: tag, limit: 2, cursor: first.body.nextCursor })
        .expect(200);
      expect(names(second)).toEqual(['Water']);
      expect(second.body.nextCursor).toBeNull();
    });

    it('validates the query', async () => {
      const res = await ctx.http.get('/api/hubs/directory').query({ sdg: 0, limit: 101 });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.details).sort()).toEqual(['limit', 'sdg']);
    });
  });

  describe('GET /hubs/:hubId', () => {
    it('gives an active member the full hub with role, organization and lastSeq', async () => {
      const hub = await ctx.newHub();
      const member = await ctx.newMember(hub, 'observer');
      const res = await ctx.http.get(`/api/hubs/${hub.id}`).set(member.user.auth).expect(200);
      expect(res.body).toMatchObject({
        id: hub.id,
        slug: hub.slug,
        visibility: 'private',
        myRole: 'observer',
        myOrganizationId: member.org.id,
        lastSeq: 0,
      });
      expect(res.body.public).toBeUndefined();
    });

    it('gives a non-member or anonymous caller only the public summary of a public hub', async () => {
      const hub = await ctx.newHub({ visibility: 'public', sdgTargets: ['6.1'] });
      const stranger = await ctx.newUser();
      for (const req of [ctx.http.get(`/api/hubs/${hub.id}`).set(stranger.auth), ctx.http.get(`/api/hubs/${hub.id}`)]) {
        const res = await req;
        expect(res.status).toBe(200);
        expect(Object.keys(res.body).sort()).toEqual(
          ['goalCount', 'id', 'mission', 'name', 'public', 'sdgTargets', 'sdgs', 'slug', 'spokeCount', 'spokes'].sort(),
        );
        expect(res.body).toMatchObject({ public: true, sdgTargets: ['6.1'], spokeCount: 1, goalCount: 0 });
      }
    });

    it('answers 404 for a private hub to non-members and anonymous callers, and for unknown hubs', async () => {
      const hub = await ctx.newHub();
      const stranger = await ctx.newUser();
      await ctx.http.get(`/api/hubs/${hub.id}`).set(stranger.auth).expect(404);
      await ctx.http.get(`/api/hubs/${hub.id}`).expect(404);
      await ctx.http.get(`/api/hubs/${randomId()}`).set(stranger.auth).expect(404);
      await ctx.http.get('/api/hubs/not-a-uuid').expect(400);
    });
  });

  describe('PATCH /hubs/:hubId', () => {
    it('lets the secretariat edit the hub and appends hub.updated with the next seq', async () => {
      const hub = await ctx.newHub();
      const res = await ctx.http
        .patch(`/api/hubs/${hub.id}`)
        .set(hub.owner.auth)
        .send({
          name: ' Renamed ',
          mission: 'New mission',
          sdgs: [6],
          sdgTargets: ['6.1', '6.b'],
          visibility: 'public',
        });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        name: 'Renamed',
        slug: hub.slug,
        mission: 'New mission',
        sdgs: [6],
        sdgTargets: ['6.1', '6.b'],
        visibility: 'public',
        myRole: 'secretariat',
        lastSeq: 0,
      });
      await ctx.http.patch(`/api/hubs/${hub.id}`).set(hub.owner.auth).send({ mission: 'Again' }).expect(200);
      const log = await events(hub.id, hub.owner);
      expect(log.map((e) => [e.seq, e.type])).toEqual([
        [1, 'hub.updated'],
        [2, 'hub.updated'],
      ]);
      expect(log[1]!.payload).toMatchObject({ name: 'Renamed', mission: 'Again' });
      expect(log[1]!.actorId).toBe(hub.owner.id);
    });

    it('changes nothing and appends no event for an empty body', async () => {
      const hub = await ctx.newHub();
      const res = await ctx.http.patch(`/api/hubs/${hub.id}`).set(hub.owner.auth).send({}).expect(200);
      expect(res.body.lastSeq).toBe(0);
      expect(await events(hub.id, hub.owner)).toEqual([]);
    });

    it('answers 403 to members without the right, 404 to non-members and 401 to anonymous callers', async () => {
      const hub = await ctx.newHub({ visibility: 'public' });
      const member = await ctx.newMember(hub, 'member');
      const res = await ctx.http.patch(`/api/hubs/${hub.id}`).set(member.user.auth).send({ name: 'Mine' });
      expect(res.status).toBe(403);
      const stranger = await ctx.newUser();
      await ctx.http.patch(`/api/hubs/${hub.id}`).set(stranger.auth).send({ name: 'Mine' }).expect(404);
      await ctx.http.patch(`/api/hubs/${hub.id}`).send({ name: 'Mine' }).expect(401);
    });

    it('validates the body, including null for required fields', async () => {
      const hub = await ctx.newHub();
      const res = await ctx.http
        .patch(`/api/hubs/${hub.id}`)
        .set(hub.owner.auth)
        .send({ name: null, visibility: 'secret', sdgTargets: ['99.1'], sdgs: null, slug: 'new-slug' });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.details).sort()).toEqual(['name', 'sdgTargets', 'sdgs', 'slug', 'visibility']);
    });
  });

  describe('POST /hubs/:hubId/archive', () => {
    it('archives the hub, which then is read-only and leaves the directory', async () => {
      const hub = await ctx.newHub({ visibility: 'public' });
      const member = await ctx.newMember(hub, 'member');
      await ctx.http.post(`/api/hubs/${hub.id}/archive`).set(member.user.auth).expect(403);

      const res = await ctx.http.post(`/api/hubs/${hub.id}/archive`).set(hub.owner.auth);
      expect(res.status).toBe(200);
      expect(res.body.archivedAt).toEqual(expect.any(String));
      expect(res.body.lastSeq).toBe(0);
      const log = await events(hub.id, member.user);
      expect(log.map((e) => [e.seq, e.type])).toEqual([[1, 'hub.archived']]);

      await ctx.http.get(`/api/hubs/${hub.id}`).set(member.user.auth).expect(200);
      const edit = await ctx.http.patch(`/api/hubs/${hub.id}`).set(hub.owner.auth).send({ name: 'Too late' });
      expect(edit.status).toBe(409);
      expect(edit.body.message).toMatch(/archived/);
      await ctx.http.post(`/api/hubs/${hub.id}/archive`).set(hub.owner.auth).expect(409);
      const dir = await ctx.http.get('/api/hubs/directory').query({ q: hub.name });
      expect(dir.body.items).toEqual([]);
    });

    it('answers 404 to non-members', async () => {
      const hub = await ctx.newHub();
      const stranger = await ctx.newUser();
      await ctx.http.post(`/api/hubs/${hub.id}/archive`).set(stranger.auth).expect(404);
      await ctx.http.post(`/api/hubs/${hub.id}/archive`).expect(401);
    });
  });
});
