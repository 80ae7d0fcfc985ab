import type { NotificationDto } from '@hubspoke/contracts';
import type { TestingModule } from '@nestjs/testing';
import { NotificationEmailService } from '../../src/modules/notifications/notification-email.service';
import { newChallenge, newPoolReviewer, newProposal } from '../support/challenge-fixture';
import { moveChallengeTo } from '../support/challenge-stages';
import { startWorker } from '../support/digest-worker';
import { emailsTo } from '../support/outbox';
import { eventually } from '../support/sockets';
import { createTestApp, type TestContext, type TestHub, type TestMember, type TestUser } from '../support/test-app';
import { sleep } from '../support/wait';

/** "A private hub's data never reaches a non-member": not in a notification, its email, nor any answer. */
describe('notifications keep private hubs private', () => {
  let ctx: TestContext;
  let worker: TestingModule;
  let hub: TestHub;

  beforeAll(async () => {
    // a window longer than the file: emails go out when a test sends them
    ctx = await createTestApp({ NOTIFICATION_EMAIL_WINDOW_SECONDS: '3600' });
    delete process.env.SMTP_URL;
    worker = await startWorker();
    hub = await ctx.newHub({ name: 'Quiet Coalition', visibility: 'private' });
  });
  afterAll(async () => {
    await worker?.close();
    await ctx?.close();
  });

  const inbox = async (user: TestUser) =>
    (await ctx.http.get('/api/notifications').set(user.auth).expect(200)).body.items as NotificationDto[];
  const assignTask = (title: string, orgId: string) =>
    ctx.http
      .post(`/api/hubs/${hub.id}/tasks`)
      .set(hub.owner.auth)
      .send({ title, assigneeOrganizationId: orgId })
      .expect(201);
  const mentionAll = (who: TestUser, targetTaskId: string, body: string) =>
    ctx.http.post(`/api/hubs/${hub.id}/tasks/${targetTaskId}/comments`).set(who.auth).send({ body }).expect(201);

  it('a removed member stops seeing the hub’s notifications, gets no new ones, and no email of them', async () => {
    const leaver: TestMember = await ctx.newMember(hub, 'member');
    const colleague = await ctx.newMember(hub, 'member', { org: leaver.org });
    // mentions are emailed by default
    const task = (await assignTask('Draft the confidential budget', leaver.org.id)).body;
    await mentionAll(hub.owner, task.id, `@${leaver.user.email}, the figures are in the annex`);
    await eventually(async () =>
      expect((await inbox(leaver.user)).map((n) => n.type).sort()).toEqual(['mention', 'task_assigned']),
    );
    const [seen] = await inbox(leaver.user);

    await ctx.http.delete(`/api/hubs/${hub.id}/members/${leaver.memberId}`).set(hub.owner.auth).expect(204);
    expect(await inbox(leaver.user)).toEqual([]);
    await ctx.http.post(`/api/notifications/${seen!.id}/read`).set(leaver.user.auth).expect(404);
    expect((await ctx.http.post('/api/notifications/read-all').set(leaver.user.auth).expect(200)).body).toEqual({
      updated: 0,
    });

    // the organization's next task reaches the colleague only
    await assignTask('Second confidential task', leaver.org.id);
    await eventually(async () => expect((await inbox(colleague.user)).length).toBe(2));
    await sleep(300);
    expect(
      await ctx.ds.query(`SELECT title FROM notification WHERE user_id = $1 AND body LIKE 'Second%'`, [leaver.user.id]),
    ).toEqual([]);

    // the mention waiting for the email is skipped: no email names the hub
    expect(await worker.get(NotificationEmailService).send(leaver.user.id)).toEqual({ sent: 0, skipped: 1 });
    expect(await emailsTo(ctx.ds, leaver.user.email)).toEqual([]);
  });

  it('tells no outsider of a private hub, even one a comment names', async () => {
    const writer = await ctx.newMember(hub, 'member');
    const observer = await ctx.newMember(hub, 'observer');
    const outsider = await ctx.newUser({ name: 'Olga Outsider' });
    const task = (await assignTask('Review the shortlist', writer.org.id)).body;
    await mentionAll(
      writer.user,
      task.id,
      `@${observer.user.email} and @Olga Outsider and @${outsider.email}: thoughts?`,
    );
    await eventually(async () => expect((await inbox(observer.user)).map((n) => n.type)).toContain('mention'));
    await sleep(300);
    expect(await ctx.ds.query(`SELECT id FROM notification WHERE user_id = $1`, [outsider.id])).toEqual([]);
    expect(await inbox(outsider)).toEqual([]);
  });

  it('shows an invitation while it stands, and nothing of the hub once it is revoked', async () => {
    const invitee = await ctx.newUser();
    const invited = await ctx.http
      .post(`/api/hubs/${hub.id}/invitations`)
      .set(hub.owner.auth)
      .send({ email: invitee.email, organizationId: (await ctx.newOrg()).id, role: 'member' })
      .expect(201);
    await eventually(async () =>
      expect((await inbox(invitee)).map((n) => n.title)).toEqual([`You are invited to join ${hub.name}`]),
    );
    await ctx.http
      .delete(`/api/hubs/${hub.id}/invitations/${invited.body.invitation.id}`)
      .set(hub.owner.auth)
      .expect(204);
    expect(await inbox(invitee)).toEqual([]);
  });

  it('hides a review assignment once the proposal leaves the reviewer’s hands', async () => {
    const { challenge, manager } = await newChallenge(ctx);
    const { proposal } = await newProposal(ctx, challenge.id);
    await moveChallengeTo(ctx.ds, challenge.id, 'administrative_review');
    const reviewer = await newPoolReviewer(ctx, challenge.id, manager);
    const asManager = (path: string, body: object) => ctx.http.post(path).set(manager.auth).send(body);
    await asManager(`/api/proposals/${proposal.id}/eligibility`, { eligible: true }).expect(200);
    await asManager(`/api/challenges/${challenge.id}/assignments`, { perProposal: 1 }).expect(200);
    await eventually(async () => expect((await inbox(reviewer)).map((n) => n.type)).toEqual(['reviewer_assigned']));
    const [assigned] = await inbox(reviewer);
    expect(assigned).toMatchObject({ hubId: null, payload: { challengeId: challenge.id, proposalId: proposal.id } });

    await asManager(`/api/proposals/${proposal.id}/eligibility`, { eligible: false }).expect(200);
    expect(await inbox(reviewer)).toEqual([]);
    await ctx.http.get(`/api/proposals/${proposal.id}`).set(reviewer.auth).expect(404);
  });

  it('carries only the item’s own words and ids, and answers nobody else', async () => {
    const member = await ctx.newMember(hub, 'member');
    await assignTask('Map the cold rooms', member.org.id);
    await eventually(async () => expect(await inbox(member.user)).toHaveLength(1));
    const [n] = await inbox(member.user);
    expect(n).toMatchObject({
      hubId: hub.id,
      title: 'A task was assigned to your organization',
      body: 'Map the cold rooms',
    });
    expect(Object.keys(n!.payload).sort()).toEqual(['goalId', 'taskId']);

    const stranger = await ctx.newUser();
    await ctx.http.post(`/api/notifications/${n!.id}/read`).set(stranger.auth).expect(404);
    await ctx.http.get('/api/notifications').expect(401);
    await ctx.http.get('/api/notifications/settings').expect(401);
    // the settings name kinds and channels, nothing of any hub
    const settings = (await ctx.http.get('/api/notifications/settings').set(stranger.auth).expect(200)).body;
    expect(JSON.stringify(settings)).not.toContain(hub.id);
    expect(Object.keys(settings.settings[0]).sort()).toEqual(['channel', 'defaultChannel', 'type']);
  });
});
