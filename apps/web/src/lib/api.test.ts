import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from './api';

describe('api: Idempotency-Key', () => {
  const sentKeys: (string | null)[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      sentKeys.push(new Headers(init.headers).get('Idempotency-Key'));
      return new Response('{}', { status: 201 });
    }),
  );
  afterEach(() => {
    sentKeys.length = 0;
  });

  it('sends one key per create: a retry with the same body reuses it, the next create gets a new one', async () => {
    const create = { title: 'A task' };
    await api('/hubs/h/tasks', { method: 'POST', body: create });
    await api('/hubs/h/tasks', { method: 'POST', body: create });
    await api('/hubs/h/tasks', { method: 'POST', body: { title: 'A task' } });
    expect(sentKeys[0]).toMatch(/^"[0-9a-f]{32}"$/);
    expect(sentKeys[1]).toBe(sentKeys[0]);
    expect(sentKeys[2]).not.toBe(sentKeys[0]);
  });

  it('sends no key with other methods', async () => {
    await api('/hubs/h/tasks');
    await api('/hubs/h/tasks/t', { method: 'PATCH', body: { title: 'B' } });
    expect(sentKeys).toEqual([null, null]);
  });
});
