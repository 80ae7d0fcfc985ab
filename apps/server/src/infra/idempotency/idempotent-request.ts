import { AsyncLocalStorage } from 'node:async_hooks';

/** A POST sent with an Idempotency-Key, holding the key (as `attempt`) while it runs. */
export interface IdempotentRequest {
  scope: string;
  key: string;
  attempt: string;
  /** The status the route answers on success (201, or its @HttpCode). */
  status: number;
  /** The body the write's transaction stored as the answer, as JSON; unset until a unit of work stored one. */
  storedJson?: string;
}

const current = new AsyncLocalStorage<IdempotentRequest>();

/** Runs the request's handler with the request known to the units of work it starts. */
export const runIdempotent = <T>(request: IdempotentRequest, handler: () => Promise<T>): Promise<T> =>
  current.run(request, handler);

/** The idempotent request being handled, if any, and not yet answered by a unit of work's transaction. */
export const unansweredIdempotentRequest = (): IdempotentRequest | undefined => {
  const request = current.getStore();
  return request && request.storedJson === undefined ? request : undefined;
};
