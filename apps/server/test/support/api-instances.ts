import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { testEnv } from './services';

const MAIN = join(__dirname, '..', '..', 'dist', 'main.js');

export interface ApiInstance {
  /** `http://127.0.0.1:<port>` */
  url: string;
  child: ChildProcess;
  /** stderr and stdout so far, for failure messages. */
  output(): string;
  /** Exit code or signal once it exited; undefined while running. */
  exited(): number | NodeJS.Signals | null | undefined;
  /** SIGTERM, then SIGKILL after 5 s; resolves once exited. */
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the built api (dist/main.js, as in production) as a child process against the given database, on a free
 * port unless `env.PORT` says which; resolves once /health answers. Needs `npm run build -w apps/server` first.
 */
export async function startApiInstance(databaseUrl: string, env: Record<string, string> = {}): Promise<ApiInstance> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run npm run build -w apps/server first`);
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, ...testEnv(databaseUrl, { LOG_LEVEL: 'warn', ...env }), PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let exit: number | NodeJS.Signals | null | undefined;
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exitedPromise = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exit = code ?? signal;
      resolve();
    }),
  );
  const instance: ApiInstance = {
    url: `http://127.0.0.1:${port}`,
    child,
    output: () => output,
    exited: () => exit,
    stop: async () => {
      if (exit !== undefined) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exitedPromise;
      clearTimeout(timer);
    },
  };
  const deadline = Date.now() + 45_000; // generous: a loaded 2-core machine starts several at once slowly
  while (exit === undefined) {
    try {
      if ((await fetch(`${instance.url}/health`)).ok) return instance;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await instance.stop();
  throw new Error(`api instance on port ${port} did not start (exit ${String(exit)}):\n${output}`);
}

/** Starts several instances at once; stops those that started when one fails. */
export async function startApiInstances(
  count: number,
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<ApiInstance[]> {
  const results = await Promise.allSettled(Array.from({ length: count }, () => startApiInstance(databaseUrl, env)));
  const started = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) {
    await Promise.all(started.map((i) => i.stop()));
    throw failed.reason;
  }
  return started;
}
