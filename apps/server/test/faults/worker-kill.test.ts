import { Queue } from 'bullmq';
import { SMTPServer } from 'smtp-server';
import { DIGEST_DELIVERY_QUEUE } from '../../src/modules/digests/digest-queues';
import { freePort, type ApiInstance } from '../support/api-instances';
import { reportFigures } from '../support/fault-load';
import { waitFor } from '../support/wait';
import { FaultStack } from '../support/fault-stack';
import type { TestHub, TestUser } from '../support/test-app';
import type { WorkerProcess } from '../support/worker-process';

/** Where an SMTP exchange is held while `holding` is on: before the message (RCPT TO) or after it (the DATA reply). */
type Hold = 'none' | 'rcpt' | 'data';

interface Received {
  to: string;
  messageId: string | undefined;
  /** False while the DATA reply is held back: the server has the message, the client does not know it. */
  acknowledged: boolean;
}

/** A real SMTP server (smtp-server) that, while `holding`, leaves chosen recipients' exchanges without a reply. */
class HoldingSmtp {
  readonly received: Received[] = [];
  readonly heldAtRcpt: string[] = [];
  holding = true;

  private constructor(
    readonly port: number,
    private readonly server: SMTPServer,
  ) {}

  static async start(policy: (recipient: string) => Hold): Promise<HoldingSmtp> {
    const port = await freePort();
    const smtp: HoldingSmtp = new HoldingSmtp(
      port,
      new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS', 'AUTH'],
        logger: false,
        onRcptTo: (address, _session, callback) => {
          // never answered: the worker is killed while waiting
          if (smtp.holding && policy(address.address) === 'rcpt') return void smtp.heldAtRcpt.push(address.address);
          callback();
        },
        onData: (stream, session, callback) => {
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            const to = session.envelope.rcptTo.map((r) => r.address)[0] ?? '';
            const raw = Buffer.concat(chunks).toString();
            const held = smtp.holding && policy(to) === 'data';
            smtp.received.push({ to, messageId: /^Message-ID:\s*(<[^>]+>)/im.exec(raw)?.[1], acknowledged: !held });
            if (!held) callback();
          });
        },
      }),
    );
    smtp.server.on('error', () => undefined);
    await new Promise<void>((resolve) => smtp.server.listen(port, '127.0.0.1', () => resolve()));
    return smtp;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  to(email: string): Received[] {
    return this.received.filter((m) => m.to === email);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/**
 * Exactly once through a worker SIGKILLed mid-delivery, on the test's own PostgreSQL and Redis: the built worker runs as
 * a child process, SMTP holds some sends open, the worker is killed and another one started, which takes over the dead
 * worker's jobs once their locks (DIGEST_LOCK_MS) expire. (Formerly test/integration/digest-worker-kill.test.ts.)
 */
describe('a worker SIGKILLed mid-job', () => {
  const LOCK_MS = '2000';
  let stack: FaultStack;
  let api: ApiInstance;
  let smtp: HoldingSmtp;
  let hub: TestHub;
  let users: TestUser[];
  const holds = new Map<string, Hold>();
  const startWorker = (): WorkerProcess => stack.startWorker({ DIGEST_LOCK_MS: LOCK_MS });
  const call = (user: TestUser, method: string, path: string, body?: object) =>
    fetch(`${api.url}${path}`, {
      method,
      headers: { ...user.auth, 'Content-Type': 'application/json' },
      body: body && JSON.stringify(body),
    });

  beforeAll(async () => {
    smtp = await HoldingSmtp.start((recipient) => holds.get(recipient) ?? 'none');
    stack = await FaultStack.start({ env: { SMTP_URL: smtp.url, DIGEST_RECONCILE_SECONDS: '3600' } });
    api = await stack.startApi();
    hub = await stack.newHub();
    const members = await Promise.all(Array.from({ length: 5 }, () => stack.newMember(hub, 'member')));
    for (const m of members) {
      const task = await call(hub.owner, 'POST', `/api/hubs/${hub.id}/tasks`, {
        title: `Check the stock of ${m.org.name}`,
        assigneeOrganizationId: m.org.id,
      });
      expect(task.status).toBe(201);
    }
    users = [hub.owner, ...members.map((m) => m.user)];
    // two sends go through before the kill, two are held before the message, two after it (reply withheld)
    const plan: Hold[] = ['none', 'none', 'rcpt', 'rcpt', 'data', 'data'];
    users.forEach((u, i) => holds.set(u.email, plan[i]!));
  }, 60_000);

  afterAll(async () => {
    // every process this file started, even when a test failed
    await stack?.close();
    await smtp?.close();
  }, 30_000);

  const emailDeliveries = async (): Promise<Map<string, { id: string; status: string }>> => {
    const rows: { user_id: string; id: string; status: string }[] = await stack.rows.query(
      `SELECT d.user_id, dd.id, dd.status FROM digest_delivery dd JOIN digest d ON d.id = dd.digest_id
        WHERE d.hub_id = $1 AND dd.channel = 'email'`,
      [hub.id],
    );
    return new Map(rows.map((r) => [r.user_id, { id: r.id, status: r.status }]));
  };
  const byHold = (hold: Hold) => users.filter((u) => holds.get(u.email) === hold);

  it('gives each user one in-app digest and one email (a resend keeps its Message-ID)', async () => {
    const first = startWorker();
    const sent = await call(hub.owner, 'POST', `/api/hubs/${hub.id}/digests/send-now`, { cadence: 'weekly' });
    expect(sent.status).toBe(202);

    // mid-delivery: two emails sent and marked, two waiting at RCPT, two received but not acknowledged
    const diagnose = () => `\nworker output:\n${first.output()}`;
    await waitFor(
      'two emails sent, two held at RCPT, two held after DATA',
      async () => {
        const marked = await emailDeliveries();
        const done = byHold('none').every((u) => marked.get(u.id)?.status === 'delivered');
        return done && smtp.heldAtRcpt.length === 2 && smtp.received.length === 4 ? true : undefined;
      },
      20_000,
    ).catch((error: Error) => {
      throw new Error(error.message + diagnose());
    });
    const before = await emailDeliveries();
    for (const u of [...byHold('rcpt'), ...byHold('data')]) expect(before.get(u.id)?.status).not.toBe('delivered');
    expect(
      smtp.received
        .filter((m) => !m.acknowledged)
        .map((m) => m.to)
        .sort(),
    ).toEqual(
      byHold('data')
        .map((u) => u.email)
        .sort(),
    );

    const killedAt = Date.now();
    await first.kill();
    smtp.holding = false;
    const second = startWorker();

    // the new worker takes over the dead one's active jobs once their locks expire
    await waitFor(
      'every email delivered by the second worker',
      async () => {
        const marked = await emailDeliveries();
        return marked.size === users.length && [...marked.values()].every((d) => d.status === 'delivered')
          ? true
          : undefined;
      },
      20_000,
    ).catch((error: Error) => {
      throw new Error(`${error.message}\nworker output:\n${second.output()}`);
    });
    const takeoverMs = Date.now() - killedAt;
    // room for a stray resend to show up before counting
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    const deliveries = await emailDeliveries();
    for (const u of users) {
      const mails = smtp.to(u.email);
      const messageId = `<${deliveries.get(u.id)!.id}@digests.hubspoke>`;
      // one email per user: every copy that reached the server is the same message
      expect(new Set(mails.map((m) => m.messageId))).toEqual(new Set([messageId]));
      // sent before the kill, or never begun before it: exactly one copy. Received but unacknowledged when the
      // worker died (the one window an SMTP send cannot share with the database mark): resent once, same Message-ID.
      expect(mails).toHaveLength(holds.get(u.email) === 'data' ? 2 : 1);
    }
    expect(new Set(smtp.received.map((m) => m.messageId)).size).toBe(users.length);

    // the database: one digest per user for the period, one delivery per user and channel, all delivered
    const rows: { user_id: string; digests: number; email: number; in_app: number; undelivered: number }[] =
      await stack.rows.query(
        `SELECT d.user_id, count(DISTINCT d.id)::int AS digests,
                count(*) FILTER (WHERE dd.channel = 'email')::int AS email,
                count(*) FILTER (WHERE dd.channel = 'in_app')::int AS in_app,
                count(*) FILTER (WHERE dd.status <> 'delivered')::int AS undelivered
           FROM digest d JOIN digest_delivery dd ON dd.digest_id = d.id
          WHERE d.hub_id = $1 GROUP BY d.user_id`,
        [hub.id],
      );
    expect(rows.map((r) => r.user_id).sort()).toEqual(users.map((u) => u.id).sort());
    for (const r of rows) expect(r).toMatchObject({ digests: 1, email: 1, in_app: 1, undelivered: 0 });
    expect(await stack.rows.query(`SELECT 1 FROM outbox_email`)).toEqual([]);
    // and in the app: one digest each
    for (const u of users) {
      const listed = await call(u, 'GET', '/api/digests');
      expect(((await listed.json()) as { items: unknown[] }).items).toHaveLength(1);
    }
    // nothing failed for good in BullMQ
    const queue = new Queue(DIGEST_DELIVERY_QUEUE, {
      connection: { url: stack.redis.url },
      prefix: stack.env.QUEUE_PREFIX,
    });
    try {
      expect(await queue.getFailedCount()).toBe(0);
    } finally {
      await queue.close();
    }
    expect(takeoverMs).toBeLessThan(20_000);
    reportFigures('worker SIGKILLed mid-delivery', {
      'digest emails': users.length,
      'sent before the kill': byHold('none').length,
      'in flight at the kill (held before the message / message received, reply withheld)': `${byHold('rcpt').length} / ${byHold('data').length}`,
      'lock ms': Number(LOCK_MS),
      'recovery ms (kill -> all delivered by the new worker)': takeoverMs,
      'emails received': smtp.received.length,
      'resent with the same Message-ID (the reply-withheld window)': smtp.received.length - users.length,
      'digests per user': 1,
      'failed jobs': 0,
      'data lost': 'none',
    });
  }, 55_000);
});
