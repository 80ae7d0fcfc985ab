import { startApiInstances, type ApiInstance } from '../support/api-instances';
import { apiAs, expectConverged, startListener, type Listener } from '../support/hub-listeners';
import { OwnRedis } from '../support/redis-server';
import { databaseUrl } from '../support/services';
import { eventually } from '../support/sockets';
import { sleep } from '../support/wait';
import { createTestApp, type TestContext } from '../support/test-app';

/** Redis dies and comes back while members write: nothing crashes, HTTP keeps working, every client converges. */
describe('Redis outage', () => {
  let ctx: TestContext;
  let redis: OwnRedis;
  let apis: ApiInstance[];
  const listeners: Listener[] = [];
  beforeAll(async () => {
    ctx = await createTestApp();
    redis = await OwnRedis.start();
    apis = await startApiInstances(2, databaseUrl(ctx.databaseName), { REDIS_URL: redis.url });
  }, 40_000);
  afterAll(async () => {
    listeners.forEach((l) => l.client.close());
    await Promise.all((apis ?? []).map((api) => api.stop()));
    await redis?.kill();
    await ctx?.close();
  });

  it('killed and restarted during writes: no process crashes and every client converges within 30 s', async () => {
    const hub = await ctx.newHub();
    const writers = [
      hub.owner,
      ...(await Promise.all([1, 2].map(() => ctx.newMember(hub, 'member')))).map((m) => m.user),
    ];
    const removed = await ctx.newMember(hub, 'observer');
    listeners.push(
      ...(await Promise.all(Array.from({ length: 10 }, (_, i) => startListener(apis[i % 2]!.url, hub.owner, hub.id)))),
    );
    // Listens on the instance that does not commit the removal, which happens while Redis is away.
    const gone = await startListener(apis[1]!.url, removed.user, hub.id);
    listeners.push(gone);
    const goneNotices: unknown[] = [];
    gone.client.socket.on('hub:removed', (notice) => goneNotices.push(notice));

    const statuses: number[] = [];
    let writing = true;
    const writing$ = Promise.all(
      writers.map(async (writer, w) => {
        const call = apiAs(writer);
        for (let i = 0; writing; i++) {
          const res = await call(apis[(w + i) % 2]!.url, 'POST', `/api/hubs/${hub.id}/tasks`, { title: `w${w} ${i}` });
          statuses.push(res.status);
          await sleep(30);
        }
      }),
    );
    await sleep(1000);
    await redis.kill();
    await sleep(1500);
    const removal = await apiAs(hub.owner)(apis[0]!.url, 'DELETE', `/api/hubs/${hub.id}/members/${removed.memberId}`);
    expect(removal.status).toBe(204);
    await sleep(1500);
    await redis.start();
    await sleep(2000);
    writing = false;
    await writing$;

    expect(statuses.length).toBeGreaterThan(30);
    expect(statuses.every((s) => s === 201)).toBe(true);
    const members = listeners.filter((l) => l !== gone);
    await expectConverged(ctx.ds, members, 30_000);
    // Its instance missed the removal while Redis was away, and evicts it once Redis is back.
    await eventually(() => expect(goneNotices).toEqual([{ hubId: hub.id, reason: 'removed' }]), 10_000);
    const seenByGone = gone.live.size;
    for (const api of apis) {
      expect((await apiAs(hub.owner)(api.url, 'POST', `/api/hubs/${hub.id}/tasks`, { title: 'after' })).status).toBe(
        201,
      );
    }
    await expectConverged(ctx.ds, members);
    expect(gone.live.size).toBe(seenByGone);
    for (const api of apis) expect(api.exited()).toBeUndefined();
  }, 60_000);
});
