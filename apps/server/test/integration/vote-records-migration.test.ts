import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/infra/database/data-source-options';
import { VotesAreRecords1796666546918 } from '../../src/infra/database/migrations/1796666546918-VotesAreRecords';
import { readResolutions } from '../../src/modules/board/resolutions.reader';
import { createTestDatabase } from '../support/test-app';

describe('migration VotesAreRecords on a database with votes', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let ds: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = new DataSource(dataSourceOptions(db.url));
    await ds.initialize();
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  const one = async <T>(sql: string, params: unknown[] = []): Promise<T> => (await ds.query(sql, params))[0];

  /** Undoes migrations down to (and including) VotesAreRecords. */
  const undoVotesAreRecords = async () => {
    const name = new VotesAreRecords1796666546918().name;
    while ((await ds.query(`SELECT 1 FROM migrations WHERE name = $1`, [name])).length > 0) {
      await ds.undoLastMigration();
    }
  };

  it('gives existing votes their seat and voter, and freezes the tallies of closed resolutions', async () => {
    await undoVotesAreRecords();
    // the board as it was before: a seat with an alternate, a plain seat, one decided resolution and one open
    const person = async (hubId: string, name: string, org: string, role = 'board') => {
      const { id: userId } = await one<{ id: string }>(
        `INSERT INTO "user" (email, name, password_hash) VALUES ($1, $2, 'x') RETURNING id`,
        [`${name.replace(' ', '.').toLowerCase()}@example.org`, name],
      );
      const { id: orgId } = await one<{ id: string }>(
        `INSERT INTO organization (name, sector) VALUES ($1, 'ngo') RETURNING id`,
        [org],
      );
      const { id } = await one<{ id: string }>(
        `INSERT INTO hub_member (hub_id, user_id, organization_id, role, status) VALUES ($1, $2, $3, $4, 'active')
         RETURNING id`,
        [hubId, userId, orgId, role],
      );
      return { memberId: id, userId, orgId };
    };
    const { id: hubId } = await one<{ id: string }>(
      `INSERT INTO hub (slug, name, mission, visibility) VALUES ('h', 'Hub', 'm', 'private') RETURNING id`,
    );
    const holder = await person(hubId, 'Hana Holder', 'Norad');
    const alternate = await person(hubId, 'Alex Alternate', 'FCDO');
    const other = await person(hubId, 'Omar Other', 'UNICEF');
    const seat = async (title: string, holderId: string, alternateId: string | null) =>
      (
        await one<{ id: string }>(
          `INSERT INTO board_seat (hub_id, title, kind, constituency, holder_member_id, alternate_member_id)
           VALUES ($1, $2, 'representative', 'public', $3, $4) RETURNING id`,
          [hubId, title, holderId, alternateId],
        )
      ).id;
    const donors = await seat('Donors', holder.memberId, alternate.memberId);
    const agencies = await seat('Agencies', other.memberId, null);
    const resolution = async (status: string) =>
      (
        await one<{ id: string }>(
          `INSERT INTO resolution (hub_id, title, motion, status, quorum, majority, deadline, closed_at)
           VALUES ($1, $2, 'm', $3, 0.5, 'simple', now() + interval '1 day', $4) RETURNING id`,
          [hubId, `A ${status} resolution`, status, status === 'open' ? null : new Date()],
        )
      ).id;
    const decided = await resolution('passed');
    const open = await resolution('open');
    const castVote = (resolutionId: string, seatId: string, castBy: string, choice: string, userId: string) =>
      ds.query(`INSERT INTO vote (resolution_id, seat_id, cast_by, choice, user_id) VALUES ($1, $2, $3, $4, $5)`, [
        resolutionId,
        seatId,
        castBy,
        choice,
        userId,
      ]);
    await castVote(decided, donors, 'alternate', 'against', alternate.userId);
    await castVote(decided, donors, 'holder', 'for', holder.userId);
    await castVote(decided, agencies, 'holder', 'abstain', other.userId);
    await castVote(open, donors, 'alternate', 'for', alternate.userId);

    await ds.runMigrations();

    const [closed, stillOpen] = await readResolutions(ds.manager, hubId, [decided, open]);
    expect(closed!.tally).toEqual({
      seats: 2,
      voted: 2,
      for: 1,
      against: 0,
      abstain: 1,
      quorumSeats: 1,
      quorumMet: true,
      majorityMet: true,
      status: 'passed',
    });
    expect(closed!.closingSeats).toEqual([
      { id: agencies, title: 'Agencies', kind: 'representative', constituency: 'public' },
      { id: donors, title: 'Donors', kind: 'representative', constituency: 'public' },
    ]);
    const record = (v: (typeof closed.votes)[number]) => [
      v.seat.title,
      v.voter.name,
      v.voter.organization.name,
      v.castBy,
      v.counts,
    ];
    expect(closed!.votes.map(record).sort()).toEqual(
      [
        ['Agencies', 'Omar Other', 'UNICEF', 'holder', true],
        ['Donors', 'Alex Alternate', 'FCDO', 'alternate', false],
        ['Donors', 'Hana Holder', 'Norad', 'holder', true],
      ].sort(),
    );
    expect(closed!.votes.find((v) => v.castBy === 'alternate')!.voter).toEqual({
      memberId: alternate.memberId,
      userId: alternate.userId,
      name: 'Alex Alternate',
      organization: { id: alternate.orgId, name: 'FCDO' },
    });
    expect(stillOpen).toMatchObject({ closingSeats: null, tally: { seats: 2, voted: 1, for: 1 } });

    // frozen: removing a seat now leaves the decided tally and its votes
    await ds.query(`DELETE FROM board_seat WHERE id = $1`, [donors]);
    const [afterwards] = await readResolutions(ds.manager, hubId, [decided]);
    expect(afterwards!.tally).toEqual(closed!.tally);
    expect(afterwards!.votes).toHaveLength(3);
    const { closedWithoutTally } = await one<{ closedWithoutTally: number }>(
      `SELECT count(*)::int AS "closedWithoutTally" FROM resolution WHERE status <> 'open' AND final_tally IS NULL`,
    );
    expect(closedWithoutTally).toBe(0);
  });

  it('reverts, dropping only the votes the old shape cannot hold, and applies again', async () => {
    const { votes } = await one<{ votes: number }>(`SELECT count(*)::int AS votes FROM vote WHERE seat_id IS NOT NULL`);
    await undoVotesAreRecords();
    expect(await one(`SELECT count(*)::int AS votes FROM vote`)).toEqual({ votes });
    await ds.runMigrations();
    expect((await ds.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
  });
});
