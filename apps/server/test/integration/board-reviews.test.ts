import type { BoardQueueDto, BoardReviewDto, PackReaderDto } from '@hubspoke/contracts';
import { goalBody } from '../support/goal-bodies';
import { createTestApp, type TestContext, type TestHub, type TestMember } from '../support/test-app';

describe('board reviews, packs and the board member queue', () => {
  let ctx: TestContext;
  let hub: TestHub;
  let boardA: TestMember;
  let boardB: TestMember;
  let member: TestMember;
  let goalId: string;

  const schedule = (title: string) =>
    ctx.http
      .post(`/api/hubs/${hub.id}/reviews`)
      .set(hub.owner.auth)
      .send({ title, scheduledFor: new Date(Date.now() + 7 * 86_400_000).toISOString() });

  beforeAll(async () => {
    ctx = await createTestApp();
    hub = await ctx.newHub();
    boardA = await ctx.newMember(hub, 'board');
    boardB = await ctx.newMember(hub, 'board');
    member = await ctx.newMember(hub, 'member');
    const goal = await ctx.http
      .post(`/api/hubs/${hub.id}/goals`)
      .set(hub.owner.auth)
      .send(goalBody(hub.ownerOrg.id))
      .expect(201);
    goalId = goal.body.id;
    await ctx.ds.query(
      `INSERT INTO task (hub_id, title, status, priority, created_by_id, created_by_organization_id, position)
       VALUES ($1, 'Stuck shipment', 'blocked', 'high', $2, $3, 1), ($1, 'Fine task', 'todo', 'low', $2, $3, 2)`,
      [hub.id, hub.owner.id, hub.ownerOrg.id],
    );
  });
  afterAll(() => ctx.close());

  it('freezes a pack of goals, changes, key tasks and open resolutions when the secretariat schedules a review', async () => {
    await schedule('Not mine to schedule').set(boardA.user.auth).expect(403);
    const review = (await schedule('Q1 review').expect(201)).body as BoardReviewDto;
    expect(review.pack.goals.map((g) => [g.title, g.health, g.previousHealth])).toEqual([
      ['Coverage', 'no_data', null],
    ]);
    expect(review.pack.changes['goal.created']).toBe(1);
    expect(review.pack.keyTasks.map((t) => [t.title, t.reason])).toEqual([['Stuck shipment', 'blocked']]);

    // later changes do not change the frozen pack; the next pack covers only what happened since, and shows the trend
    await ctx.http
      .post(`/api/hubs/${hub.id}/goals/${goalId}/measurements`)
      .set(hub.owner.auth)
      .send({ value: 80, observedAt: new Date().toISOString() })
      .expect(201);
    const again = (await ctx.http.get(`/api/hubs/${hub.id}/reviews/${review.id}`).set(boardA.user.auth).expect(200))
      .body as BoardReviewDto;
    expect(again.pack).toEqual(review.pack);
    const next = (await schedule('Q2 review').expect(201)).body as BoardReviewDto;
    expect(next.pack.periodStart).toBe(review.createdAt);
    expect(next.pack.changes).toEqual({ 'goal.measured': 1, 'review.scheduled': 1 });
    expect(next.pack.goals[0]!.previousHealth).toBe('no_data');
  });

  it('tracks who has read a pack, for the secretariat, and the board member queue', async () => {
    const [review] = (await ctx.http.get(`/api/hubs/${hub.id}/reviews`).set(member.user.auth).expect(200))
      .body as BoardReviewDto[];
    const queueBefore = (await ctx.http.get('/api/board/queue').set(boardA.user.auth).expect(200))
      .body as BoardQueueDto;
    expect(queueBefore.packsToRead.map((p) => p.title).sort()).toEqual(['Q1 review', 'Q2 review']);

    const read = await ctx.http
      .post(`/api/hubs/${hub.id}/reviews/${review!.id}/read`)
      .set(boardA.user.auth)
      .expect(200);
    expect(read.body.readByMe).toBe(true);
    await ctx.http.post(`/api/hubs/${hub.id}/reviews/${review!.id}/read`).set(boardA.user.auth).expect(200);

    const readers = (
      await ctx.http.get(`/api/hubs/${hub.id}/reviews/${review!.id}/readers`).set(hub.owner.auth).expect(200)
    ).body as PackReaderDto[];
    expect(readers.map((r) => [r.memberId, r.readAt !== null])).toEqual([
      [boardA.memberId, true],
      [boardB.memberId, false],
    ]);
    await ctx.http.get(`/api/hubs/${hub.id}/reviews/${review!.id}/readers`).set(boardA.user.auth).expect(403);

    const queueAfter = (await ctx.http.get('/api/board/queue').set(boardA.user.auth)).body as BoardQueueDto;
    expect(queueAfter.packsToRead.map((p) => p.title)).toEqual(['Q1 review']);
    expect((await ctx.http.get('/api/board/queue').set(member.user.auth)).body).toEqual({
      packsToRead: [],
      votesToCast: [],
    });
  });

  it('lets the board comment on a review, and lists votes to cast in the queue', async () => {
    const [review] = (await ctx.http.get(`/api/hubs/${hub.id}/reviews`).set(boardA.user.auth)).body as BoardReviewDto[];
    await ctx.http
      .post(`/api/hubs/${hub.id}/reviews/${review!.id}/comments`)
      .set(boardA.user.auth)
      .send({ body: 'Coverage is behind: what is the recovery plan?' })
      .expect(201);
    const comments = await ctx.http.get(`/api/hubs/${hub.id}/reviews/${review!.id}/comments`).set(member.user.auth);
    expect(comments.body.items.map((c: { body: string }) => c.body)).toEqual([
      'Coverage is behind: what is the recovery plan?',
    ]);

    await ctx.http
      .post(`/api/hubs/${hub.id}/board/seats`)
      .set(hub.owner.auth)
      .send({ title: 'Civic', kind: 'independent', constituency: 'civic', holderMemberId: boardA.memberId })
      .expect(201);
    const resolution = await ctx.http
      .post(`/api/hubs/${hub.id}/resolutions`)
      .set(hub.owner.auth)
      .send({ title: 'Adopt the plan', motion: 'Adopt it.', deadline: new Date(Date.now() + 86_400_000).toISOString() })
      .expect(201);
    const queue = (await ctx.http.get('/api/board/queue').set(boardA.user.auth)).body as BoardQueueDto;
    expect(queue.votesToCast.map((v) => v.resolutionId)).toEqual([resolution.body.id]);
    await ctx.http
      .post(`/api/hubs/${hub.id}/resolutions/${resolution.body.id}/votes`)
      .set(boardA.user.auth)
      .send({ choice: 'for' })
      .expect(200);
    expect(((await ctx.http.get('/api/board/queue').set(boardA.user.auth)).body as BoardQueueDto).votesToCast).toEqual(
      [],
    );
  });
});
