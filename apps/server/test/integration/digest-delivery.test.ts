import { getQueueToken } from '@nestjs/bullmq';
import type { DigestDto } from '@hubspoke/contracts';
import type { TestingModule } from '@nestjs/testing';
import type { Queue } from 'bullmq';
import Redis from 'ioredis';
import { DIGEST_BUILD_QUEUE, scheduleId } from '../../src/modules/digests/digest-queues';
import { DigestSchedules } from '../../src/modules/digests/digest-schedules.service';
import { startWorker } from '../support/digest-worker';
import { waitFor } from '../support/wait';
import { connectSocket, listen, type ClientSocket } from '../support/sockets';
import { OwnRedis } from '../support/redis-server';
import { TestSmtp } from '../support/smtp';
import { createTestApp, type TestContext, type TestHub, type TestMember, type TestUser } from '../support/test-app';

/** Digests over a real SMTP server and a Redis of this file's own, which the test flushes. */
describe('digest schedules and email delivery', () => {
  let ctx: TestContext;
  let worker: TestingModule;
  let redis: OwnRedis;
  let smtp: TestSmtp;
  let hub: TestHub;
  let secretariat: TestUser;
  let member: TestMember;
  let socket: ClientSocket | undefined;

  beforeAll(async () => {
    redis = await OwnRedis.start();
    smtp = await TestSmtp.start();
    ctx = await createTestApp({ REDIS_URL: redis.url, SMTP_URL: smtp.url, DIGEST_RECONCILE_SECONDS: '1' });
    worker = await startWorker();
    hub = await ctx.newHub();
    secretariat = hub.owner;
    member = await ctx.newMember(hub, 'member');
    const task = await ctx.http
      .post(`/api/hubs/${hub.id}/tasks`)
      .set(secretariat.auth)
      .send({ title: 'Count the vials', assigneeOrganizationId: member.org.id });
    expect(task.status).toBe(201);
  });

  afterAll(async () => {
    socket?.close();
    await worker?.close();
    await ctx?.close();
    await smtp?.down();
    await redis?.kill();
  });

  const schedulerIds = async () =>
    (await worker.get<Queue>(getQueueToken(DIGEST_BUILD_QUEUE)).getJobSchedulers(0, -1)).map((s) => s.key).sort();

  it('derives one scheduler per hub and slot, and gets them back after Redis loses its data', async () => {
    const expected = [
      scheduleId(hub.id, { cadence: 'daily', timeZone: 'UTC', deliveryTime: '08:00' }),
      scheduleId(hub.id, { cadence: 'weekly', timeZone: 'UTC', deliveryTime: '08:00' }),
    ].sort();
    // the worker started before the hub existed; the next reconcile picks it up
    await waitFor('two schedulers', async () => ((await schedulerIds()).length === 2 ? true : undefined), 5_000);
    expect(await schedulerIds()).toEqual(expected);
    // reconciling again, or from a second worker, adds nothing
    expect(await worker.get(DigestSchedules).reconcile()).toEqual({ added: 0, removed: 0, total: 2 });

    const admin = new Redis(redis.url);
    await admin.flushall();
    admin.disconnect();
    await waitFor('two schedulers', async () => ((await schedulerIds()).length === 2 ? true : undefined), 5_000);
    expect(await schedulerIds()).toEqual(expected);

    // a changed preference moves the member's scheduler at the next reconcile
    const saved = await ctx.http
      .put(`/api/hubs/${hub.id}/digest-preferences/me`)
      .set(member.user.auth)
      .send({ cadence: 'daily', timeZone: 'Asia/Tokyo', deliveryTime: '07:30', channels: ['email'] });
    expect(saved.status).toBe(200);
    const moved = scheduleId(hub.id, { cadence: 'daily', timeZone: 'Asia/Tokyo', deliveryTime: '07:30' });
    await waitFor(
      'the moved scheduler',
      async () => ((await schedulerIds()).includes(moved) ? true : undefined),
      5_000,
    );
    expect(await schedulerIds()).toEqual([expected[0], moved].sort());
    const [scheduler] = (await worker.get<Queue>(getQueueToken(DIGEST_BUILD_QUEUE)).getJobSchedulers(0, -1)).filter(
      (s) => s.key === moved,
    );
    expect(scheduler).toMatchObject({ pattern: '30 7 * * *', tz: 'Asia/Tokyo' });
  });

  it('retries while SMTP is down, keeps the error visible, and delivers once when it is back', async () => {
    socket = await connectSocket(await listen(ctx.app), secretariat.token);
    const pushed: DigestDto[] = [];
    socket.on('digest', (d) => pushed.push(d));
    await smtp.down();
    const sent = await ctx.http
      .post(`/api/hubs/${hub.id}/digests/send-now`)
      .set(secretariat.auth)
      .send({ cadence: 'weekly' });
    expect(sent.status).toBe(202);
    const failed = await waitFor('the failed delivery', async () => {
      const rows: { attempts: number; last_error: string }[] = await ctx.ds.query(
        `SELECT dd.attempts, dd.last_error FROM digest_delivery dd JOIN digest d ON d.id = dd.digest_id
          WHERE d.user_id = $1 AND dd.channel = 'email' AND dd.status = 'failed'`,
        [member.user.id],
      );
      return rows[0];
    });
    expect(failed.last_error).toMatch(/ECONNREFUSED|connect/i);
    await smtp.up();
    await waitFor('the member email', async () => (smtp.to(member.user.email).length > 0 ? true : undefined), 30_000);
    await waitFor(
      'the secretariat email',
      async () => (smtp.to(secretariat.email).length > 0 ? true : undefined),
      30_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(smtp.to(member.user.email)).toHaveLength(1);
    expect(smtp.to(secretariat.email)).toHaveLength(1);
    // unfold headers and quoted-printable soft line breaks
    const mail = smtp
      .to(member.user.email)[0]!
      .raw.replace(/\r?\n[ \t]+/g, ' ')
      .replace(/=\r?\n/g, '');
    expect(mail).toContain('Count the vials');
    expect(mail).toMatch(/List-Unsubscribe: <http:\/\/localhost:\d+\/api\/digests\/unsubscribe\?token=/);
    expect(mail).toContain('multipart/alternative');
    const [row]: { status: string; last_error: string | null; attempts: number }[] = await ctx.ds.query(
      `SELECT dd.status, dd.last_error, dd.attempts FROM digest_delivery dd JOIN digest d ON d.id = dd.digest_id
        WHERE d.user_id = $1 AND dd.channel = 'email'`,
      [member.user.id],
    );
    expect(row).toMatchObject({ status: 'delivered', last_error: null });
    expect(row!.attempts).toBeGreaterThan(1);
    // in-app went out at once, pushed live to the user's room from the worker
    expect(pushed).toHaveLength(1);
    expect(pushed[0]).toMatchObject({ hubId: hub.id, cadence: 'weekly' });
    // the member chose email only: no in-app digest
    expect((await ctx.http.get('/api/digests').set(member.user.auth)).body.items).toEqual([]);
  }, 50_000);
});
