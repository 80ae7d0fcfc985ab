import type { DataSource } from 'typeorm';
import type { ApiInstance } from '../support/api-instances';
import { FaultStack } from '../support/fault-stack';
import { count, maxMs, Recorder, reportFigures } from '../support/fault-load';
import { sleep, waitFor } from '../support/wait';
import { expectConverged, startListener, type Listener } from '../support/hub-listeners';
import { TestSmtp } from '../support/smtp';
import type { TestHub, TestUser } from '../support/test-app';

const CLIENT_TIMEOUT_MS = 10_000;
const OUTAGE_MS = 2_500;
/** A queue add while Redis is down is refused at once (no offline queue in the api): well before Redis is back. */
const QUEUE_REFUSED_MS = 1_500;
const DIGEST_HUBS = 6;
const MEMBERS_PER_HUB = 2;

/**
 * Redis (append-only, as in production) SIGKILLed and restarted while members write on two api instances, socket
 * clients listen, and digests are queued and being sent by a worker: the api and the worker reconnect by themselves,
 * every queued digest is delivered exactly once, and every socket client catches up on the hub events it missed.
 */
describe('Redis restarted under load', () => {
  let stack: FaultStack;
  let smtp: TestSmtp;
  let apis: ApiInstance[];
  const listeners: Listener[] = [];

  beforeAll(async () => {
    smtp = await TestSmtp.start();
    // a slow mail provider: the digest emails are still queued or being sent when Redis dies
    smtp.delayMs = 300;
    stack = await FaultStack.start({
      persistentRedis: true,
      env: { SMTP_URL: smtp.url, DIGEST_RECONCILE_SECONDS: '3600', DIGEST_LOCK_MS: '2000' },
    });
    apis = [await stack.startApi(), await stack.startApi()];
    stack.startWorker();
  }, 60_000);

  afterAll(async () => {
    listeners.forEach((l) => l.client.close());
    await stack?.close();
    await smtp?.down();
  }, 30_000);

  /** A hub whose members each have a task assigned, so every member's digest has something in it. */
  const digestHub = async (): Promise<{ hub: TestHub; users: TestUser[] }> => {
    const hub = await stack.newHub();
    const members = await Promise.all(Array.from({ length: MEMBERS_PER_HUB }, () => stack.newMember(hub, 'member')));
    for (const m of members) {
      const res = await fetch(`${apis[0]!.url}/api/hubs/${hub.id}/tasks`, {
        method: 'POST',
        headers: { ...hub.owner.auth, 'Content-Type': 'application/json' },
        body: JSON.stringify({ title: `Report for ${m.org.name}`, assigneeOrganizationId: m.org.id }),
      });
      expect(res.status).toBe(201);
    }
    return { hub, users: [hub.owner, ...members.map((m) => m.user)] };
  };

  const deliveries = async (hubIds: string[]) => {
    const { rows } = await stack.db.query<{ id: string; hub_id: string; channel: string; status: string }>(
      `SELECT dd.id, d.hub_id, dd.channel, dd.status FROM digest_delivery dd JOIN digest d ON d.id = dd.digest_id
        WHERE d.hub_id = ANY($1::uuid[])`,
      [hubIds],
    );
    return rows;
  };

  it('reconnects the api and the worker, delivers every queued digest once, and every client catches up', async () => {
    const digestHubs = await Promise.all(Array.from({ length: DIGEST_HUBS + 1 }, () => digestHub()));
    const lateHub = digestHubs.pop()!; // its digests are asked for while Redis is down
    const live = await stack.newHub();
    const writers = [
      live.owner,
      ...(await Promise.all([1, 2].map(() => stack.newMember(live, 'member')))).map((m) => m.user),
    ];
    listeners.push(
      ...(await Promise.all(Array.from({ length: 6 }, (_, i) => startListener(apis[i % 2]!.url, live.owner, live.id)))),
    );

    const recorder = new Recorder(CLIENT_TIMEOUT_MS);
    let running = true;
    const writing = writers.map(async (writer, w) => {
      for (let i = 0; running; i += 1) {
        await recorder.call(apis[(w + i) % 2]!.url, 'POST', `/api/hubs/${live.id}/tasks`, writer, {
          title: `w${w} ${i}`,
        });
        await sleep(30);
      }
    });

    let killedAt!: number;
    let restartedAt!: number;
    let pendingAtKill!: number;
    let lateSend: Promise<Awaited<ReturnType<Recorder['call']>>> | undefined;
    let allDelivered$: Promise<number> | undefined;
    const hubs = [...digestHubs, lateHub];
    const users = hubs.reduce((n, h) => n + h.users.length, 0);
    try {
      await sleep(1_000);
      // every digest hub's digests asked for at once; Redis dies right after
      const sent = await Promise.all(
        digestHubs.map(({ hub }) =>
          recorder.call(
            apis[0]!.url,
            'POST',
            `/api/hubs/${hub.id}/digests/send-now`,
            hub.owner,
            { cadence: 'weekly' },
            'send-now',
          ),
        ),
      );
      expect(sent.map((s) => s.status)).toEqual(digestHubs.map(() => 202));
      await sleep(200);
      killedAt = Date.now();
      await stack.redis.kill();
      const emailsPlanned = digestHubs.length * (MEMBERS_PER_HUB + 1);
      const delivered = (await deliveries(digestHubs.map((d) => d.hub.id))).filter(
        (d) => d.channel === 'email' && d.status === 'delivered',
      ).length;
      pendingAtKill = emailsPlanned - delivered;
      // asked for while Redis is down: refused fast with 503, never waiting for Redis, never lost silently
      lateSend = recorder.call(
        apis[1]!.url,
        'POST',
        `/api/hubs/${lateHub.hub.id}/digests/send-now`,
        lateHub.hub.owner,
        { cadence: 'weekly' },
        'send-now during outage',
      );
      await sleep(OUTAGE_MS);
      await stack.redis.start();
      restartedAt = Date.now();
      // watched from the restart on, while the load goes on
      allDelivered$ = waitFor(
        'every digest delivered',
        async () => {
          const rows = await deliveries(hubs.map((h) => h.hub.id));
          return rows.length === users * 2 && rows.every((r) => r.status === 'delivered') ? Date.now() : undefined;
        },
        40_000,
      );
      allDelivered$.catch(() => undefined); // awaited below
      await sleep(2_000);
    } finally {
      running = false;
      await Promise.all(writing);
    }

    // the late send-now: refused fast with 503, and accepted on a retry once Redis is back
    const refused = await lateSend!;
    expect(refused.status).toBe(503);
    expect(refused.ms).toBeLessThan(QUEUE_REFUSED_MS);
    const late = await recorder.call(
      apis[1]!.url,
      'POST',
      `/api/hubs/${lateHub.hub.id}/digests/send-now`,
      lateHub.hub.owner,
      {
        cadence: 'weekly',
      },
    );
    expect(late.status).toBe(202);

    // every digest delivered, in-app and by email, exactly once
    const allDelivered = await allDelivered$!;
    await sleep(1_000); // room for a stray second copy to arrive before counting
    const rows = await deliveries(hubs.map((h) => h.hub.id));
    const emailIds = rows.filter((r) => r.channel === 'email').map((r) => `<${r.id}@digests.hubspoke>`);
    const received = smtp.received.map((m) => /^Message-ID:\s*(<[^>]+>)/im.exec(m.raw)?.[1]);
    expect(received.sort()).toEqual(emailIds.sort());
    const { rows: digests } = await stack.db.query(
      `SELECT hub_id, user_id, count(*)::int AS n FROM digest WHERE hub_id = ANY($1::uuid[]) GROUP BY hub_id, user_id`,
      [hubs.map((h) => h.hub.id)],
    );
    expect(digests).toHaveLength(users);
    expect(digests.every((d: { n: number }) => d.n === 1)).toBe(true);

    // the writes never needed Redis; every socket client converges on the database
    const writes = recorder.outcomes.filter((o) => o.label.endsWith('/tasks'));
    expect(writes.filter((o) => o.status !== 201)).toEqual([]);
    const converging = Date.now();
    await expectConverged(stack.rows as DataSource, listeners, 30_000);
    const convergedAt = Date.now();
    // both apis report ready again (their Redis connections are back)
    for (const api of apis) {
      await waitFor('ready', async () => ((await fetch(`${api.url}/health/ready`)).ok ? true : undefined), 10_000);
    }
    for (const p of [...stack.apis.map((a) => a.exited()), ...stack.workers.map((w) => w.child.exitCode)]) {
      expect(p ?? undefined).toBeUndefined();
    }

    const duringOutage = recorder.during(killedAt, restartedAt).filter((o) => o.label.endsWith('/tasks'));
    reportFigures('redis restart (SIGKILL, append-only)', {
      'outage ms': restartedAt - killedAt,
      'writes during outage': duringOutage.length,
      'writes failed': count(writes, (o) => o.status !== 201),
      'max write latency during outage ms': maxMs(duringOutage),
      'digest emails queued': users,
      'emails not yet sent at the kill': pendingAtKill,
      'emails delivered': received.length,
      duplicates: received.length - new Set(received).size,
      'send-now during outage': `${refused.status} after ${refused.ms} ms`,
      'recovery ms (Redis back -> every digest delivered)': allDelivered - restartedAt,
      'socket clients': listeners.length,
      'converged ms after writes stopped': convergedAt - converging,
      'data lost': 'none',
    });
  }, 120_000);
});
