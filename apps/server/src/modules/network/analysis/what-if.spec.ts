import { buildNetworkGraph } from './network-graph';
import { networkOf, organization, preferentialAttachment, tie } from './network-fixtures.testing';
import type { NetworkInput } from './network-types';
import { analyzeHubWhatIf, simulateHub } from './what-if';

describe('what-if: a hypothetical hub joining chosen members', () => {
  // Two disconnected paths a0-…-a4 and b0-…-b4; the hub joins their middles.
  const halves = networkOf(['a0-a1', 'a1-a2', 'a2-a3', 'a3-a4', 'b0-b1', 'b1-b2', 'b2-b3', 'b3-b4']);
  const hub = { id: 'new-hub', name: 'New hub', memberIds: ['a2', 'b2', 'a2', 'nobody'] };

  it('reports the reach of the members and how the hub changes it', () => {
    const result = analyzeHubWhatIf(halves, hub);
    expect(result).toMatchObject({
      scope: 'all',
      organizations: 10,
      members: ['a2', 'b2'],
      ignoredMemberIds: ['nobody'],
    });
    // Within 1 hop of a2 or b2: themselves and their two neighbours each; within 2 hops: everyone.
    expect(result.reach).toEqual({ within1: { count: 6, share: 0.6 }, within2: { count: 10, share: 1 } });
    // Each member reached the 4 others of its half within 2 hops; through the hub it also reaches the other member.
    expect(result.memberReach).toEqual({ before: 4, after: 5 });
  });

  it('joins the halves: shorter harmonic mean path length, all pairs connected, centralization up', () => {
    const { before, after } = analyzeHubWhatIf(halves, hub);
    // Before: Σ 1/d over ordered pairs = 2 × 2 × (4 + 3/2 + 2/3 + 1/4) over 90 pairs.
    const inverseWithin = 4 * (4 + 3 / 2 + 2 / 3 + 1 / 4);
    expect(before.pathLength.harmonicMean).toBeCloseTo(90 / inverseWithin, 9);
    // After: the 25 cross pairs at d = |i-2| + 2 + |j-2| add 2 × (1/2 + 4/3 + 8/4 + 8/5 + 4/6).
    const inverseAcross = 2 * (1 / 2 + 4 / 3 + 8 / 4 + 8 / 5 + 4 / 6);
    expect(after.pathLength.harmonicMean).toBeCloseTo(90 / (inverseWithin + inverseAcross), 9);
    expect(after.pathLength.harmonicMean!).toBeLessThan(before.pathLength.harmonicMean!);
    expect(before.pathLength.connectedPairShare).toBeCloseTo(40 / 90, 9);
    expect(after.pathLength.connectedPairShare).toBe(1);
    // Connected pairs only: the new pairs are long ones, so this mean rises (2 → 150/45).
    expect(before.pathLength.connectedMean).toBeCloseTo(2, 9);
    expect(after.pathLength.connectedMean).toBeCloseTo(150 / 45, 9);
    // Degree: Σ(2 - d) / (9 · 8) before; with the hub (11 nodes, a2 and b2 at degree 3) Σ(3 - d) / (10 · 9).
    expect(before.degreeCentralization).toBeCloseTo(4 / 72, 9);
    expect(after.degreeCentralization).toBeCloseTo(13 / 90, 9);
    expect(after.betweennessCentralization).toBeGreaterThan(before.betweennessCentralization);
    expect(before.pathLength.method).toEqual({ method: 'exact' });
  });

  it('leaves the graph as it found it and refuses an id that is already an organization', () => {
    const { graph } = buildNetworkGraph(halves);
    simulateHub(graph, hub);
    expect([graph.order, graph.size, graph.hasNode('new-hub')]).toEqual([10, 8, false]);
    expect(() => simulateHub(graph, { id: 'a0', memberIds: ['b0'] })).toThrow(/already an organization/);
  });

  it('runs inside one SDG', () => {
    const input: NetworkInput = {
      organizations: [organization('p', [3]), organization('q', [3]), organization('r', [3]), organization('s', [4])],
      ties: [tie('p', 'q'), tie('r', 's')],
    };
    const result = analyzeHubWhatIf(input, { id: 'h', memberIds: ['q', 'r', 's'] }, { sdg: 3 });
    expect(result).toMatchObject({ scope: 'sdg:3', organizations: 3, members: ['q', 'r'], ignoredMemberIds: ['s'] });
    expect(result.reach.within1).toEqual({ count: 3, share: 1 });
  });

  it('samples on large scopes, with the same pivots before and after', () => {
    const left = preferentialAttachment(600, 2, 5);
    const right = preferentialAttachment(600, 2, 6);
    const rename = (input: NetworkInput, prefix: string): NetworkInput => ({
      organizations: input.organizations.map((org) => ({ ...org, id: prefix + org.id })),
      ties: input.ties.map((t) => ({ ...t, source: prefix + t.source, target: prefix + t.target })),
    });
    const l = rename(left, 'l');
    const r = rename(right, 'r');
    const input = { organizations: [...l.organizations, ...r.organizations], ties: [...l.ties, ...r.ties] };
    const result = analyzeHubWhatIf(
      input,
      { id: 'h', memberIds: ['ln5', 'ln9', 'rn5'] },
      { exactThreshold: 200, pivots: 64, closenessPivots: 128 },
    );
    expect(result.before.pathLength.method).toEqual({ method: 'sampled', pivots: 128, seed: expect.any(Number) });
    expect(result.after.pathLength.harmonicMean!).toBeLessThan(result.before.pathLength.harmonicMean!);
    expect(result.before.pathLength.connectedPairShare).toBeCloseTo(0.5, 1);
    expect(result.after.pathLength.connectedPairShare).toBe(1);
    expect(result.memberReach.after).toBeGreaterThan(result.memberReach.before);
  });
});
