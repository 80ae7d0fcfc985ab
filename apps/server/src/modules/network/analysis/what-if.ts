import { toAdjacency, type Adjacency } from './adjacency';
import { resolveAnalysisOptions } from './analyze-network';
import { exactBetweenness, normaliseBetweenness, pivotBetweenness } from './betweenness';
import { BoundedBfs } from './bounded-bfs';
import { betweennessCentralization, degreeCentralization } from './centralization';
import { sweepDistances } from './distance-sweep';
import { buildNetworkGraph, type NetworkGraph } from './network-graph';
import type { HypotheticalHub, NetworkInput, NetworkSnapshot, WhatIfOptions, WhatIfResult } from './network-types';
import { pathLengthSummary } from './path-length';
import { sdgSubgraph } from './scope-graph';
import { scopeSeed } from './seeded-random';
import { planSources, type SourcePlan } from './source-plan';

/** Builds the network (or one SDG's subgraph) from the input and runs simulateHub on it. */
export function analyzeHubWhatIf(input: NetworkInput, hub: HypotheticalHub, options: WhatIfOptions = {}): WhatIfResult {
  const { graph } = buildNetworkGraph(input);
  const scoped = options.sdg === undefined ? graph : sdgSubgraph(graph, options.sdg);
  return simulateHub(scoped, hub, options);
}

/**
 * What changes if a new hub joins these members: the hub becomes a node tied (`member_of`, weight 1) to each member.
 * The hub counts as a node in the "after" centralizations (it is one), and only as a pass-through in path lengths and
 * reach, which are about organizations. Sampled scopes use the same pivots before and after (the analysis' pivots for
 * that scope), so the difference is not sampling noise. `graph` is modified during the call and restored before it
 * returns.
 */
export function simulateHub(graph: NetworkGraph, hub: HypotheticalHub, options: WhatIfOptions = {}): WhatIfResult {
  if (graph.hasNode(hub.id)) throw new Error(`the hypothetical hub's id "${hub.id}" is already an organization`);
  const scope = options.sdg === undefined ? 'all' : `sdg:${options.sdg}`;
  const defaults = resolveAnalysisOptions(options);
  const seed = scopeSeed(defaults.seed, scope);
  const betweennessSettings = { exactThreshold: defaults.exactThreshold, pivots: defaults.pivots, seed };
  const pathSettings = { exactThreshold: defaults.exactThreshold, pivots: defaults.closenessPivots, seed };
  const members = [...new Set(hub.memberIds)].filter((id) => graph.hasNode(id));
  const ignoredMemberIds = [...new Set(hub.memberIds)].filter((id) => !graph.hasNode(id));

  const adj = toAdjacency(graph);
  const n = adj.ids.length;
  const plans = { betweenness: planSources(n, betweennessSettings), paths: planSources(n, pathSettings) };
  const memberIndices = members.map((id) => adj.indexOf.get(id)!);
  const bfs = new BoundedBfs(adj);
  const [, within1, within2] = bfs.within(memberIndices, 2);
  const before = snapshot(graph, adj, plans);
  const reachBefore = meanMemberReach(bfs, memberIndices);

  graph.addNode(hub.id, { name: hub.name ?? hub.id, sector: 'hub', country: null, sdgs: [] });
  try {
    for (const member of members) graph.addEdge(hub.id, member, { weight: 1, kinds: ['member_of'] });
    const adjAfter = toAdjacency(graph);
    const hubIndex = adjAfter.indexOf.get(hub.id)!;
    const organizationsOnly = new Uint8Array(n + 1).fill(1);
    organizationsOnly[hubIndex] = 0;
    const after = snapshot(graph, adjAfter, plans, hubIndex, organizationsOnly);
    const reachAfter = meanMemberReach(new BoundedBfs(adjAfter, organizationsOnly), memberIndices);
    const share = (count: number) => (n > 0 ? count / n : 0);
    return {
      scope,
      organizations: n,
      members,
      ignoredMemberIds,
      reach: {
        within1: { count: within1, share: share(within1) },
        within2: { count: within2, share: share(within2) },
      },
      memberReach: { before: reachBefore, after: reachAfter },
      before,
      after,
    };
  } finally {
    graph.dropNode(hub.id);
  }
}

/**
 * Centralizations and path lengths of a graph. Organization indices are the same before and after (graphology appends
 * the new hub last), so the pivots are reused; with the hub present, its own dependencies are added exactly on top
 * of the organizations' (sampled) ones.
 */
function snapshot(
  graph: NetworkGraph,
  adj: Adjacency,
  plans: { betweenness: SourcePlan; paths: SourcePlan },
  hubIndex?: number,
  countable?: Uint8Array,
): NetworkSnapshot {
  const { betweenness: plan, paths } = plans;
  let raw: Float64Array;
  if (plan.method.method === 'exact') {
    raw = exactBetweenness(graph, adj);
  } else {
    raw = pivotBetweenness(adj, plan.sources, plan.population);
    if (hubIndex !== undefined) {
      const fromHub = pivotBetweenness(adj, [hubIndex], 1);
      for (let i = 0; i < raw.length; i++) raw[i] += fromHub[i];
    }
  }
  const degrees = Int32Array.from(adj.ids, (id) => graph.degree(id));
  return {
    degreeCentralization: degreeCentralization(degrees),
    betweennessCentralization: betweennessCentralization(normaliseBetweenness(raw)),
    pathLength: pathLengthSummary(sweepDistances(adj, paths.sources, countable), paths.method),
  };
}

/** Mean number of other organizations each member reaches within 2 hops. */
function meanMemberReach(bfs: BoundedBfs, members: number[]): number {
  if (members.length === 0) return 0;
  let total = 0;
  for (const member of members) total += bfs.within([member], 2)[2] - 1;
  return total / members.length;
}
