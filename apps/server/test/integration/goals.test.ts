import { randomUUID } from 'node:crypto';
import { createTestApp, type TestContext, type TestHub, type TestMember, type TestUser } from '../support/test-app';

const DAY = 86_400_000;
const isoDate = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
const isoTime = (days: number) => new Date(Date.now() + days * DAY).toISOString();

describe('goals and measurements', () => {
  let ctx: TestContext;
  let hub: TestHub;
  let secretariat: TestUser;
  let member: TestMember;
  let otherMember: TestMember;
  let board: TestMember;
  let observer: TestMember;
  let outsider: TestUser;

  beforeAll(async () => {
    ctx = await createTestApp();
    hub = await ctx.newHub();
    secretariat = hub.owner;
    member = await ctx.newMember(hub, 'member');
    otherMember = await ctx.newMember(hub, 'member');
    board = await ctx.newMember(hub, 'board');
    observer = await ctx.newMember(hub, 'observer');
    outsider = await ctx.newUser();
  });
  afterAll(() => ctx.close());

  const goalsUrl = (h: { id: string } = hub) => `/api/hubs/${h.id}/goals`;
  /** A year-long goal half way through: the straight line expects 50% today. */
  const goalBody = (fields: object = {}) => ({
    title: 'Raise DTP3 coverage',
    unit: '%',
    baseline: 0,
    target: 100,
    direction: 'increase',
    startDate: isoDate(-183),
    dueDate: isoDate(183),
    ownerOrganizationId: member.org.id,
    ...fields,
  });
  const createGoal = async (fields: object = {}, h: TestHub = hub) => {
    const res = await ctx.http.post(goalsUrl(h)).set(h.owner.auth).send(goalBody(fields));
    expect(res.status).toBe(201);
    return res.body;
  };
  const report = (goalId: string, as: TestUser, body: object = {}) =>
    ctx.http
      .post(`${goalsUrl()}/${goalId}/measurements`)
      .set(as.auth)
      .send({ value: 50, observedAt: isoTime(0), ...body });
  const verify = (measurementId: string, as: TestUser = secretariat) =>
    ctx.http.post(`/api/hubs/${hub.id}/measurements/${measurementId}/verify`).set(as.auth);
  const getGoal = async (goalId: string) => (await ctx.http.get(`${goalsUrl()}/${goalId}`).set(secretariat.auth)).body;
  const lastSeq = async (h: TestHub = hub) =>
    (await ctx.http.get(`/api/hubs/${h.id}/events?limit=1`).set(h.owner.auth)).body.lastSeq as number;
  const eventsAfter = async (seq: number, h: TestHub = hub) =>
    (await ctx.http.get(`/api/hubs/${h.id}/events?after=${seq}`).set(h.owner.auth)).body.items;

  describe('POST /goals', () => {
    it('creates a goal with its derived state and appends goal.created', async () => {
      const before = await lastSeq();
      const res = await ctx.http
        .post(goalsUrl())
        .set(secretariat.auth)
        .send(goalBody({ indicatorCode: '3.b.1', description: 'Children fully vaccinated' }));
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        hubId: hub.id,
        title: 'Raise DTP3 coverage',
        description: 'Children fully vaccinated',
        indicatorCode: '3.b.1',
        indicatorTitle:
          'Proportion of the target population covered by all vaccines included in their national programme',
        unit: '%',
        baseline: 0,
        target: 100,
        direction: 'increase',
        startDate: isoDate(-183),
        dueDate: isoDate(183),
        ownerOrganizationId: member.org.id,
        ownerOrganizationName: member.org.name,
        parentId: null,
        version: 1,
        progress: 0,
        health: 'no_data', // nothing measured yet: nothing to judge, even half the time gone
        latestValue: null,
        latestObservedAt: null,
        pendingVerificationCount: 0,
        childIds: [],
      });
      const events = await eventsAfter(before);
      expect(events).toEqual([
        expect.objectContaining({
          seq: before + 1,
          type: 'goal.created',
          actorId: secretariat.id,
          entityId: res.body.id,
          payload: res.body,
        }),
      ]);
    });

    it('validates every field with details', async () => {
      const res = await ctx.http
        .post(goalsUrl())
        .set(secretariat.auth)
        .send({
          title: '   ',
          unit: 'x'.repeat(41),
          baseline: '10',
          target: 1e16,
          direction: 'sideways',
          startDate: '2025-02-30',
          dueDate: '2025-01-01T00:00:00Z',
          ownerOrganizationId: 'not-a-uuid',
          indicatorCode: '3.b',
          parentId: 42,
          description: 'x'.repeat(5001),
          extra: true,
        });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.details).sort()).toEqual(
        [
          'title',
          'unit',
          'baseline',
          'target',
          'direction',
          'startDate',
          'dueDate',
          'ownerOrganizationId',
          'indicatorCode',
          'parentId',
          'description',
          'extra',
        ].sort(),
      );
    });

    it.each([
      [{ indicatorCode: '3.b.9' }, 'indicatorCode'],
      [{ target: 0 }, 'target'],
      [{ baseline: 50, target: 40 }, 'target'],
      [{ direction: 'decrease' }, 'target'],
      [{ dueDate: isoDate(-183) }, 'dueDate'],
      [{ dueDate: isoDate(-200) }, 'dueDate'],
      [{ ownerOrganizationId: randomUUID() }, 'ownerOrganizationId'],
      [{ parentId: randomUUID() }, 'parentId'],
    ])('answers 400 for %j with details.%s', async (fields, field) => {
      const res = await ctx.http.post(goalsUrl()).set(secretariat.auth).send(goalBody(fields));
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.details)).toEqual([field]);
    });

    it('accepts a decreasing goal', async () => {
      const goal = await createGoal({ direction: 'decrease', baseline: 40, target: 10 });
      expect(goal).toMatchObject({ direction: 'decrease', progress: 0 });
    });

    it('needs the owner to be an organization among the active members', async () => {
      const stranger = await ctx.newOrg();
      const removed = await ctx.newMember(hub, 'member');
      await ctx.ds.query(`UPDATE hub_member SET status = 'removed' WHERE id = $1`, [removed.memberId]);
      for (const org of [stranger, removed.org]) {
        const res = await ctx.http
          .post(goalsUrl())
          .set(secretariat.auth)
          .send(goalBody({ ownerOrganizationId: org.id }));
        expect(res.status).toBe(400);
        expect(res.body.details.ownerOrganizationId).toBeDefined();
      }
      // the secretariat's own organization and board organizations are members too
      await createGoal({ ownerOrganizationId: hub.ownerOrg.id });
      await createGoal({ ownerOrganizationId: board.org.id });
    });

    it('needs the parent to be a goal of the same hub', async () => {
      const otherHub = await ctx.newHub();
      const foreign = await createGoal({ ownerOrganizationId: otherHub.ownerOrg.id }, otherHub);
      const res = await ctx.http
        .post(goalsUrl())
        .set(secretariat.auth)
        .send(goalBody({ parentId: foreign.id }));
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual({ parentId: ['parentId must be a goal of this hub'] });
    });

    it('reports all rule violations at once', async () => {
      const res = await ctx.http
        .post(goalsUrl())
        .set(secretariat.auth)
        .send(goalBody({ target: 0, dueDate: isoDate(-300), indicatorCode: '99.9.9', parentId: randomUUID() }));
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.details).sort()).toEqual(['dueDate', 'indicatorCode', 'parentId', 'target']);
    });

    it('is for the secretariat only: 403 for member, board and observer; 404 for outsiders', async () => {
      for (const m of [member, board, observer]) {
        const res = await ctx.http.post(goalsUrl()).set(m.user.auth).send(goalBody());
        expect(res.status).toBe(403);
      }
      expect((await ctx.http.post(goalsUrl()).set(outsider.auth).send(goalBody())).status).toBe(404);
      expect(
        (
          await ctx.http
            .post(goalsUrl({ id: randomUUID() }))
            .set(outsider.auth)
            .send(goalBody())
        ).status,
      ).toBe(404);
      expect((await ctx.http.post('/api/hubs/nope/goals').set(secretariat.auth).send(goalBody())).status).toBe(400);
      expect((await ctx.http.post(goalsUrl()).send(goalBody())).status).toBe(401);
    });

    it('refuses changes in an archived hub with 409', async () => {
      const archived = await ctx.newHub();
      await ctx.ds.query(`UPDATE hub SET archived_at = now() WHERE id = $1`, [archived.id]);
      const res = await ctx.http
        .post(goalsUrl(archived))
        .set(archived.owner.auth)
        .send(goalBody({ ownerOrganizationId: archived.ownerOrg.id }));
      expect(res.status).toBe(409);
    });
  });

  describe('GET /goals', () => {
    let listHub: TestHub;
    let orgB: TestMember;
    let goals: { id: string }[];

    beforeAll(async () => {
      listHub = await ctx.newHub();
      orgB = await ctx.newMember(listHub, 'member');
      const owner = listHub.ownerOrg.id;
      const parent = await createGoal({ ownerOrganizationId: owner, title: 'parent' }, listHub);
      const a = await createGoal({ ownerOrganizationId: owner, title: 'a', parentId: parent.id }, listHub);
      const b = await createGoal({ ownerOrganizationId: orgB.org.id, title: 'b', parentId: parent.id }, listHub);
      const c = await createGoal({ ownerOrganizationId: orgB.org.id, title: 'c' }, listHub);
      goals = [parent, a, b, c];
    });

    const list = (query: string, as: TestUser = listHub.owner) =>
      ctx.http.get(`${goalsUrl(listHub)}${query}`).set(as.auth);

    it('pages through every goal in creation order', async () => {
      const first = await list('?limit=3');
      expect(first.status).toBe(200);
      expect(first.body.items.map((g: { title: string }) => g.title)).toEqual(['parent', 'a', 'b']);
      expect(first.body.items[0].childIds).toEqual([goals[1]!.id, goals[2]!.id]);
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const second = await list(`?limit=3&cursor=${first.body.nextCursor}`);
      expect(second.body.items.map((g: { title: string }) => g.title)).toEqual(['c']);
      expect(second.body.nextCursor).toBeNull();
    });

    it('filters by owner organization and by parent', async () => {
      const byOwner = await list(`?ownerOrganizationId=${orgB.org.id}`);
      expect(byOwner.body.items.map((g: { title: string }) => g.title)).toEqual(['b', 'c']);
      const byParent = await list(`?parentId=${goals[0]!.id}`);
      expect(byParent.body.items.map((g: { title: string }) => g.title)).toEqual(['a', 'b']);
    });

    it('is readable by every role and hidden from outsiders', async () => {
      const board2 = await ctx.newMember(listHub, 'board');
      const observer2 = await ctx.newMember(listHub, 'observer');
      for (const user of [orgB.user, board2.user, observer2.user]) expect((await list('', user)).status).toBe(200);
      expect((await list('', outsider)).status).toBe(404);
    });

    it('answers 400 for a bad cursor, limit or filter', async () => {
      for (const query of ['?cursor=abc', '?limit=0', '?limit=101', '?parentId=x', '?sort=title']) {
        expect((await list(query)).status).toBe(400);
      }
      const forged = Buffer.from(JSON.stringify(['yesterday', randomUUID()])).toString('base64url');
      expect((await list(`?cursor=${forged}`)).body.details).toEqual({ cursor: expect.any(Array) });
    });
  });

  describe('GET /goals/:goalId', () => {
    it('answers one goal with its owner organization name', async () => {
      const goal = await createGoal();
      const res = await ctx.http.get(`${goalsUrl()}/${goal.id}`).set(observer.user.auth);
      expect(res.status).toBe(200);
      expect(res.body).toEqual(goal);
      expect(res.body.ownerOrganizationName).toBe(member.org.name);
    });

    it("answers 404 for an unknown goal, another hub's goal, or an outsider", async () => {
      const goal = await createGoal();
      const otherHub = await ctx.newHub();
      const foreign = await createGoal({ ownerOrganizationId: otherHub.ownerOrg.id }, otherHub);
      expect((await ctx.http.get(`${goalsUrl()}/${randomUUID()}`).set(secretariat.auth)).status).toBe(404);
      expect((await ctx.http.get(`${goalsUrl()}/${foreign.id}`).set(secretariat.auth)).status).toBe(404);
      expect((await ctx.http.get(`${goalsUrl()}/${goal.id}`).set(outsider.auth)).status).toBe(404);
      expect((await ctx.http.get(`${goalsUrl()}/not-a-uuid`).set(secretariat.auth)).status).toBe(400);
    });
  });

  describe('PATCH /goals/:goalId', () => {
    const patch = (goalId: string, body: object, as: TestUser = secretariat) =>
      ctx.http.patch(`${goalsUrl()}/${goalId}`).set(as.auth).send(body);

    it('edits, bumps the version and appends goal.updated', async () => {
      const goal = await createGoal({ indicatorCode: '3.b.1' });
      const before = await lastSeq();
      const res = await patch(goal.id, {
        version: 1,
        title: 'Raise DTP3 coverage to 90%',
        target: 90,
        indicatorCode: null,
        ownerOrganizationId: otherMember.org.id,
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        id: goal.id,
        version: 2,
        title: 'Raise DTP3 coverage to 90%',
        target: 90,
        indicatorCode: null,
        ownerOrganizationId: otherMember.org.id,
        ownerOrganizationName: otherMember.org.name,
        unit: '%',
      });
      expect(Date.parse(res.body.updatedAt)).toBeGreaterThan(Date.parse(goal.updatedAt));
      const events = await eventsAfter(before);
      expect(events).toEqual([
        expect.objectContaining({ seq: before + 1, type: 'goal.updated', entityId: goal.id, payload: res.body }),
      ]);
    });

    it('answers 409 with the current goal for a stale version', async () => {
      const goal = await createGoal();
      await patch(goal.id, { version: 1, title: 'first' }).expect(200);
      const before = await lastSeq();
      const stale = await patch(goal.id, { version: 1, title: 'second' });
      expect(stale.status).toBe(409);
      expect(stale.body.current).toMatchObject({ id: goal.id, version: 2, title: 'first', progress: 0 });
      expect(await lastSeq()).toBe(before);
    });

    it('checks the rules against the goal as it would become', async () => {
      const goal = await createGoal({ baseline: 10, target: 90 });
      expect((await patch(goal.id, { version: 1, target: 5 })).body.details).toEqual({ target: expect.any(Array) });
      expect((await patch(goal.id, { version: 1, direction: 'decrease' })).body.details).toEqual({
        target: expect.any(Array),
      });
      expect((await patch(goal.id, { version: 1, dueDate: goal.startDate })).body.details).toEqual({
        dueDate: expect.any(Array),
      });
      const flipped = await patch(goal.id, { version: 1, direction: 'decrease', baseline: 90, target: 10 });
      expect(flipped.status).toBe(200);
    });

    it('rejects null for required fields, unknown fields and an empty change', async () => {
      const goal = await createGoal();
      const res = await patch(goal.id, { version: 1, title: null, unit: null, baseline: null, colour: 'red' });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.details).sort()).toEqual(['baseline', 'colour', 'title', 'unit']);
      expect((await patch(goal.id, { title: 'no version' })).body.details).toHaveProperty('version');
      expect((await patch(goal.id, { version: 1 })).status).toBe(400);
      expect((await patch(goal.id, { version: 1, indicatorCode: '9.9.9' })).body.details).toHaveProperty(
        'indicatorCode',
      );
      expect((await patch(goal.id, { version: 1, ownerOrganizationId: randomUUID() })).body.details).toHaveProperty(
        'ownerOrganizationId',
      );
    });

    it('re-parents, refuses cycles and detaches with null', async () => {
      const root = await createGoal({ title: 'root' });
      const child = await createGoal({ title: 'child', parentId: root.id });
      const grandchild = await createGoal({ title: 'grandchild', parentId: child.id });
      const self = await patch(root.id, { version: 1, parentId: root.id });
      expect(self.status).toBe(400);
      expect(self.body.details.parentId).toEqual(['parentId must not be the goal itself or one of its descendants']);
      expect((await patch(root.id, { version: 1, parentId: grandchild.id })).body.details).toHaveProperty('parentId');
      const moved = await patch(grandchild.id, { version: 1, parentId: root.id });
      expect(moved.status).toBe(200);
      expect((await getGoal(root.id)).childIds).toEqual([child.id, grandchild.id]);
      const detached = await patch(grandchild.id, { version: 2, parentId: null });
      expect(detached.body.parentId).toBeNull();
      expect((await getGoal(root.id)).childIds).toEqual([child.id]);
    });

    it('lets only one of two concurrent re-parentings that would close a cycle through', async () => {
      const a = await createGoal({ title: 'a' });
      const b = await createGoal({ title: 'b' });
      const results = await Promise.all([
        patch(a.id, { version: 1, parentId: b.id }),
        patch(b.id, { version: 1, parentId: a.id }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 400]);
    });

    it('is for the secretariat only', async () => {
      const goal = await createGoal();
      for (const m of [member, board, observer])
        expect((await patch(goal.id, { version: 1, title: 'x' }, m.user)).status).toBe(403);
      expect((await patch(goal.id, { version: 1, title: 'x' }, outsider)).status).toBe(404);
      expect((await patch(randomUUID(), { version: 1, title: 'x' })).status).toBe(404);
    });
  });

  describe('DELETE /goals/:goalId', () => {
    it('deletes, detaches children and tasks, and appends goal.deleted', async () => {
      const goal = await createGoal();
      const child = await createGoal({ parentId: goal.id });
      const [task] = await ctx.ds.query(
        `INSERT INTO task (hub_id, goal_id, title) VALUES ($1, $2, 'Task') RETURNING id`,
        [hub.id, goal.id],
      );
      const before = await lastSeq();
      const res = await ctx.http.delete(`${goalsUrl()}/${goal.id}`).set(secretariat.auth);
      expect(res.status).toBe(204);
      expect((await ctx.http.get(`${goalsUrl()}/${goal.id}`).set(secretariat.auth)).status).toBe(404);
      expect((await getGoal(child.id)).parentId).toBeNull();
      const [row] = await ctx.ds.query(`SELECT goal_id FROM task WHERE id = $1`, [task.id]);
      expect(row.goal_id).toBeNull();
      const events = await eventsAfter(before);
      expect(events).toEqual([
        expect.objectContaining({
          seq: before + 1,
          type: 'goal.deleted',
          entityId: goal.id,
          payload: expect.objectContaining({ id: goal.id, childIds: [child.id] }),
        }),
      ]);
      expect((await ctx.http.delete(`${goalsUrl()}/${goal.id}`).set(secretariat.auth)).status).toBe(404);
    });

    it('is for the secretariat only', async () => {
      const goal = await createGoal();
      for (const m of [member, board, observer]) {
        expect((await ctx.http.delete(`${goalsUrl()}/${goal.id}`).set(m.user.auth)).status).toBe(403);
      }
      expect((await ctx.http.delete(`${goalsUrl()}/${goal.id}`).set(outsider.auth)).status).toBe(404);
    });
  });

  describe('measurements', () => {
    it("lets a member report on its own organization's goal; it counts only once verified", async () => {
      const goal = await createGoal();
      const before = await lastSeq();
      const res = await report(goal.id, member.user, {
        value: 50,
        evidenceUrl: 'https://example.org/survey.pdf',
        note: 'National survey',
      });
      expect(res.status).toBe(201);
      expect(res.body.measurement).toMatchObject({
        goalId: goal.id,
        hubId: hub.id,
        value: 50,
        evidenceUrl: 'https://example.org/survey.pdf',
        note: 'National survey',
        reportedById: member.user.id,
        reportedByOrganizationId: member.org.id,
        verifiedById: null,
        verifiedAt: null,
        status: 'pending',
      });
      expect(res.body.goal).toMatchObject({
        id: goal.id,
        progress: 0,
        health: 'no_data',
        latestValue: null,
        pendingVerificationCount: 1,
      });
      expect(res.body.ancestors).toEqual([]);
      expect(await eventsAfter(before)).toEqual([
        expect.objectContaining({ seq: before + 1, type: 'goal.measured', entityId: goal.id, payload: res.body }),
      ]);
      expect(await getGoal(goal.id)).toMatchObject({ progress: 0, latestValue: null, pendingVerificationCount: 1 });

      const verified = await verify(res.body.measurement.id);
      expect(verified.status).toBe(200);
      expect(verified.body.measurement).toMatchObject({ verifiedById: secretariat.id, verifiedAt: expect.any(String) });
      expect(verified.body.goal).toMatchObject({
        progress: 50,
        health: 'on_track',
        latestValue: 50,
        latestObservedAt: res.body.measurement.observedAt,
        pendingVerificationCount: 0,
      });
      expect(await eventsAfter(before + 1)).toEqual([
        expect.objectContaining({
          seq: before + 2,
          type: 'measurement.verified',
          entityId: res.body.measurement.id,
          payload: verified.body,
        }),
      ]);
      expect(await getGoal(goal.id)).toMatchObject({ progress: 50, health: 'on_track', latestValue: 50 });
    });

    it("refuses a member on another organization's goal, board and observers; hides it from outsiders", async () => {
      const goal = await createGoal({ ownerOrganizationId: otherMember.org.id });
      expect((await report(goal.id, member.user)).status).toBe(403);
      expect((await report(goal.id, board.user)).status).toBe(403);
      expect((await report(goal.id, observer.user)).status).toBe(403);
      expect((await report(goal.id, outsider)).status).toBe(404);
      expect((await report(goal.id, otherMember.user)).status).toBe(201);
      expect((await report(goal.id, secretariat)).status).toBe(201);
      expect((await report(randomUUID(), secretariat)).status).toBe(404);
    });

    it('validates the report with details', async () => {
      const goal = await createGoal();
      const cases: [object, string][] = [
        [{ value: '12' }, 'value'],
        [{ value: null }, 'value'],
        [{ value: 1e16 }, 'value'],
        [{ observedAt: '2025-06-30' }, 'observedAt'],
        [{ observedAt: '2025-06-30T10:00:00' }, 'observedAt'],
        [{ observedAt: '2025-02-30T10:00:00Z' }, 'observedAt'],
        [{ observedAt: isoTime(2) }, 'observedAt'],
        [{ evidenceUrl: 'ftp://example.org/x' }, 'evidenceUrl'],
        [{ evidenceUrl: 'javascript:alert(1)' }, 'evidenceUrl'],
        [{ evidenceUrl: `https://example.org/${'x'.repeat(2000)}` }, 'evidenceUrl'],
        [{ note: 'x'.repeat(5001) }, 'note'],
        [{ verifiedAt: isoTime(0) }, 'verifiedAt'],
      ];
      for (const [body, field] of cases) {
        const res = await report(goal.id, secretariat, body);
        expect({ body, status: res.status, fields: Object.keys(res.body.details ?? {}) }).toEqual({
          body,
          status: 400,
          fields: [field],
        });
      }
      // less than a day ahead is fine: reporters live in other time zones
      expect((await report(goal.id, secretariat, { observedAt: isoTime(0.5) })).status).toBe(201);
      for (const observedAt of ['2025-06-30T10:00:00.123456789+05:30', '2025-06-30T10:00Z']) {
        expect((await report(goal.id, secretariat, { observedAt })).status).toBe(201);
      }
    });

    it('verifies once: 409 the second time; secretariat only; 404 for unknown or foreign', async () => {
      const goal = await createGoal();
      const reported = await report(goal.id, member.user);
      const id = reported.body.measurement.id;
      for (const m of [member, board, observer]) expect((await verify(id, m.user)).status).toBe(403);
      expect((await verify(id, outsider)).status).toBe(404);
      expect((await verify(id)).status).toBe(200);
      const before = await lastSeq();
      const again = await verify(id);
      expect(again.status).toBe(409);
      expect(await lastSeq()).toBe(before);
      expect((await verify(randomUUID())).status).toBe(404);
      const otherHub = await ctx.newHub();
      const foreignGoal = await createGoal({ ownerOrganizationId: otherHub.ownerOrg.id }, otherHub);
      const foreign = await ctx.http
        .post(`${goalsUrl(otherHub)}/${foreignGoal.id}/measurements`)
        .set(otherHub.owner.auth)
        .send({ value: 1, observedAt: isoTime(0) });
      expect(foreign.status).toBe(201);
      expect((await verify(foreign.body.measurement.id)).status).toBe(404);
    });

    it('verifies once when two verifications race', async () => {
      const goal = await createGoal();
      const reported = await report(goal.id, member.user);
      const before = await lastSeq();
      const results = await Promise.all([verify(reported.body.measurement.id), verify(reported.body.measurement.id)]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      expect(await lastSeq()).toBe(before + 1);
    });

    it('takes the latest verified observation, not the latest report', async () => {
      const goal = await createGoal();
      const recent = await report(goal.id, secretariat, { value: 60, observedAt: isoTime(-1) });
      const older = await report(goal.id, secretariat, { value: 20, observedAt: isoTime(-30) });
      await verify(older.body.measurement.id).expect(200);
      expect(await getGoal(goal.id)).toMatchObject({ latestValue: 20, progress: 20, pendingVerificationCount: 1 });
      await verify(recent.body.measurement.id).expect(200);
      expect(await getGoal(goal.id)).toMatchObject({ latestValue: 60, progress: 60, health: 'on_track' });
    });

    it('lists measurements newest observation first, in pages', async () => {
      const goal = await createGoal();
      for (const days of [-5, -1, -3]) await report(goal.id, secretariat, { value: -days, observedAt: isoTime(days) });
      const url = `${goalsUrl()}/${goal.id}/measurements`;
      const first = await ctx.http.get(`${url}?limit=2`).set(board.user.auth);
      expect(first.status).toBe(200);
      expect(first.body.items.map((m: { value: number }) => m.value)).toEqual([1, 3]);
      const second = await ctx.http.get(`${url}?limit=2&cursor=${first.body.nextCursor}`).set(board.user.auth);
      expect(second.body.items.map((m: { value: number }) => m.value)).toEqual([5]);
      expect(second.body.nextCursor).toBeNull();
      expect((await ctx.http.get(url).set(outsider.auth)).status).toBe(404);
      expect((await ctx.http.get(`${goalsUrl()}/${randomUUID()}/measurements`).set(secretariat.auth)).status).toBe(404);
      expect((await ctx.http.get(`${url}?cursor=${first.body.nextCursor}x`).set(secretariat.auth)).status).toBe(400);
    });

    it("rolls children's verified progress up to their parents, and says so in the event", async () => {
      const parent = await createGoal({ title: 'parent' });
      const a = await createGoal({ title: 'a', parentId: parent.id });
      const b = await createGoal({ title: 'b', parentId: parent.id, baseline: 100, target: 0, direction: 'decrease' });
      const grandchild = await createGoal({ title: 'a1', parentId: a.id });

      const ra = await report(grandchild.id, secretariat, { value: 100 });
      const va = await verify(ra.body.measurement.id);
      expect(va.body.goal).toMatchObject({ id: grandchild.id, progress: 100, health: 'achieved' });
      expect(va.body.ancestors.map((g: { id: string }) => g.id)).toEqual([a.id, parent.id]);
      expect(va.body.ancestors[0]).toMatchObject({ progress: 100, health: 'achieved' });
      // b has nothing measured yet: the parent is judged on a alone, and is not achieved while b is unmeasured
      expect(va.body.ancestors[1]).toMatchObject({ progress: 50, health: 'on_track' });

      const rb = await report(b.id, secretariat, { value: 60 });
      await verify(rb.body.measurement.id).expect(200);
      expect(await getGoal(parent.id)).toMatchObject({ progress: 70, health: 'at_risk', childIds: [a.id, b.id] });

      const rb2 = await report(b.id, secretariat, { value: 0 });
      await verify(rb2.body.measurement.id).expect(200);
      expect(await getGoal(parent.id)).toMatchObject({ progress: 100, health: 'achieved' });
    });
  });
});
