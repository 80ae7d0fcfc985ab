import { createNetworkGraph, type NetworkGraph } from './network-graph';

/**
 * The subgraph induced by the organizations working on one SDG. Hand-written: the induced-subgraph operator lives in
 * graphology-operators, which is not among this module's dependencies, and this is a dozen lines.
 */
export function sdgSubgraph(graph: NetworkGraph, sdg: number): NetworkGraph {
  const sub = createNetworkGraph();
  graph.forEachNode((node, attrs) => {
    if (attrs.sdgs.includes(sdg)) sub.addNode(node, attrs);
  });
  graph.forEachEdge((_edge, attrs, source, target) => {
    if (sub.hasNode(source) && sub.hasNode(target)) sub.addEdge(source, target, attrs);
  });
  return sub;
}
