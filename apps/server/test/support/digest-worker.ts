import { Test, type TestingModule } from '@nestjs/testing';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { WorkerModule } from '../../src/worker.module';

/** The worker's module in the test process, on the environment createTestApp set (same database, Redis, prefix). */
export async function startWorker(): Promise<TestingModule> {
  const worker = await Test.createTestingModule({ imports: [WorkerModule.forRoot()] }).compile();
  await worker.init();
  return worker;
}

/** Polls until `check` returns a value other than undefined, or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

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
