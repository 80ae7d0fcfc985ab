import { startApiInstance, startApiInstances, type ApiInstance } from '../support/api-instances';
import { expectConverged, startListener, type Listener } from '../support/hub-listeners';
import { startLoadBalancer, type LoadBalancer } from '../support/load-balancer';
import { databaseUrl } from '../support/services';
import { sleep } from '../support/wait';
import { createTestApp, type TestContext, type TestHub } from '../support/test-app';

const WRITERS = 6;
const REQUEST_TIMEOUT_MS = 10_000;

interface LoadResult {
  ok: number;
  failures: string[];
  maxLatencyMs: number;
}

/**
 * Writers and readers through the load balancer until `until` resolves: each writer creates a task, renames it
 * with its version, then reads the hub's tasks. Any answer but the expected one is a failure.
 */
async function runLoad(lbUrl: string, hub: TestHub, until: Promise<void>): Promise<LoadResult> {
  const result: LoadResult = { ok: 0, failures: [], maxLatencyMs: 0 };
  let running = true;
  void until.then(() => (running = false));
  const call = async (method: string, path: string, expected: number, body?: object) => {
    const started = Date.now();
    try {
      const res = await fetch(`${lbUrl}${path}`, {
        method,
        headers: { ...hub.owner.auth, 'Content-Type': 'application/json' },
        body: body && JSON.stringify(body),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const json = (await res.json()) as { id?: string; version?: number };
      if (res.status !== expected) throw new Error(`${res.status} ${JSON.stringify(json)}`);
      result.ok++;
      return json;
    } catch (error) {
      result.failures.push(`${method} ${path}: ${(error as Error).message}`);
      return null;
    } finally {
      result.maxLatencyMs = Math.max(result.maxLatencyMs, Date.now() - started);
    }
  };
  const writer = async (w: number) => {
    for (let i = 0; running; i++) {
      const task = await call('POST', `/api/hubs/${hub.id}/tasks`, 201, { title: `w${w} task ${i}` });
      if (task?.id) {
        await call('PATCH', `/api/hubs/${hub.id}/tasks/${task.id}`, 200, {
          title: `w${w} task ${i} renamed`,
          version: task.version,
        });
      }
      await call('GET', `/api/hubs/${hub.id}/tasks?limit=20`, 200);
    }
  };
  await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
  return result;
}

/** Two api instances behind a load balancer; each is restarted in turn (SIGTERM, start again) under load. */
describe('rolling restart', () => {
  let ctx: TestContext;
  let apis: ApiInstance[] = [];
  let lb: LoadBalancer;
  const listeners: Listener[] = [];
  beforeAll(async () => {
    ctx = await createTestApp();
    apis = await startApiInstances(2, databaseUrl(ctx.databaseName));
    lb = await startLoadBalancer(apis.map((api) => api.url));
  }, 40_000);
  afterAll(async () => {
    listeners.forEach((l) => l.client.close());
    await lb?.close();
    await Promise.all(apis.map((api) => api.stop()));
    await ctx?.close();
  });

  it('fails no request and loses no event while each of two instances restarts', async () => {
    const hub = await ctx.newHub();
    for (let i = 0; i < 8; i++) listeners.push(await startListener(lb.url, hub.owner, hub.id));
    const reconnects = listeners.map(() => 0);
    listeners.forEach((l, i) => l.client.socket.io.on('reconnect', () => reconnects[i]!++));

    let stopLoad!: () => void;
    const load = runLoad(lb.url, hub, new Promise<void>((resolve) => (stopLoad = resolve)));
    const drains: number[] = [];
    for (const index of [0, 1]) {
      await sleep(1500);
      const stopping = Date.now();
      await apis[index]!.stop();
      drains.push(Date.now() - stopping);
      expect(apis[index]!.exited()).toBe(0); // drained and exited by itself, not killed
      apis[index] = await startApiInstance(databaseUrl(ctx.databaseName), { PORT: new URL(apis[index]!.url).port });
    }
    await sleep(1500);
    stopLoad();
    const result = await load;

    console.log(
      `rolling restart: ${result.ok} requests, ${result.failures.length} failed, max latency ${result.maxLatencyMs} ms, ` +
        `drain ${drains.join(' / ')} ms, ${reconnects.reduce((a, b) => a + b, 0)} socket reconnects`,
    );
    expect(result.failures).toEqual([]);
    expect(result.ok).toBeGreaterThan(100);
    // every socket was on one of the restarted instances at some point, and came back by itself
    expect(reconnects.every((count) => count >= 1)).toBe(true);
    await expectConverged(ctx.ds, listeners, 20_000);
  }, 90_000);
});
