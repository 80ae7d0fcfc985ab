import type { NotificationDto } from '@hubspoke/contracts';
import { goalBody } from '../support/goal-bodies';
import { connectSocket, eventually, listen, type ClientSocket } from '../support/sockets';
import { sleep } from '../support/wait';
import { createTestApp, randomId, type TestContext, type TestUser } from '../support/test-app';

/** The inbox: stored from hub events, pushed live to the user's room, read over HTTP. */
describe('notifications', () => {
  let ctx: TestContext;
  let url: string;
  const sockets: ClientSocket[] = [];
  beforeAll(async () => {
    ctx = await createTestApp();
    url = await listen(ctx.app);
  });
  afterEach(() => sockets.splice(0).forEach((s) => s.close()));
  afterAll(() => ctx.close());

  /** A connected socket of the user, recording the notifications pushed to it. */
  const inbox = async (user: TestUser) => {
    const socket = await connectSocket(url, user.token);
    sockets.push(socket);
    const pushed: NotificationDto[] = [];
    socket.on('notification', (n) => pushed.push(n));
    return pushed;
  };
  const stored = async (user: TestUser, query = '') =>
    (await ctx.http.get(`/api/notifications${query}`).set(user.auth).expect(200)).body as {
      items: NotificationDto[];
      nextCursor: string | null;
    };

  it('a task assigned to an organization notifies its active members, live and in their inbox, once', async () => {
    const hub = await ctx.newHub();
    const spoke = await ctx.newMember(hub, 'member');
    const colleague = await ctx.newMember(hub, 'observer', { org: spoke.org });
    const other = await ctx.newMember(hub, 'member');
    const [spokePush, colleaguePush, otherPush] = await Promise.all([
      inbox(spoke.user),
      inbox(colleague.user),
      inbox(other.user),
    ]);
    const task = (
      await ctx.http
        .post(`/api/hubs/${hub.id}/tasks`)
        .set(hub.owner.auth)
        .send({ title: 'Audit the cold chain', assigneeOrganizationId: spoke.org.id })
        .expect(201)
    ).body;
    await eventually(() => expect(spokePush).toHaveLength(1));
    await eventually(() => expect(colleaguePush).toHaveLength(1));
    expect(spokePush[0]).toMatchObject({
      hubId: hub.id,
      type: 'task_assigned',
      entityId: task.id,
      body: 'Audit the cold chain',
      payload: { taskId: task.id },
      readAt: null,
    });
    expect((await stored(spoke.user)).items).toEqual(spokePush);

    // Edited but still assigned to the same organization: nothing new. Reassigned: the new organization hears.
    const edited = await ctx.http
      .patch(`/api/hubs/${hub.id}/tasks/${task.id}`)
      .set(hub.owner.auth)
      .send({ version: task.version, title: 'Audit the cold chain (v2)' })
      .expect(200);
    await ctx.http
      .patch(`/api/hubs/${hub.id}/tasks/${task.id}`)
      .set(hub.owner.auth)
      .send({ version: edited.body.version, assigneeOrganizationId: other.org.id })
      .expect(200);
    await eventually(() => expect(otherPush).toHaveLength(1));
    await sleep(200);
    expect(spokePush).toHaveLength(1);
    expect((await stored(hub.owner)).items).toEqual([]); // the actor is not notified
  });

  it('a comment notifies the members it @mentions by name or email', async () => {
    const hub = await ctx.newHub();
    const ana = await ctx.newMember(hub, 'member', { user: await ctx.newUser({ name: 'Ana Díaz' }) });
    const bo = await ctx.newMember(hub, 'board');
    const carl = await ctx.newMember(hub, 'member');
    const [anaPush, boPush] = await Promise.all([inbox(ana.user), inbox(bo.user)]);
    const task = (await ctx.http.post(`/api/hubs/${hub.id}/tasks`).set(hub.owner.auth).send({ title: 'T' })).body;
    const comment = (
      await ctx.http
        .post(`/api/hubs/${hub.id}/tasks/${task.id}/comments`)
        .set(carl.user.auth)
        .send({ body: `@ana díaz and @${bo.user.email.toUpperCase()}: please review.` })
        .expect(201)
    ).body;
    await eventually(() => expect(anaPush).toHaveLength(1));
    await eventually(() => expect(boPush).toHaveLength(1));
    expect(anaPush[0]).toMatchObject({
      type: 'mention',
      entityId: comment.id,
      title: `${carl.user.name} mentioned you`,
      payload: { commentId: comment.id, targetType: 'task', targetId: task.id },
    });
    // the secretariat hears of a member's comment on a task, but is not mentioned
    await eventually(async () =>
      expect((await stored(hub.owner)).items.map((n) => n.type)).toEqual(['task_commented']),
    );
  });

  it('an invitation notifies the invited person when they have an account', async () => {
    const hub = await ctx.newHub();
    const invitee = await ctx.newUser();
    const push = await inbox(invitee);
    const org = await ctx.newOrg();
    const res = await ctx.http
      .post(`/api/hubs/${hub.id}/invitations`)
      .set(hub.owner.auth)
      .send({ email: invitee.email.toUpperCase(), organizationId: org.id, role: 'member' })
      .expect(201);
    await eventually(() => expect(push).toHaveLength(1));
    expect(push[0]).toMatchObject({
      type: 'invitation',
      entityId: res.body.invitation.id,
      title: `You are invited to join ${hub.name}`,
    });
    await ctx.http
      .post(`/api/hubs/${hub.id}/invitations`)
      .set(hub.owner.auth)
      .send({ email: 'nobody-yet@example.org', organizationId: org.id, role: 'member' })
      .expect(201);
  });

  it("a reported measurement asks the hub's secretariat to verify it", async () => {
    const hub = await ctx.newHub();
    const secretary = await ctx.newMember(hub, 'secretariat');
    const spoke = await ctx.newMember(hub, 'member');
    const push = await inbox(secretary.user);
    const goal = (
      await ctx.http
        .post(`/api/hubs/${hub.id}/goals`)
        .set(hub.owner.auth)
        .send(goalBody(spoke.org.id, { title: 'Children vaccinated' }))
        .expect(201)
    ).body;
    const reported = await ctx.http
      .post(`/api/hubs/${hub.id}/goals/${goal.id}/measurements`)
      .set(spoke.user.auth)
      .send({ value: 72, observedAt: '2026-06-01T00:00:00.000Z' })
      .expect(201);
    await eventually(() => expect(push).toHaveLength(1));
    expect(push[0]).toMatchObject({
      type: 'verification_requested',
      entityId: reported.body.measurement.id,
      body: 'Children vaccinated: 72 %',
      payload: { goalId: goal.id, measurementId: reported.body.measurement.id },
    });
    await eventually(async () => expect((await stored(hub.owner)).items).toHaveLength(1));
  });

  describe('inbox routes', () => {
    let user: TestUser;
    let ids: string[];
    beforeAll(async () => {
      const hub = await ctx.newHub();
      user = (await ctx.newMember(hub, 'member')).user;
      for (let i = 0; i < 3; i++) {
        await ctx.http
          .post(`/api/hubs/${hub.id}/invitations`)
          .set(hub.owner.auth)
          .send({
            email: `other-${i}-${randomId()}@example.org`,
            organizationId: (await ctx.newOrg()).id,
            role: 'member',
          });
        await ctx.http
          .post(`/api/hubs/${hub.id}/tasks`)
          .set(hub.owner.auth)
          .send({
            title: `Task ${i}`,
            assigneeOrganizationId: (await ctx.newMember(hub, 'member', { user: await ctx.newUser() })).org.id,
          });
      }
      const [org] = await ctx.ds.query('SELECT organization_id FROM hub_member WHERE user_id = $1', [user.id]);
      for (let i = 0; i < 3; i++) {
        await ctx.http
          .post(`/api/hubs/${hub.id}/tasks`)
          .set(hub.owner.auth)
          .send({ title: `Mine ${i}`, assigneeOrganizationId: org.organization_id })
          .expect(201);
      }
      await eventually(async () => expect((await stored(user)).items).toHaveLength(3));
      ids = (await stored(user)).items.map((n) => n.id);
    });

    it('lists newest first with a cursor, and only the caller’s own', async () => {
      const first = await stored(user, '?limit=2');
      expect(first.items.map((n) => n.body)).toEqual(['Mine 2', 'Mine 1']);
      const second = await stored(user, `?limit=2&cursor=${first.nextCursor}`);
      expect(second.items.map((n) => n.body)).toEqual(['Mine 0']);
      expect(second.nextCursor).toBeNull();
      expect((await stored(await ctx.newUser())).items).toEqual([]);
    });

    it('marks one read (idempotently), filters unread, marks all read', async () => {
      const read = await ctx.http.post(`/api/notifications/${ids[0]}/read`).set(user.auth).expect(200);
      expect(read.body.readAt).not.toBeNull();
      const again = await ctx.http.post(`/api/notifications/${ids[0]}/read`).set(user.auth).expect(200);
      expect(again.body.readAt).toBe(read.body.readAt);
      expect((await stored(user, '?unread=true')).items.map((n) => n.id)).toEqual(ids.slice(1));
      expect((await ctx.http.post('/api/notifications/read-all').set(user.auth).expect(200)).body).toEqual({
        updated: 2,
      });
      expect((await stored(user, '?unread=true')).items).toEqual([]);
    });

    it("answers 404 for another user's notification, 400 for bad input, 401 without a token", async () => {
      await ctx.http
        .post(`/api/notifications/${ids[1]}/read`)
        .set((await ctx.newUser()).auth)
        .expect(404);
      await ctx.http.post(`/api/notifications/${randomId()}/read`).set(user.auth).expect(404);
      await ctx.http.post('/api/notifications/nope/read').set(user.auth).expect(400);
      const bad = await ctx.http.get('/api/notifications?unread=maybe&limit=0&cursor=x').set(user.auth).expect(400);
      expect(Object.keys(bad.body.details).sort()).toEqual(['limit', 'unread']);
      await ctx.http.get('/api/notifications?cursor=bogus').set(user.auth).expect(400);
      await ctx.http.get('/api/notifications').expect(401);
    });
  });
});
