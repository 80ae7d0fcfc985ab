import { analyzeNetwork } from './analyze-network';
import { clique, networkOf } from './network-fixtures.testing';

describe('Louvain communities and brokers', () => {
  // Two 6-cliques a0..a5 and b0..b5, joined by the single bridge a5-b0.
  const input = networkOf([...clique('a', 6), ...clique('b', 6), 'a5-b0']);
  const scope = analyzeNetwork(input, { sdgs: [] }).overall;
  const community = Object.fromEntries(scope.organizations.map((org) => [org.id, org.community]));

  it('finds two communities split exactly at the bridge', () => {
    expect(scope.communityCount).toBe(2);
    const a = new Set(['a0', 'a1', 'a2', 'a3', 'a4', 'a5'].map((id) => community[id]));
    const b = new Set(['b0', 'b1', 'b2', 'b3', 'b4', 'b5'].map((id) => community[id]));
    expect(a.size).toBe(1);
    expect(b.size).toBe(1);
    expect(community.a0).not.toBe(community.b0);
    expect(scope.modularity).toBeGreaterThan(0.4);
  });

  it('names the bridge endpoints as the brokers, with the parts of the rule', () => {
    expect(scope.brokers.map((broker) => broker.id).sort()).toEqual(['a5', 'b0']);
    const a5 = scope.brokers.find((broker) => broker.id === 'a5')!;
    // a5 carries the 5 × 6 pairs between a0..a4 and the b clique: raw 30 of (11 · 10) / 2 = 55 pairs.
    expect(a5.betweenness).toBeCloseTo(30 / 55, 9);
    expect(a5).toMatchObject({ degree: 6, communitiesLinked: 2 });
    expect(a5.score).toBeCloseTo(30 / 55 / (6 / 11), 9);
  });

  it('is deterministic for a given seed', () => {
    const again = analyzeNetwork(input, { sdgs: [] }).overall;
    expect(again.organizations).toEqual(scope.organizations);
  });
});
