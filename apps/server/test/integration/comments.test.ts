import type { CommentDto } from '@hubspoke/contracts';
import {
  createTestApp,
  randomId,
  type TestContext,
  type TestHub,
  type TestMember,
  type TestUser,
} from '../support/test-app';

describe('comments', () => {
  let ctx: TestContext;
  let hub: TestHub;
  let secretariat: TestUser;
  let member: TestMember;
  let board: TestMember;
  let observer: TestMember;
  let outsider: TestUser;
  let otherHub: TestHub;
  let taskId: string;
  let goalId: string;

  async function newGoal(hubId: string, ownerOrganizationId: string): Promise<string> {
    const [row] = await ctx.ds.query(
      `INSERT INTO goal (hub_id, title, unit, baseline, target, direction, start_date, due_date, owner_organization_id)
       VALUES ($1, 'Coverage', '%', 60, 90, 'increase', '2026-01-01', '2030-12-31', $2) RETURNING id`,
      [hubId, ownerOrganizationId],
    );
    return row.id;
  }

  async function newTask(target: TestHub): Promise<string> {
    const res = await ctx.http.post(`/api/hubs/${target.id}/tasks`).set(target.owner.auth).send({ title: 'T' });
    expect(res.status).toBe(201);
    return res.body.id;
  }

  beforeAll(async () => {
    ctx = await createTestApp();
    hub = await ctx.newHub({ name: 'Comments hub' });
    secretariat = hub.owner;
    member = await ctx.newMember(hub, 'member');
    board = await ctx.newMember(hub, 'board');
    observer = await ctx.newMember(hub, 'observer');
    outsider = await ctx.newUser();
    otherHub = await ctx.newHub({ owner: secretariat, ownerOrg: hub.ownerOrg });
    taskId = await newTask(hub);
    goalId = await newGoal(hub.id, hub.ownerOrg.id);
  });
  afterAll(() => ctx.close());

  const url = (type: string, id: string, hubId = hub.id) => `/api/hubs/${hubId}/${type}/${id}/comments`;
  const post = (as: TestUser, type: string, id: string, body: unknown, hubId = hub.id) =>
    ctx.http
      .post(url(type, id, hubId))
      .set(as.auth)
      .send(body as object);

  async function lastSeq(): Promise<number> {
    const [row] = await ctx.ds.query(`SELECT last_seq FROM hub WHERE id = $1`, [hub.id]);
    return Number(row.last_seq);
  }

  it('comments on a task and on a goal, recording the author, and appends comment.created each time', async () => {
    const before = await lastSeq();
    const onTask = await post(member.user, 'tasks', taskId, { body: 'Started in two districts' });
    expect(onTask.status).toBe(201);
    expect(onTask.body).toEqual({
      id: expect.any(String),
      hubId: hub.id,
      targetType: 'task',
      targetId: taskId,
      authorId: member.user.id,
      authorName: member.user.name,
      authorOrganizationId: member.org.id,
      body: 'Started in two districts',
      createdAt: expect.any(String),
    });
    const onGoal = await post(board.user, 'goals', goalId, { body: 'Is the baseline verified?' });
    expect(onGoal.status).toBe(201);
    expect(onGoal.body).toMatchObject({ targetType: 'goal', targetId: goalId, authorOrganizationId: board.org.id });

    const events = await ctx.http.get(`/api/hubs/${hub.id}/events?after=${before}`).set(secretariat.auth);
    expect(events.body.items).toMatchObject([
      {
        seq: before + 1,
        type: 'comment.created',
        entityId: onTask.body.id,
        actorId: member.user.id,
        payload: onTask.body,
      },
      {
        seq: before + 2,
        type: 'comment.created',
        entityId: onGoal.body.id,
        actorId: board.user.id,
        payload: onGoal.body,
      },
    ]);
  });

  it('validates the body with details', async () => {
    const cases: [unknown, string[]][] = [
      [{}, ['body']],
      [{ body: '' }, ['body']],
      [{ body: '  \n ' }, ['body']],
      [{ body: 'x'.repeat(10001) }, ['body']],
      [{ body: 42 }, ['body']],
      [{ body: 'ok', authorId: randomId() }, ['authorId']],
    ];
    for (const [body, fields] of cases) {
      const res = await post(secretariat, 'tasks', taskId, body);
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.details)).toEqual(fields);
    }
    expect((await post(secretariat, 'tasks', taskId, { body: 'x'.repeat(10000) })).status).toBe(201);
  });

  it('observers may read but not comment (403)', async () => {
    expect((await post(observer.user, 'tasks', taskId, { body: 'hi' })).status).toBe(403);
    expect((await ctx.http.get(url('goals', goalId)).set(observer.user.auth)).status).toBe(200);
  });

  it('answers 404 for a non-member, a target of another hub, an unknown target and an unknown kind of target', async () => {
    const foreignTask = await newTask(otherHub);
    const foreignGoal = await newGoal(otherHub.id, hub.ownerOrg.id);
    const notFound = [
      post(outsider, 'tasks', taskId, { body: 'hi' }),
      ctx.http.get(url('tasks', taskId)).set(outsider.auth),
      post(secretariat, 'tasks', foreignTask, { body: 'hi' }),
      post(secretariat, 'goals', foreignGoal, { body: 'hi' }),
      ctx.http.get(url('goals', foreignGoal)).set(secretariat.auth),
      post(secretariat, 'tasks', goalId, { body: 'a goal id under tasks' }),
      post(secretariat, 'goals', randomId(), { body: 'hi' }),
      post(secretariat, 'members', taskId, { body: 'hi' }),
      post(secretariat, 'tasks', taskId, { body: 'hi' }, randomId()),
    ];
    for (const res of await Promise.all(notFound)) expect(res.status).toBe(404);
    expect((await post(secretariat, 'tasks', 'nope', { body: 'hi' })).status).toBe(400);
  });

  describe('listing', () => {
    let target: string;
    let posted: CommentDto[];

    beforeAll(async () => {
      target = await newTask(hub);
      posted = [];
      for (let i = 0; i < 7; i++) posted.push((await post(secretariat, 'tasks', target, { body: `#${i}` })).body);
      // three comments in the same microsecond, and one less than a millisecond after them
      await ctx.ds.query(`UPDATE comment SET created_at = '2001-01-01T00:00:00.000100Z' WHERE id = ANY($1)`, [
        posted.slice(2, 5).map((c) => c.id),
      ]);
      await ctx.ds.query(`UPDATE comment SET created_at = '2001-01-01T00:00:00.000400Z' WHERE id = $1`, [
        posted[6]!.id,
      ]);
    });

    const list = (query: string) => ctx.http.get(`${url('tasks', target)}?${query}`).set(member.user.auth);

    it('lists oldest first, ties by id, and walks pages without gaps or repeats', async () => {
      const ordered = [
        ...posted
          .slice(2, 5)
          .map((c) => c.id)
          .sort(),
        posted[6]!.id,
        ...[0, 1, 5].map((i) => posted[i]!.id),
      ];
      const full = await list('limit=100');
      expect(full.status).toBe(200);
      expect(full.body.items.map((c: CommentDto) => c.id)).toEqual(ordered);
      expect(full.body.nextCursor).toBeNull();
      for (const limit of [1, 2, 3]) {
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const page = await list(`limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
          expect(page.status).toBe(200);
          seen.push(...page.body.items.map((c: CommentDto) => c.id));
          cursor = page.body.nextCursor;
        } while (cursor);
        expect(seen).toEqual(ordered);
      }
    });

    it('refuses a bad cursor and a bad limit with details', async () => {
      const forged = Buffer.from(JSON.stringify(['2001-02-30T00:00:00.000000Z', randomId()])).toString('base64url');
      for (const [query, field] of [
        ['cursor=garbage', 'cursor'],
        [`cursor=${forged}`, 'cursor'],
        ['limit=0', 'limit'],
        ['sort=new', 'sort'],
      ]) {
        const res = await list(query!);
        expect(res.status).toBe(400);
        expect(Object.keys(res.body.details)).toEqual([field]);
      }
    });
  });
});
