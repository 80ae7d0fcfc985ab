// npm run seed: migrates the database and seeds the demo data when it has no hub yet.
// Uses DATABASE_URL when set, otherwise the embedded PostgreSQL of npm start (.data/postgres).
import { join } from 'node:path';
import { baseEnv, resolveDatabase } from './lib/environment.mjs';
import { Lifecycle } from './lib/lifecycle.mjs';
import { SERVER_DIST, StartError } from './lib/paths.mjs';

const lifecycle = new Lifecycle();
try {
  const env = baseEnv();
  env.DATABASE_URL = await resolveDatabase(env, lifecycle);
  await lifecycle.shutdown(await lifecycle.spawn(join(SERVER_DIST, 'seed.js'), env));
} catch (error) {
  console.error(error instanceof StartError ? error.message : error);
  await lifecycle.shutdown(1);
}
