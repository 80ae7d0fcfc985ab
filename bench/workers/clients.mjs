// A load generator of the realtime bench: holds many plain socket.io-client websockets (one connection each), joins
// the hub on every (re)connect like HubClient, and records `hub:event` receipts. Driven by the parent over IPC.
import { io } from 'socket.io-client';

const ACK_TIMEOUT_MS = 10_000;
const RETRY_MS = 1000;
const now = () => performance.timeOrigin + performance.now();
/** @type {{ socket: import('socket.io-client').Socket, lastSeq?: number, joinedAt: number, joins: number }[]} */
let clients = [];
let mode = 'off';
let samples = [];
let received = 0;
let lastAt = 0;
let eventBytes = 0;
let joinFailures = {};
let disconnects = 0;

function onEvent(state, event) {
  const t = now();
  if (typeof event?.seq === 'number' && (state.lastSeq === undefined || event.seq > state.lastSeq))
    state.lastSeq = event.seq;
  if (mode === 'off') return;
  received++;
  lastAt = t;
  if (!eventBytes) eventBytes = Buffer.byteLength(JSON.stringify(event));
  if (mode === 'latency') {
    const sentAt = Number(String(event?.payload?.title ?? '').split(' ')[2]);
    if (Number.isFinite(sentAt)) samples.push(t - sentAt);
  }
}

function open(url, token, hubId, { reconnection, timeoutMs }) {
  return new Promise((resolve) => {
    const socket = io(url, {
      transports: ['websocket'],
      forceNew: true,
      reconnection,
      timeout: timeoutMs,
      auth: { token },
    });
    const state = { socket, lastSeq: undefined, joinedAt: 0, joins: 0 };
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
        state.joinedAt = now();
        state.joins++;
        settle(true);
      });
    };
    socket.on('connect', join);
    socket.on('connect_error', (error) => {
      if (!reconnection) settle(`connect_error ${error.message}`);
    });
    socket.on('disconnect', () => disconnects++);
    socket.on('hub:event', (event) => onEvent(state, event));
    clients.push(state);
  });
}

async function connect({ urls, tokens, hubId, concurrency, reconnection, timeoutMs }) {
  const started = now();
  let next = 0;
  const outcome = {};
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < tokens.length) {
        const i = next++;
        const r = await open(urls[i % urls.length], tokens[i], hubId, { reconnection, timeoutMs });
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

const handlers = {
  connect,
  waitRejoined,
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
setTimeout(() => process.exit(3), 10 * 60_000).unref();
process.send({ id: 0, ok: true, result: 'ready' });
