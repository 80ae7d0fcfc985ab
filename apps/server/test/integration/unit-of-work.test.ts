import type { HubEventDto } from '@hubspoke/contracts';
import { DataSource } from 'typeorm';
import { UnitOfWork } from '../../src/modules/activity/unit-of-work';
import { HubEventBus } from '../../src/modules/activity/hub-event.bus';
import { numberHubEvents } from '../../src/modules/activity/number-hub-events';
import { UnnumberedEventSweeper } from '../../src/modules/activity/unnumbered-event.sweeper';
import { createTestApp, type TestContext } from '../support/test-app';

describe('UnitOfWork and seq numbering', () => {
  let ctx: TestContext;
  let uow: UnitOfWork;
  const published: HubEventDto[] = [];

  beforeAll(async () => {
    ctx = await createTestApp();
    uow = ctx.app.get(UnitOfWork);
    ctx.app.get(HubEventBus).events$.subscribe((e) => published.push(e));
  });
  afterAll(() => ctx.close());
  beforeEach(() => {
    published.length = 0;
  });

  const emitOne = (hubId: string, entityId: string, quorum = 0.5) =>
    uow.run((tx) =>
      tx.emit({ hubId, type: 'board.rules_changed', actorId: null, entityId, payload: { quorum, majority: 'simple' } }),
    );
  const seqsOf = async (hubId: string) =>
    (await ctx.ds.query(`SELECT seq FROM hub_event WHERE hub_id = $1 ORDER BY id`, [hubId])).map(
      (r: { seq: string }) => (r.seq === null ? null : Number(r.seq)),
    );
  const lastSeqOf = async (hubId: string) =>
    Number((await ctx.ds.query(`SELECT last_seq FROM hub WHERE id = $1`, [hubId]))[0].last_seq);
  const oneToN = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

  it('numbers concurrent transactions of one hub consecutively before they answer, without gaps or duplicates', async () => {
    const hub = await ctx.newHub();
    await Promise.all(Array.from({ length: 40 }, () => emitOne(hub.id, hub.id)));
    expect(await seqsOf(hub.id)).toEqual(oneToN(40));
    expect(await lastSeqOf(hub.id)).toBe(40);
    expect(published.map((e) => e.seq)).toEqual(oneToN(40));
  });

  it('numbers in the order of the writes: a later change of an entity gets a later seq', async () => {
    const hub = await ctx.newHub();
    for (let n = 1; n <= 5; n++) await emitOne(hub.id, hub.id, n / 10);
    const rows = await ctx.ds.query(`SELECT seq, payload FROM hub_event WHERE hub_id = $1 ORDER BY seq`, [hub.id]);
    expect(rows.map((r: { payload: { quorum: number } }) => r.payload.quorum * 10)).toEqual(oneToN(5));
  });

  it('numbers each hub on its own', async () => {
    const [a, b] = await Promise.all([ctx.newHub(), ctx.newHub()]);
    await emitOne(a.id, a.id);
    await emitOne(a.id, a.id);
    await emitOne(b.id, b.id);
    expect(await seqsOf(b.id)).toEqual([1]);
    expect(await lastSeqOf(a.id)).toBe(2);
  });

  it('a rolled-back transaction leaves no event, no seq and publishes nothing', async () => {
    const hub = await ctx.newHub();
    await emitOne(hub.id, hub.id);
    await expect(
      uow.run(async (tx) => {
        await tx.emit({
          hubId: hub.id,
          type: 'task.deleted',
          actorId: null,
          entityId: hub.id,
          payload: { id: hub.id },
        });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await lastSeqOf(hub.id)).toBe(1);
    expect(published.map((e) => e.seq)).toEqual([1]);
    await emitOne(hub.id, hub.id);
    expect(await seqsOf(hub.id)).toEqual([1, 2]);
  });

  it('publishes only after commit, in seq order within a transaction', async () => {
    const hub = await ctx.newHub();
    let seenInside = -1;
    await uow.run(async (tx) => {
      await tx.emit({ hubId: hub.id, type: 'task.deleted', actorId: null, entityId: hub.id, payload: { id: hub.id } });
      await tx.emit({
        hubId: hub.id,
        type: 'board.rules_changed',
        actorId: null,
        entityId: hub.id,
        payload: { quorum: 0.5, majority: 'simple' },
      });
      seenInside = published.length;
    });
    expect(seenInside).toBe(0);
    expect(published.map((e) => [e.seq, e.type])).toEqual([
      [1, 'task.deleted'],
      [2, 'board.rules_changed'],
    ]);
  });

  it('two instances numbering one hub at once give every event one seq, with no gap', async () => {
    const hub = await ctx.newHub();
    const other = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL, poolSize: 8 });
    await other.initialize();
    try {
      const insert = `INSERT INTO hub_event (hub_id, type, entity_id, payload) VALUES ($1, 'task.updated', $1, '{}')`;
      const numbered = await Promise.all(
        Array.from({ length: 60 }, async (_, i) => {
          const ds = i % 2 ? other : ctx.ds;
          await ds.query(insert, [hub.id]);
          return numberHubEvents(ds.manager, hub.id);
        }),
      );
      const seqs = numbered.flat().map((e) => e.seq);
      expect([...seqs].sort((x, y) => x - y)).toEqual(oneToN(60));
      expect(await lastSeqOf(hub.id)).toBe(60);
    } finally {
      await other.destroy();
    }
  });

  it('the sweeper numbers and publishes the events of a writer that died between its commit and its numbering', async () => {
    const hub = await ctx.newHub();
    await emitOne(hub.id, hub.id);
    await ctx.ds.query(
      `INSERT INTO hub_event (hub_id, type, entity_id, payload) VALUES ($1, 'task.created', $1, '{"orphan":1}'),
                                                                       ($1, 'task.updated', $1, '{"orphan":2}')`,
      [hub.id],
    );
    expect(await seqsOf(hub.id)).toEqual([1, null, null]);
    await ctx.app.get(UnnumberedEventSweeper).sweep(0);
    expect(await seqsOf(hub.id)).toEqual([1, 2, 3]);
    expect(published.map((e) => [e.seq, e.payload])).toEqual([
      [1, { quorum: 0.5, majority: 'simple' }],
      [2, { orphan: 1 }],
      [3, { orphan: 2 }],
    ]);
  });

  it('readers see only numbered events', async () => {
    const hub = await ctx.newHub();
    await emitOne(hub.id, hub.id);
    await ctx.ds.query(
      `INSERT INTO hub_event (hub_id, type, entity_id, payload) VALUES ($1, 'task.created', $1, '{}')`,
      [hub.id],
    );
    const res = await ctx.http.get(`/api/hubs/${hub.id}/events`).set(hub.owner.auth).expect(200);
    expect(res.body.items.map((e: HubEventDto) => e.seq)).toEqual([1]);
    expect(res.body.lastSeq).toBe(1);
  });
});
