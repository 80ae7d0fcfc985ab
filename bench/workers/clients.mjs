// A load generator of the realtime bench and the soak: holds many plain socket.io-client websockets (one connection
// each), joins the hub on every (re)connect like HubClient, and records `hub:event` receipts (with `track`, which seqs
// each client received since its first join). Driven by the parent over IPC. Argument: lifetime in ms (default 10 min).
import { io } from 'socket.io-client';

const ACK_TIMEOUT_MS = 10_000;
const RETRY_MS = 1000;
const LIFETIME_MS = Number(process.argv[2] ?? 10 * 60_000);
const now = () => performance.timeOrigin + performance.now();
/**
 * @typedef {{ base?: number, early: number[], seen: Uint8Array, count: number, duplicates: number }} SeqTrack
 * @type {{ socket: import('socket.io-client').Socket, lastSeq?: number, joinedAt: number, joins: number,
 *   track: SeqTrack | null, digests: number, expired: number, removed: number }[]}
 */
let clients = [];
let mode = 'off';
let samples = [];
let received = 0;
let lastAt = 0;
let eventBytes = 0;
let joinFailures = {};
let disconnects = 0;
let disconnectReasons = {};

/** Marks a seq received: the ones after the first join's lastSeq (`base`), in a bitmap that grows as needed. */
function mark(track, seq) {
  if (track.base === undefined) return void track.early.push(seq);
  if (seq <= track.base) return;
  const i = seq - track.base - 1;
  if (i >= track.seen.length * 8) {
    const grown = new Uint8Array(Math.max(track.seen.length * 2, (i >> 3) + 1));
    grown.set(track.seen);
    track.seen = grown;
  }
  const bit = 1 << (i & 7);
  if (track.seen[i >> 3] & bit) track.duplicates++;
  else {
    track.seen[i >> 3] |= bit;
    track.count++;
  }
}

/** The seqs in (base, lastSeq] a client has not received: how many, and the first few. */
function missingUpTo(track, lastSeq) {
  const missing = [];
  let count = 0;
  for (let i = 0; i < lastSeq - (track.base ?? lastSeq); i++) {
    if (track.seen[i >> 3] & (1 << (i & 7))) continue;
    count++;
    if (missing.length < 5) missing.push(track.base + i + 1);
  }
  return { count, first: missing };
}

function onEvent(state, event) {
  const t = now();
  if (typeof event?.seq === 'number' && (state.lastSeq === undefined || event.seq > state.lastSeq))
    state.lastSeq = event.seq;
  if (state.track && typeof event?.seq === 'number') mark(state.track, event.seq);
  if (mode === 'off') return;
  received++;
  lastAt = t;
  if (!eventBytes) eventBytes = Buffer.byteLength(JSON.stringify(event));
  if (mode === 'latency') {
    const sentAt = Number(String(event?.payload?.title ?? '').split(' ')[2]);
    if (Number.isFinite(sentAt)) samples.push(t - sentAt);
  } else if (mode === 'arrivals') samples.push(t);
}

function open(url, token, hubId, { reconnection, timeoutMs, track }) {
  return new Promise((resolve) => {
    const socket = io(url, {
      transports: ['websocket'],
      forceNew: true,
      reconnection,
      timeout: timeoutMs,
      auth: { token },
    });
    const state = {
      socket,
      lastSeq: undefined,
      joinedAt: 0,
      joins: 0,
      track: track ? { base: undefined, early: [], seen: new Uint8Array(64), count: 0, duplicates: 0 } : null,
      digests: 0,
      expired: 0,
      removed: 0,
    };
    let settled = false;
    const settle = (result) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const timer = setTimeout(() => settle('timeout'), timeoutMs);
    // Like HubClient: ack timeout 10 s; a 5xx or a timed-out join is retried after 1 s while connected.
    const join = () => {
      socket.timeout(ACK_TIMEOUT_MS).emit('hub:join', { hubId, sinceSeq: state.lastSeq }, (err, ack) => {
        if (err || !ack?.ok) {
          const why = err ? 'join timeout' : `join ${ack?.error?.statusCode}`;
          joinFailures[why] = (joinFailures[why] ?? 0) + 1;
          if (err || ack?.error?.statusCode >= 500) {
            setTimeout(() => socket.connected && join(), RETRY_MS);
            return;
          }
          return settle(why);
        }
        if (state.lastSeq === undefined) state.lastSeq = ack.lastSeq;
        if (state.track && state.track.base === undefined) {
          state.track.base = ack.lastSeq;
          for (const seq of state.track.early.splice(0)) mark(state.track, seq);
        }
        state.joinedAt = now();
        state.joins++;
        settle(true);
      });
    };
    socket.on('connect', join);
    socket.on('connect_error', (error) => {
      if (!reconnection) settle(`connect_error ${error.message}`);
    });
    socket.on('disconnect', (reason) => {
      disconnects++;
      disconnectReasons[reason] = (disconnectReasons[reason] ?? 0) + 1;
    });
    socket.on('hub:event', (event) => onEvent(state, event));
    socket.on('digest', () => state.digests++);
    socket.on('session:expired', () => state.expired++);
    socket.on('hub:removed', () => state.removed++);
    clients.push(state);
  });
}

async function connect({ urls, tokens, hubId, concurrency, reconnection, timeoutMs, track = false }) {
  const started = now();
  let next = 0;
  const outcome = {};
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < tokens.length) {
        const i = next++;
        const r = await open(urls[i % urls.length], tokens[i], hubId, { reconnection, timeoutMs, track });
        const key = r === true ? 'joined' : r;
        outcome[key] = (outcome[key] ?? 0) + 1;
      }
    }),
  );
  return { outcome, ms: now() - started };
}

async function waitRejoined({ since, timeoutMs }) {
  const deadline = now() + timeoutMs;
  for (;;) {
    const rejoined = clients.filter((c) => c.joinedAt > since);
    if (rejoined.length === clients.length || now() > deadline) {
      return {
        total: clients.length,
        rejoined: rejoined.length,
        lastJoinAt: rejoined.reduce((m, c) => Math.max(m, c.joinedAt), 0),
        disconnects,
        joinFailures,
      };
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Every client's state against the hub's last seq: connections, joins, seqs missing (with `track`), digests pushed. */
function audit({ lastSeq }) {
  const r = {
    clients: clients.length,
    connected: 0,
    joinedOnce: 0,
    neverJoined: 0,
    rejoined: 0,
    disconnects,
    disconnectReasons,
    joinFailures,
    behind: 0,
    minLastSeq: Infinity,
    tracked: 0,
    received: 0,
    duplicates: 0,
    clientsMissing: 0,
    missingSeqs: 0,
    missingSamples: [],
    digestsMin: Infinity,
    digestsMax: 0,
    expired: 0,
    removed: 0,
  };
  for (const c of clients) {
    if (c.socket.connected) r.connected++;
    if (c.joins === 0) r.neverJoined++;
    else if (c.joins === 1) r.joinedOnce++;
    else r.rejoined++;
    if (c.lastSeq === undefined || c.lastSeq < lastSeq) r.behind++;
    r.minLastSeq = Math.min(r.minLastSeq, c.lastSeq ?? -1);
    r.digestsMin = Math.min(r.digestsMin, c.digests);
    r.digestsMax = Math.max(r.digestsMax, c.digests);
    r.expired += c.expired;
    r.removed += c.removed;
    if (!c.track) continue;
    r.tracked++;
    r.received += c.track.count;
    r.duplicates += c.track.duplicates;
    const missing = missingUpTo(c.track, lastSeq);
    if (missing.count > 0) {
      r.clientsMissing++;
      r.missingSeqs += missing.count;
      if (r.missingSamples.length < 5) r.missingSamples.push(missing.first);
    }
  }
  return r;
}

const handlers = {
  connect,
  waitRejoined,
  audit,
  record: ({ as }) => {
    mode = as;
    samples = [];
    received = 0;
    lastAt = 0;
    return {};
  },
  report: () => ({ samples: Float64Array.from(samples), received, lastAt, eventBytes, clients: clients.length }),
  counts: () => ({ received, lastAt }),
  close: async () => {
    for (const c of clients) c.socket.disconnect();
    clients = [];
    mode = 'off';
    disconnects = 0;
    disconnectReasons = {};
    joinFailures = {};
    await new Promise((r) => setTimeout(r, 200));
    return {};
  },
};

process.on('message', async ({ id, type, ...args }) => {
  try {
    process.send({ id, ok: true, result: await handlers[type](args) });
  } catch (error) {
    process.send({ id, ok: false, error: String(error?.stack ?? error) });
  }
});
process.on('disconnect', () => process.exit(0));
setTimeout(() => process.exit(3), LIFETIME_MS).unref();
process.send({ id: 0, ok: true, result: 'ready' });
