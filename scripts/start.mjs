// npm start: builds (see package.json), then brings up the demo on one port: PostgreSQL and Redis (yours,
// from DATABASE_URL / REDIS_URL, or embedded ones under .data/), the demo data, and the api serving the web app.
import { join } from 'node:path';
import { baseEnv, checkEnv, redact, resolveDatabase, resolveRedis } from './lib/environment.mjs';
import { Lifecycle } from './lib/lifecycle.mjs';
import { DATA_DIR, SERVER_DIST, StartError } from './lib/paths.mjs';
import { isPortFree } from './lib/ports.mjs';
import { persistentSecret } from './lib/secrets.mjs';

/** The long-running processes, all with the same environment: the api, and the worker that runs the queues. */
const PROCESSES = [
  { name: 'api', script: join(SERVER_DIST, 'main.js') },
  { name: 'worker', script: join(SERVER_DIST, 'worker.js') },
];
const HEALTH_TIMEOUT_MS = 60_000;

const startedAt = performance.now();
const lifecycle = new Lifecycle();

async function waitUntilHealthy(port) {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (!lifecycle.stopping) {
    const res = await fetch(`http://127.0.0.1:${port}/health`).catch(() => null);
    if (res?.ok) return;
    if (Date.now() > deadline) throw new StartError(`The api did not answer on port ${port} within a minute`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function main() {
  const env = baseEnv();
  env.JWT_SECRET ??= persistentSecret(join(DATA_DIR, 'jwt-secret'));
  env.LOG_LEVEL ??= 'warn';
  const { PORT } = checkEnv(env);
  if (!(await isPortFree(PORT))) throw new StartError(`Port ${PORT} is in use: stop what runs there or set PORT`);
  env.REDIS_URL = await resolveRedis(env, lifecycle);
  env.DATABASE_URL = await resolveDatabase(env, lifecycle);

  const seeded = await lifecycle.spawn(join(SERVER_DIST, 'seed.js'), env);
  if (lifecycle.stopping) return;
  if (seeded !== 0) throw new StartError(`Seeding failed (exit code ${seeded})`);

  for (const { name, script } of PROCESSES) {
    void lifecycle.spawn(script, env).then((code) => {
      if (lifecycle.stopping) return;
      console.error(`The ${name} process exited (code ${code}); stopping.`);
      void lifecycle.shutdown(code || 1);
    });
  }
  await waitUntilHealthy(PORT);
  if (lifecycle.stopping) return;
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  console.log(
    [
      '',
      `Hubspoke is up (${seconds} s):`,
      `  web        http://localhost:${PORT}`,
      `  API docs   http://localhost:${PORT}/api/docs`,
      `  database   ${redact(env.DATABASE_URL)}`,
      `  redis      ${redact(env.REDIS_URL)}`,
      `  mail       ${env.SMTP_URL ? redact(env.SMTP_URL) : 'kept in the local outbox (GET /api/digests/outbox)'}`,
      `  queues     http://localhost:${PORT}/admin/queues (platform admins)`,
      `Logging at LOG_LEVEL=${env.LOG_LEVEL}. Stop with Ctrl-C.`,
    ].join('\n'),
  );
}

main().catch(async (error) => {
  console.error(error instanceof StartError ? error.message : error);
  await lifecycle.shutdown(1);
});
