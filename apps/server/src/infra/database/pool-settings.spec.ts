import { DeadlineClient } from './deadline-client';
import { DEFAULT_POOL_SETTINGS, poolOptions } from './pool-settings';

describe('poolOptions', () => {
  it('gives pg-pool and pg the timeouts, and the client that drops a connection left without an answer', () => {
    expect(poolOptions()).toEqual({
      max: 20,
      connectionTimeoutMillis: 5_000,
      statement_timeout: 15_000,
      query_timeout: 20_000,
      idle_in_transaction_session_timeout: 60_000,
      keepAlive: true,
      Client: DeadlineClient,
    });
  });

  it('keeps the client-side timeout above the statement timeout, so that the server cancels a slow statement first', () => {
    const options = poolOptions({ ...DEFAULT_POOL_SETTINGS, statementTimeoutMs: 30_000, queryTimeoutMs: 10_000 });
    expect(options.query_timeout).toBe(31_000);
  });
});
