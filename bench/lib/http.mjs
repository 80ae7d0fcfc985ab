import { Pool } from 'undici';

/**
 * A keep-alive JSON client for one api instance. `request` answers `{ status, json, text, headers }` whatever the
 * status; `call` answers the JSON and throws on a status ≥ 400. `timeoutMs` bounds the wait for headers and for the
 * body.
 */
export function httpClient(base, connections = 16, { timeoutMs } = {}) {
  const timeouts = timeoutMs ? { headersTimeout: timeoutMs, bodyTimeout: timeoutMs } : {};
  const pool = new Pool(base, { connections, pipelining: 1, ...timeouts });
  async function request(method, path, { token, body, headers: extra } = {}) {
    const headers = { 'content-type': 'application/json', ...extra };
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await pool.request({
      method,
      path,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.body.text();
    return { status: res.statusCode, text, json: parseJson(text), headers: res.headers };
  }
  async function call(method, path, options) {
    const { status, text, json } = await request(method, path, options);
    if (status >= 400) throw new Error(`${method} ${path} → ${status} ${text.slice(0, 300)}`);
    if (text && json === undefined) throw new Error(`${method} ${path} → ${status}, not JSON: ${text.slice(0, 300)}`);
    return json;
  }
  return { call, request, close: () => pool.close() };
}

function parseJson(text) {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}
