// The soak's verdict (every check, with the figures it is judged on) and its section of RELIABILITY.md.
import { cpus } from 'node:os';
import { writeMarkedSection, RELIABILITY_FILE } from '../lib/report.mjs';
import { fmt } from '../lib/stats.mjs';
import { drift, median } from './sampler.mjs';

const RELIABILITY_HEADER =
  '# Reliability\n\nFault, load and security tests of Hubspoke, each with the figures of its last run.\n';
const MB = 1024 * 1024;
const n = (x) => x.toLocaleString('en');
const minutes = (ms) => `${fmt(ms / 60_000, ms % 60_000 ? 1 : 0)} min`;

/**
 * The worker's memory follows its digest rounds (each grows and then returns its heap, and the first rounds leave
 * the allocators a little more): it is judged only when at least this many rounds came after the warm-up.
 */
const WORKER_ROUNDS = 3;

/** How each process's settled RSS and fd count moved after the warm-up, judged against the configured bounds. */
export function resources(cfg, r) {
  const span = { from: cfg.warmupMs, to: r.loadMs, windowMs: cfg.windowMs };
  const rounds = r.digests.sends.filter((s) => s.sentAt - r.t0 >= cfg.warmupMs).length;
  return Object.keys(r.samples[0]?.rss ?? {}).map((name) => {
    const rss = drift(r.samples, (s) => s.rss[name] / MB, span);
    const heap = drift(r.samples, (s) => s.heap[name] / MB, span);
    const outside = drift(r.samples, (s) => (s.rss[name] - s.heapTotal[name]) / MB, span);
    const fd = drift(r.samples, (s) => s.fd[name], span);
    const enough = rss.firstWindow >= 2 && rss.lastWindow >= 2;
    const rssBound = Math.max(cfg.rssBoundMb, (cfg.rssBoundPercent / 100) * rss.start);
    const fdBound = Math.max(cfg.fdBound, 0.01 * fd.start);
    const judged = name !== 'worker' || rounds >= WORKER_ROUNDS;
    return {
      name,
      judged,
      rounds,
      rss,
      heap,
      outside,
      fd,
      enough,
      rssBound,
      fdBound,
      rssOk: !judged || (enough && rss.growth <= rssBound),
      fdOk: !judged || (enough && fd.growth <= fdBound),
    };
  });
}

export function checks(cfg, r) {
  const t = r.http.totals;
  const a = r.audit;
  const planned = (cfg.durationMs / 1000) * (cfg.writesPerSecond + cfg.readsPerSecond);
  const paced = r.writes.calls + r.reads.calls;
  const sends = r.digests.sends;
  const distinct = new Set(sends.map((s) => s.jobId)).size;
  const done = sends.filter((s) => s.doneAt !== null).length;
  const list = [
    {
      name: 'HTTP: every response had its expected status',
      ok: t.errors === 0 && t.conflicts === 0,
      detail: `${n(t.requests)} requests, ${n(t.errors)} errors, ${n(t.conflicts)} version conflicts (409)`,
    },
    {
      name: 'Load held: at least 90 % of the planned writes and reads went out',
      ok: paced >= 0.9 * planned,
      detail: `${n(paced)} of ${n(Math.round(planned))} planned (${n(r.writes.late + r.reads.late)} turns more than a period late)`,
    },
    {
      name: 'Sockets: every client joined the hub at the start',
      ok: r.connect.joined === cfg.clients,
      detail: `${n(r.connect.joined)} of ${n(cfg.clients)} in ${fmt(r.connect.seconds)} s${r.connect.joined === cfg.clients ? '' : ` (${JSON.stringify(r.connect.outcome)})`}`,
    },
    {
      name: 'Sockets: no client disconnected, all still joined once at the end',
      ok:
        a.connected === cfg.clients &&
        a.disconnects === 0 &&
        a.joinedOnce === cfg.clients &&
        a.expired === 0 &&
        a.removed === 0,
      detail: `${n(a.connected)} connected, ${n(a.disconnects)} disconnects${a.disconnects ? ` ${JSON.stringify(a.disconnectReasons)}` : ''}, ${n(a.joinedOnce)} joined once, ${n(a.rejoined)} rejoined, ${n(a.neverJoined)} never joined, ${a.expired} session:expired, ${a.removed} hub:removed`,
    },
    {
      name: "Sockets: every client received every hub event (its last seq is the hub's)",
      ok: a.tracked === cfg.clients && a.behind === 0 && a.missingSeqs === 0,
      detail: `hub last seq ${n(r.lastSeq)}, ${n(a.behind)} clients behind it (lowest last seq ${a.minLastSeq}), ${n(a.missingSeqs)} events missing at ${n(a.clientsMissing)} clients${a.missingSamples.length ? ` e.g. ${JSON.stringify(a.missingSamples)}` : ''}, ${n(a.duplicates)} received twice`,
    },
    {
      name: 'Digests: every request produced a digest, an in-app delivery and an outbox email for each recipient',
      ok:
        sends.length > 0 &&
        distinct === sends.length &&
        done === sends.length &&
        r.digests.totals.digests === sends.length * r.recipients &&
        r.digests.totals.outbox === sends.length * r.recipients,
      detail: `${sends.length} requests (${distinct} distinct jobs), ${done} complete; ${n(r.digests.totals.digests)} digests and ${n(r.digests.totals.outbox)} outbox emails for ${n(sends.length * r.recipients)} expected (${n(r.recipients)} recipients each)`,
    },
    {
      name: 'Digests: every client was pushed each of its digests live',
      ok: sends.length > 0 && a.digestsMin === sends.length && a.digestsMax === sends.length,
      detail: `${a.digestsMin}–${a.digestsMax} pushes per client for ${sends.length} requests`,
    },
    {
      name: 'The api and the worker ran to the end',
      ok: r.alive.api && r.alive.worker && !r.stoppedEarly,
      detail: r.stoppedEarly ? `stopped early: ${r.stoppedEarly}` : 'both still running',
    },
  ];
  if (r.samples.length < 2) {
    list.push({ name: 'Memory and file descriptors were sampled', ok: false, detail: `${r.samples.length} samples` });
  }
  for (const p of resources(cfg, r)) {
    const unjudged = p.judged
      ? ''
      : `${p.rounds} digest rounds after the warm-up, ${WORKER_ROUNDS} needed (run longer): `;
    list.push({
      name: `Memory: the ${p.name}'s settled RSS grew at most ${fmt(p.rssBound)} MB after the warm-up`,
      ok: p.rssOk,
      judged: p.judged,
      detail:
        unjudged +
        (p.enough
          ? `${fmt(p.rss.start)} → ${fmt(p.rss.end)} MB (${signed(p.rss.growth)} MB, ${signed(p.rss.percent)} %), slope ${signed(p.rss.perMinute, 2)} MB/min; V8 heap used ${fmt(p.heap.start)} → ${fmt(p.heap.end)} MB, RSS outside the V8 heap ${fmt(p.outside.start)} → ${fmt(p.outside.end)} MB`
          : `too few samples after the warm-up (${p.rss.firstWindow} and ${p.rss.lastWindow} in the windows)`),
    });
    list.push({
      name: `File descriptors: the ${p.name}'s did not trend up (at most +${fmt(p.fdBound, 0)})`,
      ok: p.fdOk,
      judged: p.judged,
      detail: `${unjudged}${fmt(p.fd.start, 0)} → ${fmt(p.fd.end, 0)}, slope ${signed(p.fd.perMinute, 2)}/min`,
    });
  }
  return { pass: list.every((c) => c.ok), list };
}

/** A check's outcome as shown: passed, failed, or not judged (reported, but not held against the run). */
export const label = (check, pass, fail) => (check.judged === false ? 'not judged' : check.ok ? pass : fail);

const signed = (x, digits = 1) => `${x >= 0 ? '+' : ''}${fmt(x, digits)}`;

export function writeReport(cfg, r, verdict) {
  const seconds = r.loadMs / 1000;
  const rows = r.http.byKind
    .map(
      (k) =>
        `| ${k.kind} | ${n(k.count)} | ${fmt(k.count / seconds, 2)} | ${n(k.errors)} | ${n(k.conflicts)} | ${fmt(k.p50)} | ${fmt(k.p95)} | ${fmt(k.p99)} | ${fmt(k.max)} |`,
    )
    .join('\n');
  const sends = r.digests.sends;
  const doneSeconds = sends.filter((s) => s.doneAt !== null).map((s) => (s.doneAt - s.sentAt) / 1000);
  const events = r.lastSeq - r.seqAtStart;
  const res = resources(cfg, r);
  const unjudged = verdict.list.filter((c) => c.judged === false).length;
  const perMinute = (name, pick) => {
    const marks = [];
    for (let m = 0; m * 60_000 <= r.loadMs; m++) {
      const s = r.samples.filter((x) => x.t >= m * 60_000 && x.t < (m + 1) * 60_000);
      if (s.length) marks.push(fmt(median(s.map(pick)), 0));
    }
    return `${name}: ${marks.join(', ')}`;
  };
  const resRows = res
    .map(
      (p) =>
        `| ${p.name} | ${fmt(p.rss.atStart)} | ${fmt(p.rss.start)} | ${fmt(p.rss.end)} | ${signed(p.rss.growth)} (${signed(p.rss.percent)} %) | ${signed(p.rss.perMinute, 2)} | ${fmt(p.heap.start)} → ${fmt(p.heap.end)} (${signed(p.heap.perMinute, 2)}/min) | ${fmt(p.outside.start)} → ${fmt(p.outside.end)} | ${fmt(p.fd.atStart, 0)} | ${fmt(p.fd.start, 0)} | ${fmt(p.fd.end, 0)} | ${signed(p.fd.perMinute, 2)} | ${p.judged ? (p.rssOk && p.fdOk ? 'pass' : '**fail**') : 'not judged'} |`,
    )
    .join('\n');
  const errors = r.http.errors.length
    ? `\n\nFirst errors:\n\n${r.http.errors.map((e) => `- ${e.at} ${e.kind}: ${e.method} ${e.path} → ${e.status} ${e.body.replace(/\s+/g, ' ')}`).join('\n')}`
    : '';
  writeMarkedSection(
    RELIABILITY_FILE,
    'soak',
    `## Soak test (issue #8, \`npm run soak\`)

**${verdict.pass ? 'Passed' : 'Failed'}**${unjudged ? ` (${unjudged} checks not judged: run longer)` : ''}: ${minutes(r.loadMs)} of mixed load (\`SOAK_MINUTES=${cfg.minutes}\`) against the built api (\`apps/server/dist/main.js\`) and one worker (\`dist/worker.js\`, no SMTP: digest emails go to the local outbox) on a fresh database, everything on one ${cpus().length}-core machine shared with other work (1-minute load average ${fmt(r.loadBefore, 2)} before, ${fmt(r.loadAfter, 2)} at the end). CPU over the load, in % of one core: api ${fmt(r.cpu.api, 0)}, worker ${fmt(r.cpu.worker, 0)}, the ${cfg.clientProcesses} websocket client processes ${fmt(r.cpu.clients, 0)} (PostgreSQL and Redis come on top).

### Load held

- **HTTP**: ${cfg.writers} writers (members) at ${fmt(cfg.writesPerSecond, 1)} writes/s in all, each taking its own tasks through create, rename, comment, start, edit, comment, finish and delete (versioned updates and moves; no two writers touch the same task; each new task assigned to the next of the ${cfg.organizations} member organizations, whose ${n(cfg.clients / cfg.organizations)} members are notified: ${n(r.notifications)} notifications in all), and ${cfg.readers} readers (members) at ${fmt(cfg.readsPerSecond, 1)} reads/s of the task list (all, then open tasks), the activity feed and the overview; the secretariat asks for the daily digests now once a minute.
- **Websockets**: ${n(cfg.clients)} clients (one distinct member each, of ${cfg.organizations} organizations, plain \`socket.io-client\` over websocket, ${cfg.clientProcesses} processes) joined the hub for the whole run: ${n(events)} hub events during it, ${n(r.audit.received)} receipts (${fmt(r.audit.received / seconds, 0)} deliveries/s).
- **Digests**: ${sends.length} send-now requests, each for ${n(r.recipients)} recipients: ${n(r.digests.totals.digests)} digests, ${n(r.digests.totals.outbox)} emails in the outbox, each in-app digest pushed live; from the request to the last email in the outbox took ${doneSeconds.length ? `${fmt(median(doneSeconds))} s median, ${fmt(Math.max(...doneSeconds))} s at most` : 'n/a'}.

| requests | count | per second | errors | 409s | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) |
|---|---:|---:|---:|---:|---:|---:|---:|---:|
${rows}

${n(r.http.totals.errors)} errors, ${n(r.http.totals.conflicts)} version conflicts.${errors}

### Memory and file descriptors

Settled RSS (after a forced full GC: \`--expose-gc\` and the SIGWINCH hook of \`bench/workers/gc-on-signal.cjs\` through NODE_OPTIONS, lowest of three readings), the V8 heap used after that GC (\`process.memoryUsage().heapUsed\`) and the RSS outside the V8 heap (RSS − \`heapTotal\`: code, native allocations, memory the allocator keeps), after warm-up → end, to tell a leak of JavaScript objects from memory the allocators keep, and \`/proc/<pid>/fd\` counts every ${fmt(cfg.sampleMs / 1000, 0)} s under load. After a warm-up of ${minutes(cfg.warmupMs)}, the median of the first ${minutes(cfg.windowMs)} is compared with the median of the last ${minutes(cfg.windowMs)}; the slope is the least-squares fit over every sample after the warm-up. Bounds: RSS growth at most ${cfg.rssBoundMb} MB or ${cfg.rssBoundPercent} %, whichever is larger; fds at most +${cfg.fdBound} (or 1 %). The worker's settled RSS rises during each digest round and returns after it (the windows' medians absorb the sample that falls in a round), and its first rounds leave the allocators a few MB more: it is judged only with at least ${WORKER_ROUNDS} rounds after the warm-up. The api and the worker run with \`MALLOC_MMAP_THRESHOLD_=131072\`, as \`npm start\` and the Dockerfile run them (\`scripts/lib/allocator-env.mjs\`): without it glibc kept the large buffers of each digest round, and the worker's settled RSS grew from 121 to 139 MB over a 10-minute run (+2.6 MB/min) while its V8 heap stayed at 36 MB.

| process | RSS at start (MB) | after warm-up (MB) | at end (MB) | growth (MB) | slope (MB/min) | V8 heap used after GC (MB) | RSS outside the V8 heap (MB) | fds at start | after warm-up | at end | slope (fds/min) | verdict |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|
${resRows}

Settled RSS by minute (MB, median of the minute's samples): ${res.map((p) => perMinute(p.name, (s) => s.rss[p.name] / MB)).join('; ')}.

### Checks

${verdict.list.map((c) => `- ${label(c, 'pass', '**FAIL**')}: ${c.name} — ${c.detail}`).join('\n')}`,
    { header: RELIABILITY_HEADER },
  );
}
