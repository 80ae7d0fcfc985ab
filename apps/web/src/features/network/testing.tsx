// Fixtures and a render helper for the network feature's tests.
import type {
  CentralityDto,
  NetworkGraphDto,
  NetworkInsightsDto,
  NetworkScopeSummaryDto,
  OrganizationNetworkDto,
  OrganizationRefDto,
  Sector,
  TieKind,
  WhatIfResultDto,
} from '@hubspoke/contracts';
import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { theme } from '../../app/theme';
import { AuthProvider } from '../../lib/auth';
import { testQueryClient } from '../../test/render';
import { QueryClientProvider } from '@tanstack/react-query';

export const metrics = (overrides: Partial<CentralityDto> = {}): CentralityDto => ({
  degree: 2,
  weightedDegree: 2,
  betweenness: 0.1,
  closeness: 0.5,
  pagerank: 0.2,
  community: 0,
  ...overrides,
});

/** An organization of the map, as one object (the api sends columns: see mapColumns). */
export type TestNode = OrganizationRefDto & { sdgs: number[]; metrics: CentralityDto | null };
/** A tie of the map, its ends by id. */
export interface TestEdge {
  source: string;
  target: string;
  kinds: TieKind[];
  weight: number;
}

export const node = (
  id: string,
  name: string,
  sector: Sector = 'ngo',
  overrides: Partial<TestNode> = {},
): TestNode => ({
  id,
  name,
  shortName: null,
  sector,
  country: 'KE',
  sdgs: [3],
  metrics: metrics(),
  ...overrides,
});

export const SUMMARY: NetworkScopeSummaryDto = {
  organizations: 3,
  edges: 2,
  communities: 1,
  modularity: 0.12,
  degreeCentralization: 0.5,
  betweennessCentralization: 1,
  averagePathLength: 1.33,
  connectedPairShare: 1,
  methods: { betweenness: { method: 'exact' }, closeness: { method: 'sampled', pivots: 64, seed: 1 } },
};

/** Organizations and ties as the api sends them: columns, ties naming their ends by index (-1: not on the map). */
export function mapColumns(nodes: TestNode[], edges: TestEdge[]): Pick<NetworkGraphDto, 'nodes' | 'edges'> {
  const column = <K extends keyof CentralityDto>(key: K) => nodes.map((n) => n.metrics?.[key] ?? null);
  const kindSets = [...new Set(edges.map((e) => e.kinds.join()))];
  const indexOf = (id: string) => nodes.findIndex((n) => n.id === id);
  return {
    nodes: {
      id: nodes.map((n) => n.id),
      name: nodes.map((n) => n.name),
      shortName: nodes.map((n) => n.shortName),
      sector: nodes.map((n) => n.sector),
      country: nodes.map((n) => n.country),
      sdgs: nodes.map((n) => n.sdgs),
      metrics: {
        degree: column('degree'),
        weightedDegree: column('weightedDegree'),
        betweenness: column('betweenness'),
        closeness: column('closeness'),
        pagerank: column('pagerank'),
        community: column('community'),
      },
    },
    edges: {
      source: edges.map((e) => indexOf(e.source)),
      target: edges.map((e) => indexOf(e.target)),
      kinds: edges.map((e) => kindSets.indexOf(e.kinds.join())),
      weight: edges.map((e) => e.weight),
      kindSets: kindSets.map((set) => set.split(',') as TieKind[]),
    },
  };
}

export const NODES: TestNode[] = [
  node('org-gavi', 'Gavi, the Vaccine Alliance', 'philanthropy', {
    shortName: 'Gavi',
    country: 'CH',
    metrics: metrics({ degree: 2, pagerank: 0.5, betweenness: 1 }),
  }),
  node('org-who', 'World Health Organization', 'intergovernmental', { shortName: 'WHO', country: 'CH' }),
  node('org-path', 'PATH', 'ngo', { country: 'US', metrics: metrics({ degree: 1, pagerank: 0.1, betweenness: 0 }) }),
];

export const EDGES: TestEdge[] = [
  { source: 'org-gavi', target: 'org-who', kinds: ['co_member', 'funds'], weight: 3 },
  { source: 'org-gavi', target: 'org-path', kinds: ['co_member'], weight: 1 },
];

export const GRAPH: NetworkGraphDto = {
  sdg: null,
  analyzedAt: '2026-11-28T01:00:00Z',
  stale: false,
  summary: SUMMARY,
  ...mapColumns(NODES, EDGES),
  facets: { sectors: ['intergovernmental', 'philanthropy', 'ngo'], countries: ['CH', 'US'] },
};

export const INSIGHTS: NetworkInsightsDto = {
  sdg: null,
  analyzedAt: GRAPH.analyzedAt,
  stale: false,
  summary: SUMMARY,
  candidates: [
    {
      organization: {
        id: 'org-gavi',
        name: 'Gavi, the Vaccine Alliance',
        shortName: 'Gavi',
        sector: 'philanthropy',
        country: 'CH',
      },
      score: 0.9,
      parts: [
        { metric: 'pagerank', value: 0.5, normalised: 1, weight: 0.5, contribution: 0.5 },
        { metric: 'betweenness', value: 1, normalised: 1, weight: 0.3, contribution: 0.3 },
        { metric: 'degree', value: 2, normalised: 0.5, weight: 0.2, contribution: 0.1 },
      ],
    },
  ],
  brokers: [
    {
      organization: {
        id: 'org-gavi',
        name: 'Gavi, the Vaccine Alliance',
        shortName: 'Gavi',
        sector: 'philanthropy',
        country: 'CH',
      },
      score: 2,
      betweenness: 1,
      degree: 2,
      communitiesLinked: 2,
    },
  ],
  isolates: [{ id: 'org-msf', name: 'Médecins Sans Frontières', shortName: 'MSF', sector: 'ngo', country: 'CH' }],
};

export const ORGANIZATION: OrganizationNetworkDto = {
  organization: {
    id: 'org-who',
    name: 'World Health Organization',
    shortName: 'WHO',
    sector: 'intergovernmental',
    country: 'CH',
    sdgs: [3, 6],
  },
  metrics: [
    { sdg: null, metrics: metrics({ pagerank: 0.21, degree: 14 }) },
    { sdg: 3, metrics: metrics({ pagerank: 0.34, degree: 9 }) },
  ],
  ties: [
    {
      organization: {
        id: 'org-gavi',
        name: 'Gavi, the Vaccine Alliance',
        shortName: 'Gavi',
        sector: 'philanthropy',
        country: 'CH',
      },
      kinds: ['funds', 'co_member'],
      weight: 3,
      declared: [
        { kind: 'funds', direction: 'in', weight: 2, since: '2001-01-01', source: 'https://www.gavi.org/our-alliance' },
      ],
      sharedHubs: 1,
    },
    {
      organization: { id: 'org-unicef', name: 'UNICEF', shortName: null, sector: 'intergovernmental', country: 'US' },
      kinds: ['partners_with'],
      weight: 1,
      declared: [{ kind: 'partners_with', direction: 'out', weight: 1, since: null, source: 'Annual report 2024' }],
      sharedHubs: 0,
    },
  ],
  hubs: [
    { id: 'hub-vaccines', name: 'Vaccine Delivery Hub', visibility: 'public' },
    { id: 'hub-climate', name: 'City Climate Action Hub', visibility: 'private' },
  ],
};

export const WHAT_IF: WhatIfResultDto = {
  sdg: 3,
  organizations: 40,
  members: [],
  ignoredMemberIds: [],
  reach: { within1: { count: 12, share: 0.3 }, within2: { count: 30, share: 0.75 } },
  memberReach: { before: 8.5, after: 29 },
  before: {
    degreeCentralization: 0.4,
    betweennessCentralization: 0.3,
    averagePathLength: 2.6,
    connectedPairShare: 0.8,
  },
  after: {
    degreeCentralization: 0.45,
    betweennessCentralization: 0.2,
    averagePathLength: 2.1,
    connectedPairShare: 0.9,
  },
};

/** Renders `element` at `route` inside the app's providers, under the path `path`. */
export function renderAt(element: ReactNode, { path = '/network', route = '/network' } = {}) {
  const client = testQueryClient();
  const router = createMemoryRouter([{ path, element }], { initialEntries: [route] });
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

/** Records the full url of every request (stubFetch records paths only). */
export function recordUrls(): string[] {
  const urls: string[] = [];
  const inner = globalThis.fetch;
  globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(String(input));
    return inner(input, init);
  }) as typeof globalThis.fetch;
  return urls;
}
