import { createRequire } from 'node:module';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
/** Everything npm start keeps between runs: the embedded PostgreSQL and Redis data, their logs, the JWT secret. */
export const DATA_DIR = join(ROOT, '.data');
export const SERVER_DIST = join(ROOT, 'apps', 'server', 'dist');

/** The server's own dependencies (pg, ioredis, its compiled code), resolved the way the server resolves them. */
export const serverRequire = createRequire(join(ROOT, 'apps', 'server', 'package.json'));

/** A failure the user can fix; its message is the one line printed. */
export class StartError extends Error {}
