// Issue #8, `npm run soak`: SOAK_MINUTES (default 10) of mixed load against the built api and one worker on a fresh
// database — HTTP writers and readers, 1,000 websocket clients joined to the hub, a send-now of the hub's digests every
// minute — then checks that nothing failed, every client has every event, every digest was produced, and that the
// processes' settled memory and file descriptors did not grow after the warm-up. Writes its section of RELIABILITY.md;
// exits with 1 on a failed check. Everything runs on 127.0.0.1, bounded in time, and is removed at the end.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { httpClient } from './lib/http.mjs';
import { addMembers, secretariatHub } from './lib/members.mjs';
import { cpuSeconds, forkWorker, GC_NODE_OPTIONS } from './lib/processes.mjs';
import { connectAll } from './lib/sockets.mjs';
import {
  ADMIN_URL,
  dropDatabase,
  freshDatabase,
  REDIS_URL,
  removeRedisKeys,
  ROOT,
  startApi,
  startWorker,
} from './lib/services.mjs';
import { fmt } from './lib/stats.mjs';
import { digestRequests } from './soak/digests.mjs';
import { reader, requestLog, writer } from './soak/http-load.mjs';
import { every, sleep, stopSignal } from './soak/pace.mjs';
import { checks, label, writeReport } from './soak/report.mjs';
import { sample } from './soak/sampler.mjs';

const num = (name, fallback) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
};
const MINUTES = num('SOAK_MINUTES', 10);
/** Phases are scaled from the 10-minute run: 2 minutes of warm-up, windows of 1 minute, a sample every 15 s. */
const SCALE = MINUTES / 10;
const DURATION_MS = MINUTES * 60_000;
const SAMPLE_MS = Math.min(15_000, Math.max(5_000, 15_000 * SCALE));
const cfg = {
  minutes: MINUTES,
  durationMs: DURATION_MS,
  warmupMs: 120_000 * SCALE,
  windowMs: Math.max(60_000 * SCALE, 3 * SAMPLE_MS),
  sampleMs: SAMPLE_MS,
  clients: num('SOAK_CLIENTS', 1000),
  /** The members' organizations: a task assigned to one notifies its members (20 each here), as in a real hub. */
  organizations: 50,
  clientProcesses: 2,
  writers: num('SOAK_WRITERS', 4),
  writesPerSecond: num('SOAK_WRITES_PER_SECOND', 8),
  readers: num('SOAK_READERS', 3),
  readsPerSecond: num('SOAK_READS_PER_SECOND', 6),
  /** Tasks each writer keeps alive at once (each at its own step of the life). */
  slots: 6,
  /** Tasks of the hub besides the writers', some done so that every digest has news. */
  fixtureTasks: 60,
  rssBoundMb: num('SOAK_RSS_BOUND_MB', 10),
  rssBoundPercent: num('SOAK_RSS_BOUND_PERCENT', 5),
  fdBound: 5,
};
if (cfg.clients < cfg.writers + cfg.readers)
  throw new Error('SOAK_CLIENTS must be at least SOAK_WRITERS + SOAK_READERS');
const DB_NAME = 'hubspoke_bench_soak';
const PREFIX = `soak-${process.pid}`;
/** Outlives the run: tokens, signed or from login, stay valid until the end. */
const TOKEN_TTL_SECONDS = Math.ceil(DURATION_MS / 1000) + 30 * 60;
/** Setup, drain and cleanup take a few minutes; past this budget the soak stops everything and fails. */
const BUDGET_MS = DURATION_MS + 15 * 60_000;
const DRAIN_MS = 120_000;
const SETTLE_MS = 20_000;

const log = (msg) => console.log(`soak ${new Date().toISOString().slice(11, 19)}: ${msg}`);

/** Cleanup steps, run once in the reverse order of their registration, each on its own (a failure does not stop the others). */
function cleaner() {
  const steps = [];
  const children = new Set();
  let running;
  // Last resort, if the soak exits without its cleanup: its own children that are still running.
  process.on('exit', () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  return {
    add: (name, fn) => steps.push({ name, fn }),
    child: (child) => children.add(child),
    run: () =>
      (running ??= (async () => {
        for (const { name, fn } of steps.reverse()) {
          try {
            await fn();
          } catch (error) {
            console.error(`soak: cleanup of ${name} failed: ${error.message}`);
          }
        }
        children.clear();
      })()),
  };
}

async function waitForWorker() {
  const require = createRequire(join(ROOT, 'apps/server/package.json'));
  const { Queue } = require('bullmq');
  const { DIGEST_BUILD_QUEUE } = require(join(ROOT, 'apps/server/dist/modules/digests/digest-queues.js'));
  const queue = new Queue(DIGEST_BUILD_QUEUE, { connection: { url: REDIS_URL }, prefix: PREFIX });
  try {
    const deadline = Date.now() + 60_000;
    while ((await queue.getWorkersCount()) === 0) {
      if (Date.now() > deadline) throw new Error('the worker did not start consuming digest jobs within 60 s');
      await sleep(250);
    }
  } finally {
    await queue.close();
  }
}

/** The hub, its secretariat, CLIENTS members of one organization with their tokens, and the fixture tasks. */
async function setUp(http, db) {
  const { token, hub } = await secretariatHub(http, db, { prefix: 'soak', label: 'Soak' });
  const members = await addMembers(db, [http], hub.id, {
    count: cfg.clients,
    prefix: 'soak',
    label: 'Soak',
    ttlSeconds: TOKEN_TTL_SECONDS,
    organizations: cfg.organizations,
  });
  const statuses = ['todo', 'in_progress', 'blocked'];
  for (let i = 0; i < cfg.fixtureTasks; i++) {
    const task = await http.call('POST', `/api/hubs/${hub.id}/tasks`, {
      token,
      body: {
        title: `Standing task ${i}`,
        status: statuses[i % 3],
        assigneeOrganizationId: members.organizationIds[i % cfg.organizations],
        dueDate: new Date(Date.now() + ((i % 20) - 5) * 86_400_000).toISOString().slice(0, 10),
      },
    });
    if (i % 6 === 0) {
      await http.call('POST', `/api/hubs/${hub.id}/tasks/${task.id}/move`, {
        token,
        body: { version: task.version, status: 'done', position: i },
      });
    }
  }
  const [{ recipients }] = (
    await db.query(
      `SELECT count(*)::int AS recipients FROM hub_member WHERE hub_id = $1 AND status = 'active' AND user_id IS NOT NULL`,
      [hub.id],
    )
  ).rows;
  return { hub, token, members, recipients };
}

const lastSeqOf = async (db, hubId) =>
  Number((await db.query(`SELECT last_seq FROM hub WHERE id = $1`, [hubId])).rows[0].last_seq);

/** The clients' audits merged: counts summed, extremes kept. */
function mergeAudits(parts) {
  const merged = {};
  for (const part of parts) {
    for (const [k, v] of Object.entries(part)) {
      if (k.endsWith('Min')) merged[k] = Math.min(merged[k] ?? Infinity, v);
      else if (k.endsWith('Max')) merged[k] = Math.max(merged[k] ?? 0, v);
      else if (k === 'minLastSeq') merged[k] = Math.min(merged[k] ?? Infinity, v);
      else if (typeof v === 'number') merged[k] = (merged[k] ?? 0) + v;
      else if (Array.isArray(v)) merged[k] = [...(merged[k] ?? []), ...v].slice(0, 5);
      else {
        merged[k] ??= {};
        for (const [reason, count] of Object.entries(v)) merged[k][reason] = (merged[k][reason] ?? 0) + count;
      }
    }
  }
  return merged;
}

async function soak(cleanup) {
  const loadBefore = loadavg()[0];
  const url = await freshDatabase(DB_NAME);
  let hubId;
  cleanup.add('redis keys', async () => {
    await removeRedisKeys(`${PREFIX}:*`);
    if (hubId) await removeRedisKeys(`presence:{${hubId}}*`);
  });
  cleanup.add('database', () => dropDatabase(DB_NAME));
  const reportDir = mkdtempSync(join(tmpdir(), 'hubspoke-soak-'));
  cleanup.add('memory reports', () => rmSync(reportDir, { recursive: true, force: true }));
  const env = {
    DATABASE_URL: url,
    NODE_OPTIONS: GC_NODE_OPTIONS,
    BENCH_GC_REPORT_DIR: reportDir,
    QUEUE_PREFIX: PREFIX,
    ACCESS_TOKEN_TTL_SECONDS: String(TOKEN_TTL_SECONDS),
  };
  const api = await startApi(env);
  cleanup.child(api.child);
  cleanup.add('api', api.stop);
  const worker = startWorker(env);
  cleanup.child(worker.child);
  cleanup.add('worker', worker.stop);
  const db = new pg.Pool({ connectionString: url, max: 4 });
  cleanup.add('database pool', () => db.end());
  const http = httpClient(api.base, cfg.writers + cfg.readers + 4, { timeoutMs: 30_000 });
  cleanup.add('http client', () => http.close());
  await waitForWorker();
  log(`api on ${api.base} (pid ${api.pid}), worker pid ${worker.pid}; setting up ${cfg.clients} members`);

  const { hub, token, members, recipients } = await setUp(http, db);
  hubId = hub.id;
  log(`${members.logins} logins at ${fmt(members.loginRate, 0)}/s; connecting ${cfg.clients} websocket clients`);
  const lifetimeMs = BUDGET_MS;
  const clients = Array.from({ length: cfg.clientProcesses }, () => forkWorker('clients.mjs', [String(lifetimeMs)]));
  for (const c of clients) cleanup.child(c.child);
  cleanup.add('websocket clients', () => Promise.all(clients.map((c) => c.kill())));
  await Promise.all(clients.map((c) => c.ready));
  const connect = await connectAll(clients, [api.base], members.tokens, hub.id, { track: true });
  log(`${connect.joined} clients joined in ${fmt(connect.seconds)} s; load for ${MINUTES} min`);

  // --- the load ---
  const signal = stopSignal();
  for (const [name, p] of [
    ['api', api],
    ['worker', worker],
    ...clients.map((c, i) => [`client process ${i + 1}`, c]),
  ]) {
    p.child.once('exit', (code, sig) => signal.stop(`${name} exited (${code ?? sig})`));
  }
  const requests = requestLog(http);
  const digests = digestRequests({ log: requests, db, hubId: hub.id, token, expected: recipients });
  const seqAtStart = await lastSeqOf(db, hub.id);
  const cpuPids = { api: [api.pid], worker: [worker.pid], clients: clients.map((c) => c.child.pid) };
  const cpuAt = () =>
    Object.fromEntries(Object.entries(cpuPids).map(([k, ps]) => [k, ps.reduce((s, p) => s + cpuSeconds(p), 0)]));
  const cpuStart = cpuAt();
  const t0 = performance.now();
  const stopAt = t0 + DURATION_MS;
  let loadOverAt = null;
  const following = digests.follow(
    () => loadOverAt !== null,
    () => (loadOverAt === null ? Infinity : loadOverAt + DRAIN_MS),
  );
  following.catch((error) => signal.stop(`following the digests failed: ${error.message}`)); // awaited after the load
  const sum = (runs) =>
    runs.reduce((s, x) => ({ calls: s.calls + x.calls, late: s.late + x.late }), { calls: 0, late: 0 });
  const guard = (promise) =>
    promise.catch((error) => {
      signal.stop(error.message);
      throw error;
    });
  const paced = (count, perSecond, call) =>
    guard(
      Promise.all(Array.from({ length: count }, (_, i) => every((1000 * count) / perSecond, stopAt, signal, call(i)))),
    ).then(sum);
  const progress = async (m) => {
    if (m === 0) return;
    const t = requests.totals();
    const events = (await lastSeqOf(db, hub.id)) - seqAtStart;
    log(
      `${m}/${MINUTES} min: ${t.requests} requests (${t.errors} errors, ${t.conflicts} conflicts), ` +
        `${events} events, ${digests.sends.length} digest requests`,
    );
  };
  const [samples, writes, reads] = await Promise.all([
    sample({ api: api.pid, worker: worker.pid }, { t0, periodMs: cfg.sampleMs, stopAt, signal, reportDir }),
    paced(cfg.writers, cfg.writesPerSecond, (w) =>
      writer(w, {
        log: requests,
        hubId: hub.id,
        token: members.tokens[w],
        assignees: members.organizationIds,
        slots: cfg.slots,
      }),
    ),
    paced(cfg.readers, cfg.readsPerSecond, (r) =>
      reader(r, { log: requests, hubId: hub.id, token: members.tokens[cfg.writers + r] }),
    ),
    guard(digests.request(stopAt, signal)),
    every(60_000, stopAt, signal, progress),
  ]);
  const loadMs = performance.now() - t0;
  loadOverAt = performance.now();
  const cpuEnd = cpuAt();
  const cpu = Object.fromEntries(
    Object.keys(cpuEnd).map((k) => [k, (100 * (cpuEnd[k] - cpuStart[k])) / (loadMs / 1000)]),
  );
  log(`load over after ${fmt(loadMs / 1000)} s${signal.why ? ` (stopped: ${signal.why})` : ''}; draining`);

  // --- drain: the last digests, the last events ---
  await following;
  const lastSeq = await lastSeqOf(db, hub.id);
  let audit;
  for (const settleBy = performance.now() + SETTLE_MS; ;) {
    audit = mergeAudits(await Promise.all(clients.map((c) => c.call('audit', { lastSeq }))));
    if (audit.behind === 0 || performance.now() > settleBy) break;
    await sleep(500);
  }
  const alive = (p) => p.child.exitCode === null && p.child.signalCode === null;
  return {
    loadBefore,
    loadAfter: loadavg()[0],
    t0,
    loadMs,
    connect,
    recipients,
    seqAtStart,
    lastSeq,
    audit,
    samples,
    writes,
    reads,
    cpu,
    http: { totals: requests.totals(), byKind: requests.byKind(), errors: requests.errors },
    digests: { sends: digests.sends, totals: await digests.totals() },
    notifications: Number((await db.query(`SELECT count(*) AS n FROM notification`)).rows[0].n),
    alive: { api: alive(api), worker: alive(worker) },
    stoppedEarly: signal.why,
  };
}

/** The soak drives the machine it runs on, nothing else. */
function assertLocal() {
  for (const url of [ADMIN_URL, REDIS_URL]) {
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname)) {
      throw new Error(`the soak runs against 127.0.0.1 only, not ${new URL(url).host}`);
    }
  }
}

async function main() {
  assertLocal();
  for (const f of ['apps/server/dist/main.js', 'apps/server/dist/worker.js']) {
    if (!existsSync(join(ROOT, f))) throw new Error(`${f} is missing: build first (npm run soak builds)`);
  }
  const cleanup = cleaner();
  const abort = (why, code) => {
    console.error(`soak: ${why}; stopping everything`);
    cleanup.run().finally(() => process.exit(code));
  };
  process.once('SIGINT', () => abort('interrupted', 130));
  process.once('SIGTERM', () => abort('terminated', 143));
  setTimeout(() => abort(`still running after ${BUDGET_MS / 60_000} min`, 1), BUDGET_MS).unref();
  let pass = false;
  try {
    const result = await soak(cleanup);
    const verdict = checks(cfg, result);
    writeReport(cfg, result, verdict);
    console.log('samples (s: settled RSS / V8 heap used / V8 heap total, MB / fds per process, load average):');
    for (const x of result.samples) {
      const procs = Object.keys(x.rss).map(
        (p) =>
          `${p} ${fmt(x.rss[p] / 2 ** 20)}/${fmt(x.heap[p] / 2 ** 20)}/${fmt(x.heapTotal[p] / 2 ** 20)}/${x.fd[p]}`,
      );
      console.log(`  ${fmt(x.t / 1000, 0)}: ${procs.join(', ')}, load ${fmt(x.load, 2)}`);
    }
    for (const c of verdict.list) console.log(`${label(c, 'pass', 'FAIL')}  ${c.name}: ${c.detail}`);
    pass = verdict.pass;
    console.log(`\nsoak ${pass ? 'passed' : 'FAILED'}`);
  } catch (error) {
    console.error(`soak: ${error.stack ?? error}`);
  } finally {
    log('stopping the processes, dropping the database and the Redis keys');
    await cleanup.run();
  }
  process.exit(pass ? 0 : 1);
}

await main();
