import { getQueueToken } from '@nestjs/bullmq';
import type { TestingModule } from '@nestjs/testing';
import type { Queue } from 'bullmq';
import { randomBytes, randomUUID } from 'node:crypto';
import { DigestDeliveryService } from '../../src/modules/digests/digest-delivery.service';
import {
  BuildJob,
  DIGEST_BUILD_QUEUE,
  DIGEST_DELIVERY_QUEUE,
  type BuildData,
} from '../../src/modules/digests/digest-queues';
import { DigestRunService } from '../../src/modules/digests/digest-run.service';
import { DigestSchedules } from '../../src/modules/digests/digest-schedules.service';
import { UnsubscribeLinks } from '../../src/modules/digests/unsubscribe-links';
import { startWorker } from '../support/digest-worker';
import { waitFor } from '../support/wait';
import { createTestApp, type TestContext, type TestHub, type TestMember, type TestUser } from '../support/test-app';

const DAY = 86_400_000;
const isoDate = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

/** Digests without SMTP_URL: emails go to the local outbox. */
describe('digests', () => {
  let ctx: TestContext;
  let worker: TestingModule;
  let hub: TestHub;
  let quietHub: TestHub;
  let secretariat: TestUser;
  let member: TestMember;
  let otherMember: TestMember;
  let board: TestMember;
  let outsider: TestUser;

  beforeAll(async () => {
    ctx = await createTestApp({ QUEUE_PREFIX: `t${randomBytes(6).toString('hex')}`, DIGEST_RECONCILE_SECONDS: '3600' });
    delete process.env.SMTP_URL;
    worker = await startWorker();
    hub = await ctx.newHub({ name: 'Vaccine Hub' });
    secretariat = hub.owner;
    member = await ctx.newMember(hub, 'member');
    otherMember = await ctx.newMember(hub, 'member');
    board = await ctx.newMember(hub, 'board');
    outsider = await ctx.newUser();
    quietHub = await ctx.newHub({ owner: secretariat, ownerOrg: hub.ownerOrg });
    await ctx.newMember(quietHub, 'member', { user: member.user, org: member.org });
    // members of long standing: nothing in the quiet hub is news
    await ctx.ds.query(`UPDATE hub_member SET joined_at = now() - interval '30 days' WHERE hub_id = $1`, [quietHub.id]);

    const createGoal = (title: string, ownerOrganizationId: string) =>
      ctx.http
        .post(`/api/hubs/${hub.id}/goals`)
        .set(secretariat.auth)
        .send({
          title,
          unit: '%',
          baseline: 0,
          target: 100,
          direction: 'increase',
          startDate: isoDate(-183),
          dueDate: isoDate(183),
          ownerOrganizationId,
        });
    const goal = await createGoal('Raise DTP3 coverage', member.org.id);
    expect(goal.status).toBe(201);
    expect((await createGoal('Cut stock-outs', otherMember.org.id)).status).toBe(201);
    const measured = await ctx.http
      .post(`/api/hubs/${hub.id}/goals/${goal.body.id}/measurements`)
      .set(member.user.auth)
      .send({ value: 40, observedAt: new Date().toISOString() });
    expect(measured.status).toBe(201);
    const task = await ctx.http
      .post(`/api/hubs/${hub.id}/tasks`)
      .set(secretariat.auth)
      .send({ title: 'Audit the cold chain', assigneeOrganizationId: member.org.id, dueDate: isoDate(-2) });
    expect(task.status).toBe(201);
    const blocked = await ctx.http
      .post(`/api/hubs/${hub.id}/tasks`)
      .set(otherMember.user.auth)
      .send({
        title: 'Print the posters',
        status: 'blocked',
        dueDate: isoDate(3),
        assigneeOrganizationId: otherMember.org.id,
      });
    expect(blocked.status).toBe(201);
  });

  afterAll(async () => {
    // this file's BullMQ keys (schedulers too) would otherwise stay in the shared Redis
    for (const name of [DIGEST_BUILD_QUEUE, DIGEST_DELIVERY_QUEUE]) {
      await worker?.get<Queue>(getQueueToken(name)).obliterate({ force: true });
    }
    await worker?.close();
    await ctx?.close();
  });

  const prefsUrl = (h: { id: string } = hub) => `/api/hubs/${h.id}/digest-preferences/me`;
  const preview = (query: string, as: TestUser = secretariat, h: { id: string } = hub) =>
    ctx.http.get(`/api/hubs/${h.id}/digests/preview?${query}`).set(as.auth);
  const sectionKeys = (body: { content: { sections: { key: string }[] } }) => body.content.sections.map((s) => s.key);

  describe('preferences', () => {
    it('defaults by role, then keeps what the user saves', async () => {
      expect((await ctx.http.get(prefsUrl()).set(secretariat.auth)).body).toMatchObject({
        cadence: 'daily',
        timeZone: 'UTC',
        deliveryTime: '08:00',
        channels: ['email', 'in_app'],
        customized: false,
      });
      expect((await ctx.http.get(prefsUrl()).set(board.user.auth)).body.cadence).toBe('weekly');
      const saved = await ctx.http
        .put(prefsUrl())
        .set(board.user.auth)
        .send({ cadence: 'daily', timeZone: 'America/Bogota', deliveryTime: '18:30', channels: ['in_app'] });
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({ cadence: 'daily', timeZone: 'America/Bogota', customized: true });
      expect((await ctx.http.get(prefsUrl()).set(board.user.auth)).body.deliveryTime).toBe('18:30');
      await ctx.http
        .put(prefsUrl())
        .set(board.user.auth)
        .send({ cadence: 'weekly', timeZone: 'UTC', deliveryTime: '08:00', channels: ['email', 'in_app'] });
    });

    it('rejects bad values with details, and hides the hub from non-members', async () => {
      const bad = await ctx.http
        .put(prefsUrl())
        .set(member.user.auth)
        .send({ cadence: 'hourly', timeZone: 'UTC', deliveryTime: '25:00', channels: ['fax', 'email', 'email'] });
      expect(bad.status).toBe(400);
      expect(Object.keys(bad.body.details)).toEqual(expect.arrayContaining(['cadence', 'deliveryTime', 'channels']));
      const zone = await ctx.http
        .put(prefsUrl())
        .set(member.user.auth)
        .send({ cadence: 'daily', timeZone: 'Mars/Olympus', deliveryTime: '08:00', channels: [] });
      expect(zone.status).toBe(400);
      expect(zone.body.details.timeZone).toBeDefined();
      expect((await ctx.http.get(prefsUrl()).set(outsider.auth)).status).toBe(404);
      expect((await ctx.http.get(`/api/hubs/${randomUUID()}/digest-preferences/me`).set(member.user.auth)).status).toBe(
        404,
      );
      expect((await ctx.http.get('/api/hubs/nope/digest-preferences/me').set(member.user.auth)).status).toBe(400);
    });
  });

  describe('unsubscribe', () => {
    it('turns off one hub without login, and refuses forged tokens', async () => {
      const links = ctx.app.get(UnsubscribeLinks);
      const url = new URL(links.url({ userId: member.user.id, hubId: quietHub.id }));
      const res = await ctx.http.get(`${url.pathname}${url.search}`);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ hubId: quietHub.id, cadence: 'off' });
      expect((await ctx.http.get(prefsUrl(quietHub)).set(member.user.auth)).body.cadence).toBe('off');
      expect((await ctx.http.get(prefsUrl(hub)).set(member.user.auth)).body.cadence).toBe('weekly');

      const again = await ctx.http.post(`${url.pathname}${url.search}`);
      expect(again.status).toBe(200);
      const forged = url.searchParams.get('token')!.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
      expect((await ctx.http.get(`/api/digests/unsubscribe?token=${forged}`)).status).toBe(404);
      expect((await ctx.http.get('/api/digests/unsubscribe')).status).toBe(400);
      // a token for a hub the user is not in
      const stranger = new URL(links.url({ userId: outsider.id, hubId: hub.id }));
      expect((await ctx.http.get(`${stranger.pathname}${stranger.search}`)).status).toBe(404);
    });
  });

  describe('preview', () => {
    it('is role-specific', async () => {
      const sec = await preview('role=secretariat&cadence=daily');
      expect(sec.status).toBe(200);
      expect(sectionKeys(sec.body)).toEqual(
        expect.arrayContaining(['pending_verification', 'blocked_overdue', 'not_reported', 'new_members', 'shares']),
      );
      const text = sec.body.text as string;
      expect(text).toContain('Raise DTP3 coverage: 1 awaiting verification');
      expect(text).toContain(`${otherMember.org.name}: Print the posters (blocked)`);
      const silent = sec.body.content.sections.find((s: { key: string }) => s.key === 'not_reported').items;
      expect(silent).toEqual([otherMember.org.name]);

      const mine = await preview(`role=member&cadence=weekly&organizationId=${member.org.id}`);
      expect(sectionKeys(mine.body)).toEqual(
        expect.arrayContaining(['new_tasks', 'overdue', 'owned_goals', 'waiting_on_you']),
      );
      expect(mine.body.text).toContain('Audit the cold chain');
      expect(mine.body.text).not.toContain('Print the posters');

      const theirs = await preview(`role=member&cadence=weekly&organizationId=${otherMember.org.id}`);
      expect(theirs.body.text).not.toContain('Audit the cold chain');

      const boardView = await preview('role=board&cadence=weekly');
      expect(sectionKeys(boardView.body)).toEqual(expect.arrayContaining(['goals', 'decisions_pending', 'shares']));
      expect(boardView.body.content.sections.find((s: { key: string }) => s.key === 'shares').items[0]).toContain(
        '1 measurement(s) reported',
      );
    });

    it("counts the reader's notifications of the period still unread, by kind", async () => {
      const unread = async () =>
        (await preview('role=secretariat&cadence=daily')).body.content.sections.find(
          (s: { key: string }) => s.key === 'unread_notifications',
        )?.items;
      // the member's measurement asked the secretariat to verify it
      expect(
        await waitFor('the notification counted', async () => ((await unread())?.length ? await unread() : undefined)),
      ).toEqual(['A reported measurement waits for verification (1 unread)']);
      await ctx.http.post('/api/notifications/read-all').set(secretariat.auth).expect(200);
      expect(await unread()).toBeUndefined();
    });

    it('is empty when nothing happened, for the secretariat only, and validated', async () => {
      const empty = await preview('role=member&cadence=daily', secretariat, quietHub);
      expect(empty.status).toBe(200);
      expect(empty.body).toEqual({ empty: true, subject: null, content: null, text: null });
      expect((await preview('role=board&cadence=daily', member.user)).status).toBe(403);
      expect((await preview('role=board&cadence=daily', outsider)).status).toBe(404);
      const bad = await preview('role=king&cadence=hourly');
      expect(bad.status).toBe(400);
      expect(Object.keys(bad.body.details).sort()).toEqual(['cadence', 'role']);
      expect((await preview(`role=member&cadence=daily&organizationId=${randomUUID()}`)).status).toBe(400);
    });
  });

  describe('delivery', () => {
    const digestsOf = (user: TestUser) => ctx.http.get('/api/digests').set(user.auth);
    const outboxOf = (user: TestUser) => ctx.http.get('/api/digests/outbox').set(user.auth);

    it('sends now: one in-app digest and one outbox email per user, none for an empty hub', async () => {
      expect(
        (await ctx.http.post(`/api/hubs/${hub.id}/digests/send-now`).set(member.user.auth).send({ cadence: 'daily' }))
          .status,
      ).toBe(403);
      const sent = await ctx.http
        .post(`/api/hubs/${hub.id}/digests/send-now`)
        .set(secretariat.auth)
        .send({ cadence: 'daily' });
      expect(sent.status).toBe(202);
      expect(sent.body.jobId).toMatch(new RegExp(`^digest\\.${hub.id}\\.daily\\.now-`));
      const quiet = await ctx.http
        .post(`/api/hubs/${quietHub.id}/digests/send-now`)
        .set(secretariat.auth)
        .send({ cadence: 'daily' });
      expect(quiet.status).toBe(202);

      for (const user of [secretariat, member.user, otherMember.user, board.user]) {
        const items = await waitFor('the digest listed', async () => {
          const page = (await digestsOf(user)).body.items;
          return page.length > 0 ? page : undefined;
        });
        expect(items).toHaveLength(1);
        expect(items[0].hubId).toBe(hub.id);
        const emails = await waitFor('the outbox email', async () => {
          const page = (await outboxOf(user)).body.items;
          return page.length > 0 ? page : undefined;
        });
        expect(emails).toHaveLength(1);
        expect(emails[0].to).toBe(user.email);
        expect(emails[0].text).toContain('/api/digests/unsubscribe?token=');
        expect(emails[0].html).toContain('<h2>');
      }
      const mine = (await digestsOf(member.user)).body.items[0];
      expect(mine.content.sections.map((s: { key: string }) => s.key)).toContain('owned_goals');
      const read = await ctx.http.post(`/api/digests/${mine.id}/read`).set(member.user.auth);
      expect(read.status).toBe(200);
      expect(read.body.readAt).not.toBeNull();
      expect((await ctx.http.post(`/api/digests/${mine.id}/read`).set(secretariat.auth)).status).toBe(404);
      const [count] = await ctx.ds.query(`SELECT count(*)::int AS n FROM digest WHERE hub_id = $1`, [quietHub.id]);
      expect(count.n).toBe(0);
    });

    it('delivers exactly once through a retried build, a duplicate schedule and a repeated delivery', async () => {
      const runs = worker.get(DigestRunService);
      const schedules = worker.get(DigestSchedules);
      const deliveries = worker.get(DigestDeliveryService);
      const slot = { cadence: 'weekly' as const, timeZone: 'UTC', deliveryTime: '08:00' };
      const at = new Date();
      // two ticks of the same slot (a schedule created twice) queue one build
      const first = await schedules.tick({ hubId: hub.id, slot }, at);
      expect(await schedules.tick({ hubId: hub.id, slot }, at)).toBe(first);
      const queue = worker.get<Queue<BuildData>>(getQueueToken(DIGEST_BUILD_QUEUE));
      const job = await queue.getJob(first);
      expect(job?.name).toBe(BuildJob.build);
      await waitFor('the build completed or removed', async () =>
        (await job!.isCompleted()) || (await queue.getJob(first)) === undefined ? true : undefined,
      );
      // the build retried (run again by hand), and every delivery repeated
      await runs.build(job!.data);
      const ids: { id: string }[] = await ctx.ds.query(
        `SELECT dd.id FROM digest_delivery dd JOIN digest d ON d.id = dd.digest_id
          WHERE d.period_key = $1 AND dd.channel = 'email'`,
        [job!.data.periodKey],
      );
      expect(ids.length).toBeGreaterThan(0);
      expect(await deliveries.deliver(ids.map((r) => r.id))).toEqual({ delivered: 0, skipped: ids.length });

      const rows: { user_id: string; n: number }[] = await ctx.ds.query(
        `SELECT d.user_id, count(*)::int AS n FROM digest d WHERE d.period_key = $1 GROUP BY d.user_id`,
        [job!.data.periodKey],
      );
      expect(rows.every((r) => r.n === 1)).toBe(true);
      const outbox: { n: number; emails: number }[] = await ctx.ds.query(
        `SELECT count(DISTINCT o.delivery_id)::int AS n, count(*)::int AS emails
           FROM outbox_email o JOIN digest_delivery dd ON dd.id = o.delivery_id JOIN digest d ON d.id = dd.digest_id
          WHERE d.period_key = $1`,
        [job!.data.periodKey],
      );
      expect(outbox[0]!.emails).toBe(outbox[0]!.n);
      // the secretariat's digests are daily: the weekly slot does not reach them
      expect(rows.map((r) => r.user_id)).not.toContain(secretariat.id);
    });

    it('shows the outbox to its recipient, and all of it to platform admins', async () => {
      const admin = await ctx.newUser();
      await ctx.ds.query(`UPDATE "user" SET is_platform_admin = true WHERE id = $1`, [admin.id]);
      const all = (await outboxOf(admin)).body.items;
      expect(all.length).toBeGreaterThanOrEqual(4);
      expect((await outboxOf(outsider)).body.items).toEqual([]);
      expect((await ctx.http.get('/api/digests/outbox?cursor=bad').set(admin.auth)).status).toBe(400);
      expect((await ctx.http.get('/api/digests/outbox')).status).toBe(401);
    });
  });

  describe('Bull Board', () => {
    it('shows the queues to platform admins only', async () => {
      const admin = await ctx.newUser();
      await ctx.ds.query(`UPDATE "user" SET is_platform_admin = true WHERE id = $1`, [admin.id]);
      expect((await ctx.http.get('/admin/queues')).status).toBe(401);
      expect((await ctx.http.get('/admin/queues').set({ Authorization: 'Bearer nope' })).status).toBe(401);
      expect((await ctx.http.get('/admin/queues').set(secretariat.auth)).status).toBe(403);
      const page = await ctx.http.get('/admin/queues').set(admin.auth);
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toMatch(/html/);
      // a browser signs in once with ?token=, then the cookie carries it
      const first = await ctx.http.get(`/admin/queues?token=${admin.token}`);
      expect(first.status).toBe(200);
      const cookie = first.headers['set-cookie']![0]!.split(';')[0]!;
      const queues = await ctx.http.get('/admin/queues/api/queues').set('Cookie', cookie);
      expect(queues.status).toBe(200);
      // every queue of the registry, not only the digests'
      expect(queues.body.queues.map((q: { name: string }) => q.name).sort()).toEqual([
        'account-mail',
        'digest-build',
        'digest-delivery',
        'network',
        'notification-email',
        'ratings',
      ]);
    });
  });
});
