import type { CentralityDto, NetworkGraphDto, Sector, TieKind } from '@hubspoke/contracts';
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
  sector: Sector;
  metrics: CentralityDto | null;
}

export interface MapEdgeAttributes {
  size: number;
  color: string;
  /** The kind the tie is drawn as. */
  kind: TieKind;
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

/** The map's graph from the api's: sector colours, sizes by the chosen centrality, ties styled by kind. */
export function buildGraph(dto: Pick<NetworkGraphDto, 'nodes' | 'edges'>, sizeBy: SizeMetric): MapGraph {
  const graph: MapGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const positions = initialPositions(dto.nodes);
  const max = maxOf(dto.nodes.map((n) => metricValue(n.metrics, sizeBy)));
  const range = sizeRange(dto.nodes.length);
  for (const node of dto.nodes) {
    if (graph.hasNode(node.id)) continue;
    graph.addNode(node.id, {
      ...positions.get(node.id)!,
      size: nodeSize(metricValue(node.metrics, sizeBy), max, range),
      color: SECTOR_COLORS[node.sector] ?? '#868e96',
      label: node.shortName ?? node.name,
      name: node.name,
      sector: node.sector,
      metrics: node.metrics,
    });
  }
  for (const edge of dto.edges) {
    if (edge.source === edge.target || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    if (graph.hasEdge(edge.source, edge.target)) continue;
    graph.addEdge(edge.source, edge.target, {
      ...edgeStyle(edge.kinds, edge.weight),
      kinds: edge.kinds,
      weight: edge.weight,
    });
  }
  return graph;
}

/** Sizes the nodes by another centrality, in place (positions kept). */
export function resizeNodes(graph: MapGraph, sizeBy: SizeMetric): void {
  const max = maxOf(graph.mapNodes((_node, attributes) => metricValue(attributes.metrics, sizeBy)));
  const range = sizeRange(graph.order);
  graph.updateEachNodeAttributes(
    (_node, attributes) => ({ ...attributes, size: nodeSize(metricValue(attributes.metrics, sizeBy), max, range) }),
    { attributes: ['size'] },
  );
}
