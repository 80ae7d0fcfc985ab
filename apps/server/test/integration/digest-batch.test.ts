import { getQueueToken } from '@nestjs/bullmq';
import type { TestingModule } from '@nestjs/testing';
import type { Queue } from 'bullmq';
import { randomBytes } from 'node:crypto';
import { SMTPServer } from 'smtp-server';
import { DIGEST_BUILD_QUEUE, DIGEST_DELIVERY_QUEUE, deliverJobId } from '../../src/modules/digests/digest-queues';
import { freePort } from '../support/api-instances';
import { startWorker } from '../support/digest-worker';
import { waitFor } from '../support/wait';
import { createTestApp, type TestContext, type TestHub, type TestUser } from '../support/test-app';

/** A real SMTP server (smtp-server) that refuses the recipients in `rejected` at RCPT TO, as a full mailbox would. */
class RejectingSmtp {
  readonly received: { to: string; messageId: string | undefined }[] = [];
  readonly rejected = new Set<string>();

  private constructor(
    readonly port: number,
    private readonly server: SMTPServer,
  ) {}

  static async start(): Promise<RejectingSmtp> {
    const smtp: RejectingSmtp = new RejectingSmtp(
      await freePort(),
      new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS', 'AUTH'],
        logger: false,
        onRcptTo: (address, _session, callback) => {
          if (!smtp.rejected.has(address.address)) return callback();
          callback(Object.assign(new Error('Mailbox full, try again later'), { responseCode: 452 }));
        },
        onData: (stream, session, callback) => {
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            const raw = Buffer.concat(chunks).toString();
            for (const r of session.envelope.rcptTo) {
              smtp.received.push({ to: r.address, messageId: /^Message-ID:\s*(<[^>]+>)/im.exec(raw)?.[1] });
            }
            callback();
          });
        },
      }),
    );
    smtp.server.on('error', () => undefined);
    await new Promise<void>((resolve) => smtp.server.listen(smtp.port, '127.0.0.1', () => resolve()));
    return smtp;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  to(email: string) {
    return this.received.filter((m) => m.to === email);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** A hub's emails go out as one batch job: one failing address neither holds back nor resends the others. */
describe('digest email batches', () => {
  let ctx: TestContext;
  let worker: TestingModule;
  let smtp: RejectingSmtp;
  let hub: TestHub;
  let users: TestUser[];

  beforeAll(async () => {
    smtp = await RejectingSmtp.start();
    ctx = await createTestApp({
      QUEUE_PREFIX: `tb${randomBytes(6).toString('hex')}`,
      SMTP_URL: smtp.url,
      DIGEST_RECONCILE_SECONDS: '3600',
    });
    worker = await startWorker();
    hub = await ctx.newHub();
    const members = [];
    for (let i = 0; i < 3; i += 1) members.push(await ctx.newMember(hub, 'member'));
    for (const m of members) {
      const task = await ctx.http
        .post(`/api/hubs/${hub.id}/tasks`)
        .set(hub.owner.auth)
        .send({ title: `Send the report of ${m.org.name}`, assigneeOrganizationId: m.org.id });
      expect(task.status).toBe(201);
    }
    users = [hub.owner, ...members.map((m) => m.user)];
  });

  afterAll(async () => {
    for (const name of [DIGEST_BUILD_QUEUE, DIGEST_DELIVERY_QUEUE]) {
      await worker?.get<Queue>(getQueueToken(name)).obliterate({ force: true });
    }
    await worker?.close();
    await ctx?.close();
    await smtp?.close();
  });

  const emailDeliveries = async () => {
    const rows: { user_id: string; id: string; status: string; attempts: number; last_error: string | null }[] =
      await ctx.ds.query(
        `SELECT d.user_id, dd.id, dd.status, dd.attempts, dd.last_error
           FROM digest_delivery dd JOIN digest d ON d.id = dd.digest_id
          WHERE d.hub_id = $1 AND dd.channel = 'email'`,
        [hub.id],
      );
    return new Map(rows.map((r) => [r.user_id, r]));
  };

  it('delivers the others once, and retries the failing address with its error visible until it goes through', async () => {
    const failing = users[2]!;
    const others = users.filter((u) => u !== failing);
    smtp.rejected.add(failing.email);
    const sent = await ctx.http
      .post(`/api/hubs/${hub.id}/digests/send-now`)
      .set(hub.owner.auth)
      .send({ cadence: 'weekly' });
    expect(sent.status).toBe(202);

    // the batch's first attempt: the others delivered and marked, the failing one marked failed with its error
    const first = await waitFor('the first attempt marked', async () => {
      const marked = await emailDeliveries();
      const done = others.every((u) => marked.get(u.id)?.status === 'delivered');
      return done && marked.get(failing.id)?.status === 'failed' ? marked : undefined;
    });
    expect(first.get(failing.id)).toMatchObject({
      attempts: 1,
      last_error: expect.stringMatching(/452.*Mailbox full/),
    });
    for (const u of others) expect(first.get(u.id)).toMatchObject({ attempts: 1, last_error: null });
    // the batch job waits for its retry, with the error on it (as the Bull Board shows it)
    const periodKey = /\.weekly\.(.+)$/.exec(sent.body.jobId as string)![1]!;
    const queue = worker.get<Queue>(getQueueToken(DIGEST_DELIVERY_QUEUE));
    const job = await waitFor('the retry delayed', async () => {
      const found = await queue.getJob(deliverJobId(hub.id, 'weekly', periodKey));
      return found && (await found.getState()) === 'delayed' ? found : undefined;
    });
    expect(job.failedReason).toMatch(/1 of 4 digest emails failed.*Mailbox full/);
    expect(job.data.deliveryIds).toHaveLength(users.length);

    // the mailbox frees up: the retry sends the failing one only
    smtp.rejected.clear();
    const last = await waitFor(
      'the refused email delivered',
      async () => {
        const marked = await emailDeliveries();
        return marked.get(failing.id)?.status === 'delivered' ? marked : undefined;
      },
      20_000,
    );
    expect(last.get(failing.id)).toMatchObject({ last_error: null });
    expect(last.get(failing.id)!.attempts).toBeGreaterThan(1);
    await waitFor('the batch job completed', async () => ((await job.getState()) === 'completed' ? true : undefined));
    for (const u of users) {
      // one email each, with the delivery's stable Message-ID; the ones sent in the first attempt were not resent
      expect(smtp.to(u.email).map((m) => m.messageId)).toEqual([`<${last.get(u.id)!.id}@digests.hubspoke>`]);
    }
    for (const u of others) expect(last.get(u.id)!.attempts).toBe(1);
    expect(await queue.getFailedCount()).toBe(0);
  }, 40_000);
});
