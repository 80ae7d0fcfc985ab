import { randomUUID } from 'node:crypto';
import { createTestApp, type TestContext, type TestHub, type TestMember, type TestUser } from '../support/test-app';

const DAY = 86_400_000;
const isoDate = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
const isoTime = (days: number) => new Date(Date.now() + days * DAY).toISOString();

describe('reviewing measurements: verify or reject with a note, undo within seconds', () => {
  let ctx: TestContext;
  let hub: TestHub;
  let secretariat: TestUser;
  let coSecretariat: TestMember;
  let member: TestMember;
  let board: TestMember;
  let outsider: TestUser;

  beforeAll(async () => {
    ctx = await createTestApp();
    hub = await ctx.newHub();
    secretariat = hub.owner;
    coSecretariat = await ctx.newMember(hub, 'secretariat');
    member = await ctx.newMember(hub, 'member');
    board = await ctx.newMember(hub, 'board');
    outsider = await ctx.newUser();
  });
  afterAll(() => ctx.close());

  const url = (path: string) => `/api/hubs/${hub.id}${path}`;
  const newGoal = async () => {
    const res = await ctx.http
      .post(url('/goals'))
      .set(secretariat.auth)
      .send({
        title: 'Raise DTP3 coverage',
        indicatorCode: '3.b.1',
        unit: '%',
        baseline: 0,
        target: 100,
        direction: 'increase',
        startDate: isoDate(-183),
        dueDate: isoDate(183),
        ownerOrganizationId: member.org.id,
      });
    expect(res.status).toBe(201);
    return res.body as { id: string; health: string; progress: number; indicatorTitle: string | null };
  };
  const reported = async (goalId: string, value = 50) => {
    const res = await ctx.http
      .post(url(`/goals/${goalId}/measurements`))
      .set(member.user.auth)
      .send({ value, observedAt: isoTime(0) });
    expect(res.status).toBe(201);
    return res.body.measurement.id as string;
  };
  const act = (action: 'verify' | 'reject' | 'undo-review', id: string, as: TestUser = secretariat, body?: object) =>
    ctx.http
      .post(url(`/measurements/${id}/${action}`))
      .set(as.auth)
      .send(body ?? {});
  const goalOf = async (goalId: string) => (await ctx.http.get(url(`/goals/${goalId}`)).set(secretariat.auth)).body;
  const measurementsOf = async (goalId: string, as: TestUser = member.user) =>
    (await ctx.http.get(url(`/goals/${goalId}/measurements`)).set(as.auth)).body.items;
  const lastSeq = async () => (await ctx.http.get(url('/events?limit=1')).set(secretariat.auth)).body.lastSeq as number;
  const eventsAfter = async (seq: number) =>
    (await ctx.http.get(url(`/events?after=${seq}`)).set(secretariat.auth)).body.items as {
      type: string;
      payload: { measurement: { status: string; reviewNote: string | null } };
    }[];
  /** Moves a review back in time, as if the reviewer had waited that long. */
  const ageReview = (id: string, seconds: number) =>
    ctx.ds.query(`UPDATE measurement SET reviewed_at = reviewed_at - make_interval(secs => $2) WHERE id = $1`, [
      id,
      seconds,
    ]);

  it('a goal without a verified measurement has no data, not a health; its indicator carries its official name', async () => {
    const goal = await newGoal();
    expect(goal).toMatchObject({ health: 'no_data', progress: 0 });
    expect(goal.indicatorTitle).toMatch(/^Proportion of the target population covered by all vaccines/);
    await reported(goal.id);
    expect((await goalOf(goal.id)).health).toBe('no_data');
  });

  it('verifies with an optional note, which the reporter reads; the goal then counts it', async () => {
    const goal = await newGoal();
    const id = await reported(goal.id);
    const before = await lastSeq();
    const res = await act('verify', id, secretariat, { note: '  Matches the WUENIC estimate  ' });
    expect(res.status).toBe(200);
    expect(res.body.measurement).toMatchObject({
      status: 'verified',
      reviewedById: secretariat.id,
      verifiedById: secretariat.id,
      reviewNote: 'Matches the WUENIC estimate',
    });
    expect(res.body.goal.health).not.toBe('no_data');
    expect(res.body.goal.progress).toBe(50);
    const [event] = await eventsAfter(before);
    expect(event).toMatchObject({ type: 'measurement.verified', payload: { measurement: { status: 'verified' } } });
    expect((await measurementsOf(goal.id))[0]).toMatchObject({ status: 'verified' });
  });

  it('rejects only with a note, shows the reporter why, and never counts the value', async () => {
    const goal = await newGoal();
    const id = await reported(goal.id, 90);
    for (const body of [{}, { note: '' }, { note: '   ' }, { note: 42 }, { note: 'x'.repeat(2001) }]) {
      const res = await act('reject', id, secretariat, body);
      expect(res.status).toBe(400);
      expect(res.body.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'note' })]));
    }
    const before = await lastSeq();
    const res = await act('reject', id, secretariat, { note: 'The survey covered one district only' });
    expect(res.status).toBe(200);
    expect(res.body.measurement).toMatchObject({
      status: 'rejected',
      reviewedById: secretariat.id,
      verifiedAt: null,
      reviewNote: 'The survey covered one district only',
    });
    expect(res.body.goal).toMatchObject({ health: 'no_data', pendingVerificationCount: 0, latestValue: null });
    expect((await eventsAfter(before)).map((e) => e.type)).toEqual(['measurement.rejected']);
    const [seen] = await measurementsOf(goal.id, member.user);
    expect(seen).toMatchObject({ id, status: 'rejected', reviewNote: 'The survey covered one district only' });
    // a rejected measurement is not verified later, nor rejected twice
    expect((await act('verify', id)).status).toBe(409);
    expect((await act('reject', id, secretariat, { note: 'again' })).status).toBe(409);
  });

  it('undoes a verification or a rejection within the window: pending again, uncounted, with an event', async () => {
    for (const [action, body] of [
      ['verify', {}],
      ['reject', { note: 'Wrong year' }],
    ] as const) {
      const goal = await newGoal();
      const id = await reported(goal.id);
      expect((await act(action, id, secretariat, body)).status).toBe(200);
      const before = await lastSeq();
      const undone = await act('undo-review', id);
      expect(undone.status).toBe(200);
      expect(undone.body.measurement).toMatchObject({
        status: 'pending',
        reviewedById: null,
        reviewedAt: null,
        reviewNote: null,
        verifiedAt: null,
      });
      expect(undone.body.goal).toMatchObject({ health: 'no_data', latestValue: null });
      expect((await eventsAfter(before)).map((e) => e.type)).toEqual(['measurement.review_undone']);
      // pending again: it can be reviewed anew, and there is nothing left to undo
      expect((await act('undo-review', id)).status).toBe(409);
      expect((await act('verify', id)).status).toBe(200);
    }
  });

  it('refuses an undo after the window with a clear 409, and changes nothing', async () => {
    const goal = await newGoal();
    const id = await reported(goal.id);
    await act('verify', id).expect(200);
    await ageReview(id, 11);
    const before = await lastSeq();
    const late = await act('undo-review', id);
    expect(late.status).toBe(409);
    expect(late.body.message).toBe('This review can no longer be undone: undo is possible for 10 seconds');
    expect(late.body.current).toMatchObject({ id, status: 'verified' });
    expect(await lastSeq()).toBe(before);
    expect((await goalOf(goal.id)).latestValue).toBe(50);
    // still inside the window a moment earlier
    const other = await reported(goal.id);
    await act('verify', other).expect(200);
    await ageReview(other, 8);
    expect((await act('undo-review', other)).status).toBe(200);
  });

  it('lets only the reviewer undo: another secretariat member gets 403, members 403, outsiders 404', async () => {
    const goal = await newGoal();
    const id = await reported(goal.id);
    await act('verify', id).expect(200);
    expect((await act('undo-review', id, coSecretariat.user)).status).toBe(403);
    for (const m of [member, board]) {
      expect((await act('undo-review', id, m.user)).status).toBe(403);
      expect((await act('reject', id, m.user, { note: 'no' })).status).toBe(403);
    }
    expect((await act('undo-review', id, outsider)).status).toBe(404);
    expect((await act('undo-review', randomUUID())).status).toBe(404);
    expect((await act('undo-review', id)).status).toBe(200);
  });

  it('answers bad input with the one error shape, never a 500', async () => {
    const goal = await newGoal();
    const id = await reported(goal.id);
    const unknown = await act('verify', id, secretariat, { note: 'ok', approved: true });
    expect(unknown.status).toBe(400);
    expect(unknown.body.fields).toEqual([{ field: 'approved', rule: 'unknownField' }]);
    const notUuid = await ctx.http
      .post(url('/measurements/not-a-uuid/reject'))
      .set(secretariat.auth)
      .send({ note: 'x' });
    expect(notUuid.status).toBe(400);
  });
});
