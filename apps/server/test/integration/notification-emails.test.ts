import { getQueueToken } from '@nestjs/bullmq';
import type { TestingModule } from '@nestjs/testing';
import type { Queue } from 'bullmq';
import { UnsubscribeLinks } from '../../src/modules/digests/unsubscribe-links';
import { NotificationEmailBatches } from '../../src/modules/notifications/notification-email.batches';
import { NOTIFICATION_EMAIL_QUEUE } from '../../src/modules/notifications/notification-email.queue';
import { startWorker } from '../support/digest-worker';
import { emailsTo, type KeptEmail } from '../support/outbox';
import { eventually } from '../support/sockets';
import { createTestApp, type TestContext, type TestHub, type TestMember, type TestUser } from '../support/test-app';
import { sleep, waitFor } from '../support/wait';

const WINDOW_MS = 2_000;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** Notification emails: batched per user and window, through the outbox without SMTP_URL. */
describe('notification emails', () => {
  let ctx: TestContext;
  let worker: TestingModule;

  beforeAll(async () => {
    ctx = await createTestApp({ NOTIFICATION_EMAIL_WINDOW_SECONDS: String(WINDOW_MS / 1000) });
    delete process.env.SMTP_URL;
    worker = await startWorker();
  });
  afterAll(async () => {
    await worker?.get<Queue>(getQueueToken(NOTIFICATION_EMAIL_QUEUE)).obliterate({ force: true });
    await worker?.close();
    await ctx?.close();
  });

  /** Just after a window starts, so that what a test does next falls in one window. */
  const windowStart = () => sleep(WINDOW_MS - (Date.now() % WINDOW_MS) + 50);
  const emailStatuses = async (user: TestUser): Promise<string[]> =>
    (await ctx.ds.query(`SELECT type, email_status FROM notification WHERE user_id = $1 ORDER BY type`, [user.id])).map(
      (r: { type: string; email_status: string | null }) => `${r.type}: ${r.email_status}`,
    );

  /** A hub whose board has one seat, held by the returned member. */
  const boardHub = async (name: string): Promise<{ hub: TestHub; holder: TestMember }> => {
    const hub = await ctx.newHub({ name });
    const holder = await ctx.newMember(hub, 'board');
    await ctx.http
      .post(`/api/hubs/${hub.id}/board/seats`)
      .set(hub.owner.auth)
      .send({ title: 'Foundations', kind: 'representative', constituency: 'private', holderMemberId: holder.memberId })
      .expect(201);
    return { hub, holder };
  };
  const propose = (hub: TestHub, title: string) =>
    ctx.http
      .post(`/api/hubs/${hub.id}/resolutions`)
      .set(hub.owner.auth)
      .send({ title, motion: 'So moved.', deadline: inDays(5) })
      .expect(201);
  const schedule = (hub: TestHub) =>
    ctx.http
      .post(`/api/hubs/${hub.id}/reviews`)
      .set(hub.owner.auth)
      .send({ title: 'Quarterly review', scheduledFor: inDays(7) })
      .expect(201);
  const oneEmail = async (user: TestUser, count = 1): Promise<KeptEmail[]> =>
    waitFor('the notification email', async () => {
      const emails = await emailsTo(ctx.ds, user.email);
      return emails.length >= count ? emails : undefined;
    });

  it('collects what a window brings into one email, with links and the hub’s unsubscribe link; the next window sends the next', async () => {
    const { hub, holder } = await boardHub('Vaccine Hub');
    await windowStart();
    const resolution = (await propose(hub, 'Open a regional vaccine store')).body;
    const review = (await schedule(hub)).body;
    const [first] = await oneEmail(holder.user);
    expect(first!.subject).toBe('2 new notifications on Hubspoke');
    expect(first!.text).toContain('Vaccine Hub');
    expect(first!.text).toContain('A resolution awaits your vote');
    expect(first!.text).toContain(`/hubs/${hub.id}/board/resolutions/${resolution.id}`);
    expect(first!.text).toContain('A board review is scheduled: its pack is ready to read');
    expect(first!.text).toContain(`/hubs/${hub.id}/board/reviews/${review.id}`);
    expect(first!.text).toMatch(/Stop emails from Vaccine Hub: http:\/\/\S+\/api\/digests\/unsubscribe\?token=/);
    expect(first!.text).toMatch(/Choose what reaches you by email: http:\/\/\S+\/account/);
    expect(await emailStatuses(holder.user)).toEqual(['resolution_proposed: sent', 'review_scheduled: sent']);

    await propose(hub, 'Second motion');
    const emails = await oneEmail(holder.user, 2);
    expect(emails[1]!.subject).toBe('A resolution awaits your vote');
    expect(emails[1]!.text).toContain('Second motion');
    await sleep(WINDOW_MS);
    expect(await emailsTo(ctx.ds, holder.user.email)).toHaveLength(2);
  });

  it('schedules one job per user and window, whatever the number of notifications', async () => {
    const { hub, holder } = await boardHub('Cold Chain Hub');
    await windowStart();
    await propose(hub, 'One');
    await propose(hub, 'Two');
    await eventually(async () => expect(await emailStatuses(holder.user)).toHaveLength(2));
    const queue = worker.get<Queue>(getQueueToken(NOTIFICATION_EMAIL_QUEUE));
    const jobs = (await queue.getJobs(['delayed', 'waiting', 'active', 'completed'])).filter(
      (j) => j.data.userId === holder.user.id,
    );
    expect(jobs.map((j) => j.id)).toEqual([`notify-email.${holder.user.id}.${Math.floor(Date.now() / WINDOW_MS)}`]);
    const [email] = await oneEmail(holder.user);
    expect(email!.text).toContain('One');
    expect(email!.text).toContain('Two');
  });

  it('skips what was read in the app, what was turned to in-app, and every hub unsubscribed from', async () => {
    const { hub, holder } = await boardHub('Read Hub');
    const other = await ctx.newHub({ name: 'Other Hub', owner: hub.owner, ownerOrg: hub.ownerOrg });
    await ctx.newMember(other, 'board', { user: holder.user, org: holder.org });
    // unsubscribed from Other Hub's digests with the link of an email
    const link = new URL(ctx.app.get(UnsubscribeLinks).url({ userId: holder.user.id, hubId: other.id }));
    await ctx.http.get(`${link.pathname}${link.search}`).expect(200);
    const prefs = await ctx.http.get(`/api/hubs/${other.id}/digest-preferences/me`).set(holder.user.auth).expect(200);
    expect(prefs.body).toMatchObject({ cadence: 'off', unsubscribed: true });

    await windowStart();
    await propose(hub, 'Read before the email');
    await schedule(other);
    await schedule(hub);
    await eventually(async () => expect(await emailStatuses(holder.user)).toHaveLength(3));
    const [read] = (await ctx.http.get('/api/notifications').set(holder.user.auth)).body.items.filter(
      (n: { type: string }) => n.type === 'resolution_proposed',
    );
    await ctx.http.post(`/api/notifications/${read.id}/read`).set(holder.user.auth).expect(200);
    await ctx.http
      .put('/api/notifications/settings')
      .set(holder.user.auth)
      .send({ settings: [{ type: 'review_scheduled', channel: 'in_app' }] })
      .expect(200);
    await waitFor('the batch', async () =>
      (await emailStatuses(holder.user)).every((s) => !s.endsWith('pending')) ? true : undefined,
    );
    expect(await emailStatuses(holder.user)).toEqual([
      'resolution_proposed: skipped',
      'review_scheduled: skipped',
      'review_scheduled: skipped',
    ]);
    expect(await emailsTo(ctx.ds, holder.user.email)).toEqual([]);

    // saving the hub's digest settings again ends the unsubscribe
    await ctx.http
      .put(`/api/hubs/${other.id}/digest-preferences/me`)
      .set(holder.user.auth)
      .send({ cadence: 'weekly', timeZone: 'UTC', deliveryTime: '08:00', channels: ['in_app'] })
      .expect(200);
    await ctx.http
      .put('/api/notifications/settings')
      .set(holder.user.auth)
      .send({ settings: [{ type: 'review_scheduled', channel: 'email' }] })
      .expect(200);
    await schedule(other);
    const [email] = await oneEmail(holder.user);
    expect(email!.subject).toBe('A board review is scheduled: its pack is ready to read');
    expect(email!.text).toContain('Other Hub');
  });

  it('never emails an address that is not confirmed', async () => {
    const hub = await ctx.newHub();
    const unconfirmed = await ctx.newUser({ verified: false });
    await ctx.ds.query(
      `INSERT INTO notification_preference (user_id, type, channel) VALUES ($1, 'invitation', 'email')`,
      [unconfirmed.id],
    );
    await ctx.http
      .post(`/api/hubs/${hub.id}/invitations`)
      .set(hub.owner.auth)
      .send({ email: unconfirmed.email, organizationId: (await ctx.newOrg()).id, role: 'member' })
      .expect(201);
    await waitFor('the batch', async () =>
      (await emailStatuses(unconfirmed)).join() === 'invitation: skipped' ? true : undefined,
    );
    expect(await emailsTo(ctx.ds, unconfirmed.email)).toEqual([]);
  });

  it('sends, from PostgreSQL, what waited past its window when its job was lost', async () => {
    const { hub, holder } = await boardHub('Lost Job Hub');
    const [resolution] = await ctx.ds.query(
      `INSERT INTO resolution (hub_id, title, motion, quorum, majority, deadline)
       VALUES ($1, 'Lost', 'So moved.', 0.5, 'simple', now() + interval '5 days') RETURNING id`,
      [hub.id],
    );
    // stored while Redis was away: no job
    await ctx.ds.query(
      `INSERT INTO notification (user_id, hub_id, type, entity_id, title, email_status, created_at)
       VALUES ($1, $2, 'resolution_proposed', $3, 'A resolution awaits your vote', 'pending', now() - interval '1 minute')`,
      [holder.user.id, hub.id, resolution.id],
    );
    expect(await worker.get(NotificationEmailBatches).scheduleOverdue()).toBeGreaterThanOrEqual(1);
    expect((await oneEmail(holder.user))[0]!.subject).toBe('A resolution awaits your vote');
  });
});
