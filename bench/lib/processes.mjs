// Child processes of the benches: forked helpers driven over IPC, and what /proc says about a process (memory, open
// file descriptors, CPU), with a forced GC first where the process preloads bench/workers/gc-on-signal.cjs.
import { fork } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const WORKER_DIR = join(import.meta.dirname, '..', 'workers');
/** Preloaded into a measured server: SIGWINCH runs a full GC (see the file). */
export const GC_HOOK = join(WORKER_DIR, 'gc-on-signal.cjs');
/** NODE_OPTIONS of a server whose settled RSS is measured with settledRss. */
export const GC_NODE_OPTIONS = `--expose-gc --require ${GC_HOOK}`;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Forks bench/workers/<file>; `call` sends a request and resolves with its reply (clients.mjs), `once` waits for a
 * message of a type, `ready` resolves on the first `ready`.
 */
export function forkWorker(file, args = [], execArgv = process.execArgv) {
  const child = fork(join(WORKER_DIR, file), args, {
    serialization: 'advanced',
    execArgv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const pending = new Map();
  const waiters = [];
  let nextId = 1;
  child.on('message', (msg) => {
    if (msg?.id !== undefined && pending.has(msg.id)) {
      const { resolve, reject } = pending.get(msg.id);
      pending.delete(msg.id);
      return msg.ok ? resolve(msg.result) : reject(new Error(msg.error));
    }
    for (const w of waiters.splice(0)) {
      if (w.type === msg?.type) w.resolve(msg);
      else waiters.push(w);
    }
  });
  child.on('exit', (code) => {
    for (const { reject } of pending.values()) reject(new Error(`${file} exited with ${code}`));
    pending.clear();
  });
  const ready = new Promise((resolve, reject) => {
    pending.set(0, { resolve, reject });
    waiters.push({ type: 'ready', resolve });
  });
  return {
    child,
    ready,
    send: (msg) => child.send(msg),
    once: (type, timeoutMs = 60_000) =>
      new Promise((resolve, reject) => {
        waiters.push({ type, resolve });
        setTimeout(() => reject(new Error(`${file}: no ${type} within ${timeoutMs} ms`)), timeoutMs).unref();
      }),
    call: (type, args = {}) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        child.send({ id, type, ...args });
      }),
    kill: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

export function rssBytes(pid) {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(m[1]) * 1024;
}

/** Open file descriptors of a process (sockets, files, pipes, epoll…). */
export function fdCount(pid) {
  return readdirSync(`/proc/${pid}/fd`).length;
}

/** CPU seconds (user + system) a process has used so far. */
export function cpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
}

/** process.memoryUsage() of the last GC of a process started with BENCH_GC_REPORT_DIR=`dir` (see gc-on-signal.cjs). */
export function memoryAfterGc(pid, dir) {
  return JSON.parse(readFileSync(join(dir, `${pid}.json`), 'utf8'));
}

/** RSS after a full GC (SIGWINCH → gc-on-signal.cjs), the lowest of three readings. */
export async function settledRss(pid) {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    process.kill(pid, 'SIGWINCH');
    await sleep(700);
    best = Math.min(best, rssBytes(pid));
  }
  return best;
}
