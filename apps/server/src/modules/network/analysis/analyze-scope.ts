import pagerank from 'graphology-metrics/centrality/pagerank';
import { weightedDegree } from 'graphology-metrics/node/weighted-degree';
import { performance } from 'node:perf_hooks';
import { toAdjacency } from './adjacency';
import { betweenness } from './betweenness';
import { findBrokers } from './brokers';
import { betweennessCentralization, degreeCentralization } from './centralization';
import { harmonicCloseness } from './closeness';
import { detectCommunities } from './communities';
import { rankHubCandidates } from './hub-candidates';
import type { NetworkGraph } from './network-graph';
import type { OrganizationMetrics, ResolvedAnalysisOptions, ScopeAnalysis } from './network-types';
import { pathLengthSummary } from './path-length';
import { scopeSeed } from './seeded-random';
import { planSources } from './source-plan';

/** Every measure of one scope (the whole network or one SDG's subgraph). `buildMs`: time spent building `graph`. */
export function analyzeScope(
  graph: NetworkGraph,
  scope: { name: string; sdg: number | null; buildMs: number },
  options: ResolvedAnalysisOptions,
): ScopeAnalysis {
  const clock = stopwatch();
  const adj = toAdjacency(graph);
  const n = adj.ids.length;
  const buildMs = scope.buildMs + clock.lap();

  const degrees = Int32Array.from(adj.ids, (id) => graph.degree(id));
  const strengths = Float64Array.from(adj.ids, (id) => weightedDegree(graph, id, 'weight'));
  const degreeMs = clock.lap();

  const ranks =
    n > 0 ? pagerank(graph, { getEdgeWeight: 'weight', alpha: options.pagerankAlpha, maxIterations: 1000 }) : {};
  const pagerankMs = clock.lap();

  const seed = scopeSeed(options.seed, scope.name);
  const plan = planSources(n, { exactThreshold: options.exactThreshold, pivots: options.pivots, seed });
  const between = betweenness(graph, adj, plan);
  const betweennessMs = clock.lap();

  const closenessPlan = planSources(n, {
    exactThreshold: options.exactThreshold,
    pivots: options.closenessPivots,
    seed,
  });
  const closeness = harmonicCloseness(adj, closenessPlan);
  const closenessMs = clock.lap();

  const communities = detectCommunities(graph, adj, { seed, resolution: options.louvainResolution });
  const louvainMs = clock.lap();

  const organizations = adj.ids.map((id, i): OrganizationMetrics => ({
    id,
    degree: degrees[i],
    weightedDegree: strengths[i],
    betweennessRaw: between.raw[i],
    betweenness: between.normalised[i],
    closeness: closeness.values[i],
    pagerank: ranks[id],
    community: communities.ofNode[i],
  }));
  const nameOf = (id: string) => graph.getNodeAttribute(id, 'name');
  const analysis: Omit<ScopeAnalysis, 'timings'> = {
    scope: scope.name,
    sdg: scope.sdg,
    nodeCount: n,
    edgeCount: graph.size,
    communityCount: communities.count,
    modularity: communities.modularity,
    degreeCentralization: degreeCentralization(degrees),
    betweennessCentralization: betweennessCentralization(between.normalised),
    pathLength: pathLengthSummary(closeness.sweep, closenessPlan.method),
    methods: { betweenness: plan.method, closeness: closenessPlan.method },
    organizations,
    hubCandidates: rankHubCandidates(organizations, nameOf, options.topN),
    brokers: findBrokers(organizations, adj, nameOf, options.topN),
    isolates: organizations.filter((org) => org.degree === 0).map((org) => org.id),
  };
  const derivedMs = clock.lap();
  const timings = { buildMs, degreeMs, pagerankMs, betweennessMs, closenessMs, louvainMs, derivedMs, totalMs: 0 };
  timings.totalMs = buildMs + degreeMs + pagerankMs + betweennessMs + closenessMs + louvainMs + derivedMs;
  return { ...analysis, timings };
}

export function stopwatch(): { lap(): number } {
  let last = performance.now();
  return {
    lap() {
      const now = performance.now();
      const elapsed = now - last;
      last = now;
      return elapsed;
    },
  };
}
