import type { NetworkGraph } from './network-graph';

/**
 * Compressed adjacency (CSR) of a graph, nodes numbered in the graph's iteration order (the order graphology-metrics'
 * indices use too). Hand-written: the library's NeighborhoodIndex sits in graphology-indices, an internal package of
 * graphology-metrics, and the breadth-first sweeps here need plain typed arrays.
 */
export interface Adjacency {
  ids: string[];
  indexOf: Map<string, number>;
  /** neighbours of node i are neighbors[starts[i] .. starts[i + 1]). */
  starts: Int32Array;
  neighbors: Int32Array;
}

export function toAdjacency(graph: NetworkGraph): Adjacency {
  const ids = graph.nodes();
  const indexOf = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) indexOf.set(ids[i], i);
  const starts = new Int32Array(ids.length + 1);
  const neighbors = new Int32Array(graph.size * 2);
  let at = 0;
  for (let i = 0; i < ids.length; i++) {
    starts[i] = at;
    graph.forEachNeighbor(ids[i], (neighbor) => {
      neighbors[at++] = indexOf.get(neighbor)!;
    });
  }
  starts[ids.length] = at;
  return { ids, indexOf, starts, neighbors };
}
