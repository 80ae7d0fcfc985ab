import { randomBytes } from 'node:crypto';

/** Where the tests find PostgreSQL and Redis: the machine's own, unless TEST_DATABASE_URL / TEST_REDIS_URL say otherwise. */
export const ADMIN_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const TEMPLATE_DB_ENV = 'HUBSPOKE_TEST_TEMPLATE_DB';

export function databaseUrl(name: string): string {
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The environment of an api or worker under test (on top of process.env); `overrides` win. */
export function testEnv(databaseUrlValue: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    DATABASE_URL: databaseUrlValue,
    REDIS_URL: TEST_REDIS_URL,
    JWT_SECRET: 'test-secret-test-secret-test-secret-0123',
    LOG_LEVEL: 'silent',
    BCRYPT_ROUNDS: '4',
    AUTH_RATE_LIMIT: '100000',
    WRITE_RATE_LIMIT: '1000000',
    READ_RATE_LIMIT: '1000000',
    // BullMQ keys of this test file only (schedulers persist in Redis between runs)
    // the test load balancer checks readiness every 100 ms (load-balancer.ts)
    SHUTDOWN_DELAY_MS: '500',
    QUEUE_PREFIX: `test-${randomBytes(5).toString('hex')}`,
    ...overrides,
  };
}
