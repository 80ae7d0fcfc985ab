/** Where the tests find PostgreSQL and Redis: the machine's own, unless TEST_DATABASE_URL / TEST_REDIS_URL say otherwise. */
export const ADMIN_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const TEMPLATE_DB_ENV = 'HUBSPOKE_TEST_TEMPLATE_DB';

export function databaseUrl(name: string): string {
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}
