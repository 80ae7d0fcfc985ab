// Issue #4 benchmarks: build and deliver the digests of HUBS hubs × 30 members from a week of activity, by the real
// worker process (dist/worker.js, emails to the local outbox), beside a BullMQ no-op baseline of the same job count.
// Run at two history sizes: the period's events are the same, only older events are added.
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import pg from 'pg';
import { writeSection } from '../lib/report.mjs';
import { freshDatabase, REDIS_URL, removeRedisKeys, ROOT, startWorker } from '../lib/services.mjs';
import { fmt } from '../lib/stats.mjs';

const require = createRequire(join(ROOT, 'apps/server/package.json'));
const { Queue, Worker } = require('bullmq');
const { BuildJob, BUILD_OPTIONS, buildJobId, DIGEST_BUILD_QUEUE, DIGEST_DELIVERY_QUEUE } = require(
  join(ROOT, 'apps/server/dist/modules/digests/digest-queues.js'),
);

const HUBS = Number(process.env.BENCH_DIGEST_HUBS ?? 1000);
const MEMBERS = 30;
const PERIOD_EVENTS = Number(process.env.BENCH_DIGEST_EVENTS ?? 500);
const HISTORY = Number(process.env.BENCH_DIGEST_HISTORY ?? 1500);
const TARGET_SECONDS = 60;
const PREFIX = `bench-digests-${process.pid}`;
const connection = { url: REDIS_URL };

export async function run() {
  const url = await freshDatabase('hubspoke_bench_digests');
  const worker = startWorker({ DATABASE_URL: url, QUEUE_PREFIX: PREFIX, DIGEST_RECONCILE_SECONDS: '86400' });
  const db = new pg.Pool({ connectionString: url, max: 4 });
  const rows = [];
  try {
    await waitForSchema(db);
    await seed(db);
    for (const [label, history] of [
      ['no older history', 0],
      [`${HISTORY} older events per hub`, HISTORY],
    ]) {
      if (history > 0) await addHistory(db, history);
      await db.query('TRUNCATE digest CASCADE');
      await db.query('VACUUM ANALYZE');
      const [{ n: totalEvents }] = (await db.query(`SELECT count(*)::int AS n FROM hub_event`)).rows;
      const result = await buildAll(db, label, worker.pid);
      const baseline = await noopBaseline(result.jobs);
      rows.push({ label, totalEvents, ...result, baseline });
      console.log(rows.at(-1));
    }
  } finally {
    await db.end();
    await worker.stop();
    await removeRedisKeys(`${PREFIX}:*`);
  }
  writeSection(
    'digests',
    `## Digests (issue #4)

${HUBS} hubs × ${MEMBERS} members, ${PERIOD_EVENTS} HubEvents per hub in the week (${(HUBS * PERIOD_EVENTS).toLocaleString('en')} in all).
One worker process (\`dist/worker.js\`, build concurrency 4, delivery concurrency 4), emails to the local outbox
(no SMTP), in-app delivered with the stored digest and pushed through the Redis emitter. Jobs: one build per hub, and one
email batch per hub and period (its outbox emails and delivery marks written by one statement). Baseline: the same
number of BullMQ jobs with a no-op processor, in the same run. "Build + deliver" runs from queuing the hubs' build jobs
to the last delivery marked delivered. The ratio is large by design: each job does a whole hub's work (30 digests, up
to 30 emails), so the time is the database work, not BullMQ's per-job cost. The machine is shared: "machine CPU busy" is
the share of all ${cpus().length} cores in use during the build + deliver, whoever used them (other engineers' builds and tests
included); "worker CPU" is the worker process's own (PostgreSQL and Redis come on top).

| history | HubEvents in the database | digests | deliveries | jobs | build + deliver | emails/s | BullMQ no-op, same job count | ratio | machine CPU busy | worker CPU |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${rows
  .map(
    (r) =>
      `| ${r.label} | ${r.totalEvents.toLocaleString('en')} | ${r.digests.toLocaleString('en')} | ${r.deliveries.toLocaleString('en')} | ${r.jobs.toLocaleString('en')} | ${fmt(r.seconds)} s | ${Math.round(r.emails / r.seconds).toLocaleString('en')} | ${fmt(r.baseline)} s | ${fmt(r.seconds / r.baseline)}× | ${Math.round(r.machineBusy * 100)}% | ${fmt(r.workerCpu)} s |`,
  )
  .join('\n')}

Target: everything delivered in under ${TARGET_SECONDS} s. ${verdict(rows)}
The period's events are read through the (hub_id, created_at) index and the task history through
(hub_id, entity_id, seq), so the older events should leave the time about the same.`,
  );
}

function verdict(rows) {
  const missed = rows.filter((r) => r.seconds >= TARGET_SECONDS);
  const met =
    missed.length === 0
      ? '**Target met** at both history sizes'
      : `**Target missed** (${missed.map((r) => r.label).join(', ')})`;
  const [fresh, old] = rows;
  return `${met}: ${fmt(fresh.seconds)} s with ${fresh.totalEvents.toLocaleString('en')} HubEvents in the database, ${fmt(old.seconds)} s with ${old.totalEvents.toLocaleString('en')}.`;
}

async function waitForSchema(db) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const { rows } = await db.query(`SELECT to_regclass('public.outbox_email') AS t`);
    if (rows[0].t) return;
    if (Date.now() > deadline) throw new Error('the worker did not migrate the database');
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function seed(db) {
  const started = performance.now();
  await db.query(
    `INSERT INTO organization (name, sector, country, sdgs) SELECT 'Bench org ' || lpad(g::text, 2, '0'), 'ngo', 'KE', '{3}' FROM generate_series(1, ${MEMBERS}) g`,
  );
  await db.query(
    `INSERT INTO "user" (email, name, password_hash)
     SELECT 'bench' || lpad(g::text, 6, '0') || '@example.org', 'Bench ' || g, 'x' FROM generate_series(1, $1) g`,
    [HUBS * MEMBERS],
  );
  await db.query(
    `INSERT INTO hub (slug, name, last_seq) SELECT 'bench-' || g, 'Bench hub ' || g, $1 FROM generate_series(1, $2) g`,
    [PERIOD_EVENTS, HUBS],
  );
  await db.query(
    `WITH h AS (SELECT id, row_number() OVER (ORDER BY slug) AS n FROM hub),
          u AS (SELECT id, row_number() OVER (ORDER BY email) AS n FROM "user"),
          o AS (SELECT id, row_number() OVER (ORDER BY name) AS n FROM organization)
     INSERT INTO hub_member (hub_id, user_id, organization_id, role, status, joined_at)
     SELECT h.id, u.id, o.id,
            (CASE WHEN k = 1 THEN 'secretariat' WHEN k <= 4 THEN 'board' ELSE 'member' END)::hub_role,
            'active', now() - interval '60 days'
       FROM h CROSS JOIN generate_series(1, ${MEMBERS}) k
       JOIN u ON u.n = (h.n - 1) * ${MEMBERS} + k JOIN o ON o.n = k`,
  );
  await db.query(
    `INSERT INTO goal (hub_id, title, unit, baseline, target, direction, start_date, due_date, owner_organization_id)
     SELECT h.id, 'Goal ' || k, '%', 0, 100, 'increase', CURRENT_DATE - 180, CURRENT_DATE + 180, o.id
       FROM hub h CROSS JOIN generate_series(5, 9) k
       JOIN (SELECT id, row_number() OVER (ORDER BY name) AS n FROM organization) o ON o.n = k`,
  );
  await db.query(
    `INSERT INTO task (hub_id, title, status, priority, assignee_organization_id, due_date, position)
     SELECT h.id, 'Task ' || k, (ARRAY['todo','in_progress','blocked'])[1 + k % 3]::task_status, 'medium', o.id,
            CURRENT_DATE + (k % 20) - 10, k
       FROM hub h CROSS JOIN generate_series(1, 20) k
       JOIN (SELECT id, row_number() OVER (ORDER BY name) AS n FROM organization) o ON o.n = 5 + k % 26`,
  );
  // the week: tasks completed and measurements reported by the member organizations
  await db.query(
    `WITH o AS (SELECT array_agg(id::text ORDER BY name) AS ids FROM organization)
     INSERT INTO hub_event (hub_id, seq, type, entity_id, payload, created_at)
     SELECT h.id, s, (CASE WHEN s % 2 = 0 THEN 'task.updated' ELSE 'goal.measured' END)::hub_event_type,
            gen_random_uuid(),
            CASE WHEN s % 2 = 0
              THEN jsonb_build_object('status', 'done', 'title', 'Task ' || s, 'assigneeOrganizationId', o.ids[5 + s % 26])
              ELSE jsonb_build_object('measurement', jsonb_build_object('reportedByOrganizationId', o.ids[5 + s % 26]))
            END,
            now() - interval '6 days' + (s * interval '6 days' / $1)
       FROM hub h, o, generate_series(1, $1) s`,
    [PERIOD_EVENTS],
  );
  console.log(`seeded in ${fmt((performance.now() - started) / 1000)} s`);
}

/** Older events, numbered below the week's (seq may be negative: only order matters to the digests). */
async function addHistory(db, perHub) {
  const started = performance.now();
  await db.query(
    `INSERT INTO hub_event (hub_id, seq, type, entity_id, payload, created_at)
     SELECT h.id, -s, 'comment.created', gen_random_uuid(), '{}', now() - interval '8 days' - (s * interval '1 minute')
       FROM hub h, generate_series(1, $1) s`,
    [perHub],
  );
  console.log(`added ${perHub} older events per hub in ${fmt((performance.now() - started) / 1000)} s`);
}

async function buildAll(db, label, workerPid) {
  const build = new Queue(DIGEST_BUILD_QUEUE, { connection, prefix: PREFIX });
  const delivery = new Queue(DIGEST_DELIVERY_QUEUE, { connection, prefix: PREFIX });
  const { rows: hubs } = await db.query(`SELECT id FROM hub`);
  const end = new Date();
  const start = new Date(end.getTime() - 7 * 86_400_000);
  const key = `bench-${label.length}-${end.getTime()}`;
  const cpu = cpuSince(workerPid);
  const started = performance.now();
  await build.addBulk(
    hubs.map((h) => ({
      name: BuildJob.build,
      data: {
        hubId: h.id,
        cadence: 'weekly',
        periodStart: start.toISOString(),
        periodEnd: end.toISOString(),
        periodKey: key,
        audience: 'now',
      },
      opts: { ...BUILD_OPTIONS, jobId: buildJobId(h.id, 'weekly', key) },
    })),
  );
  for (;;) {
    const b = await build.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
    const d = await delivery.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
    if (Object.values(b).every((n) => n === 0) && Object.values(d).every((n) => n === 0)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const seconds = (performance.now() - started) / 1000;
  const { machineBusy, workerCpu } = cpu();
  const [{ digests, deliveries, delivered, emails, batches }] = (
    await db.query(
      `SELECT (SELECT count(*)::int FROM digest) AS digests, count(*)::int AS deliveries,
              count(*) FILTER (WHERE status = 'delivered')::int AS delivered,
              count(*) FILTER (WHERE channel = 'email')::int AS emails,
              count(DISTINCT d.hub_id) FILTER (WHERE channel = 'email')::int AS batches
         FROM digest_delivery dd JOIN digest d ON d.id = dd.digest_id`,
    )
  ).rows;
  if (delivered !== deliveries) throw new Error(`${deliveries - delivered} deliveries not delivered`);
  await build.obliterate({ force: true });
  await delivery.obliterate({ force: true });
  await build.close();
  await delivery.close();
  return { seconds, digests, deliveries, emails, jobs: hubs.length + batches, machineBusy, workerCpu };
}

/** From Linux's /proc: how busy the whole machine was since the call (0–1), and the worker's own CPU seconds. */
function cpuSince(workerPid) {
  const machine = () => readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  // utime and stime, in clock ticks (1/100 s), after the process name
  const worker = () => {
    const fields = readFileSync(`/proc/${workerPid}/stat`, 'utf8').split(') ')[1].split(' ');
    return Number(fields[11]) + Number(fields[12]);
  };
  const [machineAt, workerAt] = [machine(), worker()];
  return () => {
    const spent = machine().map((ticks, i) => ticks - machineAt[i]);
    const total = spent.reduce((a, b) => a + b, 0);
    // idle and iowait are the 4th and 5th
    return { machineBusy: (total - spent[3] - spent[4]) / total, workerCpu: (worker() - workerAt) / 100 };
  };
}

async function noopBaseline(jobs) {
  const name = 'noop-baseline';
  const queue = new Queue(name, { connection, prefix: PREFIX });
  let done = 0;
  let resolveAll;
  const all = new Promise((r) => (resolveAll = r));
  const worker = new Worker(name, async () => undefined, { connection, prefix: PREFIX, concurrency: 8 });
  worker.on('completed', () => {
    if (++done === jobs) resolveAll();
  });
  const started = performance.now();
  for (let i = 0; i < jobs; i += 1000) {
    await queue.addBulk(
      Array.from({ length: Math.min(1000, jobs - i) }, (_, j) => ({
        name,
        data: { i: i + j },
        opts: { removeOnComplete: true },
      })),
    );
  }
  await all;
  const seconds = (performance.now() - started) / 1000;
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  return seconds;
}
