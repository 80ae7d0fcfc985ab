// Many websocket clients of a hub, held by bench/workers/clients.mjs processes (forkWorker) and driven over IPC.

const CONNECT_TIMEOUT_MS = 30_000;
const now = () => performance.timeOrigin + performance.now();

/**
 * Spreads tokens over the workers; each worker alternates its clients over `urls`. `track` makes each client record
 * which seqs it received after its join (see the `audit` request of clients.mjs).
 */
export async function connectAll(
  workers,
  urls,
  tokens,
  hubId,
  { reconnection = false, concurrency = 25, timeoutMs = CONNECT_TIMEOUT_MS, track = false } = {},
) {
  const started = now();
  const parts = workers.map((_, w) => tokens.filter((_, i) => i % workers.length === w));
  const results = await Promise.all(
    workers.map((worker, w) =>
      worker.call('connect', {
        urls: w % 2 ? [...urls].reverse() : urls,
        tokens: parts[w],
        hubId,
        concurrency,
        reconnection,
        timeoutMs,
        track,
      }),
    ),
  );
  const outcome = {};
  for (const r of results) for (const [k, v] of Object.entries(r.outcome)) outcome[k] = (outcome[k] ?? 0) + v;
  const joined = outcome.joined ?? 0;
  if (joined !== tokens.length) console.warn(`${joined}/${tokens.length} clients joined`, outcome);
  return { joined, outcome, seconds: (now() - started) / 1000 };
}

export const closeAll = (workers) => Promise.all(workers.map((w) => w.call('close')));
