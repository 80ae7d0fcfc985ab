import { HubClient, HubRequestError } from '@hubspoke/client';
import type { PresenceEntry } from '@hubspoke/contracts';
import { startApiInstances, type ApiInstance } from '../support/api-instances';
import { databaseUrl } from '../support/services';
import { eventually } from '../support/sockets';
import { createTestApp, randomId, type TestContext, type TestUser } from '../support/test-app';

/** Who is in a hub and what they look at, shared by two api instances through Redis; entries expire. */
describe('presence', () => {
  let ctx: TestContext;
  let apis: ApiInstance[];
  const clients: HubClient[] = [];
  beforeAll(async () => {
    ctx = await createTestApp();
    apis = await startApiInstances(2, databaseUrl(ctx.databaseName), { PRESENCE_TTL_SECONDS: '3' });
  }, 40_000);
  afterEach(() => clients.splice(0).forEach((c) => c.close()));
  afterAll(async () => {
    await Promise.all((apis ?? []).map((api) => api.stop()));
    await ctx?.close();
  });

  /** A client joined to the hub, with the last presence list it was sent. */
  async function present(api: ApiInstance, user: TestUser, hubId: string) {
    const client = new HubClient({ url: api.url, getToken: () => user.token, refreshToken: async () => undefined });
    clients.push(client);
    const seen: { entries: PresenceEntry[] } = { entries: [] };
    await client.join(hubId, { onEvent: () => undefined, onPresence: (entries) => (seen.entries = entries) });
    return { client, seen, userId: user.id };
  }
  const summary = (entries: PresenceEntry[]) => entries.map((e) => `${e.userId}:${e.viewing?.type ?? '-'}`).sort();

  it('shows who is present on either instance and what each views; updates on change, leave and disconnect', async () => {
    const hub = await ctx.newHub();
    const member = await ctx.newMember(hub, 'member');
    const a = await present(apis[0]!, hub.owner, hub.id);
    const b = await present(apis[1]!, member.user, hub.id);
    const taskId = randomId();
    await a.client.setPresence(hub.id);
    await b.client.setPresence(hub.id, { type: 'task', id: taskId });
    const both = [`${hub.owner.id}:-`, `${member.user.id}:task`].sort();
    await eventually(() => expect(summary(a.seen.entries)).toEqual(both));
    await eventually(() => expect(summary(b.seen.entries)).toEqual(both));
    expect(summary(await a.client.listPresence(hub.id))).toEqual(both);
    expect((await a.client.listPresence(hub.id)).find((e) => e.userId === member.user.id)?.viewing).toEqual({
      type: 'task',
      id: taskId,
    });

    await a.client.setPresence(hub.id, { type: 'goal', id: randomId() });
    await eventually(() => expect(summary(b.seen.entries)).toContain(`${hub.owner.id}:goal`));
    await b.client.leave(hub.id);
    await eventually(() => expect(summary(a.seen.entries)).toEqual([`${hub.owner.id}:goal`]));

    const c = await present(apis[1]!, member.user, hub.id);
    await c.client.setPresence(hub.id);
    await eventually(() => expect(a.seen.entries).toHaveLength(2));
    c.client.close();
    await eventually(() => expect(a.seen.entries).toHaveLength(1));
  });

  it('restores a connection presence after it reconnects', async () => {
    const hub = await ctx.newHub();
    const a = await present(apis[0]!, hub.owner, hub.id);
    await a.client.setPresence(hub.id, { type: 'task', id: randomId() });
    const before = (await a.client.listPresence(hub.id))[0]!.connectionId;
    a.client.socket.io.engine.close();
    await eventually(async () => {
      const entries = await a.client.listPresence(hub.id);
      expect(entries.map((e) => e.connectionId)).toEqual([expect.not.stringMatching(before)]);
      expect(entries[0]!.viewing?.type).toBe('task');
    }, 8000);
  });

  it('refuses presence in a hub the connection has not joined, and malformed requests', async () => {
    const hub = await ctx.newHub();
    const other = await ctx.newHub();
    const outsider = await present(apis[0]!, other.owner, other.id);
    const refused = outsider.client.listPresence(hub.id);
    await expect(refused).rejects.toBeInstanceOf(HubRequestError);
    await expect(refused).rejects.toMatchObject({ error: { statusCode: 404 } });
    const reply = await outsider.client.socket.emitWithAck('presence:set', {
      hubId: hub.id,
      viewing: { type: 'board' as 'goal', id: 'x' },
    });
    expect(reply).toMatchObject({ ok: false, error: { statusCode: 400 } });
    expect(Object.keys((reply as { error: { details: object } }).error.details).sort()).toEqual([
      'viewing.id',
      'viewing.type',
    ]);
    await expect(outsider.client.setPresence(hub.id)).rejects.toThrow('join hub');
  });

  it("an instance that dies takes its connections' entries with it once they expire", async () => {
    const hub = await ctx.newHub();
    const member = await ctx.newMember(hub, 'member');
    const a = await present(apis[0]!, hub.owner, hub.id);
    const b = await present(apis[1]!, member.user, hub.id);
    await a.client.setPresence(hub.id);
    await b.client.setPresence(hub.id);
    await eventually(() => expect(a.seen.entries).toHaveLength(2));
    apis[1]!.child.kill('SIGKILL');
    await eventually(() => expect(summary(a.seen.entries)).toEqual([`${hub.owner.id}:-`]), 8000);
  });
});
