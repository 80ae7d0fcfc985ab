import { UndirectedGraph } from 'graphology';
import type { NetworkInput, TieKind } from './network-types';

export interface OrganizationAttributes {
  name: string;
  sector: string;
  country: string | null;
  sdgs: number[];
}

/** One edge per pair of organizations: parallel ties summed, their kinds kept. */
export interface TieAttributes {
  weight: number;
  kinds: TieKind[];
}

/** Undirected, weighted, simple (no parallel edges, no self-loops). */
export type NetworkGraph = UndirectedGraph<OrganizationAttributes, TieAttributes>;

export interface BuildStats {
  organizations: number;
  ties: number;
  edges: number;
  droppedTies: { selfLoops: number; unknownOrganization: number; invalidWeight: number };
}

export function createNetworkGraph(): NetworkGraph {
  return new UndirectedGraph<OrganizationAttributes, TieAttributes>({ allowSelfLoops: false });
}

/** Builds the organization graph; a duplicate organization id keeps its first record. */
export function buildNetworkGraph(input: NetworkInput): { graph: NetworkGraph; stats: BuildStats } {
  const graph = createNetworkGraph();
  for (const org of input.organizations) {
    if (!graph.hasNode(org.id)) {
      graph.addNode(org.id, { name: org.name, sector: org.sector, country: org.country, sdgs: org.sdgs });
    }
  }
  const droppedTies = { selfLoops: 0, unknownOrganization: 0, invalidWeight: 0 };
  for (const tie of input.ties) {
    if (tie.source === tie.target) droppedTies.selfLoops++;
    else if (!graph.hasNode(tie.source) || !graph.hasNode(tie.target)) droppedTies.unknownOrganization++;
    else if (!(Number.isFinite(tie.weight) && tie.weight > 0)) droppedTies.invalidWeight++;
    else graph.updateEdge(tie.source, tie.target, (attrs) => mergeTie(attrs, tie.kind, tie.weight));
  }
  const stats = { organizations: graph.order, ties: input.ties.length, edges: graph.size, droppedTies };
  return { graph, stats };
}

function mergeTie(attrs: Partial<TieAttributes>, kind: TieKind, weight: number): TieAttributes {
  const kinds = attrs.kinds ?? [];
  return { weight: (attrs.weight ?? 0) + weight, kinds: kinds.includes(kind) ? kinds : [...kinds, kind] };
}
