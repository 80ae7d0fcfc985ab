import { spawn } from 'node:child_process';
import { constants } from 'node:os';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/** How long children get to finish after the signal before they are killed. */
const GRACE_MS = 10_000;

/**
 * Owns what a script started: child processes and services to stop. On a signal, or when `shutdown` is
 * called, it signals the children, waits for them, then stops the services in reverse order and exits.
 * A second Ctrl-C kills the children at once.
 */
export class Lifecycle {
  #children = new Set();
  #stops = [];
  #stopping = null;

  constructor() {
    for (const signal of SIGNALS) process.on(signal, () => void this.shutdown(0, signal));
  }

  get stopping() {
    return this.#stopping !== null;
  }

  /** Registers how to stop a service that was just started. */
  defer(stop) {
    this.#stops.push(stop);
  }

  /** Starts `node script` with the env, its output on ours; resolves with its exit code when it ends. */
  spawn(script, env) {
    const child = spawn(process.execPath, [script], { env, stdio: 'inherit' });
    this.#children.add(child);
    return new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.#children.delete(child);
        resolve(code ?? 128 + (constants.signals[signal] ?? 0));
      });
    });
  }

  shutdown(code, signal) {
    if (this.#stopping) {
      if (signal === 'SIGINT') for (const child of this.#children) child.kill('SIGKILL');
      return this.#stopping;
    }
    this.#stopping = this.#stop(signal).then(() => process.exit(code));
    return this.#stopping;
  }

  async #stop(signal = 'SIGTERM') {
    const exits = [...this.#children].map((child) => new Promise((resolve) => child.once('exit', resolve)));
    for (const child of this.#children) child.kill(signal);
    const timer = setTimeout(() => {
      for (const child of this.#children) child.kill('SIGKILL');
    }, GRACE_MS);
    await Promise.all(exits);
    clearTimeout(timer);
    for (const stop of this.#stops.reverse()) {
      await stop().catch((error) => console.error(`while stopping: ${error.message}`));
    }
  }
}
