import type { BoardCompositionDto, BoardSeatDto, HubEventDto, ResolutionDto } from '@hubspoke/contracts';
import { ResolutionsService } from '../../src/modules/board/resolutions.service';
import { createTestApp, type TestContext, type TestHub, type TestMember } from '../support/test-app';

describe('board governance: seats, rules, resolutions and votes', () => {
  let ctx: TestContext;
  let hub: TestHub;
  let board: TestMember[];
  let alternate: TestMember;
  let member: TestMember;
  let seats: BoardSeatDto[];

  const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();
  const seatBody = (holder: TestMember, fields: object = {}) => ({
    title: `Seat of ${holder.org.name}`,
    kind: 'representative',
    constituency: 'public',
    holderMemberId: holder.memberId,
    ...fields,
  });
  const propose = (title = 'Approve the 2027 plan') =>
    ctx.http
      .post(`/api/hubs/${hub.id}/resolutions`)
      .set(hub.owner.auth)
      .send({ title, motion: 'The board approves the plan.', deadline: inAnHour() });
  const vote = (resolution: ResolutionDto, who: TestMember, choice: string, seatId?: string) =>
    ctx.http
      .post(`/api/hubs/${hub.id}/resolutions/${resolution.id}/votes`)
      .set(who.user.auth)
      .send({ choice, ...(seatId ? { seatId } : {}) });

  beforeAll(async () => {
    ctx = await createTestApp();
    hub = await ctx.newHub();
    board = [
      await ctx.newMember(hub, 'board', { org: await ctx.newOrg({ sector: 'government' }) }),
      await ctx.newMember(hub, 'board', { org: await ctx.newOrg({ sector: 'corporation' }) }),
      await ctx.newMember(hub, 'board', { org: await ctx.newOrg({ sector: 'ngo' }) }),
    ];
    alternate = await ctx.newMember(hub, 'board');
    member = await ctx.newMember(hub, 'member');
  });
  afterAll(() => ctx.close());

  it('lets the secretariat seat board members, with an alternate, and shows the balance', async () => {
    const constituencies = ['public', 'private', 'civic'];
    seats = [];
    for (const [i, holder] of board.entries()) {
      const extra = i === 0 ? { alternateMemberId: alternate.memberId } : {};
      const res = await ctx.http
        .post(`/api/hubs/${hub.id}/board/seats`)
        .set(hub.owner.auth)
        .send(seatBody(holder, { constituency: constituencies[i], ...extra }))
        .expect(201);
      seats.push(res.body);
    }
    expect(seats[0]!.alternate?.memberId).toBe(alternate.memberId);
    const composition = (await ctx.http.get(`/api/hubs/${hub.id}/board`).set(member.user.auth).expect(200))
      .body as BoardCompositionDto;
    expect(composition.byConstituency).toEqual({ public: 1, private: 1, civic: 1, hub: 0 });
    expect(composition.bySector).toEqual({ government: 1, corporation: 1, ngo: 1 });
    expect(composition.rules).toEqual({ quorum: 0.5, majority: 'simple' });
  });

  it('refuses seats for non-board members, a second seat for one holder, and non-secretariat editors', async () => {
    const post = (body: object, auth = hub.owner.auth) =>
      ctx.http.post(`/api/hubs/${hub.id}/board/seats`).set(auth).send(body);
    const notBoard = await post(seatBody(member)).expect(400);
    expect(notBoard.body.details.holderMemberId).toEqual(['must be an active board member of this hub']);
    const twice = await post(seatBody(board[0]!)).expect(400);
    expect(twice.body.details.holderMemberId).toEqual(['already holds a seat']);
    await post(seatBody(alternate), board[0]!.user.auth).expect(403);
    const stale = await ctx.http
      .patch(`/api/hubs/${hub.id}/board/seats/${seats[1]!.id}`)
      .set(hub.owner.auth)
      .send({ version: 9, title: 'Late' })
      .expect(409);
    expect(stale.body.current).toMatchObject({ id: seats[1]!.id, version: 1 });
  });

  it('decides by the rules set: two thirds, with the alternate voting only when the holder does not', async () => {
    await ctx.http
      .put(`/api/hubs/${hub.id}/board/rules`)
      .set(hub.owner.auth)
      .send({ quorum: 2 / 3, majority: 'two_thirds' })
      .expect(200);
    const resolution = (await propose().expect(201)).body as ResolutionDto;
    expect(resolution).toMatchObject({ status: 'open', rules: { quorum: 2 / 3, majority: 'two_thirds' } });

    await vote(resolution, alternate, 'against').expect(200);
    await vote(resolution, member, 'for').expect(403);
    await vote(resolution, { ...member, user: hub.owner } as TestMember, 'for').expect(403);
    let state = (await vote(resolution, board[0]!, 'for').expect(200)).body as ResolutionDto;
    // the holder's vote counts for seat 1 rather than the alternate's, which stays on record; 1 of 3 decides nothing
    expect(state.tally).toMatchObject({ voted: 1, for: 1, against: 0, quorumSeats: 2, status: 'undecided' });
    expect(state.votes).toEqual([
      expect.objectContaining({ seatId: seats[0]!.id, castBy: 'alternate', choice: 'against', counts: false }),
      expect.objectContaining({ seatId: seats[0]!.id, castBy: 'holder', choice: 'for', counts: true }),
    ]);
    state = (await vote(resolution, board[1]!, 'against').expect(200)).body;
    expect(state.status).toBe('open');
    state = (await vote(resolution, board[2]!, 'for').expect(200)).body;
    // every holder has voted: decided at once, 2 of 3 for meets two thirds
    expect(state).toMatchObject({
      status: 'passed',
      tally: { for: 2, against: 1, quorumMet: true, majorityMet: true, status: 'passed' },
    });
    await vote(resolution, board[1]!, 'for').expect(409);

    const events = await ctx.http.get(`/api/hubs/${hub.id}/events?limit=100`).set(member.user.auth);
    const types = events.body.items
      .filter((e: HubEventDto) => e.entityId === resolution.id)
      .map((e: HubEventDto) => e.type);
    expect(types).toEqual([
      'resolution.proposed',
      'resolution.voted',
      'resolution.voted',
      'resolution.voted',
      'resolution.closed',
    ]);
  });

  it('decides at the deadline, once, and records no quorum when too few voted', async () => {
    const resolution = (await propose('A vote nobody casts').expect(201)).body as ResolutionDto;
    await vote(resolution, board[0]!, 'for').expect(200);
    await ctx.ds.query(`UPDATE resolution SET deadline = now() - interval '1 second' WHERE id = $1`, [resolution.id]);
    const service = ctx.app.get(ResolutionsService);
    const [first, second] = await Promise.all([service.closeDue(), service.closeDue()]);
    expect(first + second).toBe(1);
    const read = async () =>
      (await ctx.http.get(`/api/hubs/${hub.id}/resolutions/${resolution.id}`).set(member.user.auth).expect(200))
        .body as ResolutionDto;
    const closed = await read();
    expect(closed).toMatchObject({
      status: 'no_quorum',
      tally: { voted: 1, quorumSeats: 2, quorumMet: false, status: 'undecided' },
    });
    // a tally frozen before it had a status and a quorum in seats reads the same
    await ctx.ds.query(
      `UPDATE resolution SET final_tally = final_tally #- '{tally,status}' #- '{tally,quorumSeats}' WHERE id = $1`,
      [resolution.id],
    );
    expect((await read()).tally).toEqual(closed.tally);
    await vote(resolution, board[1]!, 'for').expect(409);
  });

  it('lets the secretariat withdraw an open resolution, and lists resolutions by status', async () => {
    const resolution = (await propose('To be withdrawn').expect(201)).body as ResolutionDto;
    await ctx.http
      .post(`/api/hubs/${hub.id}/resolutions/${resolution.id}/withdraw`)
      .set(board[0]!.user.auth)
      .expect(403);
    const withdrawn = await ctx.http
      .post(`/api/hubs/${hub.id}/resolutions/${resolution.id}/withdraw`)
      .set(hub.owner.auth)
      .expect(200);
    expect(withdrawn.body.status).toBe('withdrawn');
    const list = await ctx.http
      .get(`/api/hubs/${hub.id}/resolutions?status=withdrawn`)
      .set(member.user.auth)
      .expect(200);
    expect(list.body.items.map((r: ResolutionDto) => r.title)).toEqual(['To be withdrawn']);
    const past = new Date(Date.now() - 1000).toISOString();
    await ctx.http
      .post(`/api/hubs/${hub.id}/resolutions`)
      .set(hub.owner.auth)
      .send({ title: 'Too late', motion: 'x', deadline: past })
      .expect(400);
  });
});
