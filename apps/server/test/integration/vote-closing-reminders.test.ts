import type { TestingModule } from '@nestjs/testing';
import { VoteClosingReminders } from '../../src/modules/notifications/vote-closing-reminders';
import { startWorker } from '../support/digest-worker';
import { createTestApp, type TestContext, type TestHub, type TestMember } from '../support/test-app';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** "Vote closing within 24 h without your vote": the worker's reminders, once per resolution and person. */
describe('vote-closing reminders', () => {
  let ctx: TestContext;
  let worker: TestingModule;
  let reminders: VoteClosingReminders;
  let hub: TestHub;
  let voted: TestMember;
  let silent: TestMember;
  let alternate: TestMember;
  let quietHolder: TestMember;
  let quietAlternate: TestMember;
  let removed: TestMember;

  beforeAll(async () => {
    ctx = await createTestApp();
    worker = await startWorker();
    reminders = worker.get(VoteClosingReminders);
    hub = await ctx.newHub();
    [voted, silent, alternate, quietHolder, quietAlternate, removed] = await Promise.all(
      Array.from({ length: 6 }, () => ctx.newMember(hub, 'board')),
    );
    const seat = (holder: TestMember, alt: TestMember | null) =>
      ctx.http
        .post(`/api/hubs/${hub.id}/board/seats`)
        .set(hub.owner.auth)
        .send({
          title: `Seat of ${holder.user.name}`,
          kind: 'representative',
          constituency: 'civic',
          holderMemberId: holder.memberId,
          alternateMemberId: alt?.memberId ?? null,
        })
        .expect(201);
    // the holder votes; the alternate of a seat with no vote and its holder are reminded
    await seat(voted, alternate);
    await seat(quietHolder, quietAlternate);
    await seat(silent, null);
    await seat(removed, null);
  });
  afterAll(async () => {
    await worker?.close();
    await ctx?.close();
  });

  /** A resolution proposed `openedDaysAgo` days ago that closes in `closesInHours` hours. */
  const resolution = async (openedDaysAgo: number, closesInHours: number) => {
    const res = await ctx.http
      .post(`/api/hubs/${hub.id}/resolutions`)
      .set(hub.owner.auth)
      .send({ title: `Motion ${Math.random()}`, motion: 'So moved.', deadline: inDays(30) })
      .expect(201);
    await ctx.ds.query(
      `UPDATE resolution SET created_at = now() - make_interval(days => $2), deadline = now() + make_interval(hours => $3)
        WHERE id = $1`,
      [res.body.id, openedDaysAgo, closesInHours],
    );
    return res.body.id as string;
  };
  const reminded = async (resolutionId: string) =>
    (
      await ctx.ds.query(
        `SELECT m.id FROM notification n JOIN hub_member m ON m.user_id = n.user_id AND m.hub_id = n.hub_id
          WHERE n.type = 'vote_closing' AND n.entity_id = $1 ORDER BY m.id`,
        [resolutionId],
      )
    ).map((r: { id: string }) => r.id);

  it('reminds the holders who have not voted, and an alternate whose seat has no vote; once', async () => {
    const id = await resolution(3, 20);
    await ctx.http
      .post(`/api/hubs/${hub.id}/resolutions/${id}/votes`)
      .set(voted.user.auth)
      .send({ choice: 'for' })
      .expect(200);
    await ctx.http.delete(`/api/hubs/${hub.id}/members/${removed.memberId}`).set(hub.owner.auth).expect(204);
    await reminders.remind();
    await reminders.remind();
    expect(await reminded(id)).toEqual([silent.memberId, quietHolder.memberId, quietAlternate.memberId].sort());
    const [n] = await ctx.ds.query(`SELECT title, body, payload FROM notification WHERE type = 'vote_closing' LIMIT 1`);
    expect(n).toMatchObject({
      title: 'Your vote is missing: voting closes within 24 hours',
      payload: { resolutionId: expect.any(String) },
    });
  });

  it('waits until the last 24 hours, and lets short votes and closed ones be', async () => {
    const later = await resolution(3, 30);
    const short = await resolution(0, 20);
    const closed = await resolution(3, 20);
    await ctx.http.post(`/api/hubs/${hub.id}/resolutions/${closed}/withdraw`).set(hub.owner.auth).expect(200);
    await reminders.remind();
    expect(await reminded(later)).toEqual([]);
    expect(await reminded(short)).toEqual([]);
    expect(await reminded(closed)).toEqual([]);
  });
});
