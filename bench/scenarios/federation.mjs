// Issue 15 benchmark: a child hub's verified measurement reaching the parent hub's room as `goal.rolled_up`, beside a
// plain task event in the same room and run; and a parent goal rolling up 1,000 child hubs, read over HTTP and carried
// live after one child's verification.
import pg from 'pg';
import { httpClient } from '../lib/http.mjs';
import { addMembers, secretariatHub } from '../lib/members.mjs';
import { forkWorker } from '../lib/processes.mjs';
import { writeSection } from '../lib/report.mjs';
import { dropDatabase, freshDatabase, startApi } from '../lib/services.mjs';
import { closeAll, connectAll } from '../lib/sockets.mjs';
import { fmt, summarize } from '../lib/stats.mjs';

const DB = 'hubspoke_bench_federation';
const CLIENTS = Number(process.env.BENCH_FEDERATION_CLIENTS ?? 400);
const ROUNDS = Number(process.env.BENCH_FEDERATION_ROUNDS ?? 60);
const CHILDREN = 1000;
const READS = 50;
const WAIT_MS = 15_000;
const now = () => performance.timeOrigin + performance.now();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function run() {
  const url = await freshDatabase(DB);
  const api = await startApi({ DATABASE_URL: url, ACCESS_TOKEN_TTL_SECONDS: '3600' });
  const http = httpClient(api.base, 8);
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const workers = [forkWorker('clients.mjs'), forkWorker('clients.mjs')];
  try {
    const setup = await federation(http, db);
    const { tokens } = await addMembers(db, [http], setup.parent.hub.id, {
      count: CLIENTS,
      logins: 10,
      prefix: 'fed',
      label: 'Federation',
      ttlSeconds: 3600,
    });
    const connected = await connectAll(workers, [api.base], tokens, setup.parent.hub.id);
    console.log(`${connected.joined} parent-hub members joined in ${fmt(connected.seconds)} s`);

    const arrive = (send) => deliveries(workers, connected.joined, send);
    const ops = {
      task: () => arrive(async () => () => setup.renameTask()),
      rollUp: () => arrive(() => setup.verifyInChild(setup.childGoal)),
      wideRollUp: () => arrive(() => setup.verifyInChild(setup.wideChildGoal)),
    };
    const samples = { task: [], rollUp: [], wideRollUp: [] };
    for (let round = 0; round < ROUNDS; round++) {
      for (const kind of Object.keys(ops)) samples[kind].push(...(await ops[kind]()));
    }
    const reads = await readTimes(http, setup);
    writeSection(
      'federation',
      report(Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, summarize(v)])), reads),
    );
  } finally {
    await closeAll(workers).catch(() => undefined);
    for (const w of workers) w.child.kill();
    await db.end();
    await http.close();
    await api.stop();
    await dropDatabase(DB);
  }
}

/**
 * A parent hub and a child hub (each through the api, by its own secretariat), linked by both; a parent goal summing
 * the child's goal; a second parent goal, a weighted mean over 1,000 SQL-made private child hubs and the real child's
 * second goal; a task in the parent hub.
 */
async function federation(http, db) {
  const parent = await secretariatHub(http, db, { prefix: 'fed-parent', label: 'Regional Immunization' });
  const child = await secretariatHub(http, db, { prefix: 'fed-child', label: 'National Immunization' });
  const asked = await http.call('POST', `/api/hubs/${child.hub.id}/links`, {
    token: child.token,
    body: { parentHubId: parent.hub.id },
  });
  await http.call('POST', `/api/hubs/${parent.hub.id}/links/${asked.id}/accept`, { token: parent.token });
  const goal = (side, fields) =>
    http.call('POST', `/api/hubs/${side.hub.id}/goals`, {
      token: side.token,
      body: {
        title: 'Coverage',
        unit: '%',
        baseline: 0,
        target: 100,
        direction: 'increase',
        startDate: '2026-01-01',
        dueDate: '2027-12-31',
        ownerOrganizationId: side.org.id,
        ...fields,
      },
    });
  const parentGoal = await goal(parent, { rollUpMethod: 'sum' });
  const wideParentGoal = await goal(parent, { rollUpMethod: 'weighted_mean', title: 'Coverage across 1,001 hubs' });
  const childGoal = await goal(child, {});
  const wideChildGoal = await goal(child, { title: 'Coverage, second series' });
  const contribute = (childGoalId, parentGoalId) =>
    http.call('PUT', `/api/hubs/${child.hub.id}/goals/${childGoalId}/contribution`, {
      token: child.token,
      body: { parentGoalId },
    });
  await contribute(childGoal.id, parentGoal.id);
  await contribute(wideChildGoal.id, wideParentGoal.id);
  await manyChildren(db, parent, wideParentGoal.id);
  let task = await http.call('POST', `/api/hubs/${parent.hub.id}/tasks`, {
    token: parent.token,
    body: { title: 'Plan the regional cold-chain audit' },
  });
  let value = 0;
  return {
    parent,
    parentGoal,
    wideParentGoal,
    childGoal,
    wideChildGoal,
    async renameTask() {
      task = await http.call('PATCH', `/api/hubs/${parent.hub.id}/tasks/${task.id}`, {
        token: parent.token,
        body: { version: task.version, title: `Plan the regional cold-chain audit ${value++}` },
      });
    },
    /** Reports a reading in the child (not timed) and returns the timed step: the child's secretariat verifying it. */
    async verifyInChild(goalOfChild) {
      const reported = await http.call('POST', `/api/hubs/${child.hub.id}/goals/${goalOfChild.id}/measurements`, {
        token: child.token,
        body: { value: 10 + (value++ % 80), observedAt: new Date().toISOString() },
      });
      return () =>
        http.call('POST', `/api/hubs/${child.hub.id}/measurements/${reported.measurement.id}/verify`, {
          token: child.token,
        });
    },
  };
}

/** 1,000 private child hubs linked to the parent, each with a goal mapped to `parentGoalId` and 3 verified readings. */
async function manyChildren(db, parent, parentGoalId) {
  await db.query(
    `WITH children AS (
       INSERT INTO hub (slug, name, mission, visibility)
       SELECT 'fed-child-' || i, 'Child hub ' || i, '', 'private' FROM generate_series(1, $4::int) i
       RETURNING id
     ), links AS (
       INSERT INTO hub_link (parent_hub_id, child_hub_id, status, requested_by_hub_id)
       SELECT $1, id, 'active', id FROM children RETURNING child_hub_id
     ), goals AS (
       INSERT INTO goal (hub_id, title, unit, baseline, target, direction, start_date, due_date, owner_organization_id)
       SELECT child_hub_id, 'Coverage', '%', 0, 100, 'increase', '2026-01-01', '2027-12-31', $3 FROM links
       RETURNING id, hub_id
     ), readings AS (
       INSERT INTO measurement (goal_id, hub_id, value, observed_at, reported_by_organization_id, verified_at)
       SELECT id, hub_id, 40 + v, '2026-06-01'::timestamptz - (v || ' days')::interval, $3, now()
         FROM goals, generate_series(1, 3) v
     )
     INSERT INTO goal_roll_up_source (parent_goal_id, parent_hub_id, child_goal_id, child_hub_id, weight)
     SELECT $2, $1, id, hub_id, 1 FROM goals`,
    [parent.hub.id, parentGoalId, parent.org.id, CHILDREN],
  );
}

/**
 * Runs one step and answers each parent-hub client's time from the step's start to its event. `prepare` does the
 * untimed work and returns the timed step. The room sees nothing else meanwhile, so a client's arrival is this step's.
 */
async function deliveries(workers, clients, prepare) {
  const step = await prepare();
  await Promise.all(workers.map((w) => w.call('record', { as: 'arrivals' })));
  const started = now();
  await step();
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const counts = await Promise.all(workers.map((w) => w.call('counts')));
    if (counts.reduce((n, c) => n + c.received, 0) >= clients) break;
    if (Date.now() > deadline) throw new Error(`not every client received the event within ${WAIT_MS} ms`);
    await sleep(5);
  }
  const reports = await Promise.all(workers.map((w) => w.call('report')));
  await Promise.all(workers.map((w) => w.call('record', { as: 'off' })));
  return reports.flatMap((r) => Array.from(r.samples, (t) => t - started));
}

/** GET of each parent goal (its roll-up computed on read) beside a goal with no roll-up. */
async function readTimes(http, setup) {
  const hubId = setup.parent.hub.id;
  const read = async (goalId) => {
    const times = [];
    for (let i = 0; i < READS + 5; i++) {
      const at = performance.now();
      await http.call('GET', `/api/hubs/${hubId}/goals/${goalId}`, { token: setup.parent.token });
      if (i >= 5) times.push(performance.now() - at);
    }
    return summarize(times);
  };
  const wide = await http.call('GET', `/api/hubs/${hubId}/goals/${setup.wideParentGoal.id}`, {
    token: setup.parent.token,
  });
  if (wide.rollUp?.childCount !== CHILDREN + 1)
    throw new Error(`expected ${CHILDREN + 1} children: ${JSON.stringify(wide.rollUp)}`);
  return { one: await read(setup.parentGoal.id), wide: await read(setup.wideParentGoal.id) };
}

function report(s, reads) {
  const row = (label, x, base) =>
    `| ${label} | ${fmt(x.p50)} | ${fmt(x.p95)} | ${fmt(x.p99)} | ${fmt(x.max)} | ${x.count} | ${base ? `**${fmt(x.p99 / base.p99, 2)}×**` : '1×'} |`;
  const readRow = (label, x) => `| ${label} | ${fmt(x.p50)} | ${fmt(x.p95)} | ${fmt(x.p99)} |`;
  return [
    '## Issue #15 — hubs of hubs (`npm run bench -- federation`)',
    '',
    `One api, PostgreSQL, Redis and ${CLIENTS} websocket clients (members of the parent hub, in 2 client processes) on the same 2-core machine. A child hub linked to the parent by both secretariats; ${ROUNDS} rounds, each of three steps one after another, the room quiet between them, each timed from the request's start to every client's receipt: a plain task rename in the parent hub (\`PATCH\`, baseline, \`task.updated\`); the child's secretariat verifying a reading of a goal that the parent sums (\`POST …/verify\` in the child → \`measurement.verified\` in the child → \`goal.rolled_up\` in the parent's room); the same for a goal that a parent goal averages over ${CHILDREN.toLocaleString('en')} other (SQL-made, private) child hubs with 3 verified readings each.`,
    '',
    '| step → parent room | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | receipts | p99 / task event |',
    '|---|---:|---:|---:|---:|---:|---:|',
    row('task renamed in the parent (baseline)', s.task),
    row('child verifies → parent goal (1 child)', s.rollUp, s.task),
    row(`child verifies → parent goal over ${(CHILDREN + 1).toLocaleString('en')} children`, s.wideRollUp, s.task),
    '',
    `Targets: the rolled-up event's p99 within 2× of the task event's — ${fmt(s.rollUp.p99 / s.task.p99, 2)}× (1 child), ${fmt(s.wideRollUp.p99 / s.task.p99, 2)}× (${(CHILDREN + 1).toLocaleString('en')} children); a parent goal over 1,000 child hubs recomputed in under 1 s — verification to every client p99 ${fmt(s.wideRollUp.p99)} ms.`,
    '',
    `Reading the parent goal (its roll-up computed on read), ${READS} sequential \`GET /api/hubs/:id/goals/:id\`:`,
    '',
    '| goal | p50 (ms) | p95 (ms) | p99 (ms) |',
    '|---|---:|---:|---:|',
    readRow('rolling up 1 child', reads.one),
    readRow(`rolling up ${(CHILDREN + 1).toLocaleString('en')} children`, reads.wide),
  ].join('\n');
}
