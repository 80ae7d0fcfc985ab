// Steady pacing for the soak's loops, and the flag that stops them all early.

export const sleep = (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

/** Set once: every loop of the soak ends at its next turn (a process died, or the run is over). */
export function stopSignal() {
  const signal = { stopped: false, why: null };
  signal.stop = (why) => {
    if (!signal.stopped) Object.assign(signal, { stopped: true, why });
  };
  return signal;
}

/**
 * Calls `fn(n)` every `periodMs` until `stopAt` (a performance.now() time) or the signal; a call that overruns delays
 * the next one. A turn more than a period late is counted and the schedule restarts from now (no burst to catch up).
 */
export async function every(periodMs, stopAt, signal, fn) {
  let next = performance.now();
  let calls = 0;
  let late = 0;
  for (;;) {
    const wait = next - performance.now();
    if (wait > 0) await sleep(Math.min(wait, stopAt - performance.now()));
    else if (wait < -periodMs) {
      late++;
      next = performance.now();
    }
    if (performance.now() >= stopAt || signal.stopped) break;
    await fn(calls++);
    next += periodMs;
  }
  return { calls, late };
}
