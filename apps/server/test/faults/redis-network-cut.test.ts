import { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { DIGEST_BUILD_QUEUE } from '../../src/modules/digests/digest-queues';
import type { ApiInstance } from '../support/api-instances';
import { FaultStack } from '../support/fault-stack';
import { count, maxMs, Recorder, reportFigures } from '../support/fault-load';
import { sleep, waitFor } from '../support/wait';
import { expectConverged, startListener, type Listener } from '../support/hub-listeners';
import { TcpProxy } from '../support/tcp-proxy';

const CLIENT_TIMEOUT_MS = 10_000;
const OUTAGE_MS = 3_000;
/**
 * Reads ask Redis for the read limit and whether their session ended, and go on without it: with it silent, the first
 * read pays the Redis command timeout (1 s) once, and every check skips Redis for a few seconds after.
 */
const READ_FAST_MS = 1_500;
/**
 * Writes ask Redis for the rate limit first, and go on without it after the Redis command timeout (1 s); a queue add
 * fails after it (503).
 */
const WRITE_FAST_MS = 2_500;

/**
 * The network between one api instance (A) and Redis cut — connections reset, new ones refused — and restored, then
 * stalled — connections open, nothing answers — and restored, while another instance (B) keeps its Redis: A keeps
 * answering reads and writes that don't need Redis, reports not-ready meanwhile, and recovers by itself: readiness,
 * socket fan-out between the instances, and queue adds.
 */
describe('network between an api and Redis cut and restored', () => {
  let stack: FaultStack;
  let proxy: TcpProxy;
  let a: ApiInstance;
  let b: ApiInstance;
  const listeners: Listener[] = [];

  beforeAll(async () => {
    stack = await FaultStack.start({ env: { DIGEST_RECONCILE_SECONDS: '3600' } });
    proxy = await TcpProxy.start(stack.redis.port);
    a = await stack.startApi({ REDIS_URL: proxy.url(stack.redis.url) });
    b = await stack.startApi();
  }, 60_000);

  afterAll(async () => {
    listeners.forEach((l) => l.client.close());
    await stack?.close();
    await proxy?.close();
  }, 30_000);

  it('keeps serving what needs no Redis, reports not-ready, and recovers fan-out and queue adds by itself', async () => {
    const hub = await stack.newHub();
    const [onA, onB] = await Promise.all([a, b].map((api) => startListener(api.url, hub.owner, hub.id)));
    listeners.push(onA!, onB!);
    /** Entity ids of the hub events each listener received live (not by catch-up). */
    const liveOn = (l: Listener) => {
      const ids = new Set<string>();
      l.client.socket.on('hub:event', (event) => ids.add(event.entityId));
      return ids;
    };
    const liveA = liveOn(onA!);
    const liveB = liveOn(onB!);

    const http = new Recorder(CLIENT_TIMEOUT_MS);
    const ready = new Recorder(CLIENT_TIMEOUT_MS);
    let running = true;
    const loop = async (step: (i: number) => Promise<unknown>, pauseMs: number) => {
      for (let i = 0; running; i += 1) {
        await step(i);
        await sleep(pauseMs);
      }
    };
    const load = [
      loop(() => http.call(a.url, 'GET', `/api/hubs/${hub.id}/tasks`, hub.owner, undefined, 'read'), 20),
      loop(() => http.call(a.url, 'GET', `/api/hubs/${hub.id}/events`, hub.owner, undefined, 'read'), 20),
      loop((i) => http.call(a.url, 'POST', `/api/hubs/${hub.id}/tasks`, hub.owner, { title: `t${i}` }, 'write'), 50),
      loop(
        () =>
          Promise.all([
            ready.call(a.url, 'GET', '/health/ready', undefined, undefined, 'A'),
            ready.call(b.url, 'GET', '/health/ready', undefined, undefined, 'B'),
          ]),
        100,
      ),
    ];

    /** When A's readiness first answers 200 in a probe begun at `from` or later. */
    const readyAgain = (from: number) =>
      waitFor(
        'A ready again',
        async () => ready.outcomes.find((o) => o.label === 'A' && o.start >= from && o.status === 200)?.end,
        20_000,
      );
    /** When a write on `from` first reaches the client on the other instance live (not by catch-up). */
    const fanOut = (from: ApiInstance, seen: Set<string>) =>
      waitFor(
        'socket fan-out between the instances',
        async () => {
          const res = await http.call(from.url, 'POST', `/api/hubs/${hub.id}/tasks`, hub.owner, { title: 'fan-out' });
          if (res.status !== 201) return undefined;
          const id: string = res.body.id;
          return waitFor('delivered live', async () => (seen.has(id) ? Date.now() : undefined), 1_000).catch(
            () => undefined,
          );
        },
        20_000,
      );
    const phase = async (name: 'cut' | 'stall') => {
      const from = Date.now();
      if (name === 'cut') await proxy.cut();
      else proxy.stall();
      // a queue add while A cannot reach Redis: refused fast with 503, never waiting for Redis, never lost silently
      const send = http.call(
        a.url,
        'POST',
        `/api/hubs/${hub.id}/digests/send-now`,
        hub.owner,
        { cadence: name === 'cut' ? 'weekly' : 'daily' },
        `send-now during ${name}`,
      );
      await sleep(OUTAGE_MS);
      await proxy.restore();
      const to = Date.now();
      const [readyAt, fanOutAt] = await Promise.all([readyAgain(to), fanOut(a, liveB)]);
      return { name, from, to, readyAt, fanOutAt, send: await send };
    };

    const phases: Awaited<ReturnType<typeof phase>>[] = [];
    try {
      await sleep(1_000);
      phases.push(await phase('cut'));
      await sleep(500);
      // the nastier partition: connections stay open, nothing answers
      phases.push(await phase('stall'));
      await sleep(500);
    } finally {
      running = false;
      await Promise.all(load);
    }
    // fan-out the other way too
    await fanOut(b, liveA);
    // B's client caught up on the events A published while cut off, and A's on B's
    await expectConverged(stack.rows as DataSource, [onA!, onB!], 15_000);

    const queue = new Queue(DIGEST_BUILD_QUEUE, {
      connection: { url: stack.redis.url },
      prefix: stack.env.QUEUE_PREFIX,
    });
    try {
      for (const p of phases) {
        // the queue add asked for while A was cut off answered before Redis came back; once accepted it is in the
        // queue (retried once if it was refused with 503)
        expect(p.send.ms).toBeLessThan(WRITE_FAST_MS);
        let sent = p.send;
        if (sent.status === 503) {
          sent = await http.call(a.url, 'POST', `/api/hubs/${hub.id}/digests/send-now`, hub.owner, {
            cadence: p.name === 'cut' ? 'weekly' : 'daily',
          });
        }
        expect(sent.status).toBe(202);
        expect(await queue.getJob(sent.body.jobId)).toBeDefined();
      }
      // and a new one after
      const other = await stack.newHub();
      const after = await http.call(a.url, 'POST', `/api/hubs/${other.id}/digests/send-now`, other.owner, {
        cadence: 'weekly',
      });
      expect(after.status).toBe(202);
      expect(await queue.getJob(after.body.jobId)).toBeDefined();
    } finally {
      await queue.close();
    }

    expect(http.outcomes.filter((o) => typeof o.status !== 'number')).toEqual([]);
    expect(ready.outcomes.filter((o) => o.label === 'B' && o.status !== 200)).toEqual([]);
    expect([a.exited(), b.exited()]).toEqual([undefined, undefined]);
    for (const p of phases) {
      // reads and writes on A answered as usual (writes at most a Redis command timeout later), A was not ready
      const during = http.during(p.from, p.to);
      const reads = during.filter((o) => o.label === 'read');
      const writes = during.filter((o) => o.label === 'write');
      expect(reads.length).toBeGreaterThan(10);
      expect(writes.length).toBeGreaterThan(2);
      expect([...reads, ...writes].filter((o) => o.status !== (o.label === 'read' ? 200 : 201))).toEqual([]);
      expect(maxMs(reads)).toBeLessThan(READ_FAST_MS);
      expect(maxMs(writes)).toBeLessThan(WRITE_FAST_MS);
      // probes wholly inside the outage (a stalled ping takes the health check's 1 s to fail)
      const readyA = ready.outcomes.filter((o) => o.label === 'A' && o.start >= p.from + 200 && o.end <= p.to);
      expect(readyA.length).toBeGreaterThan(0);
      expect(readyA.filter((o) => o.status !== 503)).toEqual([]);

      reportFigures(
        p.name === 'cut'
          ? 'redis network cut (api A only: connections reset, new ones refused)'
          : 'redis network stall (api A only: connections open, nothing answers)',
        {
          'outage ms': p.to - p.from,
          'reads on A during outage': reads.length,
          'writes on A during outage': writes.length,
          failed: count([...reads, ...writes], (o) => o.status !== (o.label === 'read' ? 200 : 201)),
          'max read latency ms': maxMs(reads),
          'max write latency ms': maxMs(writes),
          'A readiness 503': `${count(readyA, (o) => o.status === 503)}/${readyA.length}`,
          'B readiness 503': 0,
          'send-now during outage': `${p.send.status} after ${p.send.ms} ms`,
          'recovery ms: ready': p.readyAt - p.to,
          'recovery ms: fan-out A->B': p.fanOutAt - p.to,
          'data lost': 'none',
        },
      );
    }
  }, 90_000);
});
