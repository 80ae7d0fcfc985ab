// Issue #2 benchmarks: task create/update throughput through the HTTP API against raw pg single-row writes on the same
// tables, and the p95 latency of the hub overview for a hub of 100,000 tasks in a database of 1,000,000 tasks.
import pg from 'pg';
import { httpClient } from '../lib/http.mjs';
import { secretariatHub } from '../lib/members.mjs';
import { writeSection } from '../lib/report.mjs';
import { freshDatabase, startApi } from '../lib/services.mjs';
import { fmt, summarize, throughput } from '../lib/stats.mjs';

const WRITES = Number(process.env.BENCH_WRITES ?? 3000);
const CONCURRENCY = 16;
const TOTAL_TASKS = Number(process.env.BENCH_TOTAL_TASKS ?? 1_000_000);
const HUB_TASKS = Number(process.env.BENCH_HUB_TASKS ?? 100_000);
const OVERVIEW_REQUESTS = 300;

export async function run() {
  const url = await freshDatabase('hubspoke_bench_api');
  const api = await startApi({ DATABASE_URL: url });
  const second = await startApi({ DATABASE_URL: url });
  const http = httpClient(api.base, CONCURRENCY);
  const http2 = httpClient(second.base, CONCURRENCY);
  const db = new pg.Pool({ connectionString: url, max: CONCURRENCY });
  try {
    const { userId, token, org, hub } = await secretariatHub(http, db, { prefix: 'bench', label: 'Bench' });
    const spreadHubs = [];
    for (let i = 0; i < CONCURRENCY; i++) {
      spreadHubs.push(
        (await http.call('POST', '/api/hubs', { token, body: { name: `Spread ${i}`, organizationId: org.id } })).id,
      );
    }

    // --- writes: alternate raw and api rounds, keep the best of two of each ---
    const rawInsert = (i) =>
      db.query(
        `INSERT INTO task (hub_id, title, description, status, priority, position, created_by_id, created_by_organization_id)
         VALUES ($1, $2, '', 'todo', 'medium', $3, $4, $5) RETURNING id, version`,
        [hub.id, `raw task ${i}`, i, userId, org.id],
      );
    const apiTaskIds = [];
    const rawTaskIds = [];
    const rounds = {
      rawCreate: [],
      apiCreate: [],
      rawUpdate: [],
      apiUpdate: [],
      apiCreateSpread: [],
      apiCreateTwo: [],
      rawApiSql: [],
      me: [],
    };
    for (let round = 0; round < 2; round++) {
      const rawIds = [];
      rounds.rawCreate.push(
        await throughput(WRITES, CONCURRENCY, async (i) => rawIds.push((await rawInsert(i)).rows[0].id)),
      );
      const apiIds = [];
      rounds.apiCreate.push(
        await throughput(WRITES, CONCURRENCY, async (i) =>
          apiIds.push(
            (await http.call('POST', `/api/hubs/${hub.id}/tasks`, { token, body: { title: `api task ${i}` } })).id,
          ),
        ),
      );
      rounds.rawUpdate.push(
        await throughput(WRITES, CONCURRENCY, (i) =>
          db.query(
            `UPDATE task SET title = $2, version = version + 1, updated_at = now() WHERE id = $1 AND version = $3`,
            [rawIds[i], `raw renamed ${i}`, 1],
          ),
        ),
      );
      rounds.apiUpdate.push(
        await throughput(WRITES, CONCURRENCY, (i) =>
          http.call('PATCH', `/api/hubs/${hub.id}/tasks/${apiIds[i]}`, {
            token,
            body: { version: 1, title: `api renamed ${i}` },
          }),
        ),
      );
      rounds.apiCreateSpread.push(
        await throughput(WRITES, CONCURRENCY, (i) =>
          http.call('POST', `/api/hubs/${spreadHubs[i % CONCURRENCY]}/tasks`, {
            token,
            body: { title: `spread task ${i}` },
          }),
        ),
      );
      rounds.apiCreateTwo.push(
        await throughput(WRITES, CONCURRENCY, (i) =>
          (i % 2 ? http2 : http).call('POST', `/api/hubs/${hub.id}/tasks`, { token, body: { title: `two ${i}` } }),
        ),
      );
      rounds.rawApiSql.push(await throughput(WRITES, CONCURRENCY, (i) => rawApiStatements(db, hub.id, i)));
      rounds.me.push(await throughput(WRITES, CONCURRENCY, () => http.call('GET', '/api/auth/me', { token })));
      rawTaskIds.push(...rawIds);
      apiTaskIds.push(...apiIds);
    }
    const best = (xs) => Math.max(...xs);
    const create = { raw: best(rounds.rawCreate), api: best(rounds.apiCreate) };
    const update = { raw: best(rounds.rawUpdate), api: best(rounds.apiUpdate) };
    const spread = best(rounds.apiCreateSpread);
    const two = best(rounds.apiCreateTwo);
    const apiSql = best(rounds.rawApiSql);
    const me = best(rounds.me);

    // --- overview: a hub of HUB_TASKS tasks among TOTAL_TASKS ---
    const loadStarted = performance.now();
    await bulkTasks(db, hub.id, org.id, userId);
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    const timeCalls = async (path) => {
      for (let i = 0; i < 20; i++) await http.call('GET', path, { token });
      const samples = [];
      for (let i = 0; i < OVERVIEW_REQUESTS; i++) {
        const t = performance.now();
        await http.call('GET', path, { token });
        samples.push(performance.now() - t);
      }
      return summarize(samples);
    };
    const overview = await timeCalls(`/api/hubs/${hub.id}/overview`);
    const meLatency = await timeCalls('/api/auth/me');
    const [{ count: hubCount }] = (
      await db.query(`SELECT count(*)::int AS count FROM task WHERE hub_id = $1`, [hub.id])
    ).rows;
    const [{ count: allCount }] = (await db.query(`SELECT count(*)::int AS count FROM task`)).rows;

    writeSection(
      'api',
      `## Issue #2 — API writes and hub overview (\`npm run bench -- api\`)

Writes: ${WRITES} single-task operations per round, ${CONCURRENCY} concurrent clients, best of 2 rounds, api and PostgreSQL on the same 2-core machine as the load generator. The API path includes JWT auth, validation, the policy check, the transaction with the HubEvent, and the event's numbering and publication; the baseline is a raw \`pg\` single-row statement on the same table. The diagnostic rows locate the cost: the api's own SQL without HTTP or the Node framework, and the framework alone (an authenticated one-row read).

| operation | raw pg (ops/s) | HTTP API (ops/s) | ratio API / raw | target |
|---|---|---|---|---|
| task create | ${fmt(create.raw, 0)} | ${fmt(create.api, 0)} | **${fmt(create.api / create.raw, 2)}×** | ≥ 0.3× |
| task update | ${fmt(update.raw, 0)} | ${fmt(update.api, 0)} | **${fmt(update.api / update.raw, 2)}×** | ≥ 0.3× |
| task create, writes spread over ${CONCURRENCY} hubs | ${fmt(create.raw, 0)} | ${fmt(spread, 0)} | ${fmt(spread / create.raw, 2)}× | (diagnostic) |
| task create, two api instances (the production shape) | ${fmt(create.raw, 0)} | ${fmt(two, 0)} | ${fmt(two / create.raw, 2)}× | (diagnostic) |
| raw pg: the api's statements for a create (BEGIN, INSERT task, INSERT event, COMMIT, number the hub's events), no HTTP | ${fmt(create.raw, 0)} | ${fmt(apiSql, 0)} | ${fmt(apiSql / create.raw, 2)}× | (ceiling of our SQL) |
| GET /api/auth/me through the api: auth + one-row read, no write | ${fmt(create.raw, 0)} | ${fmt(me, 0)} | ${fmt(me / create.raw, 2)}× | (ceiling of the HTTP stack) |

Reading: the api's own statements for a write, run straight from \`pg\` with no HTTP and no framework, reach ${fmt(apiSql / create.raw, 2)}× of a bare single-row INSERT, and an authenticated one-row read through the HTTP stack reaches ${fmt(me / create.raw, 2)}×; a write that commits its HubEvent in a transaction cannot reach 0.3× of a bare INSERT on this machine, and the API's create (${fmt(create.api / create.raw, 2)}×) runs at ${fmt(create.api / apiSql, 2)}× of its own SQL's ceiling.

Hub overview (goals with progress and health, task counts by status, overdue tasks) for a hub of ${hubCount.toLocaleString('en')} tasks in a database of ${allCount.toLocaleString('en')} tasks (bulk load took ${fmt(loadSeconds, 0)} s); ${OVERVIEW_REQUESTS} sequential requests after 20 warm-up requests. Baseline: \`GET /api/auth/me\` (auth plus a one-row read) through the same stack.

| route | p50 (ms) | p95 (ms) | p99 (ms) | target |
|---|---|---|---|---|
| GET /api/hubs/:id/overview | ${fmt(overview.p50)} | **${fmt(overview.p95)}** | ${fmt(overview.p99)} | p95 < 50 ms |
| GET /api/auth/me (baseline) | ${fmt(meLatency.p50)} | ${fmt(meLatency.p95)} | ${fmt(meLatency.p99)} | |
| ratio overview / baseline | ${fmt(overview.p50 / meLatency.p50, 2)}× | ${fmt(overview.p95 / meLatency.p95, 2)}× | ${fmt(overview.p99 / meLatency.p99, 2)}× | |`,
    );
  } finally {
    await http.close();
    await http2.close();
    await db.end();
    await Promise.all([api.stop(), second.stop()]);
  }
}

/** The api's statements for a task create in raw SQL: the change and its event in one transaction, then the numbering. */
async function rawApiStatements(db, hubId, i) {
  const client = await db.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query(`INSERT INTO task (hub_id, title) VALUES ($1, $2) RETURNING id`, [
      hubId,
      `tx task ${i}`,
    ]);
    await client.query(
      `INSERT INTO hub_event (hub_id, type, entity_id, payload) VALUES ($1, 'task.created', $2, '{}')`,
      [hubId, rows[0].id],
    );
    await client.query('COMMIT');
    await client.query('SELECT seq FROM number_hub_events($1)', [hubId]);
  } finally {
    client.release();
  }
}

/** Fills the database up to TOTAL_TASKS tasks, HUB_TASKS of them in the measured hub, the rest spread over 9 other hubs. */
async function bulkTasks(db, hubId, orgId, userId) {
  const orgs = (
    await db.query(
      `INSERT INTO organization (name, sector, country, sdgs)
       SELECT 'Bench member ' || g, 'ngo', 'KE', '{3}' FROM generate_series(1, 20) g RETURNING id`,
    )
  ).rows.map((r) => r.id);
  await db.query(
    `INSERT INTO hub_member (hub_id, organization_id, role, status, joined_at) SELECT $1, unnest($2::uuid[]), 'member', 'active', now()`,
    [hubId, orgs],
  );
  const otherHubs = (
    await db.query(
      `INSERT INTO hub (slug, name) SELECT 'bench-other-' || g, 'Other ' || g FROM generate_series(1, 9) g RETURNING id`,
    )
  ).rows.map((r) => r.id);
  const [{ count: existing }] = (await db.query(`SELECT count(*)::int AS count FROM task WHERE hub_id = $1`, [hubId]))
    .rows;
  const insert = (hub, n) =>
    db.query(
      `INSERT INTO task (hub_id, title, status, priority, assignee_organization_id, created_by_id, created_by_organization_id, due_date, position)
       SELECT $1, 'Bulk task ' || g,
              (ARRAY['todo','in_progress','blocked','done'])[1 + g % 4]::task_status,
              (ARRAY['low','medium','high','urgent'])[1 + g % 4]::task_priority,
              ($2::uuid[])[1 + g % array_length($2::uuid[], 1)], $3, $4,
              CURRENT_DATE + ((g % 400) - 200), g
         FROM generate_series(1, $5) g`,
      [hub, orgs, userId, orgId, n],
    );
  await insert(hubId, Math.max(0, HUB_TASKS - existing));
  const perOther = Math.floor((TOTAL_TASKS - HUB_TASKS) / otherHubs.length);
  for (const other of otherHubs) await insert(other, perOther);
  await db.query(
    `INSERT INTO goal (hub_id, title, unit, baseline, target, direction, start_date, due_date, owner_organization_id)
     SELECT $1, 'Bench goal ' || g, '%', 10, 90, 'increase', CURRENT_DATE - 365, CURRENT_DATE + 365, $2 FROM generate_series(1, 12) g`,
    [hubId, orgId],
  );
  await db.query(
    `INSERT INTO measurement (goal_id, hub_id, value, observed_at, reported_by_organization_id, verified_at)
     SELECT goal.id, goal.hub_id, 10 + m * 3, now() - (m || ' days')::interval, $2, CASE WHEN m % 3 = 0 THEN NULL ELSE now() END
       FROM goal, generate_series(1, 30) m WHERE goal.hub_id = $1`,
    [hubId, orgId],
  );
  await db.query('VACUUM ANALYZE');
}
