// Issue 13 benchmark: what the trust work costs the two paths every person takes — signing in, and joining a hub over
// the websocket (the handshake now checks that the session was not ended; each message goes through the account's
// budget) — measured on this build and on the build before it (BENCH_TRUST_BASELINE, default a8d06d0), in the same
// run, each api on a fresh database with the same members, in alternating rounds (best of 2).
import bcrypt from 'bcryptjs';
import pg from 'pg';
import { io } from 'socket.io-client';
import { baselineBuild } from '../lib/baseline-build.mjs';
import { httpClient } from '../lib/http.mjs';
import { writeSection } from '../lib/report.mjs';
import { dropDatabase, freshDatabase, ROOT, startApi } from '../lib/services.mjs';
import { fmt, summarize, throughput } from '../lib/stats.mjs';

const BASELINE_REF = process.env.BENCH_TRUST_BASELINE ?? 'a8d06d0';
const MEMBERS = Number(process.env.BENCH_TRUST_MEMBERS ?? 200);
const LOGINS = Number(process.env.BENCH_TRUST_LOGINS ?? 2000);
const JOINS_PER_SOCKET = Number(process.env.BENCH_TRUST_JOINS ?? 20);
const CONCURRENCY = 16;
const PASSWORD = 'bench-password';

export async function run() {
  const baseline = baselineBuild(BASELINE_REF);
  const builds = [
    { name: `before (${baseline.sha})`, root: baseline.dir, db: 'hubspoke_bench_trust_before' },
    { name: 'this build', root: ROOT, db: 'hubspoke_bench_trust_now' },
  ];
  const results = new Map(builds.map((b) => [b.name, { login: [], join: [] }]));
  for (const build of builds) build.url = await freshDatabase(build.db);
  try {
    for (let round = 0; round < 2; round++) {
      for (const build of builds) {
        console.log(`round ${round + 1}: ${build.name}`);
        const measured = await measure(build);
        results.get(build.name).login.push(measured.login);
        results.get(build.name).join.push(measured.join);
      }
    }
  } finally {
    for (const build of builds) await dropDatabase(build.db);
  }
  writeSection('trust', report(builds, results));
}

/** One round on one build: an api on its database, its members signing in, then joining the hub from their sockets. */
async function measure(build) {
  const api = await startApi({ DATABASE_URL: build.url }, { root: build.root });
  const http = httpClient(api.base, CONCURRENCY);
  try {
    const { hubId, emails } = await members(build.url);
    const tokens = [];
    const loginMs = [];
    const loginRate = await throughput(LOGINS, CONCURRENCY, async (i) => {
      const started = performance.now();
      const session = await http.call('POST', '/api/auth/login', {
        body: { email: emails[i % emails.length], password: PASSWORD },
      });
      loginMs.push(performance.now() - started);
      tokens[i % emails.length] = session.accessToken;
    });
    const sockets = await Promise.all(tokens.map((token) => connect(api.base, token)));
    const joinMs = [];
    const started = performance.now();
    await Promise.all(
      sockets.map(async (socket) => {
        for (let j = 0; j < JOINS_PER_SOCKET; j++) {
          const at = performance.now();
          const ack = await socket.timeout(10_000).emitWithAck('hub:join', { hubId, sinceSeq: 0 });
          if (!ack.ok) throw new Error(`hub:join refused: ${JSON.stringify(ack)}`);
          joinMs.push(performance.now() - at);
        }
      }),
    );
    const joinRate = joinMs.length / ((performance.now() - started) / 1000);
    for (const socket of sockets) socket.close();
    return {
      login: { rate: loginRate, ...summarize(loginMs) },
      join: { rate: joinRate, ...summarize(joinMs) },
    };
  } finally {
    await http.close();
    await api.stop();
  }
}

/**
 * The hub and its members, written by SQL once per database: verified accounts (on the build that has the column),
 * each an approved member of the organization it represents (on the build that has memberships).
 */
async function members(url) {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    const emails = Array.from({ length: MEMBERS }, (_, i) => `trust${i + 1}@bench.test`);
    const existing = await db.query(`SELECT h.id FROM hub h WHERE h.slug = 'bench-trust'`);
    if (existing.rows[0]) return { hubId: existing.rows[0].id, emails };
    const has = async (table, column) =>
      (
        await db.query(`SELECT 1 FROM information_schema.columns WHERE table_name = $1 AND column_name = $2`, [
          table,
          column,
        ])
      ).rowCount > 0;
    const [{ id: orgId }] = (
      await db.query(`INSERT INTO organization (name, sector) VALUES ('Bench trust org', 'ngo') RETURNING id`)
    ).rows;
    const [{ id: hubId }] = (
      await db.query(`INSERT INTO hub (slug, name, mission) VALUES ('bench-trust', 'Bench trust', '') RETURNING id`)
    ).rows;
    const { rows } = await db.query(
      `INSERT INTO "user" (email, name, password_hash) SELECT unnest($1::text[]), 'Bench', $2 RETURNING id`,
      [emails, bcrypt.hashSync(PASSWORD, 4)],
    );
    const ids = rows.map((r) => r.id);
    if (await has('user', 'email_verified_at')) await db.query(`UPDATE "user" SET email_verified_at = now()`);
    if (await has('organization_member', 'status')) {
      await db.query(
        `INSERT INTO organization_member (organization_id, user_id, status, joined_via) SELECT $1, unnest($2::uuid[]), 'approved', 'request'`,
        [orgId, ids],
      );
    }
    await db.query(
      `INSERT INTO hub_member (hub_id, user_id, organization_id, role, status, joined_at)
       SELECT $1, unnest($2::uuid[]), $3, 'member', 'active', now()`,
      [hubId, ids, orgId],
    );
    return { hubId, emails };
  } finally {
    await db.end();
  }
}

function connect(base, token) {
  const socket = io(base, { transports: ['websocket'], reconnection: false, forceNew: true, auth: { token } });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

function report(builds, results) {
  const fastest = (runs) => runs.reduce((x, y) => (y.rate > x.rate ? y : x));
  const [before, now] = builds.map((b) => results.get(b.name));
  const row = (label, kind) => {
    const b = fastest(before[kind]);
    const n = fastest(now[kind]);
    return `| ${label} | ${fmt(b.rate, 0)} | ${fmt(n.rate, 0)} | **${fmt(b.rate / n.rate, 2)}×** | ${fmt(b.p50, 2)} → ${fmt(n.p50, 2)} | ${fmt(n.p50 / b.p50, 2)}× | ≤ 1.2× |`;
  };
  return [
    `## Issue #13 — what trust costs sign-in and hub:join (\`npm run bench -- trust\`)`,
    '',
    `The build before the trust work (${builds[0].name}) and this build, in the same run, alternating rounds (best of 2), each api on a fresh database with ${MEMBERS} verified members of one organization and hub; bcrypt cost 4. Sign-in: ${LOGINS} \`POST /api/auth/login\` over ${CONCURRENCY} keep-alive connections. Join: each member's websocket (token from its sign-in: this build's carries the session, checked against ended sessions at the handshake) sends ${JOINS_PER_SOCKET} \`hub:join\` one after another, all ${MEMBERS} at once. Cost = time per operation = 1 / throughput.`,
    '',
    '| operation | before (ops/s) | this build (ops/s) | cost ratio this / before | p50 before → this (ms) | p50 ratio | target |',
    '|---|---:|---:|---:|---:|---:|---|',
    row('sign-in', 'login'),
    row('hub:join', 'join'),
  ].join('\n');
}
