import louvain from 'graphology-communities-louvain';
import type { Adjacency } from './adjacency';
import type { NetworkGraph } from './network-graph';
import { seededRandom } from './seeded-random';

export interface Communities {
  /** Community of each node (adjacency order), renumbered by size: 0 is the largest. */
  ofNode: Int32Array;
  count: number;
  modularity: number;
}

/** Weighted Louvain (graphology-communities-louvain) with a seeded traversal order, so reruns give the same split. */
export function detectCommunities(
  graph: NetworkGraph,
  adj: Adjacency,
  settings: { seed: number; resolution: number },
): Communities {
  const detailed = louvain.detailed(graph, {
    getEdgeWeight: 'weight',
    resolution: settings.resolution,
    rng: seededRandom(settings.seed),
  });
  const raw = Int32Array.from(adj.ids, (id) => detailed.communities[id]);
  const sizes = new Map<number, number>();
  for (const community of raw) sizes.set(community, (sizes.get(community) ?? 0) + 1);
  // Largest first; equal sizes keep the order in which their first node appears.
  const ranked = [...sizes.entries()].sort((a, b) => b[1] - a[1]).map(([community]) => community);
  const renumber = new Map(ranked.map((community, rank) => [community, rank]));
  return {
    ofNode: raw.map((community) => renumber.get(community)!),
    count: sizes.size,
    modularity: Number.isFinite(detailed.modularity) ? detailed.modularity : 0,
  };
}
