import { candidateKind, jaccard, overlapOf, reaches } from './overlap';

const set = (...ids: string[]) => new Set(ids);

describe('overlap', () => {
  it('counts shared members and members of either as exact integers', () => {
    expect(overlapOf(set('a', 'b', 'c', 'd'), set('c', 'd', 'e'))).toEqual({ shared: 2, union: 5 });
    expect(overlapOf(set('a'), set('b'))).toEqual({ shared: 0, union: 2 });
    expect(overlapOf(set('a', 'b'), set('b', 'a'))).toEqual({ shared: 2, union: 2 });
    expect(overlapOf(set(), set())).toEqual({ shared: 0, union: 0 });
  });

  it('gives the Jaccard index rounded to 4 decimals, 0 for two empty sets', () => {
    expect(jaccard({ shared: 2, union: 5 })).toBe(0.4);
    expect(jaccard({ shared: 1, union: 3 })).toBe(0.3333);
    expect(jaccard({ shared: 2, union: 3 })).toBe(0.6667);
    expect(jaccard({ shared: 4, union: 9 })).toBe(0.4444);
    expect(jaccard({ shared: 3, union: 3 })).toBe(1);
    expect(jaccard({ shared: 0, union: 0 })).toBe(0);
  });

  it('compares with a threshold exactly, without rounding', () => {
    const fifth = { shared: 1, outOf: 5 };
    expect(reaches({ shared: 1, union: 5 }, fifth)).toBe(true); // exactly 0.2
    expect(reaches({ shared: 2, union: 10 }, fifth)).toBe(true);
    expect(reaches({ shared: 19_999, union: 100_000 }, fifth)).toBe(false); // 0.19999 rounds to 0.2 but is below
    expect(reaches({ shared: 0, union: 0 }, fifth)).toBe(false);
  });

  it('names the candidate by the rule: half → merge, a fifth and not linked → federate', () => {
    expect(candidateKind({ shared: 1, union: 2 }, false)).toBe('merge');
    expect(candidateKind({ shared: 1, union: 2 }, true)).toBe('merge');
    expect(candidateKind({ shared: 4, union: 9 }, false)).toBe('federate');
    expect(candidateKind({ shared: 4, union: 9 }, true)).toBeNull();
    expect(candidateKind({ shared: 1, union: 5 }, false)).toBe('federate');
    expect(candidateKind({ shared: 1, union: 6 }, false)).toBeNull();
    expect(candidateKind({ shared: 0, union: 7 }, false)).toBeNull();
  });
});
