import { toAdjacency } from './adjacency';
import { analyzeNetwork } from './analyze-network';
import { exactBetweenness, pivotBetweenness } from './betweenness';
import { buildNetworkGraph } from './network-graph';
import { networkOf, preferentialAttachment } from './network-fixtures.testing';
import type { NetworkInput, OrganizationMetrics, ScopeAnalysis } from './network-types';

function overall(input: NetworkInput): ScopeAnalysis {
  return analyzeNetwork(input, { sdgs: [] }).overall;
}

function byId(scope: ScopeAnalysis): Record<string, OrganizationMetrics> {
  return Object.fromEntries(scope.organizations.map((org) => [org.id, org]));
}

function expectClose(actual: Record<string, number>, expected: Record<string, number>) {
  const close = Object.fromEntries(Object.entries(expected).map(([id, value]) => [id, expect.closeTo(value, 9)]));
  expect(actual).toEqual(close);
}

const pick = (scope: ScopeAnalysis, metric: keyof OrganizationMetrics) =>
  Object.fromEntries(scope.organizations.map((org) => [org.id, org[metric] as number]));

describe('centralities on small graphs, checked by hand (hop distances)', () => {
  it('path a-b-c-d-e: degree, raw and normalised betweenness, harmonic closeness', () => {
    const scope = overall(networkOf(['a-b', 'b-c', 'c-d', 'd-e']));
    expect(pick(scope, 'degree')).toEqual({ a: 1, b: 2, c: 2, d: 2, e: 1 });
    // Raw: unordered pairs of other nodes whose shortest path runs through the node. c: (a,d) (a,e) (b,d) (b,e).
    expectClose(pick(scope, 'betweennessRaw'), { a: 0, b: 3, c: 4, d: 3, e: 0 });
    // Normalised: raw / ((n-1)(n-2)/2) = raw / 6.
    expectClose(pick(scope, 'betweenness'), { a: 0, b: 0.5, c: 4 / 6, d: 0.5, e: 0 });
    // Harmonic: mean of 1/d over the 4 others. a: (1 + 1/2 + 1/3 + 1/4) / 4.
    expectClose(pick(scope, 'closeness'), { a: 25 / 48, b: 17 / 24, c: 3 / 4, d: 17 / 24, e: 25 / 48 });
    expect(scope.methods.betweenness).toEqual({ method: 'exact' });
  });

  it('star with 4 leaves: the centre takes every path; PageRank sums to 1 and ranks it first', () => {
    const scope = overall(networkOf(['s-l1', 's-l2', 's-l3', 's-l4']));
    const orgs = byId(scope);
    expect(orgs.s.degree).toBe(4);
    expect(orgs.s.betweennessRaw).toBeCloseTo(6, 9); // C(4, 2) leaf pairs
    expect(orgs.s.betweenness).toBeCloseTo(1, 9);
    expect(orgs.l1.betweenness).toBe(0);
    expect(orgs.s.closeness).toBeCloseTo(1, 9);
    expect(orgs.l1.closeness).toBeCloseTo((1 + 3 / 2) / 4, 9);
    const total = scope.organizations.reduce((sum, org) => sum + org.pagerank, 0);
    expect(total).toBeCloseTo(1, 6);
    // Centre c = 0.15/5 + 0.85·4l, leaf l = 0.15/5 + 0.85·c/4  →  c = 0.132 / 0.2775, l = 0.03 + 0.2125c.
    expect(orgs.s.pagerank).toBeCloseTo(0.132 / 0.2775, 5);
    expect(orgs.l1.pagerank).toBeCloseTo(0.03 + (0.2125 * 0.132) / 0.2775, 5);
    expect([...scope.organizations].sort((a, b) => b.pagerank - a.pagerank)[0].id).toBe('s');
    expect(scope.degreeCentralization).toBeCloseTo(1, 9);
    expect(scope.betweennessCentralization).toBeCloseTo(1, 9);
  });

  it('triangle a-b-c with a tail c-d', () => {
    const scope = overall(networkOf(['a-b', 'b-c', 'a-c', 'c-d']));
    expect(pick(scope, 'degree')).toEqual({ a: 2, b: 2, c: 3, d: 1 });
    expectClose(pick(scope, 'betweennessRaw'), { a: 0, b: 0, c: 2, d: 0 });
    expectClose(pick(scope, 'betweenness'), { a: 0, b: 0, c: 2 / 3, d: 0 });
    expectClose(pick(scope, 'closeness'), { a: 5 / 6, b: 5 / 6, c: 1, d: 2 / 3 });
    // Freeman: Σ(3 - deg) / ((n-1)(n-2)) = 4/6; Σ(max - b) / (n-1) = 2 / 3.
    expect(scope.degreeCentralization).toBeCloseTo(4 / 6, 9);
    expect(scope.betweennessCentralization).toBeCloseTo(2 / 3, 9);
    expect(scope.pathLength.connectedMean).toBeCloseTo((1 + 1 + 2 + 1 + 2 + 1) / 6, 9);
  });

  it('merges parallel ties: one edge, summed weight, both kinds; weighted degree follows', () => {
    const input = networkOf(['a-b', 'b-c']);
    input.ties.push(
      { source: 'b', target: 'a', kind: 'co_member', weight: 2 },
      { source: 'a', target: 'a', kind: 'funds', weight: 1 },
    );
    input.ties.push(
      { source: 'a', target: 'zz', kind: 'funds', weight: 1 },
      { source: 'a', target: 'c', kind: 'funds', weight: 0 },
    );
    const { graph, stats } = buildNetworkGraph(input);
    expect(graph.size).toBe(2);
    expect(graph.getEdgeAttributes(graph.edge('a', 'b')!)).toEqual({
      weight: 3,
      kinds: ['partners_with', 'co_member'],
    });
    expect(stats.droppedTies).toEqual({ selfLoops: 1, unknownOrganization: 1, invalidWeight: 1 });
    const orgs = byId(overall(input));
    expect([orgs.a.degree, orgs.a.weightedDegree, orgs.b.degree, orgs.b.weightedDegree]).toEqual([1, 3, 2, 4]);
  });

  it('the pivot estimator with every node as a pivot equals graphology-metrics exact betweenness', () => {
    const { graph } = buildNetworkGraph(preferentialAttachment(300, 3, 7));
    const adj = toAdjacency(graph);
    const exact = exactBetweenness(graph, adj);
    const allPivots = pivotBetweenness(
      adj,
      Int32Array.from(adj.ids, (_, i) => i),
    );
    for (let i = 0; i < exact.length; i++) expect(allPivots[i]).toBeCloseTo(exact[i], 6);
  });
});
