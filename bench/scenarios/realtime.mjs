// Issue #3 benchmarks: update-to-receive latency and saturation throughput of task updates to 1,000 websocket clients
// over two api instances, against a plain socket.io pair on the same Redis adapter; memory per connected client at
// 5,000 clients against a plain socket.io server, and the time for all of them to rejoin after an api restart.
// Then the adapter fan-out over 4 instances, classic vs sharded (BENCH_RT_ONLY=fanout runs only that part).
import { loadavg } from 'node:os';
import pg from 'pg';
import { measureAdapterFanOut } from '../lib/adapter-fan-out.mjs';
import { httpClient } from '../lib/http.mjs';
import { addMembers, secretariatHub } from '../lib/members.mjs';
import { cpuSeconds, forkWorker, GC_HOOK, GC_NODE_OPTIONS, settledRss } from '../lib/processes.mjs';
import { writeSection } from '../lib/report.mjs';
import { closeAll, connectAll } from '../lib/sockets.mjs';
import { freePort, freshDatabase, REDIS_URL, startApi } from '../lib/services.mjs';
import { fmt, summarize } from '../lib/stats.mjs';

const CLIENTS = Number(process.env.BENCH_RT_CLIENTS ?? 1000);
const MEM_CLIENTS = Number(process.env.BENCH_RT_MEM_CLIENTS ?? 5000);
const RATE = 20;
const SECONDS = Number(process.env.BENCH_RT_SECONDS ?? 20);
const SAT_EVENTS = Number(process.env.BENCH_RT_SAT_EVENTS ?? 200);
// enough writers to keep both api instances busy: each PATCH waits on its transaction, so a few writers leave them idle
const SAT_CONCURRENCY = Number(process.env.BENCH_RT_SAT_WRITERS ?? 16);
/** The latency run rotates its updates over this many tasks, so the 20/s rate never waits on a PATCH (each task's
 * next update needs the version its previous one returned). */
const LAT_TASKS = 20;
/** Members whose token comes from POST /api/auth/login; the others' are signed here with the api's secret (same claims). */
const LOGINS = Number(process.env.BENCH_RT_LOGINS ?? 1000);
const WORKERS = 2;
const WARMUP_CLIENTS = 100;
const REJOIN_TIMEOUT_MS = 90_000;

const log = (msg) => console.log(`realtime ${new Date().toISOString().slice(11, 19)}: ${msg}`);
const now = () => performance.timeOrigin + performance.now();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const mb = (bytes) => bytes / 1024 / 1024;
const kb = (bytes) => bytes / 1024;

async function startPlain({ gc = false, port = 0 } = {}) {
  port ||= await freePort();
  const w = forkWorker('plain-server.mjs', [String(port), REDIS_URL], gc ? ['--expose-gc', '--require', GC_HOOK] : []);
  await w.ready;
  return { ...w, port, url: `http://127.0.0.1:${port}`, pid: w.child.pid, stop: () => w.kill() };
}

/**
 * Waits until every client of the workers has joined again after `killedAt`; the rejoin rate is the clients over the
 * time from the server's readiness to the last join.
 */
async function waitRejoins(workers, killedAt, exitedAt, readyAt) {
  const rejoin = await Promise.all(
    workers.map((w) => w.call('waitRejoined', { since: killedAt, timeoutMs: REJOIN_TIMEOUT_MS })),
  );
  const rejoined = rejoin.reduce((s, r) => s + r.rejoined, 0);
  const allRejoinedAt = Math.max(...rejoin.map((r) => r.lastJoinAt));
  return {
    stopSeconds: (exitedAt - killedAt) / 1000,
    bootSeconds: (readyAt - exitedAt) / 1000,
    totalSeconds: (allRejoinedAt - killedAt) / 1000,
    afterReadySeconds: (allRejoinedAt - readyAt) / 1000,
    joinsPerSecond: rejoined / ((allRejoinedAt - readyAt) / 1000),
    rejoined,
    rejoinTotal: rejoin.reduce((s, r) => s + r.total, 0),
    joinFailures: rejoin.reduce((all, r) => {
      for (const [k, v] of Object.entries(r.joinFailures)) all[k] = (all[k] ?? 0) + v;
      return all;
    }, {}),
  };
}

/** Runs `fn` and reports the CPU % (of one core) the server and client processes used meanwhile. */
async function withCpu(servers, clients, fn) {
  const sum = (pids) => pids.reduce((s, pid) => s + cpuSeconds(pid), 0);
  const [s0, c0, t0] = [sum(servers), sum(clients), performance.now()];
  const result = await fn();
  const wall = (performance.now() - t0) / 1000;
  return { ...result, serverCpu: (100 * (sum(servers) - s0)) / wall, clientCpu: (100 * (sum(clients) - c0)) / wall };
}

/** Calls `send(i)` for i < count at `rate`/s; a send that is still running delays the next (reported as late). */
async function paced(count, rate, send) {
  const t0 = performance.now();
  let late = 0;
  for (let i = 0; i < count; i++) {
    const wait = t0 + (i * 1000) / rate - performance.now();
    if (wait > 0) await sleep(wait);
    else if (wait < -5) late++;
    await send(i);
  }
  return { late, seconds: (performance.now() - t0) / 1000 };
}

/** Records receive latencies while `drive()` sends; waits for stragglers; merges every client's samples. */
async function measureLatency(workers, drive) {
  await Promise.all(workers.map((w) => w.call('record', { as: 'latency' })));
  const pacing = await drive();
  await sleep(1500);
  const reports = await Promise.all(workers.map((w) => w.call('report')));
  await Promise.all(workers.map((w) => w.call('record', { as: 'off' })));
  const samples = reports.flatMap((r) => Array.from(r.samples));
  return { ...summarize(samples), pacing, eventBytes: Math.max(...reports.map((r) => r.eventBytes)) };
}

/** Counts receipts from `start()` until every client has every event (or no progress for 10 s); deliveries/s. */
async function measureSaturation(workers, expected, start) {
  await Promise.all(workers.map((w) => w.call('record', { as: 'count' })));
  const t0 = now();
  const sendStats = await start();
  let received = 0;
  let lastAt = 0;
  let progressAt = now();
  const deadline = now() + 120_000;
  while (now() < deadline) {
    const counts = await Promise.all(workers.map((w) => w.call('counts')));
    const total = counts.reduce((s, c) => s + c.received, 0);
    if (total !== received) progressAt = now();
    received = total;
    lastAt = Math.max(...counts.map((c) => c.lastAt));
    if (received >= expected || now() - progressAt > 10_000) break;
    await sleep(100);
  }
  await Promise.all(workers.map((w) => w.call('record', { as: 'off' })));
  const seconds = (lastAt - t0) / 1000;
  return { received, expected, seconds, perSecond: received / seconds, ...sendStats };
}

export async function run() {
  if (process.env.BENCH_RT_ONLY !== 'fanout') await runDelivery();
  const loadAtStart = loadavg()[0];
  const { markdown, figures } = await measureAdapterFanOut(log);
  writeSection(
    'realtime-fan-out',
    `${markdown}\n\n(1-minute load average ${fmt(loadAtStart, 2)} at the start, ${fmt(loadavg()[0], 2)} at the end.)`,
  );
  console.log(JSON.stringify(figures));
}

async function runDelivery() {
  const loadAtStart = loadavg()[0];
  const url = await freshDatabase('hubspoke_bench_realtime');
  const apiEnv = { DATABASE_URL: url, NODE_OPTIONS: GC_NODE_OPTIONS };
  const procs = [];
  const track = (p) => (procs.push(p), p);
  const db = new pg.Pool({ connectionString: url, max: 4 });
  const https = [];
  try {
    // The first instance migrates the fresh database; the second starts on it after.
    const apiA = track(await startApi(apiEnv));
    const apiB = track(await startApi(apiEnv));
    const httpA = httpClient(apiA.base, 16);
    const httpB = httpClient(apiB.base, 16);
    https.push(httpA, httpB);

    const { token, hub } = await secretariatHub(httpA, db, { prefix: 'rt', label: 'RT' });
    const tasks = [];
    for (let i = 0; i < LAT_TASKS + SAT_CONCURRENCY; i++) {
      tasks.push(await httpA.call('POST', `/api/hubs/${hub.id}/tasks`, { token, body: { title: `rt task ${i}` } }));
    }

    // --- members: rows by SQL (bcrypt cost 4), tokens by POST /api/auth/login on both instances ---
    const users = Math.max(CLIENTS, MEM_CLIENTS);
    const setupStarted = performance.now();
    const { tokens, logins, loginRate } = await addMembers(db, [httpA, httpB], hub.id, {
      count: users,
      logins: LOGINS,
      prefix: 'rt',
      label: 'RT',
    });
    const setupSeconds = (performance.now() - setupStarted) / 1000;
    log(`${users} members in ${fmt(setupSeconds)} s (${logins} logins at ${fmt(loginRate, 0)}/s, the rest signed)`);

    const workers = Array.from({ length: WORKERS }, () => track(forkWorker('clients.mjs')));
    await Promise.all(workers.map((w) => w.ready));
    const plainA = track(await startPlain());
    const plainB = track(await startPlain());

    // --- baseline: plain socket.io pair on the same Redis adapter ---
    log('baseline: connecting');
    const baseConnect = await connectAll(workers, [plainA.url, plainB.url], tokens.slice(0, CLIENTS), hub.id);
    await sleep(500);
    log(`baseline: ${baseConnect.joined} joined in ${fmt(baseConnect.seconds)} s; latency run`);
    const workerPids = workers.map((w) => w.child.pid);
    const baseLatency = await withCpu([plainA.pid, plainB.pid], workerPids, () =>
      measureLatency(workers, () =>
        paced(RATE * SECONDS, RATE, async (i) => (i % 2 ? plainB : plainA).send({ type: 'emit', hubId: hub.id, i })),
      ),
    );
    log('baseline: saturation');
    const baseSat = await withCpu([plainA.pid, plainB.pid], workerPids, () =>
      measureSaturation(workers, SAT_EVENTS * baseConnect.joined, async () => {
        const t = performance.now();
        const done = Promise.all([plainA.once('burst-done'), plainB.once('burst-done')]);
        plainA.send({ type: 'burst', hubId: hub.id, count: Math.ceil(SAT_EVENTS / 2) });
        plainB.send({ type: 'burst', hubId: hub.id, count: Math.floor(SAT_EVENTS / 2) });
        await done;
        return { sendSeconds: (performance.now() - t) / 1000 };
      }),
    );
    await closeAll(workers);
    await Promise.all([plainA.stop(), plainB.stop()]);

    // --- full stack: PATCH over HTTP → transaction + HubEvent → relay → Redis adapter → 2 instances ---
    log('full stack: connecting');
    const apiConnect = await connectAll(workers, [apiA.base, apiB.base], tokens.slice(0, CLIENTS), hub.id);
    await sleep(500);
    log(`full stack: ${apiConnect.joined} joined in ${fmt(apiConnect.seconds)} s; latency run`);
    const latTasks = tasks.slice(0, LAT_TASKS);
    const versions = latTasks.map((t) => t.version);
    const inflight = new Array(LAT_TASKS).fill(null);
    const patchMs = [];
    let blocked = 0;
    const apiLatency = await withCpu([apiA.pid, apiB.pid], workerPids, () =>
      measureLatency(workers, async () => {
        const pacing = await paced(RATE * SECONDS, RATE, async (i) => {
          const k = i % LAT_TASKS;
          if (inflight[k]) {
            blocked++;
            await inflight[k];
          }
          inflight[k] = (async () => {
            const t = performance.now();
            const res = await (i % 2 ? httpB : httpA).call('PATCH', `/api/hubs/${hub.id}/tasks/${latTasks[k].id}`, {
              token,
              body: { version: versions[k], title: `bench ${i} ${now()}` },
            });
            patchMs.push(performance.now() - t);
            versions[k] = res.version;
          })();
        });
        await Promise.all(inflight);
        return pacing;
      }),
    );
    const patchLatency = summarize(patchMs);
    log('full stack: saturation');
    const apiSat = await withCpu([apiA.pid, apiB.pid], workerPids, () =>
      measureSaturation(workers, SAT_EVENTS * apiConnect.joined, async () => {
        const t = performance.now();
        let next = 0;
        await Promise.all(
          tasks.slice(LAT_TASKS).map(async (task, w) => {
            let v = task.version;
            while (next < SAT_EVENTS) {
              const i = next++;
              const res = await (w % 2 ? httpB : httpA).call('PATCH', `/api/hubs/${hub.id}/tasks/${task.id}`, {
                token,
                body: { version: v, title: `sat ${i} ${now()}` },
              });
              v = res.version;
            }
          }),
        );
        const sendSeconds = (performance.now() - t) / 1000;
        return { sendSeconds, updatesPerSecond: SAT_EVENTS / sendSeconds };
      }),
    );
    await closeAll(workers);
    await Promise.all([apiA.stop(), apiB.stop()]);

    // --- memory per client at MEM_CLIENTS: a fresh plain server, then a fresh api instance ---
    const memTokens = tokens.slice(0, MEM_CLIENTS);
    const measureMemory = async (target, urlOf, opts) => {
      await connectAll(workers, [urlOf], memTokens.slice(0, WARMUP_CLIENTS), hub.id);
      await closeAll(workers);
      await sleep(500);
      log(`memory: measuring pid ${target.pid}`);
      const before = await settledRss(target.pid);
      const connect = await connectAll(workers, [urlOf], memTokens, hub.id, { concurrency: 50, ...opts });
      await sleep(1000);
      const after = await settledRss(target.pid);
      return { before, after, connect, perClient: (after - before) / connect.joined };
    };
    // The api first: its restart's downtime (SIGTERM → ready) is then imposed on the plain server's restart, so both
    // sets of clients come back on the same reconnection backoff and only the cost of a join differs.
    log('memory: api instance');
    let apiM = track(await startApi(apiEnv));
    https.push(httpClient(apiM.base, 4));
    const apiMem = await measureMemory(apiM, apiM.base, { reconnection: true });

    // --- restart: SIGTERM the instance, start it again on the same port, wait until every client has rejoined ---
    log('restart: SIGTERM');
    const killedAt = now();
    await apiM.stop();
    const exitedAt = now();
    apiM = track(await startApi(apiEnv, { port: apiM.port }));
    const readyAt = now();
    log('restart: new instance ready; waiting for rejoins');
    const restart = await waitRejoins(workers, killedAt, exitedAt, readyAt);
    await closeAll(workers);
    await apiM.stop();

    log('memory: plain server');
    let plainM = track(await startPlain({ gc: true }));
    const plainMem = await measureMemory(plainM, plainM.url, { reconnection: true });

    log('restart: plain server, down as long as the api was');
    const plainKilledAt = now();
    await plainM.stop();
    const plainExitedAt = now();
    await sleep(readyAt - killedAt - (plainExitedAt - plainKilledAt));
    plainM = track(await startPlain({ port: plainM.port }));
    const plainRestart = await waitRejoins(workers, plainKilledAt, plainExitedAt, now());
    await closeAll(workers);
    await plainM.stop();
    const failureText = Object.entries(restart.joinFailures)
      .map(([k, v]) => `${v.toLocaleString('en')} × ${k}`)
      .join(', ');

    const pass = (ok) => (ok ? 'met' : '**missed**');
    const satRatio = apiSat.perSecond / baseSat.perSecond;
    const memRatio = apiMem.perClient / plainMem.perClient;
    const rejoinRatio = restart.joinsPerSecond / plainRestart.joinsPerSecond;
    const latRow = (name, l) =>
      `| ${name} | ${fmt(l.p50)} | ${fmt(l.p95)} | ${fmt(l.p99)} | ${fmt(l.max)} | ${l.count.toLocaleString('en')} | ${fmt(kb(l.eventBytes), 2)} | ${fmt(l.serverCpu, 0)} % | ${fmt(l.clientCpu, 0)} % |`;
    const satRow = (name, s) =>
      `| ${name} | ${s.received.toLocaleString('en')} / ${s.expected.toLocaleString('en')} | ${fmt(s.seconds, 2)} | ${fmt(s.perSecond, 0)} | ${fmt(s.received / s.seconds / (s.expected / SAT_EVENTS), 1)} | ${fmt(s.serverCpu, 0)} % | ${fmt(s.clientCpu, 0)} % |`;
    const memRow = (name, m) =>
      `| ${name} | ${m.connect.joined.toLocaleString('en')} | ${fmt(m.connect.seconds, 1)} | ${fmt(mb(m.before))} | ${fmt(mb(m.after))} | **${fmt(kb(m.perClient), 1)}** |`;

    writeSection(
      'realtime',
      `## Issue #3 — realtime delivery (\`npm run bench -- realtime\`)

Everything on one 2-core machine: PostgreSQL, Redis, the servers, and the websocket clients (plain \`socket.io-client\`, \`transports: ['websocket']\`, one connection each) in ${WORKERS} client processes, all on 127.0.0.1 (1-minute load average ${fmt(loadAtStart, 2)} at the start, ${fmt(loadavg()[0], 2)} at the end: the machine is shared, so compare the ratios more than the absolute times). Each client is a distinct member with its own access token and joins the hub with \`hub:join\`. **Full stack**: two api instances (same database and Redis, \`@socket.io/redis-adapter\`), updates are \`PATCH /api/hubs/:id/tasks/:id\` over HTTP alternating between the instances, clients alternate between the instances. **Baseline**: two plain socket.io processes (\`new Server()\` + the same \`@socket.io/redis-adapter\` on ioredis, no database, no auth), each broadcast ~1 KB \`hub:event\` alternating between the two processes, same number of clients. (Members set up by SQL with a cost-4 bcrypt hash; ${logins.toLocaleString('en')} tokens from \`POST /api/auth/login\` at ${fmt(loginRate, 0)} logins/s, the other ${(users - logins).toLocaleString('en')} signed by the bench with the api's secret and the same claims, to keep the run short.)

### Update-to-receive latency, ${CLIENTS.toLocaleString('en')} clients, ${RATE} updates/s for ${SECONDS} s

Latency from the moment the bench sends the PATCH (baseline: the moment the server calls \`emit\`) to the client's receipt, over every (client, event) pair. CPU columns: percent of one core over the run (the machine has 2 cores); the api's PostgreSQL and Redis are not counted.

| path | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | receipts | event size (KB) | CPU of the 2 servers | CPU of the 2 client processes |
|---|---|---|---|---|---|---|---|---|
${latRow('plain socket.io pair (baseline)', baseLatency)}
${latRow('full stack (PATCH → clients)', apiLatency)}

Targets for the full stack: p50 ≤ 50 ms — ${fmt(apiLatency.p50)} ms, ${pass(apiLatency.p50 <= 50)}; p99 ≤ 150 ms — ${fmt(apiLatency.p99)} ms, ${pass(apiLatency.p99 <= 150)}. Ratio to the baseline: p50 ${fmt(apiLatency.p50 / baseLatency.p50, 2)}×, p99 ${fmt(apiLatency.p99 / baseLatency.p99, 2)}×. Expected receipts ${(RATE * SECONDS * apiConnect.joined).toLocaleString('en')}; the PATCH round trip itself was p50 ${fmt(patchLatency.p50)} ms, p99 ${fmt(patchLatency.p99)} ms; the updates rotate over ${LAT_TASKS} tasks so that the rate does not wait on PATCH round trips (${blocked} of ${RATE * SECONDS} had to wait for their task's previous PATCH; ${apiLatency.pacing.late} left more than 5 ms late; ${RATE * SECONDS} updates took ${fmt(apiLatency.pacing.seconds, 1)} s). Baseline: ${baseLatency.pacing.late} left late, ${fmt(baseLatency.pacing.seconds, 1)} s.

Offered load: ${RATE} events/s × ${apiConnect.joined.toLocaleString('en')} clients = ${(RATE * apiConnect.joined).toLocaleString('en')} deliveries/s, ${fmt((100 * RATE * apiConnect.joined) / baseSat.perSecond, 0)} % of the baseline's saturation throughput measured below in this run; near or above 100 % the latencies of both paths are queueing in the shared CPU (servers, client processes and the machine's other work), not the cost of one delivery.

### Saturation: deliveries/s, ${CLIENTS.toLocaleString('en')} clients, ${SAT_EVENTS} events

Full stack: ${SAT_EVENTS} PATCHes as fast as ${SAT_CONCURRENCY} concurrent writers (one task each) go, ${fmt(apiSat.updatesPerSecond, 0)} updates/s accepted. Baseline: the two servers emit ${SAT_EVENTS} events in total as fast as their event loops allow. Time from the first send to the last receipt.

| path | receipts | seconds | deliveries/s | events/s fanned out | CPU of the 2 servers | CPU of the 2 client processes |
|---|---|---|---|---|---|---|
${satRow('plain socket.io pair (baseline)', baseSat)}
${satRow('full stack', apiSat)}

Ratio full stack / baseline: **${fmt(satRatio, 2)}×** (target ≥ 0.6×) — ${pass(satRatio >= 0.6)}.

### Memory per connected client, ${MEM_CLIENTS.toLocaleString('en')} clients on one instance

RSS of the server process after a forced full GC (\`--expose-gc\`, SIGWINCH hook preloaded through NODE_OPTIONS), before (after a warm-up of ${WARMUP_CLIENTS} clients that connected and left) and after ${MEM_CLIENTS.toLocaleString('en')} clients connected and joined the hub.

| server | clients joined | connect + join (s) | RSS before (MB) | RSS after (MB) | per client (KB) |
|---|---|---|---|---|---|
${memRow('plain socket.io + redis adapter (baseline)', plainMem)}
${memRow('api instance', apiMem)}

Ratio api / baseline: **${fmt(memRatio, 2)}×** (target ≤ 1.5×) — ${pass(memRatio <= 1.5)}.

### Reconnect after an instance restart, ${MEM_CLIENTS.toLocaleString('en')} clients

SIGTERM to the api instance holding all ${MEM_CLIENTS.toLocaleString('en')} clients, then the same build started again on the same port; the clients use socket.io-client's default reconnection (1 s initial delay, ×2 backoff up to 5 s, ±50 % jitter) and send \`hub:join\` with their last seq on reconnect (they are not behind: no event was written meanwhile). **Baseline**: the plain socket.io server holding the same ${MEM_CLIENTS.toLocaleString('en')} clients, stopped and started again on its port after the same time down as the api (SIGTERM → ready), so both sets of clients come back on the same backoff. Rejoin rate: clients rejoined over the time from ready to the last join.

| step | api instance (s) | plain socket.io (baseline, s) |
|---|---|---|
| stop → process exited | ${fmt(restart.stopSeconds, 2)} | ${fmt(plainRestart.stopSeconds, 2)} |
| exited → ready | ${fmt(restart.bootSeconds, 2)} | ${fmt(plainRestart.bootSeconds, 2)} (down on purpose) |
| ready → all clients rejoined | ${fmt(restart.afterReadySeconds, 2)} | ${fmt(plainRestart.afterReadySeconds, 2)} |
| **stop → all clients rejoined** | **${fmt(restart.totalSeconds, 2)}** | ${fmt(plainRestart.totalSeconds, 2)} |
| rejoins/s after ready | **${fmt(restart.joinsPerSecond, 0)}** | ${fmt(plainRestart.joinsPerSecond, 0)} |

Rejoin rate api / baseline: **${fmt(rejoinRatio, 2)}×** (target ≥ 0.7×) — ${pass(rejoinRatio >= 0.7)}. ${restart.rejoined.toLocaleString('en')} of ${restart.rejoinTotal.toLocaleString('en')} api clients rejoined${restart.rejoined === restart.rejoinTotal ? '' : ` within ${REJOIN_TIMEOUT_MS / 1000} s (**not all**)`} (baseline: ${plainRestart.rejoined.toLocaleString('en')} of ${plainRestart.rejoinTotal.toLocaleString('en')}). ${failureText ? `On the way, \`hub:join\` failed and was retried after 1 s (as HubClient does): ${failureText}.` : 'No `hub:join` failed.'}`,
    );
    console.log(JSON.stringify({ baseConnect, apiConnect, baseSat, apiSat, restart, plainRestart }, null, 1));
  } finally {
    for (const h of https) await h.close().catch(() => undefined);
    await db.end();
    await Promise.all(procs.map((p) => (p.stop ?? p.kill)().catch(() => undefined)));
  }
}
