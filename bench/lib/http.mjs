import { Pool } from 'undici';

/** A keep-alive JSON client for one api instance. */
export function httpClient(base, connections = 16) {
  const pool = new Pool(base, { connections, pipelining: 1 });
  async function call(method, path, { token, body } = {}) {
    const headers = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await pool.request({
      method,
      path,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.body.text();
    const json = text ? JSON.parse(text) : undefined;
    if (res.statusCode >= 400) throw new Error(`${method} ${path} → ${res.statusCode} ${text.slice(0, 300)}`);
    return json;
  }
  return { call, close: () => pool.close() };
}
