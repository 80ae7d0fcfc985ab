/**
 * Errors that mean a service the api depends on (PostgreSQL, Redis) is unreachable, restarting or overloaded, not that
 * the request was wrong: the same request may succeed shortly, so they answer 503 with Retry-After.
 */

/** PostgreSQL SQLSTATEs of a server that is going away, starting up, full, or took too long. */
const PG_UNAVAILABLE: Record<string, string> = {
  '57P01': 'admin_shutdown',
  '57P02': 'crash_shutdown',
  '57P03': 'cannot_connect_now',
  '57014': 'query_canceled (statement_timeout)',
  '53300': 'too_many_connections',
  '08000': 'connection_exception',
  '08001': 'sqlclient_unable_to_establish_sqlconnection',
  '08003': 'connection_does_not_exist',
  '08004': 'sqlserver_rejected_establishment_of_sqlconnection',
  '08006': 'connection_failure',
};

/** Socket errors of a connection refused, reset or cut (node's `code` on the error). */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/**
 * Messages of pg / pg-pool (connection lost, pool acquire or connect timeout, client-side query timeout) and of ioredis
 * (connection closed, offline queue disabled, retries exhausted, command timeout), which carry no code.
 */
const MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect$/,
  /^Query read timeout$/,
  /is not queryable$/,
  /^Connection is closed\.?$/,
  /enableOfflineQueue options is false$/,
  /^Reached the max retries per request limit/,
  /^Command timed out$/,
];

/**
 * TypeORM's errors for a transaction whose connection went away under it: pg's connection error makes TypeORM release
 * the query runner, and the transaction's next statement finds it released.
 */
const RELEASED = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError']);

const MAX_DEPTH = 4;

/**
 * Why the error means "unavailable, try again" (for the log), or null. Looks through TypeORM's QueryFailedError
 * (`driverError`) and `cause` chains, where the pg error sits.
 */
export function unavailableReason(error: unknown, depth = 0): string | null {
  if (depth > MAX_DEPTH || typeof error !== 'object' || error === null) return null;
  const { code, message, name } = error as { code?: unknown; message?: unknown; name?: unknown };
  if (typeof code === 'string') {
    if (PG_UNAVAILABLE[code]) return `PostgreSQL ${code} ${PG_UNAVAILABLE[code]}`;
    if (NETWORK_CODES.has(code)) return `${code}: ${String(message)}`;
  }
  if (name === 'MaxRetriesPerRequestError') return String(message);
  if (typeof name === 'string' && RELEASED.has(name)) return `${name} (its connection was lost)`;
  if (typeof message === 'string' && MESSAGES.some((m) => m.test(message))) return message;
  const nested = error as { driverError?: unknown; cause?: unknown };
  return unavailableReason(nested.driverError, depth + 1) ?? unavailableReason(nested.cause, depth + 1);
}

/** Seconds a client should wait before trying again (Retry-After). */
export const RETRY_AFTER_SECONDS = 1;
