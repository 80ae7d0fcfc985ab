import { JwtService } from '@nestjs/jwt';
import { MAX_CATCH_UP_EVENTS } from '@hubspoke/contracts';
import { UnitOfWork } from '../../src/modules/activity/unit-of-work';
import { connectSocket, eventually, listen, recordEvents, type ClientSocket } from '../support/sockets';
import { sleep } from '../support/wait';
import { createTestApp, randomId, type TestContext, type TestHub, type TestUser } from '../support/test-app';

/** The gateway on one in-process instance: handshake, authorization, catch-up, eviction. */
describe('realtime gateway', () => {
  let ctx: TestContext;
  let url: string;
  const sockets: ClientSocket[] = [];
  beforeAll(async () => {
    ctx = await createTestApp();
    url = await listen(ctx.app);
  });
  afterEach(() => sockets.splice(0).forEach((s) => s.close()));
  afterAll(() => ctx.close());

  const connect = async (user: TestUser) => {
    const socket = await connectSocket(url, user.token);
    sockets.push(socket);
    return socket;
  };
  const createTask = (hub: TestHub, title = 'A task') =>
    ctx.http.post(`/api/hubs/${hub.id}/tasks`).set(hub.owner.auth).send({ title }).expect(201);

  describe('handshake', () => {
    it('refuses a missing, forged or expired token with the reason', async () => {
      const user = await ctx.newUser();
      await expect(connectSocket(url)).rejects.toThrow('unauthorized: missing_token');
      await expect(connectSocket(url, 'abc.def.ghi')).rejects.toThrow('unauthorized: invalid_token');
      await expect(connectSocket(url, user.token.slice(0, -4) + 'AAAA')).rejects.toThrow('unauthorized: invalid_token');
      const expired = ctx.app.get(JwtService).sign({ sub: user.id, email: user.email }, { expiresIn: -10 });
      await expect(connectSocket(url, expired)).rejects.toThrow('unauthorized: expired_token');
    });

    it('ends the session when the token expires, saying so first', async () => {
      const user = await ctx.newUser();
      const token = ctx.app.get(JwtService).sign({ sub: user.id, email: user.email }, { expiresIn: 1 });
      const socket = await connectSocket(url, token);
      sockets.push(socket);
      const expired = new Promise((resolve) => socket.once('session:expired', resolve));
      const disconnected = new Promise((resolve) => socket.once('disconnect', resolve));
      await expect(expired).resolves.toEqual({ reason: 'token_expired' });
      await expect(disconnected).resolves.toBe('io server disconnect');
    });
  });

  describe('hub:join', () => {
    it('answers 404 to a non-member and to an unknown hub, 400 to a malformed request', async () => {
      const hub = await ctx.newHub();
      const outsider = await connect(await ctx.newUser());
      expect(await outsider.emitWithAck('hub:join', { hubId: hub.id })).toEqual({
        ok: false,
        error: { statusCode: 404, message: 'Hub not found' },
      });
      expect(await outsider.emitWithAck('hub:join', { hubId: randomId() })).toMatchObject({
        ok: false,
        error: { statusCode: 404 },
      });
      const bad = await outsider.emitWithAck('hub:join', { hubId: 'nope', sinceSeq: -1, extra: 1 } as never);
      expect(bad).toMatchObject({ ok: false, error: { statusCode: 400 } });
      expect(Object.keys((bad as { error: { details: object } }).error.details).sort()).toEqual([
        'extra',
        'hubId',
        'sinceSeq',
      ]);
    });

    it("delivers a hub's events to its members and nothing to anyone else", async () => {
      const hub = await ctx.newHub({ visibility: 'public' });
      const observer = await ctx.newMember(hub, 'observer');
      const member = await connect(observer.user);
      const outsider = await connect(await ctx.newUser());
      const bystander = await connect(await ctx.newUser());
      const received = recordEvents(member);
      const leaked = [...recordEvents(outsider), ...recordEvents(bystander)];
      expect(await member.emitWithAck('hub:join', { hubId: hub.id })).toEqual({ ok: true, lastSeq: 0, events: [] });
      // A public hub shows outsiders its public summary over HTTP, never its events.
      expect(await outsider.emitWithAck('hub:join', { hubId: hub.id })).toMatchObject({ ok: false });
      const task = (await createTask(hub)).body;
      await eventually(() => expect(received).toHaveLength(1));
      expect(received[0]).toMatchObject({ hubId: hub.id, seq: 1, type: 'task.created', entityId: task.id });
      expect(received[0]!.payload).toMatchObject({ id: task.id, title: 'A task' });
      await sleep(200);
      expect(leaked).toEqual([]);
    });

    it('answers the events missed since sinceSeq, or resync when too far behind', async () => {
      const hub = await ctx.newHub();
      for (let i = 0; i < 3; i++) await createTask(hub, `Task ${i}`);
      const socket = await connect(hub.owner);
      const reply = await socket.emitWithAck('hub:join', { hubId: hub.id, sinceSeq: 1 });
      expect(reply).toMatchObject({ ok: true, lastSeq: 3 });
      expect((reply as { events: { seq: number }[] }).events.map((e) => e.seq)).toEqual([2, 3]);
      expect(await socket.emitWithAck('hub:join', { hubId: hub.id, sinceSeq: 3 })).toEqual({
        ok: true,
        lastSeq: 3,
        events: [],
      });
      expect(await socket.emitWithAck('hub:join', { hubId: hub.id, sinceSeq: 9 })).toEqual({
        ok: true,
        resync: true,
        lastSeq: 3,
      });
      await ctx.ds.query(
        `WITH bump AS (UPDATE hub SET last_seq = last_seq + $2 WHERE id = $1 RETURNING last_seq)
         INSERT INTO hub_event (hub_id, seq, type, actor_id, entity_id, payload)
         SELECT $1, s, 'hub.updated', NULL, $1, '{}' FROM bump, generate_series(4, bump.last_seq) s`,
        [hub.id, MAX_CATCH_UP_EVENTS + 1],
      );
      expect(await socket.emitWithAck('hub:join', { hubId: hub.id, sinceSeq: 3 })).toEqual({
        ok: true,
        resync: true,
        lastSeq: MAX_CATCH_UP_EVENTS + 4,
      });
      const near = await socket.emitWithAck('hub:join', { hubId: hub.id, sinceSeq: 4 });
      expect((near as { events: unknown[] }).events).toHaveLength(MAX_CATCH_UP_EVENTS);
    });

    it('hub:leave stops the events', async () => {
      const hub = await ctx.newHub();
      const socket = await connect(hub.owner);
      const received = recordEvents(socket);
      await socket.emitWithAck('hub:join', { hubId: hub.id });
      await createTask(hub);
      await eventually(() => expect(received).toHaveLength(1));
      expect(await socket.emitWithAck('hub:leave', { hubId: hub.id })).toEqual({ ok: true });
      await createTask(hub);
      await sleep(200);
      expect(received).toHaveLength(1);
    });

    it('a rolled-back transaction emits nothing and takes no seq', async () => {
      const hub = await ctx.newHub();
      const socket = await connect(hub.owner);
      const received = recordEvents(socket);
      await socket.emitWithAck('hub:join', { hubId: hub.id });
      const uow = ctx.app.get(UnitOfWork);
      await expect(
        uow.run(async (tx) => {
          await tx.emit({
            hubId: hub.id,
            type: 'task.deleted',
            actorId: null,
            entityId: hub.id,
            payload: { id: hub.id },
          });
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      await createTask(hub);
      await eventually(() => expect(received.map((e) => e.seq)).toEqual([1]));
    });
  });

  describe('membership changes', () => {
    it('a removed member leaves the room at once, is told why, and receives nothing more', async () => {
      const hub = await ctx.newHub();
      const removed = await ctx.newMember(hub, 'member');
      const stays = await ctx.newMember(hub, 'board');
      const [gone, other] = [await connect(removed.user), await connect(stays.user)];
      const goneEvents = recordEvents(gone);
      const otherEvents = recordEvents(other);
      const notices: unknown[] = [];
      gone.on('hub:removed', (m) => notices.push(m));
      await gone.emitWithAck('hub:join', { hubId: hub.id });
      await other.emitWithAck('hub:join', { hubId: hub.id });
      await createTask(hub);
      await ctx.http.delete(`/api/hubs/${hub.id}/members/${removed.memberId}`).set(hub.owner.auth).expect(204);
      await createTask(hub);
      await eventually(() =>
        expect(otherEvents.map((e) => e.type)).toEqual(['task.created', 'member.removed', 'task.created']),
      );
      expect(notices).toEqual([{ hubId: hub.id, reason: 'removed' }]);
      expect(goneEvents.map((e) => e.seq)).toEqual([1]);
      expect(await gone.emitWithAck('hub:join', { hubId: hub.id })).toMatchObject({
        ok: false,
        error: { statusCode: 404 },
      });
    });

    it('a role change that keeps read access keeps the member in the room', async () => {
      const hub = await ctx.newHub();
      const member = await ctx.newMember(hub, 'member');
      const socket = await connect(member.user);
      const received = recordEvents(socket);
      await socket.emitWithAck('hub:join', { hubId: hub.id });
      await ctx.http
        .patch(`/api/hubs/${hub.id}/members/${member.memberId}`)
        .set(hub.owner.auth)
        .send({ role: 'observer' })
        .expect(200);
      await createTask(hub);
      await eventually(() => expect(received.map((e) => e.type)).toEqual(['member.role_changed', 'task.created']));
    });
  });
});
