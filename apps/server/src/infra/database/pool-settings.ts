import { DeadlineClient } from './deadline-client';

/**
 * How the api's PostgreSQL pool fails fast instead of waiting (env: DB_POOL_MAX, DB_CONNECT_TIMEOUT_MS,
 * DB_STATEMENT_TIMEOUT_MS, DB_QUERY_TIMEOUT_MS, DB_IDLE_IN_TRANSACTION_TIMEOUT_MS). A request that cannot get a
 * connection, or whose query gets no answer, fails with an error the error filter answers as 503.
 */
export interface PoolSettings {
  /** Connections per process. */
  max: number;
  /** Waiting for a free connection from the pool, or for a new one to open. */
  connectTimeoutMs: number;
  /** Server side: PostgreSQL cancels a statement running longer (57014). */
  statementTimeoutMs: number;
  /**
   * Client side: no answer at all within this (a partition, a frozen server) ends the connection. Longer than the
   * statement timeout, so that a slow statement is cancelled by the server first and its connection kept.
   */
  queryTimeoutMs: number;
  /**
   * Server side: PostgreSQL ends a session left inside a transaction this long. A client cut off mid-transaction (its
   * COMMIT never arrives) otherwise keeps its locks until the server notices the connection is dead, which a silent
   * network hides for hours; the hub row's key-share lock of such a writer would stop the numbering of the hub's events.
   */
  idleInTransactionTimeoutMs: number;
}

export const DEFAULT_POOL_SETTINGS: PoolSettings = {
  max: 20,
  connectTimeoutMs: 5_000,
  statementTimeoutMs: 15_000,
  queryTimeoutMs: 20_000,
  idleInTransactionTimeoutMs: 60_000,
};

/** The pg-pool and pg client options (TypeORM's `extra`) for the settings. */
export function poolOptions(settings: PoolSettings = DEFAULT_POOL_SETTINGS): Record<string, unknown> {
  return {
    max: settings.max,
    connectionTimeoutMillis: settings.connectTimeoutMs,
    statement_timeout: settings.statementTimeoutMs,
    query_timeout: Math.max(settings.queryTimeoutMs, settings.statementTimeoutMs + 1_000),
    idle_in_transaction_session_timeout: settings.idleInTransactionTimeoutMs,
    keepAlive: true,
    Client: DeadlineClient,
  };
}
