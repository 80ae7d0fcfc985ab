import type { HubDetailDto } from '@hubspoke/contracts';
import { MantineProvider } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, Outlet, RouterProvider, type RouteObject } from 'react-router';
import { vi } from 'vitest';
import { theme } from '../app/theme';
import type { HubContext } from '../features/workspace/hooks/useHubContext';
import { AuthProvider } from '../lib/auth';

export function testQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
}

export const HUB: HubDetailDto = {
  id: 'h',
  slug: 'vaccines',
  name: 'Vaccine Delivery Hub',
  mission: 'Every child vaccinated.',
  sdgs: [3],
  sdgTargets: ['3.b'],
  visibility: 'public',
  archivedAt: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  myRole: 'secretariat',
  myOrganizationId: 'org-gavi',
  lastSeq: 10,
};

/** Renders a page inside the providers and a hub workspace outlet context, at `path`. */
export function renderInHub(
  element: ReactNode,
  {
    role = 'secretariat',
    organizationId = 'org-gavi',
    path = '/hubs/h',
    route = '/hubs/h',
    client = testQueryClient(),
  }: {
    role?: HubContext['me']['role'];
    organizationId?: string;
    path?: string;
    route?: string;
    client?: QueryClient;
  } = {},
) {
  const context: HubContext = {
    hub: { ...HUB, myRole: role, myOrganizationId: organizationId },
    me: { role, organizationId },
  };
  const router = createMemoryRouter([{ element: <Outlet context={context} />, children: [{ path, element }] }], {
    initialEntries: [route],
  });
  const utils = render(
    <MantineProvider theme={theme} env="test">
      <QueryClientProvider client={client}>
        <AuthProvider>
          <RouterProvider router={router} />
        </AuthProvider>
      </QueryClientProvider>
    </MantineProvider>,
  );
  return { ...utils, client, router };
}

/** Renders the routes inside the app's providers at `route`. */
export function renderRoutes(routes: RouteObject[], route: string, client = testQueryClient()) {
  const router = createMemoryRouter(routes, { initialEntries: [route] });
  const utils = render(
    <MantineProvider theme={theme} env="test">
      <QueryClientProvider client={client}>
        <AuthProvider>
          <RouterProvider router={router} />
        </AuthProvider>
      </QueryClientProvider>
    </MantineProvider>,
  );
  return { ...utils, client, router };
}

/** A fetch stub answering by `METHOD path` (path without /api and query; the handler gets the whole url too). */
export function stubFetch(routes: Record<string, (body: unknown, url: URL) => { status?: number; body?: unknown }>) {
  const calls: { method: string; path: string; body: unknown }[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const method = init?.method ?? 'GET';
    const path = url.pathname.replace(/^\/api/, '');
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    calls.push({ method, path, body });
    const handler = routes[`${method} ${path}`];
    if (!handler)
      return new Response(JSON.stringify({ statusCode: 404, message: `no stub for ${method} ${path}` }), {
        status: 404,
      });
    const answer = handler(body, url);
    // a 204 has no body at all
    return new Response(answer.status === 204 ? null : JSON.stringify(answer.body), {
      status: answer.status ?? 200,
      headers: { 'Content-Type': 'application/json' },
    });
  };
  globalThis.fetch = fetch as typeof globalThis.fetch;
  return calls;
}

/** The toasts shown from now on, as `title: message` (Mantine's toaster needs more of a browser than jsdom gives). */
export function spyToasts(): () => string[] {
  const show = vi.spyOn(notifications, 'show').mockReturnValue('');
  // a feedback toast's message is an element carrying its text (lib/feedback.tsx)
  const text = (message: unknown) =>
    typeof message === 'string' ? message : (message as { props?: { text?: string } } | null)?.props?.text;
  return () => show.mock.calls.map(([n]) => [n.title, text(n.message)].filter(Boolean).join(': '));
}
