import type { CentralityColumnsDto, CentralityDto, NetworkGraphDto, Sector, TieKind } from '@hubspoke/contracts';
import Graph from 'graphology';
import type { SizeMetric } from '../hooks/useNetworkFilters';
import { edgeStyle, SECTOR_COLORS } from './palette';

export interface MapNodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  name: string;
  /** null for a hub of the hub layer */
  sector: Sector | null;
  metrics: CentralityDto | null;
  /** A hub of the hub layer: its public page's slug. */
  hubSlug?: string;
  forceLabel?: boolean;
  zIndex?: number;
}

export interface MapEdgeAttributes {
  size: number;
  color: string;
  /** The kind the tie is drawn as; a parent → child link of the hub layer is `federation`. */
  kind: TieKind | 'federation';
  /** Sigma's program: the hub layer's links are arrows. */
  type?: 'arrow';
  kinds: TieKind[];
  weight: number;
}

export type MapGraph = Graph<MapNodeAttributes, MapEdgeAttributes>;

/** Node radius in screen pixels at the default zoom, from the smallest to the most central organization. */
export const NODE_SIZE = { min: 3, max: 16 } as const;

/** Smaller nodes for larger maps (down to radii of 1.2 to 6 px), so thousands do not cover each other at first sight. */
export function sizeRange(order: number): { min: number; max: number } {
  const max = Math.min(NODE_SIZE.max, Math.max(6, NODE_SIZE.max * (300 / Math.max(1, order)) ** 0.35));
  return { min: Math.min(NODE_SIZE.min, max / 5), max };
}

export function metricValue(metrics: CentralityDto | null, metric: SizeMetric): number | null {
  return metrics ? metrics[metric] : null;
}

/** Radius by area: the square root of the value's share of the scope's largest, so areas compare like values. */
export function nodeSize(value: number | null, max: number, range: { min: number; max: number } = NODE_SIZE): number {
  if (value === null || !(max > 0) || !(value > 0)) return range.min;
  return range.min + (range.max - range.min) * Math.sqrt(Math.min(1, value / max));
}

function maxOf(values: Iterable<number | null>): number {
  let max = 0;
  for (const value of values) if (value !== null && value > max) max = value;
  return max;
}

/** 32-bit FNV-1a: the same id gives the same position on every machine and every load. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Two numbers in [0, 1) derived from an id (mulberry32 seeded with its hash). */
function unitPair(id: string): [number, number] {
  let seed = hash(id);
  const next = () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return [next(), next()];
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Deterministic starting positions for the layout: each community (from the analysis) a disc sized by its members,
 * the discs on a sunflower spiral, largest at the centre; an organization's place in its disc comes from its id.
 */
export function initialPositions(
  nodes: { id: string; metrics: CentralityDto | null }[],
): Map<string, { x: number; y: number }> {
  const sizes = new Map<number, number>();
  for (const node of nodes) {
    const community = node.metrics?.community ?? -1;
    sizes.set(community, (sizes.get(community) ?? 0) + 1);
  }
  const order = [...sizes.keys()].sort((a, b) => sizes.get(b)! - sizes.get(a)! || a - b);
  const centres = new Map<number, { x: number; y: number; r: number }>();
  let placed = 0;
  order.forEach((community, k) => {
    const count = sizes.get(community)!;
    const distance = k === 0 ? 0 : Math.sqrt(placed + count / 2) * 2;
    centres.set(community, {
      x: distance * Math.cos(k * GOLDEN_ANGLE),
      y: distance * Math.sin(k * GOLDEN_ANGLE),
      r: Math.sqrt(count),
    });
    placed += count;
  });
  const positions = new Map<string, { x: number; y: number }>();
  for (const node of nodes) {
    const centre = centres.get(node.metrics?.community ?? -1)!;
    const [u, v] = unitPair(node.id);
    const r = centre.r * Math.sqrt(u);
    positions.set(node.id, {
      x: centre.x + r * Math.cos(2 * Math.PI * v),
      y: centre.y + r * Math.sin(2 * Math.PI * v),
    });
  }
  return positions;
}

/** Organization i's centralities from the api's columns; null when it has not been analysed yet. */
function centralityAt(columns: CentralityColumnsDto, i: number): CentralityDto | null {
  const { degree, weightedDegree, betweenness, closeness, pagerank, community } = columns;
  const degreeOf = degree[i];
  if (degreeOf == null) return null;
  return {
    degree: degreeOf,
    weightedDegree: weightedDegree[i] ?? 0,
    betweenness: betweenness[i] ?? 0,
    closeness: closeness[i] ?? 0,
    pagerank: pagerank[i] ?? 0,
    community: community[i] ?? 0,
  };
}

/**
 * The map's graph from the api's columns: sector colours, sizes by the chosen centrality, ties styled by kind. Ties
 * name their ends by index; one to an index outside the map, to itself or repeated is left out.
 */
export function buildGraph({ nodes, edges }: Pick<NetworkGraphDto, 'nodes' | 'edges'>, sizeBy: SizeMetric): MapGraph {
  const graph: MapGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const organizations = nodes.id.map((id, i) => ({ id, metrics: centralityAt(nodes.metrics, i) }));
  const positions = initialPositions(organizations);
  const max = maxOf(organizations.map((o) => metricValue(o.metrics, sizeBy)));
  const range = sizeRange(organizations.length);
  organizations.forEach(({ id, metrics }, i) => {
    if (graph.hasNode(id)) return;
    const name = nodes.name[i]!;
    const sector = nodes.sector[i]!;
    graph.addNode(id, {
      ...positions.get(id)!,
      size: nodeSize(metricValue(metrics, sizeBy), max, range),
      color: SECTOR_COLORS[sector] ?? '#868e96',
      label: nodes.shortName[i] ?? name,
      name,
      sector,
      metrics,
    });
  });
  edges.source.forEach((s, e) => {
    const source = nodes.id[s];
    const target = nodes.id[edges.target[e]!];
    if (source === undefined || target === undefined || source === target || graph.hasEdge(source, target)) return;
    const kinds = edges.kindSets[edges.kinds[e]!] ?? [];
    const weight = edges.weight[e]!;
    graph.addEdge(source, target, { ...edgeStyle(kinds, weight), kinds, weight });
  });
  return graph;
}

/** Sizes the organizations by another centrality, in place (positions kept); the hub layer's hubs keep theirs. */
export function resizeNodes(graph: MapGraph, sizeBy: SizeMetric): void {
  const max = maxOf(graph.mapNodes((_node, attributes) => metricValue(attributes.metrics, sizeBy)));
  const range = sizeRange(graph.order);
  graph.updateEachNodeAttributes(
    (_node, attributes) =>
      attributes.hubSlug
        ? attributes
        : { ...attributes, size: nodeSize(metricValue(attributes.metrics, sizeBy), max, range) },
    { attributes: ['size'] },
  );
}
