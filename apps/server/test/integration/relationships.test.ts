import type { RelationshipDto } from '@hubspoke/contracts';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { NETWORK_QUEUE, NetworkJob } from '../../src/modules/network/network-queue';
import { createTestApp, randomId, type TestContext, type TestOrg, type TestUser } from '../support/test-app';

describe('relationships', () => {
  let ctx: TestContext;
  let admin: TestUser;
  let user: TestUser;
  let who: TestOrg;
  let gavi: TestOrg;
  let unicef: TestOrg;

  beforeAll(async () => {
    ctx = await createTestApp();
    [admin, user] = [await ctx.newUser(), await ctx.newUser()];
    await ctx.ds.query(`UPDATE "user" SET is_platform_admin = true WHERE id = $1`, [admin.id]);
    who = await ctx.newOrg({ name: 'World Health Organization', sector: 'intergovernmental' });
    gavi = await ctx.newOrg({ name: 'Gavi' });
    unicef = await ctx.newOrg({ name: 'UNICEF', sector: 'intergovernmental' });
  });
  afterAll(async () => {
    await ctx?.app.get<Queue>(getQueueToken(NETWORK_QUEUE)).obliterate({ force: true });
    await ctx?.close();
  });

  const create = (body: object, as: TestUser = admin) =>
    ctx.http.post('/api/network/relationships').set(as.auth).send(body);
  const list = async (query = '', as: TestUser = user) =>
    (await ctx.http.get(`/api/network/relationships${query}`).set(as.auth).expect(200)).body as {
      items: RelationshipDto[];
      nextCursor: string | null;
    };
  const count = async () => (await ctx.ds.query(`SELECT count(*)::int AS n FROM relationship`))[0].n as number;

  it('creates a relationship that everyone signed in reads, and asks for a new analysis', async () => {
    const queue = ctx.app.get<Queue>(getQueueToken(NETWORK_QUEUE));
    await queue.obliterate({ force: true });
    const res = await create({
      sourceId: who.id,
      targetId: gavi.id,
      kind: 'board_seat',
      weight: 2,
      since: '2000-01-01',
      source: '  Gavi board composition ',
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      sourceId: who.id,
      targetId: gavi.id,
      kind: 'board_seat',
      weight: 2,
      since: '2000-01-01',
      source: 'Gavi board composition',
      createdAt: expect.any(String),
    });
    expect((await list()).items).toEqual([res.body]);
    const jobs = await queue.getJobs(['delayed', 'waiting']);
    expect(jobs.map((j) => j.name)).toContain(NetworkJob.analyze);
  });

  it('answers 409 with the existing tie for a duplicate (same source, target and kind)', async () => {
    const body = { sourceId: unicef.id, targetId: gavi.id, kind: 'funds' };
    const first = await create(body);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ weight: 1, since: null, source: null });
    const again = await create({ ...body, weight: 5 });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ statusCode: 409, message: expect.any(String), current: first.body });
    // another kind between the same two is another tie
    expect((await create({ ...body, kind: 'partners_with' })).status).toBe(201);
  });

  it('refuses a tie to oneself, unknown organizations and bad weights or dates with 400', async () => {
    const before = await count();
    const cases: [object, string][] = [
      [{ sourceId: who.id, targetId: who.id, kind: 'funds' }, 'targetId'],
      [{ sourceId: who.id, targetId: who.id.toUpperCase(), kind: 'funds' }, 'targetId'],
      [{ sourceId: randomId(), targetId: who.id, kind: 'funds' }, 'sourceId'],
      [{ sourceId: who.id, targetId: randomId(), kind: 'funds' }, 'targetId'],
      [{ sourceId: who.id, targetId: unicef.id, kind: 'befriends' }, 'kind'],
      [{ sourceId: who.id, targetId: unicef.id, kind: 'funds', weight: 0 }, 'weight'],
      [{ sourceId: who.id, targetId: unicef.id, kind: 'funds', weight: -3 }, 'weight'],
      [{ sourceId: who.id, targetId: unicef.id, kind: 'funds', weight: 1e9 }, 'weight'],
      [{ sourceId: who.id, targetId: unicef.id, kind: 'funds', weight: '2' }, 'weight'],
      [{ sourceId: who.id, targetId: unicef.id, kind: 'funds', since: '2021-02-30' }, 'since'],
      [{ sourceId: who.id, targetId: unicef.id, kind: 'funds', since: 'last year' }, 'since'],
      [{ sourceId: who.id, targetId: unicef.id, kind: 'funds', source: 'x'.repeat(501) }, 'source'],
      [{ sourceId: 'not-an-id', targetId: unicef.id, kind: 'funds' }, 'sourceId'],
    ];
    for (const [body, field] of cases) {
      const res = await create(body);
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
      expect(res.body).toMatchObject({
        statusCode: 400,
        error: 'Bad Request',
        details: { [field]: expect.any(Array) },
      });
    }
    expect(await count()).toBe(before);
  });

  it('lets only platform admins write: 403 for other users, 401 for anonymous callers', async () => {
    const body = { sourceId: gavi.id, targetId: who.id, kind: 'partners_with' };
    const forbidden = await create(body, user);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body).toMatchObject({ statusCode: 403, error: 'Forbidden', message: expect.any(String) });
    await ctx.http.post('/api/network/relationships').send(body).expect(401);
    await ctx.http.get('/api/network/relationships').expect(401);
    const [{ id }] = (await list()).items;
    await ctx.http.delete(`/api/network/relationships/${id}`).set(user.auth).expect(403);
    await ctx.http.delete(`/api/network/relationships/${id}`).expect(401);
    expect((await list()).items.map((r) => r.id)).toContain(id);
  });

  it('filters by organization (either end) and kind, and pages with a cursor, newest first', async () => {
    const all = await list();
    expect(all.items).toHaveLength(3);
    expect(all.items.map((r) => r.kind)).toEqual(['partners_with', 'funds', 'board_seat']);
    expect((await list(`?organizationId=${who.id}`)).items.map((r) => r.kind)).toEqual(['board_seat']);
    expect((await list(`?organizationId=${gavi.id}`)).items).toHaveLength(3);
    expect((await list(`?organizationId=${gavi.id}&kind=funds`)).items.map((r) => r.sourceId)).toEqual([unicef.id]);
    expect((await list(`?organizationId=${randomId()}`)).items).toEqual([]);

    const first = await list('?limit=2');
    expect(first.items).toEqual(all.items.slice(0, 2));
    const second = await list(`?limit=2&cursor=${first.nextCursor}`);
    expect(second).toEqual({ items: all.items.slice(2), nextCursor: null });

    for (const query of ['?cursor=garbage', '?limit=0', '?limit=101', '?kind=befriends', '?organizationId=x']) {
      const res = await ctx.http.get(`/api/network/relationships${query}`).set(user.auth);
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
    }
  });

  it('deletes a relationship (204), then answers 404 for it', async () => {
    const [latest] = (await list()).items;
    await ctx.http.delete(`/api/network/relationships/${latest!.id}`).set(admin.auth).expect(204);
    expect((await list()).items.map((r) => r.id)).not.toContain(latest!.id);
    const gone = await ctx.http.delete(`/api/network/relationships/${latest!.id}`).set(admin.auth);
    expect(gone.status).toBe(404);
    expect(gone.body).toMatchObject({ statusCode: 404, message: 'Relationship not found' });
    await ctx.http.delete('/api/network/relationships/not-an-id').set(admin.auth).expect(400);
  });
});
