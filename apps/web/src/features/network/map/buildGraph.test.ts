import { describe, expect, it } from 'vitest';
import { EDGES, GRAPH, mapColumns, metrics, node, NODES } from '../testing';
import { buildGraph, initialPositions, NODE_SIZE, nodeSize, resizeNodes, sizeRange } from './buildGraph';
import { SECTOR_COLORS, TIE_STYLES } from './palette';

describe('nodeSize', () => {
  it('maps 0..max to min..max by the square root (areas compare like values)', () => {
    expect(nodeSize(1, 1)).toBe(NODE_SIZE.max);
    expect(nodeSize(0.25, 1)).toBeCloseTo(NODE_SIZE.min + (NODE_SIZE.max - NODE_SIZE.min) * 0.5);
    expect(nodeSize(0, 1)).toBe(NODE_SIZE.min);
  });

  it('shrinks the range for large maps', () => {
    expect(sizeRange(100)).toEqual(NODE_SIZE);
    expect(sizeRange(1_000).max).toBeLessThan(NODE_SIZE.max);
    expect(sizeRange(5_000)).toEqual({ min: 1.2, max: 6 });
    expect(sizeRange(50_000)).toEqual({ min: 1.2, max: 6 });
  });

  it('gives the smallest size without a value or without any positive value in the scope', () => {
    expect(nodeSize(null, 1)).toBe(NODE_SIZE.min);
    expect(nodeSize(0.5, 0)).toBe(NODE_SIZE.min);
  });
});

describe('buildGraph', () => {
  it('makes one node per organization, coloured by sector, labelled by its short name', () => {
    const graph = buildGraph(GRAPH, 'pagerank');
    expect(graph.order).toBe(3);
    expect(graph.getNodeAttribute('org-gavi', 'color')).toBe(SECTOR_COLORS.philanthropy);
    expect(graph.getNodeAttribute('org-who', 'color')).toBe(SECTOR_COLORS.intergovernmental);
    expect(graph.getNodeAttribute('org-gavi', 'label')).toBe('Gavi');
    expect(graph.getNodeAttribute('org-path', 'label')).toBe('PATH');
  });

  it('sizes nodes by the chosen centrality, the largest at the maximum size', () => {
    const byPagerank = buildGraph(GRAPH, 'pagerank');
    expect(byPagerank.getNodeAttribute('org-gavi', 'size')).toBe(NODE_SIZE.max);
    expect(byPagerank.getNodeAttribute('org-path', 'size')).toBeCloseTo(nodeSize(0.1, 0.5));
    const byBetweenness = buildGraph(GRAPH, 'betweenness');
    expect(byBetweenness.getNodeAttribute('org-path', 'size')).toBe(NODE_SIZE.min);
    expect(byBetweenness.getNodeAttribute('org-who', 'size')).toBeCloseTo(nodeSize(0.1, 1));
  });

  it('draws a tie as its declared kind over co-membership', () => {
    const graph = buildGraph(GRAPH, 'pagerank');
    expect(graph.size).toBe(2);
    const funds = graph.getEdgeAttributes(graph.edge('org-gavi', 'org-who')!);
    expect(funds.kind).toBe('funds');
    expect(funds.color).toBe(TIE_STYLES.funds.color);
    expect(funds.size).toBeGreaterThan(TIE_STYLES.funds.size);
    const coMember = graph.getEdgeAttributes(graph.edge('org-path', 'org-gavi')!);
    expect(coMember).toMatchObject({ kind: 'co_member', color: TIE_STYLES.co_member.color });
  });

  it('skips ties to organizations outside the map, self-ties and repeats', () => {
    const graph = buildGraph(
      mapColumns(NODES, [
        ...EDGES,
        { source: 'org-who', target: 'org-gavi', kinds: ['partners_with'], weight: 1 },
        { source: 'org-who', target: 'org-elsewhere', kinds: ['funds'], weight: 1 },
        { source: 'org-who', target: 'org-who', kinds: ['funds'], weight: 1 },
      ]),
      'degree',
    );
    expect(graph.size).toBe(2);
  });

  it('reads the columns: ends by index, kinds from their set, metrics null until analysed', () => {
    const graph = buildGraph(
      mapColumns([...NODES, node('org-new', 'New', 'faith', { metrics: null })], EDGES),
      'pagerank',
    );
    expect(graph.getEdgeAttributes(graph.edge('org-who', 'org-gavi')!)).toMatchObject({
      kinds: ['co_member', 'funds'],
      weight: 3,
    });
    expect(graph.getNodeAttributes('org-new')).toMatchObject({ metrics: null, size: sizeRange(4).min });
    expect(graph.getNodeAttribute('org-who', 'metrics')).toEqual(metrics());
  });

  it('resizes in place, positions kept', () => {
    const graph = buildGraph(GRAPH, 'pagerank');
    const before = graph.getNodeAttributes('org-path');
    resizeNodes(graph, 'degree');
    expect(graph.getNodeAttribute('org-path', 'size')).toBeCloseTo(nodeSize(1, 2));
    expect(graph.getNodeAttribute('org-path', 'x')).toBe(before.x);
    expect(graph.getNodeAttribute('org-path', 'y')).toBe(before.y);
  });
});

describe('initialPositions', () => {
  const nodes = Array.from({ length: 200 }, (_, i) =>
    node(`org-${i}`, `Org ${i}`, 'ngo', { metrics: metrics({ community: i % 4 }) }),
  );

  it('is the same on every call, and differs between organizations', () => {
    const a = initialPositions(nodes);
    const b = initialPositions([...nodes].reverse());
    expect([...a.entries()].sort()).toEqual([...b.entries()].sort());
    expect(a.get('org-1')).not.toEqual(a.get('org-2'));
  });

  it('starts the members of a community closer to each other than to the others', () => {
    const positions = initialPositions(nodes);
    const distance = (i: number, j: number) => {
      const p = positions.get(`org-${i}`)!;
      const q = positions.get(`org-${j}`)!;
      return Math.hypot(p.x - q.x, p.y - q.y);
    };
    let within = 0;
    let across = 0;
    for (let i = 0; i < 100; i++) {
      within += distance(i, i + 4);
      across += distance(i, i + 1);
    }
    expect(within).toBeLessThan(across);
  });
});
