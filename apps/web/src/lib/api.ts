import type { ApiError, SessionDto } from '@hubspoke/contracts';
import type { ApiAnswer, ApiCallArgs, ApiMethod, ApiRoute } from './apiTypes';
import { getSession, setSession } from './session';

/** A failed api call, carrying the api's error shape (field-level `details`, `current` on a stale version). */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly body: Partial<ApiError>,
  ) {
    super(body.message ?? `Request failed (${status})`);
  }

  get details(): Record<string, string[]> {
    return this.body.details ?? {};
  }

  get current(): unknown {
    return this.body.current;
  }
}

export function isStale(error: unknown): error is ApiRequestError {
  return error instanceof ApiRequestError && error.status === 409 && error.body.current !== undefined;
}

let refreshing: Promise<SessionDto | null> | null = null;

/** Trades the refresh token for a new session; concurrent callers share one request (refresh tokens are single-use). */
export function refreshSession(): Promise<SessionDto | null> {
  refreshing ??= (async () => {
    const session = getSession();
    if (!session) return null;
    const res = await fetch('/api/auth/refresh', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ refreshToken: session.refreshToken }),
    }).catch(() => null);
    if (!res?.ok) {
      if (res && res.status < 500) setSession(null);
      return null;
    }
    const next = (await res.json()) as SessionDto;
    setSession(next);
    return next;
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

export interface RequestOptions {
  method?: string;
  /** Sent as JSON; a Blob is sent as it is, with its own type as the Content-Type. */
  body?: unknown;
  query?: Record<string, string | number | boolean | (string | number)[] | undefined | null>;
  signal?: AbortSignal;
}

function buildUrl(path: string, query?: RequestOptions['query']): string {
  if (!query) return `/api${path}`;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) value.forEach((v) => params.append(key, String(v)));
    else params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `/api${path}?${qs}` : `/api${path}`;
}

/** The Idempotency-Key of each body a create sent; see idempotencyKey. */
const keysOfBodies = new WeakMap<object, string>();

/**
 * One Idempotency-Key per logical create (the api replays its answer to a retry instead of creating twice): a body
 * object keeps its key, so a mutation's retries — TanStack Query passes each the same variables — send the same one,
 * and the next create, with its own body, a new one. A Structured Field String of 128 random bits.
 */
function idempotencyKey(body: unknown): string {
  const stable = typeof body === 'object' && body !== null;
  const known = stable ? keysOfBodies.get(body) : undefined;
  if (known) return known;
  const random = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0'));
  const key = `"${random.join('')}"`;
  if (stable) keysOfBodies.set(body, key);
  return key;
}

async function send(
  path: string,
  options: RequestOptions,
  token: string | undefined,
  key: string | undefined,
): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (key) headers['Idempotency-Key'] = key;
  const file = options.body instanceof Blob ? options.body : null;
  if (options.body !== undefined) headers['Content-Type'] = file ? file.type : 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  return fetch(buildUrl(path, options.query), {
    method: options.method ?? 'GET',
    headers,
    body: file ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    signal: options.signal,
  });
}

/** Calls the api under /api with the access token; on 401 refreshes once and retries; throws unless it succeeded. */
async function request(path: string, options: RequestOptions): Promise<Response> {
  const key = options.method === 'POST' ? idempotencyKey(options.body) : undefined;
  let res = await send(path, options, getSession()?.accessToken, key);
  if (res.status === 401 && getSession()) {
    const next = await refreshSession();
    if (next) res = await send(path, options, next.accessToken, key);
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as Partial<ApiError>;
    throw new ApiRequestError(res.status, { statusCode: res.status, ...body });
  }
  return res;
}

/** Fills a route template's `{name}` placeholders with its path parameters. */
function fillRoute(route: string, path: Record<string, string | number> = {}): string {
  return route.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(path[name]));
}

type UntypedOptions = Omit<RequestOptions, 'method'> & { path?: Record<string, string | number> };

function requestRoute(method: ApiMethod, route: string, options: UntypedOptions = {}): Promise<Response> {
  const { path, ...rest } = options;
  return request(fillRoute(route, path), { ...rest, method: method.toUpperCase() });
}

/** A file the api answers with, and the name its Content-Disposition gives it. */
export async function apiFile<R extends ApiRoute<'get'>>(
  route: R,
  ...[options]: ApiCallArgs<'get', R>
): Promise<{ blob: Blob; name: string | null }> {
  const res = await requestRoute('get', route, options as UntypedOptions);
  const name = /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') ?? '')?.[1] ?? null;
  return { blob: await res.blob(), name };
}

function answering<M extends ApiMethod>(method: M) {
  return async <R extends ApiRoute<M>>(route: R, ...[options]: ApiCallArgs<M, R>): Promise<ApiAnswer<M, R>> => {
    const res = await requestRoute(method, route, options as UntypedOptions);
    if (res.status === 204) return undefined as ApiAnswer<M, R>;
    const text = await res.text();
    return (text ? JSON.parse(text) : undefined) as ApiAnswer<M, R>;
  };
}

/**
 * Calls the api (see request) and reads its JSON answer, typed by the route from the generated OpenAPI types:
 * `api.patch('/hubs/{hubId}/tasks/{taskId}', { path: { hubId, taskId }, body })`.
 */
export const api = {
  get: answering('get'),
  post: answering('post'),
  put: answering('put'),
  patch: answering('patch'),
  delete: answering('delete'),
};

/** The message to show for any error. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return 'Something went wrong';
}

/** Field-level messages for a form, from the api's `details`. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiRequestError)) return {};
  return Object.fromEntries(Object.entries(error.details).map(([field, messages]) => [field, messages.join('; ')]));
}
