// Memory and file descriptors of the api and the worker over the soak: settled RSS (after a forced full GC) and
// /proc/<pid>/fd counts at a fixed period, and how they moved after the warm-up.
import { loadavg } from 'node:os';
import { fdCount, memoryAfterGc, settledRss } from '../lib/processes.mjs';
import { sleep } from './pace.mjs';

/**
 * Samples every process of `procs` ({ name: pid }) at t = 0, periodMs, 2 periodMs… (ms since `t0`, a performance.now()
 * time) until `stopAt`: settled RSS, fds, and the V8 heap used and reserved after the GC (the processes write them to
 * `reportDir`).
 * A process that cannot be read stops the soak through the signal.
 */
export async function sample(procs, { t0, periodMs, stopAt, signal, reportDir }) {
  const samples = [];
  for (let k = 0; ; k++) {
    await sleep(t0 + k * periodMs - performance.now());
    if (performance.now() >= stopAt || signal.stopped) break;
    const t = performance.now() - t0;
    try {
      const names = Object.keys(procs);
      const rss = await Promise.all(names.map((n) => settledRss(procs[n])));
      const s = { t, load: loadavg()[0], rss: {}, fd: {}, heap: {}, heapTotal: {} };
      names.forEach((n, i) => {
        const memory = memoryAfterGc(procs[n], reportDir);
        s.rss[n] = rss[i];
        s.fd[n] = fdCount(procs[n]);
        s.heap[n] = memory.heapUsed;
        s.heapTotal[n] = memory.heapTotal;
      });
      samples.push(s);
    } catch (error) {
      signal.stop(`sampling failed: ${error.message}`);
    }
  }
  return samples;
}

export function median(xs) {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Least-squares slope of y over x. */
export function slope(points) {
  const n = points.length;
  if (n < 2) return NaN;
  const mx = points.reduce((a, p) => a + p.x, 0) / n;
  const my = points.reduce((a, p) => a + p.y, 0) / n;
  const sxx = points.reduce((a, p) => a + (p.x - mx) ** 2, 0);
  const sxy = points.reduce((a, p) => a + (p.x - mx) * (p.y - my), 0);
  return sxx === 0 ? NaN : sxy / sxx;
}

/**
 * How a series (`pick(sample)`) moved after the warm-up: median of the samples in the first window after `from` vs
 * median of those in the last window before `to`, and the slope per minute over every sample after `from`.
 */
export function drift(samples, pick, { from, to, windowMs }) {
  const post = samples.filter((s) => s.t >= from);
  const first = post.filter((s) => s.t < from + windowMs).map(pick);
  const last = post.filter((s) => s.t > to - windowMs).map(pick);
  const start = median(first);
  const end = median(last);
  return {
    atStart: pick(samples[0]),
    start,
    end,
    growth: end - start,
    percent: (100 * (end - start)) / start,
    perMinute: slope(post.map((s) => ({ x: s.t / 60_000, y: pick(s) }))),
    samples: post.length,
    firstWindow: first.length,
    lastWindow: last.length,
  };
}
