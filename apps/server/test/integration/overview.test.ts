import { randomUUID } from 'node:crypto';
import { createTestApp, type TestContext, type TestHub, type TestMember } from '../support/test-app';

const DAY = 86_400_000;
const isoDate = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
const isoTime = (days: number) => new Date(Date.now() + days * DAY).toISOString();

describe('hub overview', () => {
  let ctx: TestContext;
  let hub: TestHub;
  let member: TestMember;

  beforeAll(async () => {
    ctx = await createTestApp();
    hub = await ctx.newHub({ sdgs: [3, 17], sdgTargets: ['3.b', '17.19', '3.z'] });
    member = await ctx.newMember(hub, 'member');
  });
  afterAll(() => ctx.close());

  const overview = (as = hub.owner, hubId = hub.id) => ctx.http.get(`/api/hubs/${hubId}/overview`).set(as.auth);

  /** Inserts tasks straight into the table: [status, due in days (null for none), assignee]. */
  const insertTasks = async (hubId: string, tasks: [string, number | null, string | null][]) => {
    for (const [status, due, assignee] of tasks) {
      await ctx.ds.query(
        `INSERT INTO task (hub_id, title, status, due_date, assignee_organization_id) VALUES ($1, $2, $3, $4, $5)`,
        [hubId, `Task due ${due}`, status, due === null ? null : isoDate(due), assignee],
      );
    }
  };

  it('answers an empty hub with zeros', async () => {
    const empty = await ctx.newHub();
    const res = await overview(empty.owner, empty.id);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      hub: {
        id: empty.id,
        name: empty.name,
        mission: 'A test mission',
        sdgs: [3],
        sdgTargets: [{ code: '3.b', title: expect.stringMatching(/^Support the research/) }],
        lastSeq: 0,
      },
      goals: [],
      taskCounts: { todo: 0, in_progress: 0, blocked: 0, done: 0 },
      overdueCount: 0,
      overdueTasks: [],
    });
  });

  it('gives the hub with official target titles, its goals with trends, task counts and overdue tasks', async () => {
    const goalBody = {
      unit: '%',
      baseline: 0,
      target: 100,
      direction: 'increase',
      startDate: isoDate(-183),
      dueDate: isoDate(183),
      ownerOrganizationId: member.org.id,
    };
    const tracked = (
      await ctx.http
        .post(`/api/hubs/${hub.id}/goals`)
        .set(hub.owner.auth)
        .send({ ...goalBody, title: 'tracked' })
    ).body;
    const quiet = (
      await ctx.http
        .post(`/api/hubs/${hub.id}/goals`)
        .set(hub.owner.auth)
        .send({ ...goalBody, title: 'quiet' })
    ).body;
    // 14 verified values (1..14, one a day, the latest yesterday) and one unverified, newer
    for (let i = 1; i <= 14; i++) {
      const m = await ctx.http
        .post(`/api/hubs/${hub.id}/goals/${tracked.id}/measurements`)
        .set(member.user.auth)
        .send({ value: i, observedAt: isoTime(i - 15) });
      await ctx.http
        .post(`/api/hubs/${hub.id}/measurements/${m.body.measurement.id}/verify`)
        .set(hub.owner.auth)
        .expect(200);
    }
    await ctx.http
      .post(`/api/hubs/${hub.id}/goals/${tracked.id}/measurements`)
      .set(member.user.auth)
      .send({ value: 99, observedAt: isoTime(0) })
      .expect(201);

    const otherOrg = member.org.id;
    await insertTasks(hub.id, [
      ['todo', -30, otherOrg],
      ['in_progress', -10, null],
      ['blocked', -1, otherOrg],
      ['done', -50, otherOrg], // done: not overdue
      ['todo', 0, null], // due today: not overdue yet
      ['todo', 5, null],
      ['in_progress', null, null],
    ]);
    const otherHub = await ctx.newHub();
    await insertTasks(otherHub.id, [['todo', -100, null]]);

    const res = await overview(member.user);
    expect(res.status).toBe(200);
    expect(res.body.hub).toEqual({
      id: hub.id,
      name: hub.name,
      mission: 'A test mission',
      sdgs: [3, 17],
      sdgTargets: [
        { code: '3.b', title: expect.stringMatching(/^Support the research/) },
        { code: '17.19', title: expect.stringMatching(/^By 2030, build on existing initiatives/) },
        { code: '3.z', title: null },
      ],
      lastSeq: (await ctx.http.get(`/api/hubs/${hub.id}/events?limit=1`).set(hub.owner.auth)).body.lastSeq,
    });

    expect(res.body.goals.map((g: { title: string }) => g.title)).toEqual(['tracked', 'quiet']);
    const [trackedView, quietView] = res.body.goals;
    expect(trackedView).toMatchObject({ latestValue: 14, progress: 14, pendingVerificationCount: 1 });
    expect(trackedView.trend.map((p: { value: number }) => p.value)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(trackedView.trend.at(-1).observedAt).toBe(trackedView.latestObservedAt);
    const { trend: _trend, ...trackedGoal } = trackedView;
    expect(trackedGoal).toEqual(
      (await ctx.http.get(`/api/hubs/${hub.id}/goals/${tracked.id}`).set(hub.owner.auth)).body,
    );
    expect(quietView).toMatchObject({ id: quiet.id, trend: [], latestValue: null });

    expect(res.body.taskCounts).toEqual({ todo: 3, in_progress: 2, blocked: 1, done: 1 });
    expect(res.body.overdueCount).toBe(3);
    expect(res.body.overdueTasks).toEqual([
      {
        id: expect.any(String),
        title: 'Task due -30',
        dueDate: isoDate(-30),
        status: 'todo',
        assigneeOrganizationId: member.org.id,
        assigneeOrganizationName: member.org.name,
      },
      expect.objectContaining({ title: 'Task due -10', status: 'in_progress', assigneeOrganizationName: null }),
      expect.objectContaining({ title: 'Task due -1', status: 'blocked' }),
    ]);
  });

  it('lists the 20 most overdue open tasks but counts them all', async () => {
    const busy = await ctx.newHub();
    await insertTasks(
      busy.id,
      Array.from({ length: 25 }, (_, i) => ['todo', -(i + 1), null] as [string, number, null]),
    );
    const res = await overview(busy.owner, busy.id);
    expect(res.body.overdueCount).toBe(25);
    expect(res.body.overdueTasks).toHaveLength(20);
    expect(res.body.overdueTasks[0].dueDate).toBe(isoDate(-25));
    expect(res.body.overdueTasks[19].dueDate).toBe(isoDate(-6));
  });

  it('is readable by every role and hidden from outsiders', async () => {
    for (const role of ['board', 'observer'] as const) {
      const m = await ctx.newMember(hub, role);
      expect((await overview(m.user)).status).toBe(200);
    }
    const outsider = await ctx.newUser();
    expect((await overview(outsider)).status).toBe(404);
    expect((await overview(hub.owner, randomUUID())).status).toBe(404);
    expect((await overview(hub.owner, 'not-a-uuid')).status).toBe(400);
    expect((await ctx.http.get(`/api/hubs/${hub.id}/overview`)).status).toBe(401);
  });
});
