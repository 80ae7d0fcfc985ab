import type { BoardSeatDto, ResolutionDto, VoteRecordDto } from '@hubspoke/contracts';
import { ResolutionsService } from '../../src/modules/board/resolutions.service';
import { createTestApp, type TestContext, type TestHub, type TestMember } from '../support/test-app';

describe('votes are records: a cast vote keeps its seat and voter, a closed tally stays as decided', () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(() => ctx.close());

  interface Board {
    hub: TestHub;
    holders: TestMember[];
    seats: BoardSeatDto[];
  }

  const addSeat = async (hub: TestHub, holder: TestMember, title: string): Promise<BoardSeatDto> =>
    (
      await ctx.http
        .post(`/api/hubs/${hub.id}/board/seats`)
        .set(hub.owner.auth)
        .send({ title, kind: 'representative', constituency: 'public', holderMemberId: holder.memberId })
        .expect(201)
    ).body;

  /** A hub whose board has `size` seats ("Seat 1"…), each held by a board member of an organization of their own. */
  const newBoard = async (size: number): Promise<Board> => {
    const hub = await ctx.newHub();
    const board: Board = { hub, holders: [], seats: [] };
    for (let i = 1; i <= size; i++) {
      const holder = await ctx.newMember(hub, 'board');
      board.holders.push(holder);
      board.seats.push(await addSeat(hub, holder, `Seat ${i}`));
    }
    return board;
  };

  const editSeat = (hub: TestHub, seat: BoardSeatDto, fields: object) =>
    ctx.http
      .patch(`/api/hubs/${hub.id}/board/seats/${seat.id}`)
      .set(hub.owner.auth)
      .send({ version: seat.version, ...fields })
      .expect(200);

  const removeSeat = (hub: TestHub, seat: BoardSeatDto) =>
    ctx.http
      .delete(`/api/hubs/${hub.id}/board/seats/${seat.id}?version=${seat.version}`)
      .set(hub.owner.auth)
      .expect(204);

  const propose = async (hub: TestHub, title: string): Promise<ResolutionDto> =>
    (
      await ctx.http
        .post(`/api/hubs/${hub.id}/resolutions`)
        .set(hub.owner.auth)
        .send({ title, motion: 'The board decides.', deadline: new Date(Date.now() + 3_600_000).toISOString() })
        .expect(201)
    ).body;

  const vote = async (hub: TestHub, resolution: ResolutionDto, who: TestMember, choice: string) =>
    (
      await ctx.http
        .post(`/api/hubs/${hub.id}/resolutions/${resolution.id}/votes`)
        .set(who.user.auth)
        .send({ choice })
        .expect(200)
    ).body as ResolutionDto;

  const read = async (hub: TestHub, resolution: ResolutionDto): Promise<ResolutionDto> =>
    (await ctx.http.get(`/api/hubs/${hub.id}/resolutions/${resolution.id}`).set(hub.owner.auth).expect(200)).body;

  /** The record of a vote by the holder of `seat`, as it was when they cast it. */
  const castByHolder = (seat: BoardSeatDto, holder: TestMember, choice: string) => ({
    seat: { title: seat.title, kind: seat.kind, constituency: seat.constituency },
    voter: {
      memberId: holder.memberId,
      userId: holder.user.id,
      name: holder.user.name,
      organization: { id: holder.org.id, name: holder.org.name },
    },
    castBy: 'holder',
    choice,
  });

  it('keeps a vote, with its seat and holder as they were, when the seat is removed; the record lists it', async () => {
    const { hub, holders, seats } = await newBoard(3);
    const resolution = await propose(hub, 'Adopt the annual plan');
    const cast = (await vote(hub, resolution, holders[0]!, 'against')).votes;
    expect(cast).toEqual([
      expect.objectContaining({
        ...castByHolder(seats[0]!, holders[0]!, 'against'),
        seatId: seats[0]!.id,
        counts: true,
      }),
    ]);

    await removeSeat(hub, seats[0]!);

    const after = await read(hub, resolution);
    // still open: the removed seat's vote stays on record but counts no more, as the seat no longer counts either
    expect(after.votes).toEqual([{ ...cast[0]!, seatId: null, counts: false }]);
    expect(after.tally).toMatchObject({ seats: 2, voted: 0, against: 0 });
    const [{ rows }] = await ctx.ds.query(`SELECT count(*)::int AS rows FROM vote WHERE resolution_id = $1`, [
      resolution.id,
    ]);
    expect(rows).toBe(1);
  });

  it('keeps the holder who cast a vote when the seat changes hands and the holder leaves the hub', async () => {
    const { hub, holders, seats } = await newBoard(2);
    const successor = await ctx.newMember(hub, 'board');
    const resolution = await propose(hub, 'Fund the cold chain');
    const [cast] = (await vote(hub, resolution, holders[0]!, 'for')).votes as [VoteRecordDto];

    await editSeat(hub, seats[0]!, { holderMemberId: successor.memberId, title: 'Renamed seat' });
    await ctx.http.delete(`/api/hubs/${hub.id}/members/${holders[0]!.memberId}`).set(hub.owner.auth).expect(204);

    // cast by the holder of the day, it stands for the seat until its new holder votes
    expect((await read(hub, resolution)).votes).toEqual([cast]);
    expect(cast).toMatchObject({ ...castByHolder(seats[0]!, holders[0]!, 'for'), counts: true });

    const state = await vote(hub, resolution, successor, 'against');
    expect(state.votes).toEqual([
      { ...cast, counts: false },
      expect.objectContaining({
        ...castByHolder({ ...seats[0]!, title: 'Renamed seat' }, successor, 'against'),
        seatId: seats[0]!.id,
        counts: true,
      }),
    ]);
    expect(state.tally).toMatchObject({ voted: 1, for: 0, against: 1 });
  });

  it("does not change a closed resolution's tally when seats are then removed, added or change hands", async () => {
    const { hub, holders, seats } = await newBoard(3);
    // decided once every holder voted; closed by the secretariat; decided at the deadline; withdrawn
    const unanimous = await propose(hub, 'Decided by every seat');
    await vote(hub, unanimous, holders[0]!, 'for');
    await vote(hub, unanimous, holders[1]!, 'for');
    await vote(hub, unanimous, holders[2]!, 'against');
    const closedEarly = await propose(hub, 'Closed by the secretariat');
    await vote(hub, closedEarly, holders[0]!, 'for');
    await vote(hub, closedEarly, holders[1]!, 'abstain');
    await ctx.http.post(`/api/hubs/${hub.id}/resolutions/${closedEarly.id}/close`).set(hub.owner.auth).expect(200);
    const atDeadline = await propose(hub, 'Decided at the deadline');
    await vote(hub, atDeadline, holders[0]!, 'for');
    await vote(hub, atDeadline, holders[1]!, 'for');
    await ctx.ds.query(`UPDATE resolution SET deadline = now() - interval '1 second' WHERE id = $1`, [atDeadline.id]);
    expect(await ctx.app.get(ResolutionsService).closeDue()).toBe(1);
    const withdrawn = await propose(hub, 'Withdrawn');
    await vote(hub, withdrawn, holders[0]!, 'against');
    await ctx.http.post(`/api/hubs/${hub.id}/resolutions/${withdrawn.id}/withdraw`).set(hub.owner.auth).expect(200);
    const closed = [unanimous, closedEarly, atDeadline, withdrawn];

    const before = await Promise.all(closed.map((r) => read(hub, r)));
    expect(before.map((r) => [r.status, r.tally.for, r.tally.against, r.tally.abstain, r.tally.seats])).toEqual([
      ['passed', 2, 1, 0, 3],
      ['passed', 1, 0, 1, 3],
      ['passed', 2, 0, 0, 3],
      ['withdrawn', 0, 1, 0, 3],
    ]);
    expect(before[0]!.closingSeats).toEqual(
      seats.map((s) => ({ id: s.id, title: s.title, kind: s.kind, constituency: s.constituency })),
    );

    await removeSeat(hub, seats[0]!);
    await addSeat(hub, await ctx.newMember(hub, 'board'), 'Seat added later');
    const successor = await ctx.newMember(hub, 'board');
    await editSeat(hub, seats[1]!, { holderMemberId: successor.memberId, title: 'Seat 2, renamed' });

    const after = await Promise.all(closed.map((r) => read(hub, r)));
    // only the link to the removed seat goes; the vote keeps the seat as it was
    const unlinked = (r: ResolutionDto) => ({
      ...r,
      votes: r.votes.map((v) => ({ ...v, seatId: v.seatId === seats[0]!.id ? null : v.seatId })),
    });
    expect(after).toEqual(before.map(unlinked));
    const listed = await ctx.http.get(`/api/hubs/${hub.id}/resolutions?limit=10`).set(holders[2]!.user.auth);
    expect(listed.body.items.filter((r: ResolutionDto) => r.status !== 'open')).toEqual([...after].reverse());
  });
});
