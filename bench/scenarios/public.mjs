// Issue 14 benchmark: the anonymous public hub page API (GET /api/public/hubs/{slug}) with 1,000 public hubs, built
// afresh and answered 304 to a repeat that sends its ETag, against GET /health in the same run, with the same clients.
import pg from 'pg';
import { httpClient } from '../lib/http.mjs';
import { writeSection } from '../lib/report.mjs';
import { dropDatabase, freshDatabase, startApi } from '../lib/services.mjs';
import { fmt, summarize, throughput } from '../lib/stats.mjs';

const HUBS = Number(process.env.BENCH_PUBLIC_HUBS ?? 1000);
const REQUESTS = Number(process.env.BENCH_PUBLIC_REQUESTS ?? 3000);
const CONCURRENCY = 16;
/** Requests one after the other, for latency without queueing. */
const SEQUENTIAL = 300;
const ROUNDS = 3;
const DATABASE = 'hubspoke_bench_public';
const INDICATORS = ['3.b.1', '3.b.2', '3.8.1', '3.2.1', '3.3.1'];

export async function run() {
  const url = await freshDatabase(DATABASE);
  const api = await startApi({ DATABASE_URL: url });
  const http = httpClient(api.base, CONCURRENCY);
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    const seedStarted = performance.now();
    const slugs = await seed(db);
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    const etags = new Map();
    for (const slug of slugs) {
      const res = await http.request('GET', `/api/public/hubs/${slug}`);
      if (res.status !== 200 || !res.headers.etag) throw new Error(`GET ${slug} → ${res.status} without an ETag`);
      etags.set(slug, res.headers.etag);
    }
    const size = (await http.request('GET', `/api/public/hubs/${slugs[0]}`)).text.length;
    const requests = {
      health: () => http.request('GET', '/health'),
      page: (i) => http.request('GET', `/api/public/hubs/${slugs[i % slugs.length]}`),
      cached: (i) => {
        const slug = slugs[i % slugs.length];
        return http.request('GET', `/api/public/hubs/${slug}`, { headers: { 'if-none-match': etags.get(slug) } });
      },
    };
    const loaded = { health: [], page: [], cached: [] };
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, send] of Object.entries(requests))
        loaded[name].push(await measure(send, CONCURRENCY, REQUESTS));
    }
    const alone = {};
    for (const [name, send] of Object.entries(requests)) alone[name] = await measure(send, 1, SEQUENTIAL);
    const notModified = loaded.cached.reduce((sum, r) => sum + (r.statuses[304] ?? 0), 0);
    writeSection('public', report(best(loaded), alone, { seedSeconds, size, notModified }));
  } finally {
    await db.end();
    await http.close();
    await api.stop();
    await dropDatabase(DATABASE);
  }
}

/**
 * `count` requests by `concurrency` clients after a warm-up: throughput, latency and the count of each status; any
 * status ≥ 400 fails.
 */
async function measure(send, concurrency, count) {
  const statuses = {};
  const checked = async (i) => {
    const res = await send(i);
    if (res.status >= 400) throw new Error(`answered ${res.status}: ${res.text.slice(0, 200)}`);
    return res.status;
  };
  await throughput(Math.min(200, count), concurrency, checked);
  const samples = [];
  const rate = await throughput(count, concurrency, async (i) => {
    const started = performance.now();
    const status = await checked(i);
    samples.push(performance.now() - started);
    statuses[status] = (statuses[status] ?? 0) + 1;
  });
  return { rate, statuses, ...summarize(samples) };
}

const best = (results) =>
  Object.fromEntries(Object.entries(results).map(([k, runs]) => [k, runs.reduce((x, y) => (y.rate > x.rate ? y : x))]));

/**
 * HUBS public hubs by SQL, each like the demo's: 8 member organizations (2 on the board), 5 goals on SDG indicators
 * with 12 verified measurements and 1 pending each, 2 decided resolutions, a rating. Returns their slugs.
 */
async function seed(db) {
  await db.query(
    `INSERT INTO organization (name, sector, country, sdgs)
     SELECT 'Bench organization ' || g, (enum_range(NULL::sector))[1 + g % 9], 'KE', '{3}'
       FROM generate_series(0, 299) g`,
  );
  const { rows } = await db.query(
    `INSERT INTO hub (slug, name, mission, visibility, sdgs, sdg_targets)
     SELECT 'public-bench-' || g, 'Public bench hub ' || g,
            'Every child in the region gets every vaccine of the national schedule, on time, by 2030.',
            'public', '{3}', '{3.b,3.8}'
       FROM generate_series(1, $1) g RETURNING slug`,
    [HUBS],
  );
  await db.query(
    `WITH h AS (SELECT id, row_number() OVER (ORDER BY slug) AS n FROM hub),
          o AS (SELECT id, row_number() OVER (ORDER BY name) - 1 AS n FROM organization)
     INSERT INTO hub_member (hub_id, organization_id, role, status, joined_at)
     SELECT h.id, o.id, CASE WHEN k < 2 THEN 'board' ELSE 'member' END::hub_role, 'active', now()
       FROM h CROSS JOIN generate_series(0, 7) k JOIN o ON o.n = (h.n * 7 + k) % 300`,
  );
  await db.query(
    `INSERT INTO board_seat (hub_id, title, kind, constituency, holder_member_id)
     SELECT m.hub_id, 'Seat ' || m.id, 'representative',
            CASE WHEN row_number() OVER (PARTITION BY m.hub_id ORDER BY m.id) = 1 THEN 'public' ELSE 'civic' END::board_constituency,
            m.id
       FROM hub_member m WHERE m.role = 'board'`,
  );
  await db.query(
    `INSERT INTO goal (hub_id, title, indicator_code, unit, baseline, target, direction, start_date, due_date,
                       owner_organization_id)
     SELECT h.id, 'Goal ' || k || ' of ' || h.name, ($1::text[])[k], '%', 20, 90, 'increase', '2024-01-01', '2030-12-31',
            (SELECT organization_id FROM hub_member m WHERE m.hub_id = h.id LIMIT 1)
       FROM hub h CROSS JOIN generate_series(1, 5) k`,
    [INDICATORS],
  );
  await db.query(
    `INSERT INTO measurement (goal_id, hub_id, value, observed_at, evidence_url, reported_by_organization_id,
                              verified_at)
     SELECT g.id, g.hub_id, 20 + k * 4, now() - (13 - k) * interval '30 days', 'https://example.org/report.pdf',
            g.owner_organization_id, CASE WHEN k <= 12 THEN now() END
       FROM goal g CROSS JOIN generate_series(1, 13) k`,
  );
  const tally = { seats: 2, voted: 2, for: 2, against: 0, abstain: 0, quorumMet: true, majorityMet: true };
  await db.query(
    `INSERT INTO resolution (hub_id, title, motion, status, quorum, majority, deadline, closed_at, final_tally)
     SELECT h.id, 'Resolution ' || k, 'The board adopts the plan', 'passed', 0.5, 'simple',
            now() - k * interval '10 days', now() - k * interval '10 days', $1::jsonb
       FROM hub h CROSS JOIN generate_series(1, 2) k`,
    [JSON.stringify({ tally, seats: [], countedVoteIds: [] })],
  );
  const component = (name, weight) => ({ name, score: 60, weight, contribution: 60 * weight, explanation: 'Bench' });
  await db.query(
    `INSERT INTO hub_rating (hub_id, sdg, score, goals, components, computed_at)
     SELECT id, 0, 60, 5, $1::jsonb, now() FROM hub`,
    [JSON.stringify([component('progress', 0.4), component('pace', 0.3), component('evidence', 0.3)])],
  );
  await db.query('ANALYZE');
  return rows.map((r) => r.slug);
}

function report(loaded, alone, { seedSeconds, size, notModified }) {
  const { health } = loaded;
  const ratio = (r) => fmt(r.rate / health.rate, 2);
  const times = (r, base) => fmt(r.p95 / base.p95, 1);
  const rows = [
    ['GET /health (baseline)', 'health'],
    ['GET /api/public/hubs/{slug}, built afresh', 'page'],
    ['the same with If-None-Match → 304', 'cached'],
  ];
  const bold = (text, on) => (on ? `**${text}**` : text);
  return `## Issue #14 — the anonymous public hub page API (\`npm run bench -- public\`)

${HUBS.toLocaleString('en')} public hubs written by SQL (${fmt(seedSeconds, 0)} s), each with 8 member organizations, 2 board seats, 5 goals on SDG indicators with 12 verified and 1 pending measurement each, 2 decided resolutions and a rating; the page's answer is ${(size / 1024).toFixed(1)} kB. Every request is anonymous and the requests go round all the hubs; api, PostgreSQL, Redis and the load generator share one 2-core machine. Baseline: \`GET /health\` (liveness, no database) through the same stack in the same run.

Under load: ${REQUESTS.toLocaleString('en')} requests per row from ${CONCURRENCY} concurrent keep-alive clients after 200 warm-up requests, best of ${ROUNDS} rounds in alternation.

| request | requests/s | × health | p95 (ms) |
|---|---|---|---|
${rows.map(([label, k]) => `| ${label} | ${fmt(loaded[k].rate, 0)} | ${bold(`${ratio(loaded[k])}×`, k === 'cached')} | ${fmt(loaded[k].p95, 2)} |`).join('\n')}

One request at a time (${SEQUENTIAL} per row, after a warm-up): latency without queueing.

| request | p50 (ms) | p95 (ms) | p95 × health |
|---|---|---|---|
${rows.map(([label, k]) => `| ${label} | ${fmt(alone[k].p50, 2)} | ${bold(fmt(alone[k].p95, 2), k === 'page')} | ${times(alone[k], alone.health)}× |`).join('\n')}

Target: cached public answers ≥ 0.5× the health route's throughput. ${notModified.toLocaleString('en')} of ${(ROUNDS * REQUESTS).toLocaleString('en')} conditional requests under load were answered 304 without the page being built: from the hub's version as read within the last second, else from one call of \`hub_public_version\` (whose plan PostgreSQL keeps); the anonymous read limit still counts every request in Redis. An answer built afresh reads the version right before and right after it is built, and keeps it as its ETag only if nothing changed in between.`;
}
