import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { keys } from '../lib/keys';
import { queryClient } from '../lib/queryClient';
import { setSession } from '../lib/session';
import { session } from '../test/fixtures';
import { HUB, stubFetch } from '../test/render';
import { prefetchHub } from './prefetch';

describe('prefetchHub', () => {
  afterEach(() => {
    setSession(null);
    queryClient.clear();
  });

  it("asks a member's hub and its overview", async () => {
    setSession(session());
    const calls = stubFetch({ 'GET /hubs/h': () => ({ body: HUB }), 'GET /hubs/h/overview': () => ({ body: {} }) });
    prefetchHub('h', true);
    await waitFor(() => expect(queryClient.getQueryData(keys.overview('h'))).toBeDefined());
    expect(calls.map((c) => c.path)).toEqual(['/hubs/h', '/hubs/h/overview']);
  });

  it("never asks a non-member's overview, which the api refuses", async () => {
    setSession(session());
    const calls = stubFetch({ 'GET /hubs/h': () => ({ body: { public: true, id: 'h' } }) });
    prefetchHub('h', true);
    await waitFor(() => expect(queryClient.getQueryData(keys.hub('h'))).toBeDefined());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls.map((c) => c.path)).toEqual(['/hubs/h']);
  });
});
