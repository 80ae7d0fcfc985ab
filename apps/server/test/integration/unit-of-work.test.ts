import type { HubEventDto } from '@hubspoke/contracts';
import { UnitOfWork } from '../../src/infra/database/unit-of-work';
import { HubEventBus } from '../../src/modules/activity/hub-event.bus';
import { createTestApp, type TestContext } from '../support/test-app';

describe('UnitOfWork and seq allocation', () => {
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

  const emitOne = (hubId: string, entityId: string) =>
    uow.run((tx) => tx.emit({ hubId, type: 'task.updated', actorId: null, entityId, payload: { n: entityId } }));

  it('gives concurrent transactions of one hub consecutive seqs, without gaps or duplicates', async () => {
    const hub = await ctx.newHub();
    const results = await Promise.all(Array.from({ length: 40 }, () => emitOne(hub.id, hub.id)));
    expect(results.map((e) => e.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    const [{ last_seq }] = await ctx.ds.query(`SELECT last_seq FROM hub WHERE id = $1`, [hub.id]);
    expect(Number(last_seq)).toBe(40);
    const rows = await ctx.ds.query(`SELECT seq FROM hub_event WHERE hub_id = $1 ORDER BY seq`, [hub.id]);
    expect(rows.map((r: { seq: string }) => Number(r.seq))).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(published).toHaveLength(40);
  });

  it('numbers each hub on its own', async () => {
    const [a, b] = await Promise.all([ctx.newHub(), ctx.newHub()]);
    await emitOne(a.id, a.id);
    await emitOne(a.id, a.id);
    const first = await emitOne(b.id, b.id);
    expect(first.seq).toBe(1);
  });

  it('a rolled-back transaction leaves no event, no seq and publishes nothing', async () => {
    const hub = await ctx.newHub();
    await emitOne(hub.id, hub.id);
    await expect(
      uow.run(async (tx) => {
        await tx.emit({ hubId: hub.id, type: 'task.updated', actorId: null, entityId: hub.id, payload: {} });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const [{ last_seq }] = await ctx.ds.query(`SELECT last_seq FROM hub WHERE id = $1`, [hub.id]);
    expect(Number(last_seq)).toBe(1);
    expect(published.map((e) => e.seq)).toEqual([1]);
    expect((await emitOne(hub.id, hub.id)).seq).toBe(2);
  });

  it('publishes only after commit, in seq order within a transaction', async () => {
    const hub = await ctx.newHub();
    let seenInside = -1;
    await uow.run(async (tx) => {
      await tx.emit({ hubId: hub.id, type: 'task.created', actorId: null, entityId: hub.id, payload: {} });
      await tx.emit({ hubId: hub.id, type: 'task.updated', actorId: null, entityId: hub.id, payload: {} });
      seenInside = published.length;
    });
    expect(seenInside).toBe(0);
    expect(published.map((e) => [e.seq, e.type])).toEqual([
      [1, 'task.created'],
      [2, 'task.updated'],
    ]);
  });
});
