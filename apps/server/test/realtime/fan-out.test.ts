import type { TaskDto } from '@hubspoke/contracts';
import { startApiInstances, type ApiInstance } from '../support/api-instances';
import { apiAs, expectConverged, startListener, type Listener } from '../support/hub-listeners';
import { connectSocket, recordEvents } from '../support/sockets';
import { sleep } from '../support/wait';
import { createTestApp, type TestContext, type TestHub, type TestMember } from '../support/test-app';
import { databaseUrl } from '../support/services';

/** Two api instances on one database and one Redis: every event reaches every member on either, once, in order. */
describe('fan-out across api instances', () => {
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

  const at = (i: number) => apis[i % apis.length]!.url;

  /** Each writer creates tasks and edits them, alternating instances, all writers at once. */
  async function write(hub: TestHub, writers: TestMember[], perWriter: number): Promise<void> {
    await Promise.all(
      writers.map(async (writer, w) => {
        const call = apiAs(writer.user);
        let task: TaskDto | null = null;
        for (let i = 0; i < perWriter; i++) {
          const url = at(w + i);
          const res: { status: number; body: TaskDto } = task
            ? await call(url, 'PATCH', `/api/hubs/${hub.id}/tasks/${task.id}`, {
                version: task.version,
                title: `w${w} edit ${i}`,
              })
            : await call(url, 'POST', `/api/hubs/${hub.id}/tasks`, { title: `w${w} task ${i}` });
          expect([200, 201]).toContain(res.status);
          task = i % 3 === 2 ? null : res.body;
        }
      }),
    );
  }

  it('every listener on either instance applies every seq exactly once, in order, and ends equal to the database', async () => {
    const hub = await ctx.newHub();
    const writers = [
      { user: hub.owner, org: hub.ownerOrg, memberId: '', role: 'secretariat' as const },
      ...(await Promise.all([1, 2, 3].map(() => ctx.newMember(hub, 'member')))),
    ];
    const readers = await Promise.all(Array.from({ length: 10 }, () => ctx.newMember(hub, 'observer')));
    listeners.push(
      ...(await Promise.all(
        Array.from({ length: 50 }, (_, i) => startListener(at(i), readers[i % readers.length]!.user, hub.id)),
      )),
    );
    await write(hub, writers, 15);
    await expectConverged(ctx.ds, listeners);
    expect(listeners[0]!.seqs).toHaveLength(60);
    // Through the adapter, not through HTTP catch-up: every event arrived live on both instances.
    for (const l of listeners) expect(l.live.size).toBe(60);
  }, 60_000);

  it('a non-member, an anonymous socket and a removed member receive nothing of the hub', async () => {
    const hub = await ctx.newHub();
    const removed = await ctx.newMember(hub, 'member');
    const stays = await ctx.newMember(hub, 'member');
    const outsider = await ctx.newUser();
    await expect(connectSocket(at(0))).rejects.toThrow('unauthorized: missing_token');
    const outsiderSockets = await Promise.all([
      connectSocket(at(0), outsider.token),
      connectSocket(at(1), outsider.token),
    ]);
    const leaked = outsiderSockets.flatMap((s) => recordEvents(s));
    for (const s of outsiderSockets) {
      expect(await s.emitWithAck('hub:join', { hubId: hub.id })).toMatchObject({
        ok: false,
        error: { statusCode: 404 },
      });
    }
    // The removed member listens on the instance that does not commit the removal.
    const gone = await startListener(at(1), removed.user, hub.id);
    const other = await startListener(at(1), stays.user, hub.id);
    listeners.push(gone, other);
    const owner = apiAs(hub.owner);
    expect((await owner(at(0), 'POST', `/api/hubs/${hub.id}/tasks`, { title: 'before' })).status).toBe(201);
    expect((await owner(at(0), 'DELETE', `/api/hubs/${hub.id}/members/${removed.memberId}`)).status).toBe(204);
    for (let i = 0; i < 4; i++) {
      expect((await owner(at(i), 'POST', `/api/hubs/${hub.id}/tasks`, { title: `after ${i}` })).status).toBe(201);
    }
    await expectConverged(ctx.ds, [other]);
    await sleep(300);
    expect(gone.seqs).toEqual([1]);
    expect(gone.removed).toEqual(['removed']);
    expect(leaked).toEqual([]);
    outsiderSockets.forEach((s) => s.close());
  }, 30_000);

  it('concurrent edits of one task from two clients: one succeeds, the other gets 409 with the current task', async () => {
    const hub = await ctx.newHub();
    const editor = await ctx.newMember(hub, 'member');
    listeners.push(await startListener(at(0), hub.owner, hub.id), await startListener(at(1), editor.user, hub.id));
    const owner = apiAs(hub.owner);
    const created = await owner(at(0), 'POST', `/api/hubs/${hub.id}/tasks`, {
      title: 'Shared',
      assigneeOrganizationId: editor.org.id,
    });
    expect(created.status).toBe(201);
    const task: TaskDto = created.body;
    const [a, b] = await Promise.all([
      owner(at(0), 'PATCH', `/api/hubs/${hub.id}/tasks/${task.id}`, { version: task.version, title: 'From A' }),
      apiAs(editor.user)(at(1), 'PATCH', `/api/hubs/${hub.id}/tasks/${task.id}`, {
        version: task.version,
        title: 'From B',
      }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const [won, lost] = a.status === 200 ? [a, b] : [b, a];
    expect(lost.body.current).toMatchObject({ id: task.id, version: task.version + 1, title: won.body.title });
    await expectConverged(ctx.ds, listeners);
    for (const l of listeners) {
      expect(l.seqs).toEqual([1, 2]);
      expect(l.tasks.get(task.id)).toMatchObject({ title: won.body.title, version: task.version + 1 });
    }
  });
});
