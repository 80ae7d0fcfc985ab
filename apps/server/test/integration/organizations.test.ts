import { createTestApp, randomId, type TestContext, type TestUser } from '../support/test-app';

describe('organizations', () => {
  let ctx: TestContext;
  let user: TestUser;
  beforeAll(async () => {
    ctx = await createTestApp();
    user = await ctx.newUser();
  });
  afterAll(() => ctx.close());

  const create = (as: TestUser, body: object) => ctx.http.post('/api/organizations').set(as.auth).send(body);

  describe('POST /organizations', () => {
    it('creates an organization recording its creator, with the country upper-cased', async () => {
      const res = await create(user, {
        name: '  World Health Organization ',
        shortName: 'WHO',
        sector: 'intergovernmental',
        country: 'ch',
        sdgs: [3, 17],
        website: 'https://www.who.int',
        description: 'Directs international health work.',
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        name: 'World Health Organization',
        shortName: 'WHO',
        sector: 'intergovernmental',
        country: 'CH',
        sdgs: [3, 17],
        website: 'https://www.who.int',
        createdById: user.id,
      });
      const got = await ctx.http.get(`/api/organizations/${res.body.id}`).set(user.auth).expect(200);
      expect(got.body).toEqual(res.body);
    });

    it('needs only a name and a sector', async () => {
      const res = await create(user, { name: 'Amref', sector: 'ngo' });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ shortName: null, country: null, sdgs: [], website: null, description: null });
    });

    it('validates every field and rejects unknown ones', async () => {
      const res = await create(user, {
        name: '',
        sector: 'club',
        country: 'XX',
        sdgs: [0, 3, 3, 18],
        website: 'not a url',
        shortName: 'x'.repeat(61),
        owner: 'me',
      });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.details).sort()).toEqual(
        ['country', 'name', 'owner', 'sdgs', 'sector', 'shortName', 'website'].sort(),
      );
    });

    it('needs a signed-in user', async () => {
      await ctx.http.post('/api/organizations').send({ name: 'Anon', sector: 'ngo' }).expect(401);
    });
  });

  describe('GET /organizations', () => {
    const tag = `zq${Date.now().toString(36)}`;
    beforeAll(async () => {
      for (const [name, shortName, sector, country, sdgs] of [
        [`${tag} Alpha Health`, null, 'ngo', 'KE', [3]],
        [`${tag} Beta Water`, 'BW', 'government', 'BR', [6]],
        [`${tag} Gamma Cities`, 'GC', 'city_network', 'KE', [11, 3]],
        [`${tag} Delta 100% Fund`, null, 'philanthropy', 'US', [1]],
        [`${tag} Epsilon`, `${tag}-HEALTHY`, 'research', 'IN', [3]],
      ] as const) {
        await create(user, { name, sector, country, sdgs: [...sdgs], ...(shortName && { shortName }) }).expect(201);
      }
    });

    const search = (query: Record<string, string | number>) =>
      ctx.http.get('/api/organizations').set(user.auth).query(query);
    const names = (res: { body: { items: { name: string }[] } }) =>
      res.body.items.map((o) => o.name.slice(tag.length + 1));

    it('searches name and short name case-insensitively, ordered by name', async () => {
      const res = await search({ q: 'aLPHA HEALTH' });
      expect(res.status).toBe(200);
      expect(names(res)).toEqual(['Alpha Health']);
      expect(names(await search({ q: `${tag}-healthy` }))).toEqual(['Epsilon']);
      expect(names(await search({ q: tag }))).toEqual([
        'Alpha Health',
        'Beta Water',
        'Delta 100% Fund',
        'Epsilon',
        'Gamma Cities',
      ]);
    });

    it('takes % and _ in the query literally', async () => {
      expect(names(await search({ q: '100%' }))).toEqual(['Delta 100% Fund']);
      expect((await search({ q: `${tag}_` })).body.items).toEqual([]);
    });

    it('filters by sector, SDG and country', async () => {
      expect(names(await search({ q: tag, sector: 'government' }))).toEqual(['Beta Water']);
      expect(names(await search({ q: tag, sdg: 3 }))).toEqual(['Alpha Health', 'Epsilon', 'Gamma Cities']);
      expect(names(await search({ q: tag, country: 'ke' }))).toEqual(['Alpha Health', 'Gamma Cities']);
      expect(names(await search({ q: tag, sdg: 3, country: 'KE', sector: 'city_network' }))).toEqual(['Gamma Cities']);
    });

    it('pages with a cursor', async () => {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const res = await search({ q: tag, limit: 2, ...(cursor && { cursor }) });
        expect(res.status).toBe(200);
        expect(res.body.items.length).toBeLessThanOrEqual(2);
        seen.push(...names(res));
        cursor = res.body.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toEqual(['Alpha Health', 'Beta Water', 'Delta 100% Fund', 'Epsilon', 'Gamma Cities']);
    });

    it('validates the query', async () => {
      const res = await search({ sdg: 18, sector: 'club', country: 'XX', limit: 0, cursor: 'nope' });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.details).sort()).toEqual(['country', 'limit', 'sdg', 'sector']);
      const cursor = await search({ cursor: 'bm9wZQ' });
      expect(cursor.status).toBe(400);
      expect(cursor.body.details).toEqual({ cursor: ['is not a cursor this api issued'] });
    });

    it('needs a signed-in user', async () => {
      await ctx.http.get('/api/organizations').expect(401);
    });
  });

  describe('GET /organizations/:orgId', () => {
    it('answers 404 for an unknown id and 400 for a malformed one', async () => {
      await ctx.http.get(`/api/organizations/${randomId()}`).set(user.auth).expect(404);
      await ctx.http.get('/api/organizations/not-a-uuid').set(user.auth).expect(400);
    });
  });

  describe('PATCH /organizations/:orgId', () => {
    const patch = (as: TestUser, orgId: string, body: object) =>
      ctx.http.patch(`/api/organizations/${orgId}`).set(as.auth).send(body);

    it('lets its creator edit it, and clears optional fields with null', async () => {
      const org = (await create(user, { name: 'Edit Me', shortName: 'EM', sector: 'ngo', country: 'KE' })).body;
      const res = await patch(user, org.id, { name: 'Edited', shortName: null, country: 'tz', sdgs: [5] });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ name: 'Edited', shortName: null, country: 'TZ', sdgs: [5], sector: 'ngo' });
      expect(new Date(res.body.updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(org.updatedAt).getTime());
    });

    it('lets a platform admin edit an unclaimed organization, but not one its admins run', async () => {
      const unclaimed = await ctx.newOrg();
      const admin = await ctx.newUser();
      await ctx.ds.query(`UPDATE "user" SET is_platform_admin = true WHERE id = $1`, [admin.id]);
      await patch(admin, unclaimed.id, { description: 'Checked' }).expect(200);
      const claimed = (await create(user, { name: 'Admin Target', sector: 'ngo' })).body;
      await patch(admin, claimed.id, { description: 'Checked' }).expect(403);
    });

    it('lets only its admins edit it: not a secretariat or member representing it in a hub', async () => {
      const org = await ctx.newOrg();
      const hub = await ctx.newHub({ ownerOrg: org });
      const member = await ctx.newMember(hub, 'member', { org });
      for (const person of [hub.owner, member.user]) {
        const res = await patch(person, org.id, { website: 'https://evil.example' });
        expect(res.status).toBe(403);
        expect(res.body.message).toMatch(/Only the admins of/);
      }
      await ctx.joinOrg(member.user, org, 'admin');
      await patch(member.user, org.id, { website: 'https://example.org' }).expect(200);
      const [{ website }] = await ctx.ds.query(`SELECT website FROM organization WHERE id = $1`, [org.id]);
      expect(website).toBe('https://example.org');
    });

    it('forbids anyone else, and answers 404 for an unknown organization', async () => {
      const org = (await create(user, { name: 'Not Yours', sector: 'ngo' })).body;
      const stranger = await ctx.newUser();
      await patch(stranger, org.id, { name: 'Mine now' }).expect(403);
      await patch(user, randomId(), { name: 'Ghost' }).expect(404);
      await ctx.http.patch(`/api/organizations/${org.id}`).send({ name: 'Anon' }).expect(401);
    });

    it('refuses null for required fields and invalid values', async () => {
      const org = (await create(user, { name: 'Strict', sector: 'ngo' })).body;
      const res = await patch(user, org.id, { name: null, sector: null, sdgs: null, website: 'ftp://x.org' });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.details).sort()).toEqual(['name', 'sdgs', 'sector', 'website']);
    });
  });
});
