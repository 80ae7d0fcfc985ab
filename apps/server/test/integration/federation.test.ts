import { randomUUID } from 'node:crypto';
import type { GoalDto, HubLinkDto, HubRatingsDto, RollUpMethod } from '@hubspoke/contracts';
import { RollUpReader } from '../../src/modules/goals/roll-up.reader';
import { RatingInputLoader } from '../../src/modules/ratings/rating-input.loader';
import { RatingsComputeService } from '../../src/modules/ratings/ratings-compute.service';
import { goalBody } from '../support/goal-bodies';
import { connectSocket, eventually, listen, recordEvents, type ClientSocket } from '../support/sockets';
import { createTestApp, type TestContext, type TestHub, type TestUser } from '../support/test-app';

/** Hubs of hubs: links by both secretariats' consent, no cycles, goals rolling up across hubs, live and private. */
describe('federation', () => {
  let ctx: TestContext;
  let url: string;
  const sockets: ClientSocket[] = [];
  beforeAll(async () => {
    ctx = await createTestApp();
    url = await listen(ctx.app);
  });
  afterEach(() => sockets.splice(0).forEach((s) => s.close()));
  afterAll(() => ctx.close());

  /** A public hub: any secretariat may ask it (a private hub only by those who belong to it). */
  const newHub = (fields: Parameters<TestContext['newHub']>[0] = {}) => ctx.newHub({ visibility: 'public', ...fields });
  const requestLink = (child: TestHub, parent: TestHub) =>
    ctx.http.post(`/api/hubs/${child.id}/links`).set(child.owner.auth).send({ parentHubId: parent.id });
  const link = async (child: TestHub, parent: TestHub): Promise<HubLinkDto> => {
    const asked = await requestLink(child, parent).expect(201);
    const accepted = await ctx.http
      .post(`/api/hubs/${parent.id}/links/${asked.body.id}/accept`)
      .set(parent.owner.auth)
      .expect(200);
    return accepted.body;
  };
  const newGoal = async (hub: TestHub, fields: object = {}): Promise<GoalDto> =>
    (
      await ctx.http
        .post(`/api/hubs/${hub.id}/goals`)
        .set(hub.owner.auth)
        .send(goalBody(hub.ownerOrg.id, fields))
        .expect(201)
    ).body;
  const rollingUpGoal = (hub: TestHub, method: RollUpMethod, fields: object = {}) =>
    newGoal(hub, { rollUpMethod: method, ...fields });
  const mapGoal = (child: TestHub, goalId: string, parentGoalId: string, weight?: number) =>
    ctx.http
      .put(`/api/hubs/${child.id}/goals/${goalId}/contribution`)
      .set(child.owner.auth)
      .send({ parentGoalId, weight });
  const verified = async (hub: TestHub, goalId: string, value: number, observedAt = '2026-06-01T00:00:00Z') => {
    const reported = await ctx.http
      .post(`/api/hubs/${hub.id}/goals/${goalId}/measurements`)
      .set(hub.owner.auth)
      .send({ value, observedAt })
      .expect(201);
    await ctx.http
      .post(`/api/hubs/${hub.id}/measurements/${reported.body.measurement.id}/verify`)
      .set(hub.owner.auth)
      .expect(200);
  };
  const goalOf = async (hub: TestHub, goalId: string, as: TestUser = hub.owner): Promise<GoalDto> =>
    (await ctx.http.get(`/api/hubs/${hub.id}/goals/${goalId}`).set(as.auth).expect(200)).body;

  /** A parent whose goal rolls up with the method, and one child hub per value, each mapped and verified. */
  const rollUpOf = async (method: RollUpMethod, children: { value: number | null; weight?: number }[]) => {
    const parent = await newHub();
    const parentGoal = await rollingUpGoal(parent, method);
    for (const { value, weight } of children) {
      const child = await newHub();
      await link(child, parent);
      const childGoal = await newGoal(child);
      await mapGoal(child, childGoal.id, parentGoal.id, weight).expect(200);
      if (value !== null) await verified(child, childGoal.id, value);
    }
    return goalOf(parent, parentGoal.id);
  };

  describe('links', () => {
    it('is pending until the other secretariat accepts, and each step is an event in both hubs', async () => {
      const [parent, child] = [await newHub(), await newHub()];
      const asked = await requestLink(child, parent).expect(201);
      expect(asked.body).toMatchObject({ status: 'pending', requestedByHubId: child.id });
      const pending = await ctx.http.get(`/api/hubs/${parent.id}/links`).set(parent.owner.auth).expect(200);
      expect(pending.body.children).toEqual([expect.objectContaining({ id: asked.body.id, status: 'pending' })]);
      // a one-sided link rolls nothing up
      const parentGoal = await rollingUpGoal(parent, 'sum');
      const childGoal = await newGoal(child);
      await mapGoal(child, childGoal.id, parentGoal.id).expect(400);

      // the asking side cannot accept its own request
      await ctx.http.post(`/api/hubs/${child.id}/links/${asked.body.id}/accept`).set(child.owner.auth).expect(403);
      await ctx.http.post(`/api/hubs/${parent.id}/links/${asked.body.id}/accept`).set(parent.owner.auth).expect(200);
      await mapGoal(child, childGoal.id, parentGoal.id).expect(200);

      for (const hub of [parent, child]) {
        const events = await ctx.http.get(`/api/hubs/${hub.id}/events`).set(hub.owner.auth).expect(200);
        const types = events.body.items.map((e: { type: string }) => e.type);
        expect(types).toEqual(expect.arrayContaining(['hub_link.requested', 'hub_link.accepted']));
      }
    });

    it('lets neither a member nor a board member request or accept', async () => {
      const [parent, child] = [await newHub(), await newHub()];
      const member = (await ctx.newMember(child, 'member')).user;
      const board = (await ctx.newMember(parent, 'board')).user;
      await ctx.http.post(`/api/hubs/${child.id}/links`).set(member.auth).send({ parentHubId: parent.id }).expect(403);
      const asked = await requestLink(child, parent).expect(201);
      await ctx.http.post(`/api/hubs/${parent.id}/links/${asked.body.id}/accept`).set(board.auth).expect(403);
      const stillPending = await ctx.http.get(`/api/hubs/${parent.id}/links`).set(parent.owner.auth);
      expect(stillPending.body.children[0].status).toBe('pending');
    });

    it('answers a request to a private hub the secretariat does not belong to like one to no hub at all', async () => {
      const secret = await ctx.newHub({ name: 'Quiet Negotiations Hub', visibility: 'private' });
      const stranger = await newHub();
      const asked = await requestLink(stranger, secret).expect(400);
      const unknown = await ctx.http
        .post(`/api/hubs/${stranger.id}/links`)
        .set(stranger.owner.auth)
        .send({ parentHubId: randomUUID() })
        .expect(400);
      expect(asked.body).toEqual(unknown.body);
      await ctx.http
        .post(`/api/hubs/${stranger.id}/links`)
        .set(stranger.owner.auth)
        .send({ childHubId: secret.id })
        .expect(400);
      const events = await ctx.http.get(`/api/hubs/${stranger.id}/events?sinceSeq=0`).set(stranger.owner.auth);
      expect(JSON.stringify(events.body)).not.toContain('Quiet Negotiations');
      // the private hub's own secretariat may ask, and so may a secretariat that belongs to both
      await requestLink(secret, stranger).expect(201);
      const both = await ctx.newHub({ owner: secret.owner });
      await ctx.http
        .post(`/api/hubs/${both.id}/links`)
        .set(secret.owner.auth)
        .send({ parentHubId: secret.id })
        .expect(201);
    });

    it('refuses a cycle: a depth-4 chain links, its closing edge does not', async () => {
      const [city, national, regional, global] = [await newHub(), await newHub(), await newHub(), await newHub()];
      await link(city, national);
      await link(national, regional);
      await link(regional, global);
      const fifth = await newHub();
      await link(global, fifth);

      // the global hub asking to join the city hub, or the city hub inviting it, would make a hub its own ancestor
      await requestLink(fifth, city).expect(409);
      await ctx.http
        .post(`/api/hubs/${city.id}/links`)
        .set(city.owner.auth)
        .send({ childHubId: global.id })
        .expect(409);
      await requestLink(city, city).expect(409);
    });

    it('refuses the second of two crossing requests when accepted, under the graph lock', async () => {
      const [a, b] = [await newHub(), await newHub()];
      const aAsks = await requestLink(a, b).expect(201);
      // b asking to join a is the same pair of hubs
      await requestLink(b, a).expect(409);
      const [c, d, e] = [await newHub(), await newHub(), await newHub()];
      await link(d, c);
      const eUnderD = await requestLink(e, d).expect(201);
      const cUnderE = await requestLink(c, e).expect(201);
      const accepts = await Promise.all([
        ctx.http.post(`/api/hubs/${d.id}/links/${eUnderD.body.id}/accept`).set(d.owner.auth),
        ctx.http.post(`/api/hubs/${e.id}/links/${cUnderE.body.id}/accept`).set(e.owner.auth),
      ]);
      expect(accepts.map((r) => r.status).sort()).toEqual([200, 409]);
      await ctx.http.post(`/api/hubs/${b.id}/links/${aAsks.body.id}/decline`).set(b.owner.auth).expect(200);
    });

    it('stops the roll-up when the child leaves', async () => {
      const [parent, child] = [await newHub(), await newHub()];
      const linked = await link(child, parent);
      const parentGoal = await rollingUpGoal(parent, 'sum');
      const childGoal = await newGoal(child);
      await mapGoal(child, childGoal.id, parentGoal.id).expect(200);
      await verified(child, childGoal.id, 40);
      expect((await goalOf(parent, parentGoal.id)).rollUp?.value).toBe(40);
      await ctx.http.delete(`/api/hubs/${child.id}/links/${linked.id}`).set(child.owner.auth).expect(200);
      expect((await goalOf(parent, parentGoal.id)).rollUp).toMatchObject({ value: null, childCount: 0 });
    });
  });

  describe('roll-up', () => {
    it('sums the children’s latest verified values', async () => {
      const goal = await rollUpOf('sum', [{ value: 30 }, { value: 25 }]);
      expect(goal.rollUp).toMatchObject({ method: 'sum', value: 55, childCount: 2, reportedCount: 2 });
      // the parent's progress is judged on the rolled-up value: 55 of the way from 0 to 100
      expect(goal.progress).toBe(55);
    });

    it('takes a mean weighted by each mapping’s weight, leaving out a child without a verified value', async () => {
      const goal = await rollUpOf('weighted_mean', [
        { value: 80, weight: 3 },
        { value: 40, weight: 1 },
        { value: null, weight: 10 },
      ]);
      expect(goal.rollUp).toMatchObject({ value: 70, childCount: 3, reportedCount: 2 });
      expect(goal.rollUp!.contributions.map((c) => c.weight).sort((a, b) => a - b)).toEqual([1, 3, 10]);
    });

    it('takes the minimum', async () => {
      const goal = await rollUpOf('minimum', [{ value: 80 }, { value: 35 }, { value: 60 }]);
      expect(goal.rollUp?.value).toBe(35);
      expect(goal.progress).toBe(35);
    });

    it('refuses a child goal in another unit with a clear 400', async () => {
      const [parent, child] = [await newHub(), await newHub()];
      await link(child, parent);
      const parentGoal = await rollingUpGoal(parent, 'sum', { unit: 'doses' });
      const childGoal = await newGoal(child, { unit: '%' });
      const refused = await mapGoal(child, childGoal.id, parentGoal.id).expect(400);
      expect(refused.body).toMatchObject({
        message: 'Units must agree',
        details: { parentGoalId: [expect.any(String)] },
      });
      // nor can a mapped goal change its unit afterwards
      const sameUnit = await newGoal(child, { unit: 'doses' });
      await mapGoal(child, sameUnit.id, parentGoal.id).expect(200);
      await ctx.http
        .patch(`/api/hubs/${child.id}/goals/${sameUnit.id}`)
        .set(child.owner.auth)
        .send({ unit: '%', version: sameUnit.version })
        .expect(400);
    });

    it('only a child hub’s secretariat maps its goals', async () => {
      const [parent, child] = [await newHub(), await newHub()];
      await link(child, parent);
      const parentGoal = await rollingUpGoal(parent, 'sum');
      const childGoal = await newGoal(child);
      const member = (await ctx.newMember(child, 'member')).user;
      await ctx.http
        .put(`/api/hubs/${child.id}/goals/${childGoal.id}/contribution`)
        .set(member.auth)
        .send({ parentGoalId: parentGoal.id })
        .expect(403);
      // the parent's secretariat cannot map a goal of the child's either: it is not a member there
      await ctx.http
        .put(`/api/hubs/${child.id}/goals/${childGoal.id}/contribution`)
        .set(parent.owner.auth)
        .send({ parentGoalId: parentGoal.id })
        .expect(404);
    });
  });

  it('a private child shares only its name and numbers with the parent’s members', async () => {
    const parent = await ctx.newHub({ visibility: 'public' });
    const child = await ctx.newHub({ name: 'East African Immunization Hub', visibility: 'private' });
    await link(child, parent);
    const parentGoal = await rollingUpGoal(parent, 'sum');
    const childGoal = await newGoal(child, {
      title: 'Confidential coverage goal zq',
      description: 'internal notes zq',
    });
    await mapGoal(child, childGoal.id, parentGoal.id).expect(200);
    await verified(child, childGoal.id, 42);
    const parentMember = (await ctx.newMember(parent, 'member')).user;

    const goal = await goalOf(parent, parentGoal.id, parentMember);
    expect(goal.rollUp?.contributions).toEqual([
      {
        childHub: { id: child.id, name: 'East African Immunization Hub' },
        value: 42,
        weight: 1,
        reportedAt: '2026-06-01T00:00:00.000Z',
      },
    ]);
    const answers = [
      JSON.stringify(goal),
      (await ctx.http.get(`/api/hubs/${parent.id}/overview`).set(parentMember.auth).expect(200)).text,
      (await ctx.http.get(`/api/hubs/${parent.id}/links`).set(parentMember.auth).expect(200)).text,
      (await ctx.http.get(`/api/hubs/${parent.id}/events`).set(parentMember.auth).expect(200)).text,
    ];
    for (const text of answers) {
      expect(text).not.toContain(childGoal.id);
      expect(text).not.toContain('zq');
    }
    for (const path of ['', '/goals', `/goals/${childGoal.id}`, `/goals/${childGoal.id}/measurements`, '/members']) {
      await ctx.http.get(`/api/hubs/${child.id}${path}`).set(parentMember.auth).expect(404);
    }
    // nor does the public see the child's contribution on the public parent's goal
    const publicGoal = await ctx.http.get(`/api/hubs/${parent.id}/goals/${parentGoal.id}`).expect(200);
    expect(publicGoal.text).not.toContain(child.id);
  });

  it('a verified measurement in a grandchild reaches the parent’s and the grandparent’s rooms live', async () => {
    const [global, regional, city] = [await newHub(), await newHub(), await newHub()];
    await link(regional, global);
    await link(city, regional);
    const globalGoal = await rollingUpGoal(global, 'sum');
    const regionalGoal = await rollingUpGoal(regional, 'sum');
    const cityGoal = await newGoal(city);
    await mapGoal(regional, regionalGoal.id, globalGoal.id).expect(200);
    await mapGoal(city, cityGoal.id, regionalGoal.id).expect(200);

    const watch = async (hub: TestHub) => {
      const socket = await connectSocket(url, hub.owner.token);
      sockets.push(socket);
      const events = recordEvents(socket);
      expect(await socket.emitWithAck('hub:join', { hubId: hub.id })).toMatchObject({ ok: true });
      return events;
    };
    const [regionalRoom, globalRoom] = [await watch(regional), await watch(global)];
    await verified(city, cityGoal.id, 64);

    const rolledUp = (events: typeof regionalRoom, goalId: string) =>
      events.flatMap((e) => (e.type === 'goal.rolled_up' && e.payload.id === goalId ? [e.payload] : []));
    await eventually(() => {
      expect(rolledUp(regionalRoom, regionalGoal.id).at(-1)).toMatchObject({
        progress: 64,
        rollUp: { value: 64, reportedCount: 1, contributions: [{ childHub: { id: city.id }, value: 64 }] },
      });
      expect(rolledUp(globalRoom, globalGoal.id).at(-1)).toMatchObject({
        progress: 64,
        rollUp: { value: 64, contributions: [{ childHub: { id: regional.id }, value: 64 }] },
      });
    });
  });

  // its time is measured by `npm run bench -- federation`, never asserted here
  it('rolls up a parent goal over 1,000 child hubs, each by its latest verified value', async () => {
    const parent = await newHub();
    const parentGoal = await rollingUpGoal(parent, 'weighted_mean');
    await ctx.ds.query(
      `WITH children AS (
         INSERT INTO hub (slug, name, mission, visibility)
         SELECT 'child-' || md5(random()::text), 'Child hub ' || i, '', 'private' FROM generate_series(1, 1000) i
         RETURNING id
       ), links AS (
         INSERT INTO hub_link (parent_hub_id, child_hub_id, status, requested_by_hub_id)
         SELECT $1, id, 'active', id FROM children RETURNING child_hub_id
       ), goals AS (
         INSERT INTO goal (hub_id, title, unit, baseline, target, direction, start_date, due_date, owner_organization_id)
         SELECT child_hub_id, 'Coverage', '%', 0, 100, 'increase', '2026-01-01', '2027-12-31', $3 FROM links
         RETURNING id, hub_id
       ), readings AS (
         INSERT INTO measurement (goal_id, hub_id, value, observed_at, reported_by_organization_id, verified_at)
         SELECT id, hub_id, v, '2026-06-01'::timestamptz - (v || ' days')::interval, $3, now()
           FROM goals, generate_series(1, 3) v
       )
       INSERT INTO goal_roll_up_source (parent_goal_id, parent_hub_id, child_goal_id, child_hub_id, weight)
       SELECT $2, $1, id, hub_id, 1 FROM goals`,
      [parent.id, parentGoal.id, parent.ownerOrg.id],
    );
    const goal = await goalOf(parent, parentGoal.id);
    // each child's latest verified value is 1 (observed most recently)
    expect(goal.rollUp).toMatchObject({ value: 1, childCount: 1000, reportedCount: 1000 });
  });

  it('shows each member hub’s contribution in the parent’s board pack and digests', async () => {
    const parent = await newHub();
    const [north, south] = [await newHub(), await newHub()];
    const parentGoal = await rollingUpGoal(parent, 'sum', { title: 'Doses delivered' });
    for (const [child, value] of [
      [north, 40],
      [south, 25],
    ] as const) {
      await link(child, parent);
      const childGoal = await newGoal(child);
      await mapGoal(child, childGoal.id, parentGoal.id).expect(200);
      await verified(child, childGoal.id, value);
    }

    const review = await ctx.http
      .post(`/api/hubs/${parent.id}/reviews`)
      .set(parent.owner.auth)
      .send({ title: 'Quarterly review', scheduledFor: new Date(Date.now() + 7 * 86_400_000).toISOString() })
      .expect(201);
    const packed = review.body.pack.goals.find((g: { id: string }) => g.id === parentGoal.id);
    expect(packed.rollUp).toMatchObject({
      method: 'sum',
      value: 65,
      contributions: [
        { childHub: { id: north.id }, value: 40 },
        { childHub: { id: south.id }, value: 25 },
      ],
    });

    const preview = await ctx.http
      .get(`/api/hubs/${parent.id}/digests/preview?role=secretariat&cadence=weekly`)
      .set(parent.owner.auth)
      .expect(200);
    const memberHubs = preview.body.content.sections.find((s: { key: string }) => s.key === 'member_hubs');
    expect(memberHubs.items).toEqual([
      `Doses delivered: 65 %, sum of 2 of 2 member hubs (${north.name} 40 %; ${south.name} 25 %)`,
    ]);
  });

  it('rates a parent on its rolled-up progress, saying how much of it comes from its member hubs', async () => {
    const [parent, child] = [await newHub(), await newHub()];
    await link(child, parent);
    const parentGoal = await rollingUpGoal(parent, 'sum');
    const childGoal = await newGoal(child);
    await mapGoal(child, childGoal.id, parentGoal.id).expect(200);
    await verified(child, childGoal.id, 50);
    await new RatingsComputeService(ctx.ds, new RatingInputLoader(ctx.ds, new RollUpReader(ctx.ds))).recompute(
      new Date(),
    );
    const rated = (await ctx.http.get(`/api/ratings/hubs/${parent.id}`).set(parent.owner.auth).expect(200))
      .body as HubRatingsDto;
    const progress = rated.ratings[0]!.components.find((c) => c.name === 'progress')!;
    expect(progress.score).toBe(50);
    expect(progress.explanation).toContain("1 of them roll up member hubs' goals, which make 100 % of that progress");
  });
});
