import type { ApiInstance } from '../support/api-instances';
import { FaultStack } from '../support/fault-stack';
import { count, maxMs, Recorder, reportFigures, type Outcome } from '../support/fault-load';
import { sleep, waitFor } from '../support/wait';
import { TcpProxy } from '../support/tcp-proxy';
import type { TestHub, TestUser } from '../support/test-app';

const CLIENT_TIMEOUT_MS = 10_000;
/** A request answered later than this while PostgreSQL is down did not fail fast. */
const FAIL_FAST_MS = 2_000;
const OUTAGE_MS = 2_500;
const WRITERS = 4;
/** The pool of the api behind the stalled network: short timeouts, so that the test stays short. */
const STALL_POOL = {
  DB_CONNECT_TIMEOUT_MS: '1000',
  DB_STATEMENT_TIMEOUT_MS: '1000',
  DB_QUERY_TIMEOUT_MS: '2000',
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: '3000',
};
/** A request fails within the query timeout, plus at most one connect timeout, plus the rest of its work. */
const STALL_BOUND_MS = 4_000;
const STALL_MS = 5_000;
const FAILOVER_MS = 7_000;

type Kind = 'restart' | 'crash' | 'stall' | 'failover';
const TITLES: Record<Kind, string> = {
  failover:
    'postgres old connections silent for good, new ones answered (as after a failover; DB_POOL_MAX=4, DB_QUERY_TIMEOUT_MS=2000, DB_IDLE_IN_TRANSACTION_TIMEOUT_MS=3000)',
  restart: 'postgres restart (fast shutdown: sessions ended with 57P01)',
  crash: 'postgres crash (immediate shutdown, crash recovery on start)',
  stall: 'postgres network stall (connections open, no answers; DB_QUERY_TIMEOUT_MS=2000, DB_CONNECT_TIMEOUT_MS=1000)',
};

interface Outage {
  kind: Kind;
  from: number;
  to: number;
  /** When the first write begun after `to` answered 2xx. */
  back: number;
}

/** Writers creating and editing tasks on one api, and a readiness probe, until `stop()`. */
function writeLoad(api: ApiInstance, hub: TestHub, writers: TestUser[]) {
  const http = new Recorder(CLIENT_TIMEOUT_MS);
  const ready = new Recorder(CLIENT_TIMEOUT_MS);
  /** The version each task was last acknowledged at (201 or 200). */
  const acknowledged = new Map<string, number>();
  let running = true;
  const loops = writers.map(async (writer, w) => {
    for (let i = 0; running; i += 1) {
      const created = await http.call(api.url, 'POST', `/api/hubs/${hub.id}/tasks`, writer, { title: `w${w} ${i}` });
      if (created.status !== 201) {
        await sleep(50);
        continue;
      }
      acknowledged.set(created.body.id, created.body.version);
      const edited = await http.call(api.url, 'PATCH', `/api/hubs/${hub.id}/tasks/${created.body.id}`, writer, {
        version: created.body.version,
        title: `w${w} ${i} (edited)`,
      });
      if (edited.status === 200) acknowledged.set(edited.body.id, edited.body.version);
    }
  });
  loops.push(
    (async () => {
      while (running) {
        await ready.call(api.url, 'GET', '/health/ready');
        await sleep(200);
      }
    })(),
  );
  return {
    http,
    ready,
    acknowledged,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
    /** Takes PostgreSQL away with `breakIt`, gives it back with `fixIt`, and waits for a write to succeed again. */
    outage: async (kind: Kind, breakIt: () => Promise<void>, fixIt: () => Promise<void>): Promise<Outage> => {
      const from = Date.now();
      await breakIt();
      await fixIt();
      const to = Date.now();
      const back = await waitFor('a write succeeds again', async () => http.firstSuccessAfter(to), 20_000);
      return { kind, from, to, back };
    },
  };
}

/** The api is still the one started: it recovered by itself. */
function expectRunning(api: ApiInstance): void {
  if (api.exited() !== undefined)
    throw new Error(`the api exited (${String(api.exited())}):\n${api.output().slice(-4000)}`);
}

/** Every failure is a 503 in the one error shape; nothing hung until the client gave up. */
function expectOnly503(outcomes: Outcome[], api: ApiInstance): void {
  const wrong = outcomes.filter(
    (o) =>
      o.status !== 200 &&
      o.status !== 201 &&
      !(o.status === 503 && o.body?.statusCode === 503 && o.body?.error === 'Service Unavailable' && o.body?.message),
  );
  if (wrong.length > 0) {
    const errors = api
      .output()
      .split('\n')
      .filter((line) => line.includes('"level":50'))
      .slice(-5)
      .join('\n');
    throw new Error(`${wrong.length} answers besides 2xx and 503: ${JSON.stringify(wrong.slice(0, 5))}\n${errors}`);
  }
}

/**
 * The hub's data after the outages: every task has one created event and an event per edit, every event its task,
 * events numbered 1..n without gaps, every acknowledged write there. Returns the counts, and the writes that committed
 * although their client was answered 503 (the commit went through, the answer was lost with the connection).
 */
async function expectConsistent(stack: FaultStack, hubId: string, acknowledged: Map<string, number>) {
  // the sweeper numbers the events whose numbering failed during an outage
  await waitFor(
    'every event numbered',
    async () => {
      const [row] = await stack.rows.query<{ n: number }[]>(
        'SELECT count(*)::int AS n FROM hub_event WHERE hub_id = $1 AND seq IS NULL',
        [hubId],
      );
      return row!.n === 0 ? true : undefined;
    },
    15_000,
  );
  const tasks = await stack.rows.query<{ id: string; version: number }[]>(
    'SELECT id, version FROM task WHERE hub_id = $1',
    [hubId],
  );
  const events = await stack.rows.query<{ seq: string; type: string; entity_id: string; version: number }[]>(
    `SELECT seq, type, entity_id, (payload->>'version')::int AS version FROM hub_event WHERE hub_id = $1 ORDER BY seq`,
    [hubId],
  );
  const [hub] = await stack.rows.query<{ last_seq: string }[]>('SELECT last_seq FROM hub WHERE id = $1', [hubId]);
  expect(events.map((e) => Number(e.seq))).toEqual(events.map((_, i) => i + 1));
  expect(Number(hub!.last_seq)).toBe(events.length);
  const versions = new Map(tasks.map((t) => [t.id, t.version]));
  const eventsOf = new Map<string, { type: string; version: number }[]>();
  for (const e of events) eventsOf.set(e.entity_id, [...(eventsOf.get(e.entity_id) ?? []), e]);
  expect([...eventsOf.keys()].sort()).toEqual([...versions.keys()].sort());
  for (const [id, version] of versions) {
    const own = eventsOf.get(id)!;
    expect(own.map((e) => e.type)).toEqual(['task.created', ...Array(version - 1).fill('task.updated')]);
    expect(own.map((e) => e.version)).toEqual(own.map((_, i) => i + 1));
  }
  for (const [id, version] of acknowledged) expect(versions.get(id)).toBeGreaterThanOrEqual(version);
  const ambiguous =
    [...versions.keys()].filter((id) => !acknowledged.has(id)).length +
    [...acknowledged].filter(([id, version]) => versions.get(id)! > version).length;
  return { tasks: tasks.length, events: events.length, ambiguous };
}

function report(outage: Outage, http: Recorder, ready: Recorder): void {
  const during = http.during(outage.from, outage.to);
  reportFigures(TITLES[outage.kind], {
    writers: WRITERS,
    'outage ms': outage.to - outage.from,
    'requests during outage': during.length,
    'answered 503': count(during, (o) => o.status === 503),
    'answered 2xx': count(during, (o) => o.status === 200 || o.status === 201),
    'max latency during outage ms': maxMs(during),
    'client timeouts': count(during, (o) => o.status === 'timeout'),
    'recovery ms (PostgreSQL reachable -> first write answered 2xx)': outage.back - outage.to,
    'readiness 503 during outage': count(ready.during(outage.from, outage.to), (o) => o.status === 503),
  });
}

/**
 * PostgreSQL restarted (fast shutdown: sessions end with 57P01), crashed (immediate shutdown), and cut off by a network
 * that answers nothing, while members create and edit tasks over HTTP: requests fail fast with 503 in the one error
 * shape, none hangs, the api's pool recovers by itself, and the data holds.
 */
describe('PostgreSQL restarted under write load', () => {
  let stack: FaultStack;
  let api: ApiInstance;

  beforeAll(async () => {
    stack = await FaultStack.start();
    api = await stack.startApi();
  }, 60_000);

  afterAll(async () => {
    await stack?.close();
  }, 30_000);

  const newWriters = async () => {
    const hub = await stack.newHub();
    const members = await Promise.all(Array.from({ length: WRITERS - 1 }, () => stack.newMember(hub, 'member')));
    return { hub, writers: [hub.owner, ...members.map((m) => m.user)] };
  };

  it('restarted and crashed: fails fast with 503, recovers by itself and loses nothing', async () => {
    const { hub, writers } = await newWriters();
    const load = writeLoad(api, hub, writers);
    const outages: Outage[] = [];
    try {
      for (const kind of ['restart', 'crash'] as const) {
        await sleep(1_500);
        outages.push(
          await load.outage(
            kind,
            async () => {
              await stack.pg.down(kind === 'restart' ? 'fast' : 'immediate');
              await sleep(OUTAGE_MS);
            },
            () => stack.pg.up(),
          ),
        );
      }
      await sleep(1_000);
    } finally {
      await load.stop();
    }

    // the api never restarted: its pool recovered by itself
    expectRunning(api);
    expectOnly503(load.http.outcomes, api);
    for (const o of outages) {
      const during = load.http.during(o.from, o.to);
      expect(count(during, (x) => x.status === 503)).toBeGreaterThan(0);
      expect(maxMs(during.filter((x) => x.status === 503))).toBeLessThan(FAIL_FAST_MS);
      expect(count(load.ready.during(o.from, o.to), (x) => x.status === 503)).toBeGreaterThan(0);
    }
    expect(load.ready.outcomes.at(-1)?.status).toBe(200);
    const data = await expectConsistent(stack, hub.id, load.acknowledged);

    for (const o of outages) report(o, load.http, load.ready);
    reportFigures('postgres restart + crash, whole run', {
      requests: load.http.outcomes.length,
      'answered 2xx': count(load.http.outcomes, (o) => o.status === 200 || o.status === 201),
      'answered 503': count(load.http.outcomes, (o) => o.status === 503),
      'other answers': count(load.http.outcomes, (o) => ![200, 201, 503].includes(o.status as number)),
      'max latency ms': maxMs(load.http.outcomes),
      'tasks committed': data.tasks,
      events: data.events,
      'committed but answered 503': data.ambiguous,
      'data lost': 'none',
    });
  }, 90_000);

  it('cut off by a silent network: fails within the pool timeouts, recovers by itself and loses nothing', async () => {
    const proxy = await TcpProxy.start(stack.pg.port);
    try {
      const behind = await stack.startApi({ DATABASE_URL: proxy.url(stack.pg.url()), ...STALL_POOL });
      const { hub, writers } = await newWriters();
      const load = writeLoad(behind, hub, writers);
      let outage: Outage;
      try {
        await sleep(1_500);
        outage = await load.outage(
          'stall',
          async () => {
            proxy.stall();
            await sleep(STALL_MS);
          },
          () => proxy.restore(),
        );
        await sleep(1_000);
      } finally {
        await load.stop();
      }

      expectRunning(behind);
      expectOnly503(load.http.outcomes, behind);
      const during = load.http.during(outage.from, outage.to);
      expect(count(during, (x) => x.status === 503)).toBeGreaterThan(0);
      expect(maxMs(during)).toBeLessThan(STALL_BOUND_MS);
      expect(count(load.ready.during(outage.from, outage.to), (x) => x.status === 503)).toBeGreaterThan(0);
      const data = await expectConsistent(stack, hub.id, load.acknowledged);

      report(outage, load.http, load.ready);
      reportFigures('postgres network stall, whole run', {
        requests: load.http.outcomes.length,
        'answered 503': count(load.http.outcomes, (o) => o.status === 503),
        'tasks committed': data.tasks,
        events: data.events,
        'committed but answered 503': data.ambiguous,
        'data lost': 'none',
      });
    } finally {
      await proxy.close();
    }
  }, 60_000);

  it('its connections gone silent while new ones work (failover): drops them and answers from new ones', async () => {
    const proxy = await TcpProxy.start(stack.pg.port);
    try {
      const behind = await stack.startApi({
        DATABASE_URL: proxy.url(stack.pg.url()),
        ...STALL_POOL,
        DB_POOL_MAX: '4',
      });
      const { hub, writers } = await newWriters();
      const load = writeLoad(behind, hub, writers);
      let from = 0;
      let to = 0;
      try {
        await sleep(1_500);
        from = Date.now();
        proxy.stall('existing');
        await sleep(FAILOVER_MS);
        to = Date.now();
      } finally {
        await load.stop();
      }
      // the old connections never answer again: only requests that used one fail, each within the query timeout
      expectRunning(behind);
      expectOnly503(load.http.outcomes, behind);
      const during = load.http.during(from, to);
      expect(maxMs(during)).toBeLessThan(STALL_BOUND_MS);
      const settled = load.http.outcomes.filter((o) => o.start > from + STALL_BOUND_MS);
      expect(settled.length).toBeGreaterThan(10);
      expect(settled.filter((o) => o.status !== 200 && o.status !== 201)).toEqual([]);
      const lastFailure = Math.max(from, ...during.filter((o) => o.status === 503).map((o) => o.end));
      // with the old connections still silent: PostgreSQL ended the sessions they left inside a transaction (and
      // their locks), so every committed event got numbered
      const data = await expectConsistent(stack, hub.id, load.acknowledged);

      reportFigures(TITLES.failover, {
        writers: WRITERS,
        'observed ms': to - from,
        requests: during.length,
        'answered 503': count(during, (o) => o.status === 503),
        'max latency ms': maxMs(during),
        'recovery ms (old connections silent -> last 503)': lastFailure - from,
        'tasks committed': data.tasks,
        'committed but answered 503': data.ambiguous,
        'data lost': 'none',
      });
    } finally {
      await proxy.close();
    }
  }, 60_000);
});
