import type { Adjacency } from './adjacency';

/** What breadth-first searches from a set of sources saw: per node inverse distances, and pair totals for path lengths. */
export interface DistanceSweep {
  /** Per node v: sum over the swept sources s ≠ v of 1/d(s, v) in hops (unreachable: 0). */
  inverseSums: Float64Array;
  /** Per node: 1 when it was a source. */
  isSource: Uint8Array;
  sourceCount: number;
  /** Ordered (source, target) pairs with target ≠ source, both countable. */
  pairs: number;
  connectedPairs: number;
  distanceSum: number;
  inverseDistanceSum: number;
}

/**
 * Unweighted BFS from each source over the CSR. Hand-written: graphology-metrics' closeness only offers Freeman and
 * Wasserman–Faust over all sources, and graphology-shortest-path's single-source BFS returns one object per source, too
 * slow for thousands of sweeps. `countable` (default: every node) marks the nodes that count as sources and targets;
 * the others (a hypothetical hub) are only passed through.
 */
export function sweepDistances(adj: Adjacency, sources: ArrayLike<number>, countable?: Uint8Array): DistanceSweep {
  const n = adj.ids.length;
  const { starts, neighbors } = adj;
  const inverseSums = new Float64Array(n);
  const isSource = new Uint8Array(n);
  const dist = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let countableNodes = n;
  if (countable) {
    countableNodes = 0;
    for (let i = 0; i < n; i++) countableNodes += countable[i];
  }
  let pairs = 0;
  let connectedPairs = 0;
  let distanceSum = 0;
  let inverseDistanceSum = 0;
  for (let s = 0; s < sources.length; s++) {
    const source = sources[s];
    isSource[source] = 1;
    pairs += countableNodes - 1;
    let head = 0;
    let tail = 0;
    queue[tail++] = source;
    dist[source] = 0;
    while (head < tail) {
      const v = queue[head++];
      const dv = dist[v];
      if (dv > 0 && (!countable || countable[v])) {
        const inverse = 1 / dv;
        inverseSums[v] += inverse;
        connectedPairs++;
        distanceSum += dv;
        inverseDistanceSum += inverse;
      }
      for (let j = starts[v], end = starts[v + 1]; j < end; j++) {
        const w = neighbors[j];
        if (dist[w] === -1) {
          dist[w] = dv + 1;
          queue[tail++] = w;
        }
      }
    }
    for (let i = 0; i < tail; i++) dist[queue[i]] = -1;
  }
  return { inverseSums, isSource, sourceCount: sources.length, pairs, connectedPairs, distanceSum, inverseDistanceSum };
}
