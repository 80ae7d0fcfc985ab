import { JwtService } from '@nestjs/jwt';
import { MAX_CATCH_UP_EVENTS, type TaskDto } from '@hubspoke/contracts';
import { startApiInstance, startApiInstances, type ApiInstance } from '../support/api-instances';
import { apiAs, dbLastSeq, expectConverged, startListener, type Listener } from '../support/hub-listeners';
import { databaseUrl } from '../support/services';
import { eventually } from '../support/sockets';
import { createTestApp, type TestContext, type TestHub } from '../support/test-app';

/** A client that was away, for seconds or for long, converges to the database through seq catch-up. */
describe('reconnects', () => {
  let ctx: TestContext;
  let apis: ApiInstance[];
  const listeners: Listener[] = [];
  beforeAll(async () => {
    ctx = await createTestApp();
    apis = await startApiInstances(2, databaseUrl(ctx.databaseName));
  }, 40_000);
  afterEach(() => listeners.splice(0).forEach((l) => l.client.close()));
  afterAll(async () => {
    await Promise.all((apis ?? []).map((api) => api.stop()));
    await ctx?.close();
  });

  const writeTasks = async (hub: TestHub, count: number, from = 0) => {
    const owner = apiAs(hub.owner);
    for (let i = 0; i < count; i++) {
      const res = await owner(apis[i % 2]!.url, 'POST', `/api/hubs/${hub.id}/tasks`, { title: `Task ${from + i}` });
      expect(res.status).toBe(201);
    }
  };
  const disconnected = (l: Listener) => new Promise((resolve) => l.client.socket.once('disconnect', resolve));

  it('after a short network drop the client rejoins with sinceSeq and converges', async () => {
    const hub = await ctx.newHub();
    const l = await startListener(apis[0]!.url, hub.owner, hub.id);
    listeners.push(l, await startListener(apis[1]!.url, hub.owner, hub.id));
    await writeTasks(hub, 3);
    await expectConverged(ctx.ds, listeners);
    const dropped = disconnected(l);
    l.client.socket.io.engine.close(); // the transport dies; socket.io reconnects by itself
    await dropped;
    await writeTasks(hub, 5, 3);
    await expectConverged(ctx.ds, listeners);
    expect([6, 7, 8].some((seq) => !l.live.has(seq))).toBe(true); // some came with the join reply
  });

  it('after an api instance restarts, its clients reconnect to it and converge', async () => {
    const hub = await ctx.newHub();
    const port = new URL(apis[1]!.url).port;
    listeners.push(...(await Promise.all([0, 1, 2, 3].map((i) => startListener(apis[i % 2]!.url, hub.owner, hub.id)))));
    await writeTasks(hub, 2);
    await apis[1]!.stop();
    const owner = apiAs(hub.owner);
    for (let i = 0; i < 4; i++) {
      expect(
        (await owner(apis[0]!.url, 'POST', `/api/hubs/${hub.id}/tasks`, { title: `While down ${i}` })).status,
      ).toBe(201);
    }
    apis[1] = await startApiInstance(databaseUrl(ctx.databaseName), { PORT: port });
    await writeTasks(hub, 2, 10);
    await expectConverged(ctx.ds, listeners, 20_000);
  }, 40_000);

  it('a client back after a long absence catches up from the HubEvent table, or resyncs when too far behind', async () => {
    const hub = await ctx.newHub();
    const first = await startListener(apis[0]!.url, hub.owner, hub.id);
    await writeTasks(hub, 2);
    await eventually(() => expect(first.lastSeq).toBe(2));
    first.client.close();
    await writeTasks(hub, 20, 2);
    const back = await startListener(apis[1]!.url, hub.owner, hub.id, { resume: first });
    listeners.push(back);
    await expectConverged(ctx.ds, [back]);
    expect(back.live.size).toBe(0);

    back.client.close();
    await ctx.ds.query(
      `WITH bump AS (UPDATE hub SET last_seq = last_seq + $2 WHERE id = $1 RETURNING last_seq)
       INSERT INTO hub_event (hub_id, seq, type, actor_id, entity_id, payload)
       SELECT $1, s, 'hub.updated', NULL, $1, '{}' FROM bump, generate_series(bump.last_seq - $2 + 1, bump.last_seq) s`,
      [hub.id, MAX_CATCH_UP_EVENTS + 1],
    );
    await writeTasks(hub, 1, 22);
    const refetch = async (l: Listener) => {
      const res = await apiAs(hub.owner)(apis[0]!.url, 'GET', `/api/hubs/${hub.id}/tasks?limit=100`);
      l.tasks = new Map((res.body.items as TaskDto[]).map((t) => [t.id, t]));
    };
    const resynced = await startListener(apis[0]!.url, hub.owner, hub.id, { resume: back, onResync: refetch });
    listeners.push(resynced);
    const lastSeq = await dbLastSeq(ctx.ds, hub.id);
    expect(resynced.resyncs).toEqual([lastSeq]);
    await writeTasks(hub, 2, 23);
    await eventually(() => expect(resynced.client.lastSeq(hub.id)).toBe(lastSeq + 2));
    expect(resynced.seqs.slice(-2)).toEqual([lastSeq + 1, lastSeq + 2]);
    expect(resynced.tasks.size).toBe(25);
  });

  it('renews an expired session with the refresh callback, reconnects and catches up', async () => {
    const hub = await ctx.newHub();
    const jwt = ctx.app.get(JwtService);
    const sign = (expiresIn: number) => jwt.sign({ sub: hub.owner.id, email: hub.owner.email }, { expiresIn });
    // long enough for the connection and the join to finish first on a loaded machine
    let token = sign(5);
    let refreshes = 0;
    const l = await startListener(apis[0]!.url, hub.owner, hub.id, {
      getToken: () => token,
      refreshToken: async () => {
        refreshes++;
        token = sign(600);
      },
    });
    listeners.push(l);
    const expired = new Promise((resolve) => l.client.socket.once('session:expired', resolve));
    await expired;
    await writeTasks(hub, 3);
    await expectConverged(ctx.ds, [l]);
    expect(refreshes).toBe(1);
    expect(l.client.socket.connected).toBe(true);
  });
});
