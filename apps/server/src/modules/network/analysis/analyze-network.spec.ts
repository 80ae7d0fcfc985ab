import { analyzeNetwork } from './analyze-network';
import { HUB_SCORE_WEIGHTS } from './hub-candidates';
import { organization, tie } from './network-fixtures.testing';
import type { NetworkInput } from './network-types';

describe('analyzeNetwork: scopes, isolates and hub candidates', () => {
  const input: NetworkInput = {
    organizations: [
      organization('h3', [3]),
      organization('p1', [3]),
      organization('p2', [3]),
      organization('p3', [3]),
      organization('p4', [3]),
      organization('x', [3, 13]),
      organization('y', [13]),
      organization('z', [13]),
      organization('lonely3', [3]),
      organization('lone', [5]),
    ],
    ties: [
      tie('h3', 'p1'),
      tie('h3', 'p2', 'funds', 2),
      tie('h3', 'p3'),
      tie('h3', 'p4', 'co_member', 3),
      tie('h3', 'x'),
      tie('p1', 'p2'),
      tie('x', 'y', 'board_seat'),
      tie('y', 'z'),
      tie('p1', 'y', 'member_of'),
    ],
  };
  const result = analyzeNetwork(input, { sdgs: [3, 13, 5, 7] });
  const sdg = (n: number) => result.bySdg.find((scope) => scope.sdg === n)!;
  const ids = (list: { id: string }[]) => list.map((item) => item.id).sort();

  it('analyses the whole network and each requested SDG, in order', () => {
    expect(result.overall).toMatchObject({ scope: 'all', sdg: null, nodeCount: 10, edgeCount: 9 });
    expect(result.bySdg.map((scope) => scope.scope)).toEqual(['sdg:3', 'sdg:13', 'sdg:5', 'sdg:7']);
    expect(result.input).toEqual({
      organizations: 10,
      ties: 9,
      edges: 9,
      droppedTies: { selfLoops: 0, unknownOrganization: 0, invalidWeight: 0 },
    });
    expect(result.options).toMatchObject({ sdgs: [3, 13, 5, 7], topN: 10, pivots: 256, exactThreshold: 1000 });
  });

  it('scopes an SDG to the subgraph induced by its organizations', () => {
    expect(ids(sdg(3).organizations)).toEqual(['h3', 'lonely3', 'p1', 'p2', 'p3', 'p4', 'x']);
    expect(sdg(3).edgeCount).toBe(6); // the ties to y (SDG 13 only) are outside
    expect(ids(sdg(13).organizations)).toEqual(['x', 'y', 'z']);
    expect(sdg(13).edgeCount).toBe(2);
    // Measures are computed inside the scope: x is a leaf of h3 in SDG 3 but the end of a path in SDG 13.
    const x13 = sdg(13).organizations.find((org) => org.id === 'x')!;
    expect(x13).toMatchObject({ degree: 1, betweenness: 0 });
    const y13 = sdg(13).organizations.find((org) => org.id === 'y')!;
    expect(y13.betweenness).toBeCloseTo(1, 9);
    for (const scope of [result.overall, sdg(3), sdg(13)]) {
      expect(scope.organizations.reduce((sum, org) => sum + org.pagerank, 0)).toBeCloseTo(1, 6);
    }
  });

  it('lists isolates per scope', () => {
    expect(result.overall.isolates.sort()).toEqual(['lone', 'lonely3']);
    expect(sdg(3).isolates).toEqual(['lonely3']);
    expect(sdg(13).isolates).toEqual([]);
    expect(sdg(5)).toMatchObject({ nodeCount: 1, edgeCount: 0, isolates: ['lone'], hubCandidates: [], brokers: [] });
  });

  it('handles an SDG nobody works on', () => {
    expect(sdg(7)).toMatchObject({
      nodeCount: 0,
      edgeCount: 0,
      communityCount: 0,
      organizations: [],
      degreeCentralization: 0,
      pathLength: { harmonicMean: null, connectedMean: null, connectedPairShare: 0 },
    });
  });

  it('ranks hub candidates by a score whose parts are given and add up', () => {
    const candidates = sdg(3).hubCandidates;
    expect(candidates[0]).toMatchObject({ id: 'h3', name: 'Org h3' });
    expect(candidates[0].score).toBeCloseTo(1, 9); // h3 has the highest PageRank, betweenness and degree
    expect(ids(candidates)).not.toContain('lonely3');
    const orgs = new Map(sdg(3).organizations.map((org) => [org.id, org]));
    const max = {
      pagerank: Math.max(...sdg(3).organizations.map((org) => org.pagerank)),
      betweenness: Math.max(...sdg(3).organizations.map((org) => org.betweenness)),
      degree: Math.max(...sdg(3).organizations.map((org) => org.degree)),
    };
    for (const candidate of candidates) {
      expect(candidate.parts.map((part) => part.metric)).toEqual(['pagerank', 'betweenness', 'degree']);
      for (const part of candidate.parts) {
        expect(part.value).toBe(orgs.get(candidate.id)![part.metric]);
        expect(part.weight).toBe(HUB_SCORE_WEIGHTS[part.metric]);
        expect(part.normalised).toBeCloseTo(part.value / max[part.metric], 12);
        expect(part.contribution).toBeCloseTo(part.weight * part.normalised, 12);
      }
      expect(candidate.score).toBeCloseTo(
        candidate.parts.reduce((sum, part) => sum + part.contribution, 0),
        12,
      );
    }
    const scores = candidates.map((candidate) => candidate.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // p4's co_member tie of weight 3 lifts its PageRank above p3's; betweenness and degree are equal.
    expect(candidates.findIndex((c) => c.id === 'p4')).toBeLessThan(candidates.findIndex((c) => c.id === 'p3'));
  });

  it('caps the lists at topN', () => {
    const capped = analyzeNetwork(input, { sdgs: [], topN: 2 });
    expect(capped.overall.hubCandidates).toHaveLength(2);
  });

  it('reports timings per step', () => {
    expect(Object.keys(result.timings).sort()).toEqual([
      'betweennessMs',
      'closenessMs',
      'degreeMs',
      'derivedMs',
      'graphBuildMs',
      'louvainMs',
      'pagerankMs',
      'perSdgMs',
      'totalMs',
    ]);
    for (const ms of Object.values(result.timings)) expect(ms).toBeGreaterThanOrEqual(0);
  });
});
