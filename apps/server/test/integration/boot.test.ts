import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const MAIN = join(__dirname, '../../dist/main.js');

describe('api process boot', () => {
  it('stops with one line naming a missing variable', () => {
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      DATABASE_URL: 'postgres://x@127.0.0.1/x',
      REDIS_URL: 'redis://127.0.0.1:6379',
    };
    const run = spawnSync(process.execPath, [MAIN], { env, encoding: 'utf8', timeout: 20_000 });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('Invalid environment: JWT_SECRET is missing');
  });
});
