import type { Adjacency } from './adjacency';

/**
 * How many countable nodes lie within 0, ≤1, ≤2 … ≤maxHops hops of a set of sources (sources included when
 * countable). Hand-written: graphology-traversal is not a dependency, and the what-if runs it once per member.
 */
export class BoundedBfs {
  private readonly depth: Int32Array;
  private readonly queue: Int32Array;

  constructor(
    private readonly adj: Adjacency,
    private readonly countable?: Uint8Array,
  ) {
    this.depth = new Int32Array(adj.ids.length).fill(-1);
    this.queue = new Int32Array(adj.ids.length);
  }

  /** counts[h] = countable nodes at distance ≤ h from the nearest source. */
  within(sources: Iterable<number>, maxHops: number): number[] {
    const { depth, queue, countable } = this;
    const { starts, neighbors } = this.adj;
    const atDepth = new Array<number>(maxHops + 1).fill(0);
    let tail = 0;
    for (const source of sources) {
      if (depth[source] !== -1) continue;
      depth[source] = 0;
      queue[tail++] = source;
    }
    for (let head = 0; head < tail; head++) {
      const v = queue[head];
      if (!countable || countable[v]) atDepth[depth[v]]++;
      if (depth[v] === maxHops) continue;
      for (let j = starts[v], end = starts[v + 1]; j < end; j++) {
        const w = neighbors[j];
        if (depth[w] === -1) {
          depth[w] = depth[v] + 1;
          queue[tail++] = w;
        }
      }
    }
    for (let i = 0; i < tail; i++) depth[queue[i]] = -1;
    for (let h = 1; h <= maxHops; h++) atDepth[h] += atDepth[h - 1];
    return atDepth;
  }
}
