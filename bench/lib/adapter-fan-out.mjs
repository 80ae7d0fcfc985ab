// The fan-out measure of the realtime bench: how many hub-room messages each api instance's socket.io adapter
// receives from Redis for hubs none of its sockets follow, with REALTIME_ADAPTER=classic and =sharded.
import pg from 'pg';
import { io } from 'socket.io-client';
import { httpClient } from './http.mjs';
import { secretariatHub } from './members.mjs';
import { freshDatabase, startApi } from './services.mjs';

const INSTANCES = 4;
const HUBS = 8;
const CLIENTS_PER_HUB = 5;
const UPDATES_PER_HUB = 50;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The adapter's counters from the instance's liveness answer (`GET /health`, `info.realtime`). */
async function adapterCounters(http) {
  const { json } = await http.request('GET', '/health');
  const { hubMessages, hubMessagesForOtherInstances } = json.info.realtime;
  return { hubMessages, hubMessagesForOtherInstances };
}

function joinHub(url, token, hubId) {
  return new Promise((resolve, reject) => {
    const socket = io(url, { transports: ['websocket'], auth: { token }, reconnection: false });
    socket.once('connect_error', reject);
    socket.once('connect', () =>
      socket
        .timeout(10_000)
        .emit('hub:join', { hubId }, (err, ack) =>
          err || !ack?.ok ? reject(err ?? new Error(`hub:join ${JSON.stringify(ack)}`)) : resolve(socket),
        ),
    );
  });
}

/**
 * 4 api instances on one database and Redis with the given adapter; 8 hubs, hub h followed (5 clients) on instance
 * h mod 4 only; 50 task updates per hub, sent round robin through every instance. Counts, per instance, the hub-room
 * messages its adapter received during the updates, and those for hubs it does not serve.
 */
async function measureAdapter(adapter, log) {
  const url = await freshDatabase(`hubspoke_bench_fanout_${adapter}`);
  const db = new pg.Pool({ connectionString: url, max: 2 });
  const env = { DATABASE_URL: url, REALTIME_ADAPTER: adapter, QUEUE_PREFIX: `bench-fanout-${adapter}-${Date.now()}` };
  const apis = [];
  const https = [];
  const sockets = [];
  try {
    // the first instance migrates the fresh database; the others start on it after
    for (let i = 0; i < INSTANCES; i++) apis.push(await startApi(env));
    https.push(...apis.map((api) => httpClient(api.base, 8)));
    const hubs = [];
    for (let h = 0; h < HUBS; h++) {
      const label = `Fanout ${adapter} ${h}`;
      const { token, hub } = await secretariatHub(https[0], db, { prefix: `fanout-${adapter}-${h}`, label });
      const task = await https[0].call('POST', `/api/hubs/${hub.id}/tasks`, { token, body: { title: 'fan-out' } });
      hubs.push({ token, hub, task, instance: h % INSTANCES });
    }
    for (const { token, hub, instance } of hubs) {
      for (let c = 0; c < CLIENTS_PER_HUB; c++) sockets.push(await joinHub(apis[instance].base, token, hub.id));
    }
    await sleep(1000);
    log(`fan-out (${adapter}): ${sockets.length} clients joined; ${HUBS * UPDATES_PER_HUB} updates`);
    const before = await Promise.all(https.map(adapterCounters));
    let sent = 0;
    await Promise.all(
      hubs.map(async ({ token, hub, task }) => {
        let version = task.version;
        for (let i = 0; i < UPDATES_PER_HUB; i++) {
          const http = https[sent++ % INSTANCES];
          const res = await http.call('PATCH', `/api/hubs/${hub.id}/tasks/${task.id}`, {
            token,
            body: { version, title: `fan-out ${i}` },
          });
          version = res.version;
        }
      }),
    );
    await sleep(1500);
    const after = await Promise.all(https.map(adapterCounters));
    return after.map((a, i) => ({
      instance: i,
      hubsServed: hubs.filter((h) => h.instance === i).length,
      received: a.hubMessages - before[i].hubMessages,
      forOthers: a.hubMessagesForOtherInstances - before[i].hubMessagesForOtherInstances,
    }));
  } finally {
    sockets.forEach((s) => s.close());
    for (const h of https) await h.close().catch(() => undefined);
    await db.end();
    await Promise.all(apis.map((api) => api.stop()));
  }
}

/** Both adapters, one after the other in the same run; the markdown of the section. */
export async function measureAdapterFanOut(log) {
  const classic = await measureAdapter('classic', log);
  const sharded = await measureAdapter('sharded', log);
  const total = (rows, key) => rows.reduce((s, r) => s + r[key], 0);
  const rows = [
    ...classic.map((r) => ({ adapter: 'classic', ...r })),
    ...sharded.map((r) => ({ adapter: 'sharded', ...r })),
  ]
    .map(
      (r) =>
        `| ${r.adapter} | ${r.instance + 1} | ${r.hubsServed} | ${r.received.toLocaleString('en')} | ${r.forOthers.toLocaleString('en')} |`,
    )
    .join('\n');
  const figures = {
    classic: { received: total(classic, 'received'), forOthers: total(classic, 'forOthers') },
    sharded: { received: total(sharded, 'received'), forOthers: total(sharded, 'forOthers') },
  };
  const markdown = `## Issue #16 — scaling past one Redis: adapter fan-out over ${INSTANCES} instances (\`BENCH_RT_ONLY=fanout npm run bench -- realtime\`)

${INSTANCES} api instances on one database and one Redis 7; ${HUBS} hubs, the ${CLIENTS_PER_HUB} clients of hub *h* all on instance *h* mod ${INSTANCES} (so each instance serves ${HUBS / INSTANCES} hubs); ${UPDATES_PER_HUB} task updates per hub (${HUBS * UPDATES_PER_HUB} in all) sent round robin through the ${INSTANCES} instances. Counted by each instance's adapter (\`GET /health\`, \`info.realtime\`): the messages for hub rooms it received from Redis during the updates, and of those the ones for hubs none of its sockets follow (pure overhead: it decodes them and delivers nothing). Both adapters in the same run.

| adapter | instance | hubs it serves | hub-room messages received | for hubs it does not serve |
|---|---|---|---|---|
${rows}

Totals over the ${INSTANCES} instances: classic ${figures.classic.received.toLocaleString('en')} received, ${figures.classic.forOthers.toLocaleString('en')} for hubs not served; sharded ${figures.sharded.received.toLocaleString('en')} received, ${figures.sharded.forOthers.toLocaleString('en')} for hubs not served. With the classic adapter every instance receives every hub's messages, so the work grows with instances × events; with the sharded one an instance receives only the rooms it has sockets in.`;
  return { markdown, figures };
}
