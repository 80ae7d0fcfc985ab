import { ActivityService } from '../../src/modules/activity/activity.service';
import { FACTORY_PASSWORD } from '../support/factories';
import { connectSocket, listen, type ClientSocket } from '../support/sockets';
import { createTestApp, randomId, type TestContext, type TestHub, type TestUser } from '../support/test-app';

/**
 * hub:join reads the standings of the sockets joining at once in one statement: each gets its own answer, every join
 * sees the membership as it is now (after a removal, a role change, an ended organization membership or session), and
 * the events index is read only for a client that is behind.
 */
describe('hub:join standings and catch-up', () => {
  let ctx: TestContext;
  let url: string;
  const sockets: ClientSocket[] = [];
  beforeAll(async () => {
    ctx = await createTestApp();
    url = await listen(ctx.app);
  });
  afterEach(() => sockets.splice(0).forEach((s) => s.close()));
  afterAll(() => ctx.close());

  const connect = async (user: Pick<TestUser, 'token'>) => {
    const socket = await connectSocket(url, user.token);
    sockets.push(socket);
    return socket;
  };
  const join = (socket: ClientSocket, hubId: string, sinceSeq?: number) =>
    socket.emitWithAck('hub:join', sinceSeq === undefined ? { hubId } : { hubId, sinceSeq });
  const createTask = (hub: TestHub) =>
    ctx.http.post(`/api/hubs/${hub.id}/tasks`).set(hub.owner.auth).send({ title: 'A task' }).expect(201);

  it('answers each of many sockets joining at once by its own standing', async () => {
    const [hub, otherHub] = [await ctx.newHub(), await ctx.newHub()];
    await createTask(hub);
    const members = await Promise.all(Array.from({ length: 12 }, () => ctx.newMember(hub, 'member')));
    const outsiders = await Promise.all(Array.from({ length: 6 }, () => ctx.newUser()));
    const memberSockets = await Promise.all(members.map((m) => connect(m.user)));
    const outsiderSockets = await Promise.all(outsiders.map((u) => connect(u)));

    const [memberAcks, outsiderAcks, otherHubAcks, unknownHubAcks] = await Promise.all([
      Promise.all(memberSockets.map((s, i) => join(s, hub.id, i % 2 ? 0 : undefined))),
      Promise.all(outsiderSockets.map((s) => join(s, hub.id))),
      Promise.all(memberSockets.slice(0, 3).map((s) => join(s, otherHub.id))),
      Promise.all(memberSockets.slice(3, 5).map((s) => join(s, randomId()))),
    ]);
    memberAcks.forEach((ack, i) =>
      expect(ack).toMatchObject(i % 2 ? { ok: true, lastSeq: 1, events: [{ seq: 1 }] } : { ok: true, lastSeq: 1 }),
    );
    for (const ack of [...outsiderAcks, ...otherHubAcks, ...unknownHubAcks]) {
      expect(ack).toEqual({ ok: false, error: { statusCode: 404, message: 'Hub not found' } });
    }
  });

  it('reads the events index only for a client that is behind', async () => {
    const hub = await ctx.newHub();
    await createTask(hub);
    await createTask(hub);
    const socket = await connect(hub.owner);
    const listAfter = jest.spyOn(ctx.app.get(ActivityService), 'listAfter');
    try {
      expect(await join(socket, hub.id, 2)).toEqual({ ok: true, lastSeq: 2, events: [] });
      expect(await join(socket, hub.id)).toEqual({ ok: true, lastSeq: 2, events: [] });
      expect(await join(socket, hub.id, 5)).toEqual({ ok: true, resync: true, lastSeq: 2 });
      expect(listAfter).not.toHaveBeenCalled();
      expect(await join(socket, hub.id, 1)).toMatchObject({ ok: true, lastSeq: 2, events: [{ seq: 2 }] });
      expect(listAfter).toHaveBeenCalledTimes(1);
    } finally {
      listAfter.mockRestore();
    }
  });

  it('sees each membership change at the next join: added, role changed, removed', async () => {
    const hub = await ctx.newHub();
    const user = await ctx.newUser();
    const socket = await connect(user);
    expect(await join(socket, hub.id)).toMatchObject({ ok: false, error: { statusCode: 404 } });

    const member = await ctx.newMember(hub, 'member', { user });
    expect(await join(socket, hub.id)).toMatchObject({ ok: true });

    await ctx.http
      .patch(`/api/hubs/${hub.id}/members/${member.memberId}`)
      .set(hub.owner.auth)
      .send({ role: 'observer' })
      .expect(200);
    expect(await join(socket, hub.id)).toMatchObject({ ok: true });

    await ctx.http.delete(`/api/hubs/${hub.id}/members/${member.memberId}`).set(hub.owner.auth).expect(204);
    expect(await join(socket, hub.id)).toMatchObject({ ok: false, error: { statusCode: 404 } });
  });

  it('sees a hub made public or private at the next join: members in, outsiders out either way', async () => {
    const hub = await ctx.newHub();
    const member = await ctx.newMember(hub, 'member');
    const [memberSocket, outsiderSocket] = [await connect(member.user), await connect(await ctx.newUser())];
    for (const visibility of ['public', 'private']) {
      await ctx.http.patch(`/api/hubs/${hub.id}`).set(hub.owner.auth).send({ visibility }).expect(200);
      expect(await join(memberSocket, hub.id)).toMatchObject({ ok: true });
      expect(await join(outsiderSocket, hub.id)).toMatchObject({ ok: false, error: { statusCode: 404 } });
    }
  });

  it('sees an ended organization membership at the next join', async () => {
    const hub = await ctx.newHub();
    const member = await ctx.newMember(hub, 'member');
    const socket = await connect(member.user);
    expect(await join(socket, hub.id)).toMatchObject({ ok: true });

    const [membership] = await ctx.ds.query(
      `SELECT id FROM organization_member WHERE user_id = $1 AND organization_id = $2`,
      [member.user.id, member.org.id],
    );
    await ctx.http
      .delete(`/api/organizations/${member.org.id}/members/${membership.id}`)
      .set(member.user.auth)
      .expect(204);
    expect(await join(socket, hub.id)).toMatchObject({ ok: false, error: { statusCode: 404 } });
  });

  it('refuses the sockets of an ended session, and their next handshake', async () => {
    const hub = await ctx.newHub();
    const login = await ctx.http
      .post('/api/auth/login')
      .send({ email: hub.owner.email, password: FACTORY_PASSWORD })
      .expect(200);
    const socket = await connect({ token: login.body.accessToken });
    expect(await join(socket, hub.id)).toMatchObject({ ok: true });
    const closed = new Promise((resolve) => socket.once('disconnect', resolve));

    await ctx.http.post('/api/auth/logout').send({ refreshToken: login.body.refreshToken }).expect(204);
    await closed;
    await expect(connect({ token: login.body.accessToken })).rejects.toThrow(/ended_session/);
  });
});
