import type { SessionDto } from '@hubspoke/contracts';
import { describe, expect, it } from 'vitest';
import { api, ApiRequestError, isStale } from './api';
import type { ApiSchema } from './apiTypes';
import { getSession, setSession } from './session';

type Sent = {
  url: string;
  method: string;
  authorization: string | null;
  idempotencyKey: string | null;
  body: unknown;
};

/** Answers each request with `answer`; returns what was sent, in order. */
function stubFetch(answer: (sent: Sent) => { status: number; body?: unknown }): Sent[] {
  const sent: Sent[] = [];
  globalThis.fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const request: Sent = {
      url: String(input),
      method: init.method ?? 'GET',
      authorization: new Headers(init.headers).get('Authorization'),
      idempotencyKey: new Headers(init.headers).get('Idempotency-Key'),
      body: init.body ? JSON.parse(String(init.body)) : undefined,
    };
    sent.push(request);
    const { status, body } = answer(request);
    return new Response(body === undefined ? null : JSON.stringify(body), { status });
  }) as typeof globalThis.fetch;
  return sent;
}

const session = (accessToken: string, refreshToken: string) =>
  ({ accessToken, refreshToken, user: { id: 'u' } }) as unknown as SessionDto;

describe('api', () => {
  it('fills the route with its path parameters, encoded, and sends a list query as repeated parameters', async () => {
    const sent = stubFetch(() => ({ status: 200, body: { items: [], nextCursor: null } }));
    await api.get('/hubs/{hubId}/tasks', { path: { hubId: 'a/b' }, query: { status: ['todo', 'blocked'], q: '' } });
    expect(sent.map((s) => s.url)).toEqual(['/api/hubs/a%2Fb/tasks?status=todo&status=blocked']);
  });

  it('refreshes an expired session once for concurrent calls and retries each with the new token', async () => {
    setSession(session('old', 'refresh-1'));
    const sent = stubFetch(({ url, authorization }) => {
      if (url === '/api/auth/refresh') return { status: 200, body: session('new', 'refresh-2') };
      return authorization === 'Bearer new' ? { status: 200, body: { id: 'u' } } : { status: 401, body: {} };
    });
    await Promise.all([api.get('/auth/me'), api.get('/auth/me')]);
    expect(sent.filter((s) => s.url === '/api/auth/refresh').map((s) => s.body)).toEqual([
      { refreshToken: 'refresh-1' },
    ]);
    expect(sent.filter((s) => s.url === '/api/auth/me').map((s) => s.authorization)).toEqual([
      'Bearer old',
      'Bearer old',
      'Bearer new',
      'Bearer new',
    ]);
    expect(getSession()?.accessToken).toBe('new');
  });

  it('throws the api error with the current entity of a stale version', async () => {
    const current = { id: 't', version: 4 };
    stubFetch(() => ({ status: 409, body: { statusCode: 409, error: 'Conflict', message: 'Changed', current } }));
    const error = await api
      .delete('/hubs/{hubId}/tasks/{taskId}', { path: { hubId: 'h', taskId: 't' }, query: { version: 3 } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(isStale(error) && error.current).toEqual(current);
  });

  it('takes only the routes, parameters and bodies the api declares, and answers its types (checked by tsc)', () => {
    const calls = () => {
      // @ts-expect-error no such route
      void api.get('/hubs/{hubId}/nothing', { path: { hubId: 'h' } });
      // @ts-expect-error the path parameter is missing
      void api.get('/hubs/{hubId}/overview');
      // @ts-expect-error a field the body does not have
      void api.post('/auth/login', { body: { email: 'a@b.c', password: 'p', remember: true } });
      // @ts-expect-error a query parameter of the wrong type
      void api.delete('/hubs/{hubId}/tasks/{taskId}', { path: { hubId: 'h', taskId: 't' }, query: { version: 'x' } });
      const me: Promise<ApiSchema<'UserDto'>> = api.get('/auth/me');
      return me;
    };
    expect(calls).toBeTypeOf('function');
  });

  it('sends one Idempotency-Key per create: a retry of the same body reuses it, the next create gets a new one', async () => {
    const sent = stubFetch(() => ({ status: 201, body: {} }));
    const create = { title: 'A task' };
    const post = (body: { title: string }) => api.post('/hubs/{hubId}/tasks', { path: { hubId: 'h' }, body });
    await post(create);
    await post(create);
    await post({ title: 'A task' });
    const [first, retry, next] = sent.map((s) => s.idempotencyKey);
    expect(first).toMatch(/^"[0-9a-f]{32}"$/);
    expect(retry).toBe(first);
    expect(next).not.toBe(first);
  });

  it('sends no Idempotency-Key with other methods', async () => {
    const sent = stubFetch(() => ({ status: 200, body: {} }));
    await api.get('/auth/me');
    await api.patch('/hubs/{hubId}/tasks/{taskId}', { path: { hubId: 'h', taskId: 't' }, body: { version: 1 } });
    expect(sent.map((s) => s.idempotencyKey)).toEqual([null, null]);
  });
});
