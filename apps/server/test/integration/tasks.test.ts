import type { TaskDto } from '@hubspoke/contracts';
import {
  createTestApp,
  randomId,
  type TestContext,
  type TestHub,
  type TestMember,
  type TestUser,
} from '../support/test-app';

describe('tasks', () => {
  let ctx: TestContext;
  let hub: TestHub;
  let secretariat: TestUser;
  let member: TestMember;
  let otherMember: TestMember;
  let board: TestMember;
  let observer: TestMember;
  let outsider: TestUser;
  let otherHub: TestHub;

  beforeAll(async () => {
    ctx = await createTestApp();
    hub = await ctx.newHub();
    secretariat = hub.owner;
    member = await ctx.newMember(hub, 'member');
    otherMember = await ctx.newMember(hub, 'member');
    board = await ctx.newMember(hub, 'board');
    observer = await ctx.newMember(hub, 'observer');
    outsider = await ctx.newUser();
    otherHub = await ctx.newHub({ owner: secretariat, ownerOrg: hub.ownerOrg });
  });
  afterAll(() => ctx.close());

  const tasksUrl = (hubId = hub.id) => `/api/hubs/${hubId}/tasks`;
  const taskUrl = (taskId: string, hubId = hub.id) => `${tasksUrl(hubId)}/${taskId}`;

  async function createTask(as: TestUser, body: object = {}, hubId = hub.id): Promise<TaskDto> {
    const res = await ctx.http
      .post(tasksUrl(hubId))
      .set(as.auth)
      .send({ title: 'A task', ...body });
    expect(res.status).toBe(201);
    return res.body;
  }

  async function newGoal(hubId: string, ownerOrganizationId: string): Promise<string> {
    const [row] = await ctx.ds.query(
      `INSERT INTO goal (hub_id, title, unit, baseline, target, direction, start_date, due_date, owner_organization_id)
       VALUES ($1, 'Coverage', '%', 60, 90, 'increase', '2026-01-01', '2030-12-31', $2) RETURNING id`,
      [hubId, ownerOrganizationId],
    );
    return row.id;
  }

  async function lastSeq(hubId = hub.id): Promise<number> {
    const [row] = await ctx.ds.query(`SELECT last_seq FROM hub WHERE id = $1`, [hubId]);
    return Number(row.last_seq);
  }

  /** The hub's events after `after`: consecutive seqs, of these types. */
  async function expectEvents(after: number, types: string[], hubId = hub.id) {
    const res = await ctx.http.get(`/api/hubs/${hubId}/events?after=${after}`).set(secretariat.auth);
    expect(res.status).toBe(200);
    expect(res.body.items.map((e: { type: string }) => e.type)).toEqual(types);
    expect(res.body.items.map((e: { seq: number }) => e.seq)).toEqual(types.map((_, i) => after + i + 1));
    return res.body.items as { type: string; entityId: string; actorId: string; payload: unknown }[];
  }

  describe('POST /hubs/:hubId/tasks', () => {
    it('creates a task with every field, records its creator and appends task.created', async () => {
      const goalId = await newGoal(hub.id, hub.ownerOrg.id);
      const before = await lastSeq();
      const res = await ctx.http.post(tasksUrl()).set(secretariat.auth).send({
        title: '  Audit the cold chain  ',
        description: 'Every district',
        priority: 'high',
        goalId,
        assigneeOrganizationId: member.org.id,
        assigneeUserId: member.user.id,
        dueDate: '2099-06-30',
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        hubId: hub.id,
        goalId,
        title: 'Audit the cold chain',
        description: 'Every district',
        status: 'todo',
        priority: 'high',
        assigneeOrganizationId: member.org.id,
        assigneeUserId: member.user.id,
        createdById: secretariat.id,
        createdByOrganizationId: hub.ownerOrg.id,
        dueDate: '2099-06-30',
        version: 1,
        completedAt: null,
        overdue: false,
      });
      const [event] = await expectEvents(before, ['task.created']);
      expect(event).toMatchObject({ entityId: res.body.id, actorId: secretariat.id, payload: res.body });
    });

    it('puts a new card after the last one of its status column unless a position is given', async () => {
      const fresh = await ctx.newHub();
      const first = await createTask(fresh.owner, {}, fresh.id);
      const second = await createTask(fresh.owner, {}, fresh.id);
      const blocked = await createTask(fresh.owner, { status: 'blocked' }, fresh.id);
      const placed = await createTask(fresh.owner, { position: 10.5 }, fresh.id);
      expect([first.position, second.position, blocked.position, placed.position]).toEqual([1024, 2048, 1024, 10.5]);
    });

    it('a member creates tasks for its organization; a task created done is completed', async () => {
      const task = await createTask(member.user, { status: 'done', dueDate: '2000-01-01' });
      expect(task).toMatchObject({ createdById: member.user.id, createdByOrganizationId: member.org.id });
      expect(task.completedAt).not.toBeNull();
      expect(task.overdue).toBe(false);
    });

    it('validates every field and rejects unknown ones, with details', async () => {
      const res = await ctx.http.post(tasksUrl()).set(secretariat.auth).send({
        title: '',
        description: null,
        status: 'doing',
        priority: 'asap',
        goalId: 'nope',
        dueDate: '2026-02-30',
        position: 'first',
        version: 3,
      });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.details).sort()).toEqual(
        ['description', 'dueDate', 'goalId', 'position', 'priority', 'status', 'title', 'version'].sort(),
      );
      const long = await ctx.http
        .post(tasksUrl())
        .set(secretariat.auth)
        .send({ title: 'x'.repeat(201), description: 'y'.repeat(20001), position: 1e13 });
      expect(long.status).toBe(400);
      expect(Object.keys(long.body.details).sort()).toEqual(['description', 'position', 'title']);
    });

    it('refuses references outside the hub, with details', async () => {
      const stranger = await ctx.newOrg();
      const foreignGoal = await newGoal(otherHub.id, hub.ownerOrg.id);
      const res = await ctx.http
        .post(tasksUrl())
        .set(secretariat.auth)
        .send({ title: 'T', goalId: foreignGoal, assigneeOrganizationId: stranger.id, assigneeUserId: member.user.id });
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual({
        goalId: ['is not a goal of this hub'],
        assigneeOrganizationId: ["is not an organization among this hub's active members"],
        assigneeUserId: ['is not an active member of this hub representing the assignee organization'],
      });
    });

    it('the assignee person must represent the assignee organization, which must be sent', async () => {
      const wrongOrg = await ctx.http
        .post(tasksUrl())
        .set(secretariat.auth)
        .send({ title: 'T', assigneeOrganizationId: member.org.id, assigneeUserId: otherMember.user.id });
      expect(wrongOrg.status).toBe(400);
      expect(Object.keys(wrongOrg.body.details)).toEqual(['assigneeUserId']);
      const noOrg = await ctx.http
        .post(tasksUrl())
        .set(secretariat.auth)
        .send({ title: 'T', assigneeUserId: member.user.id });
      expect(noOrg.status).toBe(400);
      expect(noOrg.body.details).toEqual({ assigneeUserId: ['needs an assignee organization'] });
    });

    it('an organization whose members all left is not assignable', async () => {
      const leaver = await ctx.newMember(hub, 'member');
      await ctx.ds.query(`UPDATE hub_member SET status = 'removed' WHERE id = $1`, [leaver.memberId]);
      const res = await ctx.http
        .post(tasksUrl())
        .set(secretariat.auth)
        .send({ title: 'T', assigneeOrganizationId: leaver.org.id });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.details)).toEqual(['assigneeOrganizationId']);
    });

    it('board members and observers may not create tasks (403)', async () => {
      for (const who of [board, observer]) {
        const res = await ctx.http.post(tasksUrl()).set(who.user.auth).send({ title: 'T' });
        expect(res.status).toBe(403);
      }
    });

    it('answers 404 to a non-member of a private hub and for an unknown hub, 400 for a malformed id', async () => {
      expect((await ctx.http.post(tasksUrl()).set(outsider.auth).send({ title: 'T' })).status).toBe(404);
      expect((await ctx.http.post(tasksUrl(randomId())).set(secretariat.auth).send({ title: 'T' })).status).toBe(404);
      expect((await ctx.http.post(tasksUrl('not-a-uuid')).set(secretariat.auth).send({ title: 'T' })).status).toBe(400);
      expect((await ctx.http.post(tasksUrl()).send({ title: 'T' })).status).toBe(401);
    });
  });

  describe('GET /hubs/:hubId/tasks/:taskId', () => {
    it('any member reads a task', async () => {
      const task = await createTask(secretariat);
      const res = await ctx.http.get(taskUrl(task.id)).set(observer.user.auth);
      expect(res.status).toBe(200);
      expect(res.body).toEqual(task);
    });

    it('answers 404 for a task of another hub, an unknown task and a non-member', async () => {
      const foreign = await createTask(secretariat, {}, otherHub.id);
      expect((await ctx.http.get(taskUrl(foreign.id)).set(secretariat.auth)).status).toBe(404);
      expect((await ctx.http.get(taskUrl(randomId())).set(secretariat.auth)).status).toBe(404);
      const own = await createTask(secretariat);
      expect((await ctx.http.get(taskUrl(own.id)).set(outsider.auth)).status).toBe(404);
      expect((await ctx.http.get(taskUrl('nope')).set(secretariat.auth)).status).toBe(400);
    });
  });

  describe('PATCH /hubs/:hubId/tasks/:taskId', () => {
    it('edits at the current version, bumps it and appends task.updated', async () => {
      const task = await createTask(secretariat, { dueDate: '2000-01-01' });
      expect(task.overdue).toBe(true);
      const before = await lastSeq();
      const res = await ctx.http
        .patch(taskUrl(task.id))
        .set(secretariat.auth)
        .send({ version: 1, title: 'Renamed', priority: 'urgent', dueDate: null });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        title: 'Renamed',
        priority: 'urgent',
        dueDate: null,
        version: 2,
        overdue: false,
      });
      expect(res.body.updatedAt >= task.updatedAt).toBe(true);
      const [event] = await expectEvents(before, ['task.updated']);
      expect(event).toMatchObject({ entityId: task.id, actorId: secretariat.id, payload: res.body });
    });

    it('follows the workflow: completes, reopens, and puts the card at the end of its new column', async () => {
      const fresh = await ctx.newHub();
      const as = fresh.owner;
      await createTask(as, { status: 'in_progress', position: 5000 }, fresh.id);
      const task = await createTask(as, {}, fresh.id);
      const patch = (body: object) => ctx.http.patch(taskUrl(task.id, fresh.id)).set(as.auth).send(body);

      const started = await patch({ version: 1, status: 'in_progress' });
      expect(started.body).toMatchObject({ status: 'in_progress', position: 6024, completedAt: null });
      const done = await patch({ version: 2, status: 'done' });
      expect(done.body.completedAt).not.toBeNull();
      const reopened = await patch({ version: 3, status: 'todo' });
      expect(reopened.body).toMatchObject({ status: 'todo', completedAt: null, version: 4 });
      const blocked = await patch({ version: 4, status: 'blocked' });
      expect(blocked.status).toBe(200);

      const refused = await patch({ version: 5, status: 'done' });
      expect(refused.status).toBe(400);
      expect(refused.body.details.status[0]).toMatch(/cannot go from blocked to done/);
    });

    it('validates the body: version required, null for a required field, unknown fields, nothing to change', async () => {
      const task = await createTask(secretariat);
      const patch = (body: object) => ctx.http.patch(taskUrl(task.id)).set(secretariat.auth).send(body);
      const noVersion = await patch({ title: 'x' });
      expect(Object.keys(noVersion.body.details)).toEqual(['version']);
      const nulls = await patch({ version: 1, title: null, status: null, priority: 'asap', hubId: hub.id });
      expect(nulls.status).toBe(400);
      expect(Object.keys(nulls.body.details).sort()).toEqual(['hubId', 'priority', 'status', 'title']);
      const empty = await patch({ version: 1 });
      expect(empty.status).toBe(400);
      expect(empty.body.details).toHaveProperty('body');
    });

    it('checks changed references against the hub', async () => {
      const task = await createTask(secretariat, { assigneeOrganizationId: member.org.id });
      const foreignGoal = await newGoal(otherHub.id, hub.ownerOrg.id);
      const res = await ctx.http
        .patch(taskUrl(task.id))
        .set(secretariat.auth)
        .send({ version: 1, goalId: foreignGoal, assigneeUserId: otherMember.user.id });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.details).sort()).toEqual(['assigneeUserId', 'goalId']);
    });

    it('assigning another organization drops the person of the previous one; null clears', async () => {
      const goalId = await newGoal(hub.id, hub.ownerOrg.id);
      const task = await createTask(secretariat, {
        goalId,
        assigneeOrganizationId: member.org.id,
        assigneeUserId: member.user.id,
      });
      const moved = await ctx.http
        .patch(taskUrl(task.id))
        .set(secretariat.auth)
        .send({ version: 1, assigneeOrganizationId: otherMember.org.id });
      expect(moved.body).toMatchObject({ assigneeOrganizationId: otherMember.org.id, assigneeUserId: null });
      const cleared = await ctx.http
        .patch(taskUrl(task.id))
        .set(secretariat.auth)
        .send({ version: 2, assigneeOrganizationId: null, goalId: null });
      expect(cleared.body).toMatchObject({ assigneeOrganizationId: null, assigneeUserId: null, goalId: null });
    });

    it('a member edits tasks assigned to or created by its organization, and no others (403)', async () => {
      const assigned = await createTask(secretariat, { assigneeOrganizationId: member.org.id });
      const created = await createTask(member.user);
      const neither = await createTask(secretariat, { assigneeOrganizationId: otherMember.org.id });
      const patch = (id: string, as: TestUser) =>
        ctx.http.patch(taskUrl(id)).set(as.auth).send({ version: 1, title: 'Mine' });
      expect((await patch(assigned.id, member.user)).status).toBe(200);
      expect((await patch(created.id, member.user)).status).toBe(200);
      expect((await patch(neither.id, member.user)).status).toBe(403);
      expect((await patch(neither.id, board.user)).status).toBe(403);
      expect((await patch(neither.id, observer.user)).status).toBe(403);
    });

    it('judges the right on the task as it was: a member may hand its task to another organization', async () => {
      const task = await createTask(secretariat, { assigneeOrganizationId: member.org.id });
      const handOff = await ctx.http
        .patch(taskUrl(task.id))
        .set(member.user.auth)
        .send({ version: 1, assigneeOrganizationId: otherMember.org.id });
      expect(handOff.status).toBe(200);
      const after = await ctx.http.patch(taskUrl(task.id)).set(member.user.auth).send({ version: 2, title: 'Back' });
      expect(after.status).toBe(403);
    });

    it('answers 404 for a task of another hub under this path, and for a non-member', async () => {
      const foreign = await createTask(secretariat, {}, otherHub.id);
      const res = await ctx.http.patch(taskUrl(foreign.id)).set(secretariat.auth).send({ version: 1, title: 'x' });
      expect(res.status).toBe(404);
      const own = await createTask(secretariat);
      expect((await ctx.http.patch(taskUrl(own.id)).set(outsider.auth).send({ version: 1, title: 'x' })).status).toBe(
        404,
      );
    });

    it('a stale version answers 409 with the current task', async () => {
      const task = await createTask(secretariat);
      await ctx.http.patch(taskUrl(task.id)).set(secretariat.auth).send({ version: 1, title: 'First' }).expect(200);
      const before = await lastSeq();
      const res = await ctx.http.patch(taskUrl(task.id)).set(secretariat.auth).send({ version: 1, title: 'Second' });
      expect(res.status).toBe(409);
      expect(res.body.current).toMatchObject({ id: task.id, version: 2, title: 'First' });
      expect(await lastSeq()).toBe(before);
    });

    it('of two concurrent edits at the same version, exactly one wins', async () => {
      const task = await createTask(secretariat);
      const before = await lastSeq();
      const results = await Promise.all(
        ['One', 'Two'].map((title) =>
          ctx.http.patch(taskUrl(task.id)).set(secretariat.auth).send({ version: 1, title }),
        ),
      );
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const winner = results.find((r) => r.status === 200)!;
      const loser = results.find((r) => r.status === 409)!;
      expect(loser.body.current).toEqual(winner.body);
      await expectEvents(before, ['task.updated']);
    });
  });

  describe('POST /hubs/:hubId/tasks/:taskId/move', () => {
    it('changes status and position and appends task.moved', async () => {
      const task = await createTask(member.user);
      const before = await lastSeq();
      const res = await ctx.http
        .post(`${taskUrl(task.id)}/move`)
        .set(member.user.auth)
        .send({ version: 1, status: 'in_progress', position: 1536 });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'in_progress', position: 1536, version: 2 });
      const [event] = await expectEvents(before, ['task.moved']);
      expect(event.payload).toEqual(res.body);
    });

    it('reorders within a column, refuses workflow breaks (400), stale versions (409) and others (403)', async () => {
      const task = await createTask(secretariat, { status: 'blocked' });
      const move = (body: object, as = secretariat) =>
        ctx.http
          .post(`${taskUrl(task.id)}/move`)
          .set(as.auth)
          .send(body);
      expect((await move({ version: 1, status: 'blocked', position: 1 })).body).toMatchObject({
        status: 'blocked',
        position: 1,
      });
      const refused = await move({ version: 2, status: 'done', position: 2 });
      expect(refused.status).toBe(400);
      expect(refused.body.details).toHaveProperty('status');
      const stale = await move({ version: 1, status: 'todo', position: 2 });
      expect(stale.status).toBe(409);
      expect(stale.body.current.version).toBe(2);
      expect((await move({ version: 2, status: 'todo', position: 2 }, otherMember.user)).status).toBe(403);
      const invalid = await move({ version: 2, status: 'todo' });
      expect(invalid.status).toBe(400);
      expect(Object.keys(invalid.body.details)).toEqual(['position']);
    });
  });

  describe('DELETE /hubs/:hubId/tasks/:taskId', () => {
    it('needs the version, refuses a stale one (409), then deletes with its comments and appends task.deleted', async () => {
      const task = await createTask(secretariat);
      await ctx.http
        .post(`${taskUrl(task.id)}/comments`)
        .set(secretariat.auth)
        .send({ body: 'Going away' })
        .expect(201);
      await ctx.http.patch(taskUrl(task.id)).set(secretariat.auth).send({ version: 1, title: 'v2' }).expect(200);

      const missing = await ctx.http.delete(taskUrl(task.id)).set(secretariat.auth);
      expect(missing.status).toBe(400);
      expect(Object.keys(missing.body.details)).toEqual(['version']);
      const stale = await ctx.http.delete(`${taskUrl(task.id)}?version=1`).set(secretariat.auth);
      expect(stale.status).toBe(409);
      expect(stale.body.current).toMatchObject({ id: task.id, version: 2 });
      expect((await ctx.http.delete(`${taskUrl(task.id)}?version=2`).set(otherMember.user.auth)).status).toBe(403);

      const before = await lastSeq();
      expect((await ctx.http.delete(`${taskUrl(task.id)}?version=2`).set(secretariat.auth)).status).toBe(204);
      const [event] = await expectEvents(before, ['task.deleted']);
      expect(event).toMatchObject({ entityId: task.id, payload: { id: task.id } });
      expect((await ctx.http.get(taskUrl(task.id)).set(secretariat.auth)).status).toBe(404);
      const [{ count }] = await ctx.ds.query(`SELECT count(*)::int AS count FROM comment WHERE target_id = $1`, [
        task.id,
      ]);
      expect(count).toBe(0);
      expect((await ctx.http.delete(`${taskUrl(task.id)}?version=2`).set(secretariat.auth)).status).toBe(404);
    });

    it('answers 404 to a non-member and for a task of another hub', async () => {
      const foreign = await createTask(secretariat, {}, otherHub.id);
      expect((await ctx.http.delete(`${taskUrl(foreign.id)}?version=1`).set(secretariat.auth)).status).toBe(404);
      const own = await createTask(secretariat);
      expect((await ctx.http.delete(`${taskUrl(own.id)}?version=1`).set(outsider.auth)).status).toBe(404);
    });
  });

  it('every mutation appends the next seq of the hub, in order', async () => {
    const before = await lastSeq();
    const task = await createTask(secretariat);
    await ctx.http.patch(taskUrl(task.id)).set(secretariat.auth).send({ version: 1, title: 'x' }).expect(200);
    await ctx.http
      .post(`${taskUrl(task.id)}/move`)
      .set(secretariat.auth)
      .send({ version: 2, status: 'done', position: 1 })
      .expect(200);
    await ctx.http
      .delete(`${taskUrl(task.id)}?version=3`)
      .set(secretariat.auth)
      .expect(204);
    await expectEvents(before, ['task.created', 'task.updated', 'task.moved', 'task.deleted']);
  });

  describe('GET /hubs/:hubId/tasks', () => {
    let listHub: TestHub;
    let all: TaskDto[];
    let goalId: string;
    let org: string;

    /** 14 tasks with tied creation times, tied positions and due dates, and undated ones. */
    beforeAll(async () => {
      listHub = await ctx.newHub();
      const as = listHub.owner;
      const assignee = await ctx.newMember(listHub, 'member');
      org = assignee.org.id;
      goalId = await newGoal(listHub.id, listHub.ownerOrg.id);
      const specs: object[] = [
        { title: 'Fix 100% of fridges', status: 'todo', dueDate: '2000-01-01', assigneeOrganizationId: org },
        { title: 'Fix 1000 fridges', status: 'todo', dueDate: '2000-01-01' },
        { title: 'Train_staff', status: 'in_progress', dueDate: '2000-01-02', goalId },
        { title: 'Train staff', status: 'blocked', description: 'needs FUNDING', goalId },
        { title: 'Report', status: 'done', dueDate: '2000-01-01' },
        { title: 'Plan', status: 'todo', position: 5, dueDate: '2099-01-01', assigneeOrganizationId: org },
        { title: 'Plan B', status: 'todo', position: 5 },
        { title: 'Plan C', status: 'todo', position: 5, dueDate: '2099-01-01' },
        { title: 'Survey', status: 'in_progress', goalId },
        { title: 'Survey 2', status: 'blocked', dueDate: '2098-01-01' },
        { title: 'Survey 3', status: 'done' },
        { title: 'Audit', status: 'todo', dueDate: '2001-05-05', assigneeOrganizationId: org },
        { title: 'Audit 2', status: 'in_progress' },
        { title: 'Audit 3', status: 'todo' },
      ];
      all = [];
      for (const spec of specs) all.push(await createTask(as, spec, listHub.id));
      // ties within one microsecond, and rows apart by less than a millisecond
      await ctx.ds.query(`UPDATE task SET created_at = '2001-01-01T00:00:00.000100Z' WHERE id = ANY($1)`, [
        all.slice(0, 5).map((t) => t.id),
      ]);
      await ctx.ds.query(`UPDATE task SET created_at = '2001-01-01T00:00:00.000700Z' WHERE id = ANY($1)`, [
        all.slice(5, 8).map((t) => t.id),
      ]);
    });

    const list = (query: string, as?: TestUser) =>
      ctx.http.get(`${tasksUrl(listHub.id)}?${query}`).set((as ?? listHub.owner).auth);

    async function walk(query: string, limit: number): Promise<TaskDto[]> {
      const seen: TaskDto[] = [];
      let cursor: string | null = null;
      do {
        const res = await list(`${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
        expect(res.status).toBe(200);
        expect(res.body.items.length).toBeLessThanOrEqual(limit);
        seen.push(...res.body.items);
        cursor = res.body.nextCursor;
      } while (cursor);
      return seen;
    }

    const ids = (tasks: TaskDto[]) => tasks.map((t) => t.id);
    const STATUS_ORDER = ['todo', 'in_progress', 'blocked', 'done'];

    it('walks every sort page by page with nothing missing or repeated, in the sort order', async () => {
      const byKey: Record<'position' | 'due', (t: TaskDto) => (string | number)[]> = {
        position: (t) => [STATUS_ORDER.indexOf(t.status), t.position, t.id],
        due: (t) => [t.dueDate ?? '9999-99-99', t.id],
      };
      for (const sort of ['created', 'position', 'due'] as const) {
        const full = (await list(`sort=${sort}&limit=100`)).body.items as TaskDto[];
        expect(new Set(ids(full))).toEqual(new Set(ids(all)));
        if (sort !== 'created') {
          expect(ids(full)).toEqual(ids([...full].sort((a, b) => compare(byKey[sort](a), byKey[sort](b)))));
        }
        for (const limit of [1, 3, 5]) expect(ids(await walk(`sort=${sort}`, limit))).toEqual(ids(full));
      }
    });

    it('sorts by creation newest first, to the microsecond, ties by id', async () => {
      const created = (await list('limit=100')).body.items as TaskDto[];
      const idsDesc = (tasks: TaskDto[]) => ids(tasks).sort().reverse();
      expect(ids(created)).toEqual([
        ...ids(all.slice(8).reverse()),
        ...idsDesc(all.slice(5, 8)),
        ...idsDesc(all.slice(0, 5)),
      ]);
      expect(ids(await walk('sort=created', 1))).toEqual(ids(created));
    });

    it('filters by one or several statuses', async () => {
      const todo = (await list('status=todo&limit=100')).body.items as TaskDto[];
      expect(new Set(ids(todo))).toEqual(new Set(ids(all.filter((t) => t.status === 'todo'))));
      const some = (await list('status=todo&status=blocked&limit=100')).body.items as TaskDto[];
      expect(new Set(ids(some))).toEqual(new Set(ids(all.filter((t) => ['todo', 'blocked'].includes(t.status)))));
    });

    it('filters by assignee organization, goal, overdue and text, combined with paging', async () => {
      const byOrg = await walk(`assigneeOrganizationId=${org}`, 2);
      expect(new Set(ids(byOrg))).toEqual(new Set(ids(all.filter((t) => t.assigneeOrganizationId === org))));
      const byGoal = await walk(`goalId=${goalId}&sort=position`, 2);
      expect(new Set(ids(byGoal))).toEqual(new Set(ids(all.filter((t) => t.goalId === goalId))));
      const overdue = await walk('overdue=true&sort=due', 2);
      expect(ids(overdue)).toEqual(
        ids(all.filter((t) => t.overdue).sort((a, b) => compare([a.dueDate!, a.id], [b.dueDate!, b.id]))),
      );
      expect(overdue.map((t) => t.title).sort()).toEqual([
        'Audit',
        'Fix 100% of fridges',
        'Fix 1000 fridges',
        'Train_staff',
      ]);
      const notOverdue = (await list('overdue=false&limit=100')).body.items as TaskDto[];
      expect(notOverdue).toHaveLength(all.length - overdue.length);
    });

    it('searches title and description case-insensitively, taking % and _ literally', async () => {
      const titles = async (q: string) =>
        ((await list(`q=${encodeURIComponent(q)}&limit=100`)).body.items as TaskDto[]).map((t) => t.title).sort();
      expect(await titles('100%')).toEqual(['Fix 100% of fridges']);
      expect(await titles('train_')).toEqual(['Train_staff']);
      expect(await titles('funding')).toEqual(['Train staff']);
      expect(await titles('FRIDGES')).toEqual(['Fix 100% of fridges', 'Fix 1000 fridges']);
    });

    it('validates the query with details', async () => {
      const cases: [string, string][] = [
        ['status=doing', 'status'],
        ['sort=title', 'sort'],
        ['overdue=yes', 'overdue'],
        [`q=${'x'.repeat(201)}`, 'q'],
        ['goalId=nope', 'goalId'],
        ['limit=1000', 'limit'],
        ['page=2', 'page'],
        ['cursor=garbage', 'cursor'],
      ];
      for (const [query, field] of cases) {
        const res = await list(query);
        expect(res.status).toBe(400);
        expect(Object.keys(res.body.details)).toEqual([field]);
      }
    });

    it('refuses a cursor issued for another sort', async () => {
      const { nextCursor } = (await list('sort=created&limit=1')).body;
      for (const sort of ['position', 'due']) {
        const res = await list(`sort=${sort}&cursor=${nextCursor}`);
        expect(res.status).toBe(400);
        expect(res.body.details).toHaveProperty('cursor');
      }
    });

    it('any member lists; a non-member of a private hub gets 404', async () => {
      const watcher = await ctx.newMember(listHub, 'observer');
      expect((await list('limit=1', watcher.user)).status).toBe(200);
      expect((await list('limit=1', outsider)).status).toBe(404);
    });

    describe('GET /hubs/:hubId/tasks/counts', () => {
      const counts = (query: string, as?: TestUser) =>
        ctx.http.get(`${tasksUrl(listHub.id)}/counts?${query}`).set((as ?? listHub.owner).auth);
      const expected = (tasks: TaskDto[]) =>
        Object.fromEntries(STATUS_ORDER.map((s) => [s, tasks.filter((t) => t.status === s).length]));

      it('counts the tasks of each status under the same filters as the list, zero for an empty status', async () => {
        expect((await counts('')).body).toEqual(expected(all));
        expect((await counts(`goalId=${goalId}`)).body).toEqual(expected(all.filter((t) => t.goalId === goalId)));
        const overdue = (await counts(`overdue=true&assigneeOrganizationId=${org}`)).body;
        expect(overdue).toEqual(expected(all.filter((t) => t.overdue && t.assigneeOrganizationId === org)));
        expect(overdue).toEqual({ todo: 2, in_progress: 0, blocked: 0, done: 0 });
        expect((await counts('q=fridges')).body).toEqual({ todo: 2, in_progress: 0, blocked: 0, done: 0 });
      });

      it('validates the query with details, takes no status, sort or cursor', async () => {
        for (const [query, field] of [
          ['overdue=yes', 'overdue'],
          ['goalId=nope', 'goalId'],
          [`q=${'x'.repeat(201)}`, 'q'],
          ['status=todo', 'status'],
          ['cursor=abc', 'cursor'],
        ]) {
          const res = await counts(query);
          expect(res.status).toBe(400);
          expect(Object.keys(res.body.details)).toEqual([field]);
        }
      });

      it('any member counts; a non-member of a private hub gets 404, an unknown hub 404', async () => {
        const watcher = await ctx.newMember(listHub, 'observer');
        expect((await counts('', watcher.user)).status).toBe(200);
        expect((await counts('', outsider)).status).toBe(404);
        const unknown = await ctx.http.get(`${tasksUrl(randomId())}/counts`).set(listHub.owner.auth);
        expect(unknown.status).toBe(404);
      });
    });
  });
});

function compare(a: (string | number)[], b: (string | number)[]): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i]! < b[i]!) return -1;
    if (a[i]! > b[i]!) return 1;
  }
  return 0;
}
