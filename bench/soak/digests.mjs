// The soak's digests: the secretariat asks for the hub's daily digests now, once a minute (send-now names its period by
// the minute, so one request per minute is one new period), and every request is followed in PostgreSQL until each
// recipient has their digest, its in-app delivery and its email in the local outbox.
import { sleep } from './pace.mjs';

const MINUTE = 60_000;
/** Into each minute, so that two requests never fall in the same minute. */
const OFFSET_MS = 5_000;

/** The counts of one send-now's period: digests, in-app and email deliveries delivered, outbox emails. */
async function progress(db, hubId, periodKey) {
  const { rows } = await db.query(
    `SELECT count(DISTINCT d.id)::int AS digests,
            count(*) FILTER (WHERE dd.channel = 'in_app' AND dd.status = 'delivered')::int AS "inApp",
            count(*) FILTER (WHERE dd.channel = 'email' AND dd.status = 'delivered')::int AS emails,
            count(o.id)::int AS outbox
       FROM digest d
       LEFT JOIN digest_delivery dd ON dd.digest_id = d.id
       LEFT JOIN outbox_email o ON o.delivery_id = dd.id
      WHERE d.hub_id = $1 AND d.cadence = 'daily' AND d.period_key = $2`,
    [hubId, periodKey],
  );
  return rows[0];
}

/** `expected`: the recipients of each request (the hub's active members, whose digests are on by default). */
export function digestRequests({ log, db, hubId, token, expected }) {
  const sends = [];
  const complete = (c) =>
    c.digests === expected && c.inApp === expected && c.emails === expected && c.outbox === expected;

  /** One request at OFFSET_MS into each wall-clock minute until `stopAt`. */
  async function request(stopAt, signal) {
    for (;;) {
      const wall = Date.now();
      const next = Math.ceil((wall - OFFSET_MS) / MINUTE) * MINUTE + OFFSET_MS;
      const at = performance.now() + next - wall;
      if (at >= stopAt || signal.stopped) return;
      await sleep(at - performance.now());
      if (signal.stopped) return;
      const sentAt = performance.now();
      const answer = await log.hit('digest send-now', 'POST', `/api/hubs/${hubId}/digests/send-now`, {
        token,
        expect: 202,
        body: { cadence: 'daily' },
      });
      if (answer) sends.push({ jobId: answer.jobId, periodKey: answer.jobId.split('.').at(-1), sentAt, doneAt: null });
      await sleep(1000);
    }
  }

  /** Follows the requests until `until()` says the run is over and every request is complete, or `deadline`. */
  async function follow(until, deadline) {
    for (;;) {
      for (const s of sends.filter((x) => x.doneAt === null)) {
        s.counts = await progress(db, hubId, s.periodKey);
        if (complete(s.counts)) s.doneAt = performance.now();
      }
      const pending = sends.some((s) => s.doneAt === null);
      if ((until() && !pending) || performance.now() > deadline()) return;
      await sleep(2000);
    }
  }

  async function totals() {
    const { rows } = await db.query(
      `SELECT (SELECT count(*)::int FROM digest WHERE hub_id = $1) AS digests,
              (SELECT count(*)::int FROM outbox_email) AS outbox`,
      [hubId],
    );
    return rows[0];
  }

  return { sends, request, follow, totals, complete };
}
