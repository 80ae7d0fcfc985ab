import { analyzeNetwork } from './analyze-network';
import { bridgedCommunities } from './network-fixtures.testing';
import type { ScopeAnalysis } from './network-types';

/** Ids ordered by a metric, highest first (ties by id, so the order is stable). */
function ranking(scope: ScopeAnalysis, metric: 'betweenness' | 'closeness'): string[] {
  return [...scope.organizations].sort((a, b) => b[metric] - a[metric] || (a.id < b.id ? -1 : 1)).map((o) => o.id);
}

function overlap(a: string[], b: string[]): number {
  const set = new Set(b);
  return a.filter((id) => set.has(id)).length;
}

/** Spearman's rho of two scorings over the given ids. */
function spearman(ids: string[], x: Map<string, number>, y: Map<string, number>): number {
  const ranks = (score: Map<string, number>) => {
    const ordered = [...ids].sort((a, b) => score.get(b)! - score.get(a)!);
    return new Map(ordered.map((id, i) => [id, i]));
  };
  const rx = ranks(x);
  const ry = ranks(y);
  const d2 = ids.reduce((sum, id) => sum + (rx.get(id)! - ry.get(id)!) ** 2, 0);
  return 1 - (6 * d2) / (ids.length * (ids.length ** 2 - 1));
}

describe('pivot-sampled betweenness and closeness on a 2,012-node network', () => {
  // 8 dense communities of 250 joined only through 12 low-degree bridges: degree cannot stand in for betweenness
  // (ranking by degree shares none of the exact top 10 here).
  const input = bridgedCommunities(8, 250, 12, 11);
  const exact = analyzeNetwork(input, { sdgs: [], exactThreshold: 5000 }).overall;
  const sampled = analyzeNetwork(input, { sdgs: [], exactThreshold: 1000, pivots: 256, seed: 3 }).overall;
  const value = (scope: ScopeAnalysis, metric: 'betweenness' | 'closeness') =>
    new Map(scope.organizations.map((o) => [o.id, o[metric]]));

  it('records which method each scope used', () => {
    expect(exact.methods.betweenness).toEqual({ method: 'exact' });
    expect(sampled.methods).toEqual({
      betweenness: { method: 'sampled', pivots: 256, seed: expect.any(Number) },
      closeness: { method: 'sampled', pivots: 1024, seed: expect.any(Number) },
    });
  });

  it('ranks the top nodes like exact Brandes', () => {
    const exactRank = ranking(exact, 'betweenness');
    const sampledRank = ranking(sampled, 'betweenness');
    expect(overlap(sampledRank.slice(0, 10), exactRank.slice(0, 10))).toBeGreaterThanOrEqual(8);
    expect(overlap(sampledRank.slice(0, 50), exactRank.slice(0, 50))).toBeGreaterThanOrEqual(45);
    const top100 = exactRank.slice(0, 100);
    expect(spearman(top100, value(exact, 'betweenness'), value(sampled, 'betweenness'))).toBeGreaterThan(0.95);
    const degreeRank = [...exact.organizations].sort((a, b) => b.degree - a.degree).map((o) => o.id);
    expect(overlap(degreeRank.slice(0, 10), exactRank.slice(0, 10))).toBeLessThan(3);
  });

  it('is scaled to the exact magnitude (n/k): totals and the top nodes agree', () => {
    const total = (scope: ScopeAnalysis) => scope.organizations.reduce((sum, o) => sum + o.betweennessRaw, 0);
    expect(total(sampled) / total(exact)).toBeGreaterThan(0.95);
    expect(total(sampled) / total(exact)).toBeLessThan(1.05);
    const exactValues = value(exact, 'betweenness');
    const sampledValues = value(sampled, 'betweenness');
    const top10 = ranking(exact, 'betweenness').slice(0, 10);
    const meanRelativeError =
      top10.reduce((sum, id) => sum + Math.abs(sampledValues.get(id)! / exactValues.get(id)! - 1), 0) / 10;
    expect(meanRelativeError).toBeLessThan(0.2);
    expect(Math.abs(sampled.betweennessCentralization - exact.betweennessCentralization)).toBeLessThan(0.05);
  });

  it('estimates harmonic closeness closely', () => {
    const exactValues = value(exact, 'closeness');
    const sampledValues = value(sampled, 'closeness');
    const errors = [...exactValues].map(([id, v]) => Math.abs(sampledValues.get(id)! - v) / v);
    expect(errors.reduce((sum, e) => sum + e, 0) / errors.length).toBeLessThan(0.02);
    expect(Math.max(...errors)).toBeLessThan(0.1);
    expect(sampled.pathLength.harmonicMean! / exact.pathLength.harmonicMean!).toBeCloseTo(1, 1);
  });
});
