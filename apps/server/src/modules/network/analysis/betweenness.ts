import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import type { Adjacency } from './adjacency';
import type { NetworkGraph } from './network-graph';
import type { SourcePlan } from './source-plan';

export interface BetweennessValues {
  /** Shortest paths through each node over unordered pairs of other nodes (hop distances). */
  raw: Float64Array;
  /** raw / ((n-1)(n-2)/2), in [0, 1]. */
  normalised: Float64Array;
}

/**
 * Betweenness on hop distances. Tie weights measure strength, not length, so they stay out of shortest paths (they
 * weigh in degree, PageRank and Louvain). Exact plans use graphology-metrics; sampled plans use the pivot estimator.
 */
export function betweenness(graph: NetworkGraph, adj: Adjacency, plan: SourcePlan): BetweennessValues {
  const raw =
    plan.method.method === 'exact'
      ? exactBetweenness(graph, adj)
      : pivotBetweenness(adj, plan.sources, plan.population);
  return { raw, normalised: normaliseBetweenness(raw) };
}

export function exactBetweenness(graph: NetworkGraph, adj: Adjacency): Float64Array {
  if (graph.order === 0) return new Float64Array(0); // the library's stack refuses a capacity of 0
  const byId = betweennessCentrality(graph, { getEdgeWeight: null, normalized: false });
  return Float64Array.from(adj.ids, (id) => byId[id]);
}

/** Divides by the (n-1)(n-2)/2 pairs of other nodes. */
export function normaliseBetweenness(raw: Float64Array): Float64Array {
  const n = raw.length;
  const pairs = ((n - 1) * (n - 2)) / 2;
  return raw.map((value) => (pairs > 0 ? value / pairs : 0));
}

/**
 * Brandes & Pich (2007): accumulate Brandes' dependencies from k pivots only and scale by n/k, an unbiased estimate of
 * the all-sources sum. Hand-written on the CSR: graphology-metrics has no pivot option, and graphology-shortest-path's
 * indexed Brandes counts paths in a Uint32Array (wraps past 2^32 shortest paths) and allocates a predecessor list per
 * node per source; here predecessors are re-derived from distances (d(v) = d(w) - 1) and counts are doubles.
 * With every node as a pivot this is exact (the spec checks it against graphology-metrics). `population`: how many
 * nodes the pivots stand for (default: all), so separately drawn strata can be added up.
 */
export function pivotBetweenness(adj: Adjacency, pivots: ArrayLike<number>, population = adj.ids.length): Float64Array {
  const n = adj.ids.length;
  const { starts, neighbors } = adj;
  const sums = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  for (let p = 0; p < pivots.length; p++) {
    const source = pivots[p];
    let head = 0;
    let tail = 0;
    order[tail++] = source;
    dist[source] = 0;
    sigma[source] = 1;
    while (head < tail) {
      const v = order[head++];
      const next = dist[v] + 1;
      const sv = sigma[v];
      for (let j = starts[v], end = starts[v + 1]; j < end; j++) {
        const w = neighbors[j];
        if (dist[w] === -1) {
          dist[w] = next;
          order[tail++] = w;
        }
        if (dist[w] === next) sigma[w] += sv;
      }
    }
    // Back-propagate in reverse BFS order (order[] is sorted by distance); the source itself gets nothing.
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i];
      const previous = dist[w] - 1;
      const coefficient = (1 + delta[w]) / sigma[w];
      for (let j = starts[w], end = starts[w + 1]; j < end; j++) {
        const v = neighbors[j];
        if (dist[v] === previous) delta[v] += sigma[v] * coefficient;
      }
      sums[w] += delta[w];
    }
    for (let i = 0; i < tail; i++) {
      const v = order[i];
      dist[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
  }
  // Each unordered pair is seen from both ends over all sources: halve, then scale the sample up to its population.
  const scale = (0.5 * population) / Math.max(1, pivots.length);
  for (let i = 0; i < n; i++) sums[i] *= scale;
  return sums;
}
