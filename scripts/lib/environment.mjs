import { join } from 'node:path';
import { SERVER_DIST, StartError, serverRequire } from './paths.mjs';
import { ALLOCATOR_ENV } from './allocator-env.mjs';
import { startEmbeddedPostgres } from './postgres.mjs';
import { answersPing, startRedis } from './redis.mjs';

const pg = serverRequire('pg');

/** The variables npm start fills in when they are unset; set to an empty string they count as unset. */
const PROVIDED = ['DATABASE_URL', 'REDIS_URL', 'JWT_SECRET'];

export function baseEnv() {
  const env = { ...ALLOCATOR_ENV, ...process.env };
  for (const name of PROVIDED) if (env[name] === '') delete env[name];
  return env;
}

/** A URL fit to print: without its password. */
export function redact(url) {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/**
 * Validates what the user set with the api's own rules, before anything starts; the services npm start
 * provides itself stand in as placeholders. Returns the validated environment (defaults applied).
 */
export function checkEnv(env) {
  let envModule;
  try {
    serverRequire('reflect-metadata');
    envModule = serverRequire(join(SERVER_DIST, 'infra', 'config', 'env.js'));
  } catch {
    throw new StartError('apps/server is not built: run npm run build (npm start does it first)');
  }
  try {
    return envModule.validateEnv({ DATABASE_URL: 'postgres://provided', REDIS_URL: 'redis://provided', ...env });
  } catch (error) {
    if (error instanceof envModule.EnvError) throw new StartError(error.message);
    throw error;
  }
}

/** DATABASE_URL when set (and reachable), otherwise the embedded PostgreSQL's. */
export async function resolveDatabase(env, lifecycle) {
  if (!env.DATABASE_URL) return startEmbeddedPostgres(lifecycle);
  const client = new pg.Client({ connectionString: env.DATABASE_URL, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    throw new StartError(`Cannot reach PostgreSQL at ${redact(env.DATABASE_URL)}: ${error.message}`);
  } finally {
    await client.end().catch(() => undefined);
  }
  return env.DATABASE_URL;
}

/** REDIS_URL when set (and answering), otherwise the machine's Redis or one started here. */
export async function resolveRedis(env, lifecycle) {
  if (!env.REDIS_URL) return startRedis(lifecycle);
  if (!(await answersPing(env.REDIS_URL))) throw new StartError(`Redis at ${redact(env.REDIS_URL)} does not answer`);
  return env.REDIS_URL;
}
