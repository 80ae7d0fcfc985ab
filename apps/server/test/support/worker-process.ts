import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const WORKER = join(__dirname, '..', '..', 'dist', 'worker.js');

export interface WorkerProcess {
  child: ChildProcess;
  /** stderr and stdout so far, for failure messages. */
  output(): string;
  /** SIGKILL: the worker vanishes mid-job, holding its BullMQ locks; resolves once it exited. */
  kill(): Promise<void>;
}

/**
 * The built worker (dist/worker.js, as in production) as a child process, on the test process's environment (same
 * database, Redis, QUEUE_PREFIX and SMTP_URL that createTestApp set) plus `env`. Needs `npm run build -w apps/server`.
 */
export function spawnWorker(env: Record<string, string> = {}): WorkerProcess {
  if (!existsSync(WORKER)) throw new Error(`${WORKER} is missing: run npm run build -w apps/server first`);
  const child = spawn(process.execPath, [WORKER], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    output: () => output,
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
