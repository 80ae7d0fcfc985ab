import { Client } from 'pg';

/** pg's error when a query gets no answer within `query_timeout`. */
export const QUERY_READ_TIMEOUT = 'Query read timeout';

/**
 * A pg Client that gives up its connection when a query gets no answer within `query_timeout`. pg only rejects the
 * query and keeps the connection, still waiting for the lost answer; TypeORM then returns it to the pool, where every
 * later query on it waits behind that answer, so a network partition would poison the pool until TCP gives up, many
 * minutes later. Destroying the socket ends the client: TypeORM releases it with the error and the pool drops it.
 */
export class DeadlineClient extends Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- passes pg's many query overloads through unchanged
  override query(...args: any[]): any {
    const result: unknown = (super.query as (...rest: unknown[]) => unknown)(...args);
    if (result instanceof Promise) {
      result.catch((error: unknown) => {
        if ((error as Error | undefined)?.message === QUERY_READ_TIMEOUT) this.connection.stream.destroy();
      });
    }
    return result;
  }
}
