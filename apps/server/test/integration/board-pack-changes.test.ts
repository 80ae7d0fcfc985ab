import type { BoardReviewDto, PackChangeGroupDto, TaskDto } from '@hubspoke/contracts';
import { goalBody } from '../support/goal-bodies';
import { createTestApp, type TestContext, type TestHub } from '../support/test-app';

/** A board pack's "What changed": the period's events grouped by what they mean, for new packs and old ones. */
describe('board pack: what changed, in words', () => {
  let ctx: TestContext;
  let hub: TestHub;

  const schedule = async (title: string) =>
    (
      await ctx.http
        .post(`/api/hubs/${hub.id}/reviews`)
        .set(hub.owner.auth)
        .send({ title, scheduledFor: new Date(Date.now() + 7 * 86_400_000).toISOString() })
        .expect(201)
    ).body as BoardReviewDto;
  const group = (review: BoardReviewDto, name: PackChangeGroupDto['group']) =>
    review.pack.whatChanged.find((g) => g.group === name);
  const newTask = async (title: string) =>
    (await ctx.http.post(`/api/hubs/${hub.id}/tasks`).set(hub.owner.auth).send({ title }).expect(201)).body as TaskDto;
  const move = async (task: TaskDto, status: TaskDto['status']) =>
    (
      await ctx.http
        .post(`/api/hubs/${hub.id}/tasks/${task.id}/move`)
        .set(hub.owner.auth)
        .send({ version: task.version, status, position: 1 })
        .expect(200)
    ).body as TaskDto;
  const rename = async (task: TaskDto, title: string) =>
    (
      await ctx.http
        .patch(`/api/hubs/${hub.id}/tasks/${task.id}`)
        .set(hub.owner.auth)
        .send({ version: task.version, title })
        .expect(200)
    ).body as TaskDto;

  beforeAll(async () => {
    ctx = await createTestApp();
    hub = await ctx.newHub();
  });
  afterAll(() => ctx.close());

  let doneEarlier: TaskDto;
  let stillOpen: TaskDto;

  it('counts tasks moved, done, created and edited, and measurements reported and verified', async () => {
    const goal = await ctx.http
      .post(`/api/hubs/${hub.id}/goals`)
      .set(hub.owner.auth)
      .send(goalBody(hub.ownerOrg.id))
      .expect(201);
    const measured = await ctx.http
      .post(`/api/hubs/${hub.id}/goals/${goal.body.id}/measurements`)
      .set(hub.owner.auth)
      .send({ value: 40, observedAt: new Date().toISOString() })
      .expect(201);
    await ctx.http
      .post(`/api/hubs/${hub.id}/measurements/${measured.body.measurement.id}/verify`)
      .set(hub.owner.auth)
      .expect(200);
    const [a, b, c] = [await newTask('Audit'), await newTask('Ship'), await newTask('Train')];
    doneEarlier = await move(await move(a!, 'in_progress'), 'done');
    // an edit of a task done in the period: it counts once as done
    await rename(await move(b!, 'done'), 'Ship the vaccines');
    stillOpen = await move(c!, 'in_progress');

    const review = await schedule('Q1 review');
    expect(review.pack.tasksDone).toBe(2);
    expect(group(review, 'tasks')).toEqual({
      group: 'tasks',
      title: 'Tasks',
      summary: '4 moved, 3 created, 2 done, 1 edited',
    });
    expect(group(review, 'measurements')).toEqual({
      group: 'measurements',
      title: 'Measurements',
      summary: '1 reported, 1 verified',
    });
    expect(group(review, 'goals')?.summary).toBe('1 created');
    expect(review.pack.whatChanged.map((g) => g.group).slice(0, 3)).toEqual(['tasks', 'measurements', 'goals']);
    const again = (await ctx.http.get(`/api/hubs/${hub.id}/reviews/${review.id}`).set(hub.owner.auth).expect(200))
      .body as BoardReviewDto;
    expect(again.pack).toEqual(review.pack);
  });

  it('counts as done only tasks done in the period, not an edit of one done before', async () => {
    await rename(doneEarlier, 'Audit the cold chain');
    await move(stillOpen, 'done');
    const review = await schedule('Q2 review');
    expect(review.pack.tasksDone).toBe(1);
    expect(review.pack.whatChanged).toEqual([
      { group: 'tasks', title: 'Tasks', summary: '1 edited, 1 moved, 1 done' },
      { group: 'board', title: 'Board', summary: '1 review scheduled' },
    ]);
  });

  it('shows a pack frozen before the words in words too, from its counts by event type', async () => {
    const other = await ctx.newHub();
    const frozen = {
      periodStart: '2026-01-01T00:00:00.000Z',
      periodEnd: '2026-03-01T00:00:00.000Z',
      goals: [],
      changes: { 'task.moved': 23, 'measurement.verified': 13, 'goal.measured': 2, 'board.seat_saved': 3 },
      keyTasks: [],
      digests: [],
      resolutions: [],
    };
    const [{ id }] = await ctx.ds.query(
      `INSERT INTO board_review (hub_id, title, scheduled_for, pack) VALUES ($1, 'Old review', now(), $2) RETURNING id`,
      [other.id, JSON.stringify(frozen)],
    );
    const old = (await ctx.http.get(`/api/hubs/${other.id}/reviews/${id}`).set(other.owner.auth).expect(200))
      .body as BoardReviewDto;
    expect(old.pack).toEqual({
      ...frozen,
      tasksDone: null,
      whatChanged: [
        { group: 'tasks', title: 'Tasks', summary: '23 moved' },
        { group: 'measurements', title: 'Measurements', summary: '13 verified, 2 reported' },
        { group: 'board', title: 'Board', summary: '3 seats changed' },
      ],
    });
    const [listed] = (await ctx.http.get(`/api/hubs/${other.id}/reviews`).set(other.owner.auth).expect(200))
      .body as BoardReviewDto[];
    expect(listed!.pack.whatChanged).toEqual(old.pack.whatChanged);
  });
});
