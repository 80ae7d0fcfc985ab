import type { GoalHealth } from '@hubspoke/contracts';
import fc from 'fast-check';
import {
  childrenOf,
  healthOf,
  leafProgress,
  rollUp,
  shareDone,
  shareExpected,
  worstHealth,
  type GoalLine,
  type GoalProgress,
} from './progress';

/** 2024 is a leap year: 366 days from start to due. */
const up: GoalLine = { baseline: 20, target: 80, startDate: '2024-01-01', dueDate: '2025-01-01' };
const down: GoalLine = { baseline: 50, target: 10, startDate: '2024-01-01', dueDate: '2025-01-01' };
const day = (n: number) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000);
const at = (value: number, observedAt: Date) => ({ value, observedAt });

describe('shareDone', () => {
  it('measures the way from baseline to target for an increasing goal', () => {
    expect(shareDone(up, 20)).toBe(0);
    expect(shareDone(up, 50)).toBe(0.5);
    expect(shareDone(up, 80)).toBe(1);
  });

  it('measures a decreasing goal the same way, since target - baseline is negative', () => {
    expect(shareDone(down, 50)).toBe(0);
    expect(shareDone(down, 40)).toBe(0.25);
    expect(shareDone(down, 10)).toBe(1);
  });

  it('clamps going backwards to 0 and overshooting to 1', () => {
    expect(shareDone(up, 0)).toBe(0);
    expect(shareDone(up, 200)).toBe(1);
    expect(shareDone(down, 70)).toBe(0);
    expect(shareDone(down, -5)).toBe(1);
  });

  it('stays within 0..1 for any finite value and any baseline ≠ target', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        (baseline, target, value) => {
          fc.pre(baseline !== target);
          const share = shareDone({ ...up, baseline, target }, value);
          return share >= 0 && share <= 1;
        },
      ),
    );
  });
});

describe('shareExpected', () => {
  it('follows the straight line from start to due, in UTC days', () => {
    expect(shareExpected(up, day(0))).toBe(0);
    expect(shareExpected(up, day(183))).toBe(0.5);
    expect(shareExpected(up, day(366))).toBe(1);
  });

  it('is 0 before the start and 1 after the due date', () => {
    expect(shareExpected(up, day(-30))).toBe(0);
    expect(shareExpected(up, day(400))).toBe(1);
  });
});

describe('healthOf', () => {
  const cases: [actual: number, expected: number, health: GoalHealth][] = [
    [1, 0.2, 'achieved'],
    [1, 1, 'achieved'],
    [0.5, 0.5, 'on_track'],
    [0.9, 0.5, 'on_track'],
    [0.45, 0.5, 'on_track'], // exactly 5 points behind
    [0.44, 0.5, 'at_risk'],
    [0.3, 0.5, 'at_risk'], // exactly 20 points behind
    [0.29, 0.5, 'off_track'],
    [0, 0.04, 'on_track'], // nothing done yet, nothing much expected yet
    [0, 1, 'off_track'],
    [0.99, 1, 'on_track'],
  ];
  it.each(cases)('actual %p against expected %p is %p', (actual, expected, health) => {
    expect(healthOf(actual, expected)).toBe(health);
  });
});

describe('leafProgress', () => {
  it('judges the latest verified reading at its own time', () => {
    // half way through the period, 30% done: 20 points behind → at risk
    expect(leafProgress(up, at(38, day(183)))).toEqual({ progress: 30, health: 'at_risk' });
    // the same value reported early in the period is ahead of the line
    expect(leafProgress(up, at(38, day(30)))).toEqual({ progress: 30, health: 'on_track' });
  });

  it('without a verified reading, has no data to judge rather than a guess', () => {
    expect(leafProgress(up, null)).toEqual({ progress: 0, health: 'no_data' });
    expect(leafProgress(down, null)).toEqual({ progress: 0, health: 'no_data' });
  });

  it('is achieved once the target is reached, even late, in either direction', () => {
    expect(leafProgress(up, at(85, day(500)))).toEqual({ progress: 100, health: 'achieved' });
    expect(leafProgress(down, at(10, day(10)))).toEqual({ progress: 100, health: 'achieved' });
  });

  it('a decreasing goal that went up is at 0 progress', () => {
    expect(leafProgress(down, at(60, day(300)))).toEqual({ progress: 0, health: 'off_track' });
  });
});

describe('worstHealth', () => {
  it('orders achieved < on_track < at_risk < off_track', () => {
    expect(worstHealth(['achieved', 'on_track'])).toBe('on_track');
    expect(worstHealth(['at_risk', 'achieved', 'on_track'])).toBe('at_risk');
    expect(worstHealth(['on_track', 'off_track', 'at_risk'])).toBe('off_track');
    expect(worstHealth(['achieved', 'achieved'])).toBe('achieved');
  });

  it('ignores unmeasured goals unless nothing is measured, and is not achieved beside one', () => {
    expect(worstHealth(['no_data', 'at_risk', 'on_track'])).toBe('at_risk');
    expect(worstHealth(['no_data', 'no_data'])).toBe('no_data');
    expect(worstHealth(['achieved', 'no_data'])).toBe('on_track');
  });
});

describe('childrenOf', () => {
  it('lists children per parent in the given order and ignores unknown parents', () => {
    const children = childrenOf([
      { id: 'p', parentId: null },
      { id: 'b', parentId: 'p' },
      { id: 'a', parentId: 'p' },
      { id: 'x', parentId: 'elsewhere' },
    ]);
    expect(children).toEqual(new Map([['p', ['b', 'a']]]));
  });
});

describe('rollUp', () => {
  const own =
    (states: Record<string, GoalProgress>) =>
    (id: string): GoalProgress =>
      states[id] ?? { progress: 0, health: 'on_track' };

  it('keeps a goal without children as it is', () => {
    const states = rollUp([{ id: 'a', parentId: null }], own({ a: { progress: 42, health: 'at_risk' } }));
    expect(states.get('a')).toEqual({ progress: 42, health: 'at_risk' });
  });

  it("gives a parent the mean of its children's progress and the worst of their health", () => {
    const states = rollUp(
      [
        { id: 'p', parentId: null },
        { id: 'a', parentId: 'p' },
        { id: 'b', parentId: 'p' },
        { id: 'c', parentId: 'p' },
      ],
      own({
        p: { progress: 100, health: 'achieved' }, // the parent's own reading does not count
        a: { progress: 100, health: 'achieved' },
        b: { progress: 50, health: 'on_track' },
        c: { progress: 30, health: 'at_risk' },
      }),
    );
    expect(states.get('p')).toEqual({ progress: 60, health: 'at_risk' });
    expect(states.get('a')).toEqual({ progress: 100, health: 'achieved' });
  });

  it('is achieved only when every child is', () => {
    const goals = [
      { id: 'p', parentId: null },
      { id: 'a', parentId: 'p' },
      { id: 'b', parentId: 'p' },
    ];
    const achieved = { progress: 100, health: 'achieved' } as const;
    expect(rollUp(goals, own({ a: achieved, b: achieved })).get('p')).toEqual(achieved);
    expect(rollUp(goals, own({ a: achieved, b: { progress: 99, health: 'on_track' } })).get('p')).toEqual({
      progress: 99.5,
      health: 'on_track',
    });
  });

  it('rolls up recursively: a grandparent averages its children, not its grandchildren', () => {
    const states = rollUp(
      [
        { id: 'g', parentId: null },
        { id: 'p', parentId: 'g' },
        { id: 'q', parentId: 'g' },
        { id: 'a', parentId: 'p' },
        { id: 'b', parentId: 'p' },
        { id: 'c', parentId: 'p' },
      ],
      own({
        q: { progress: 10, health: 'off_track' },
        a: { progress: 90, health: 'on_track' },
        b: { progress: 90, health: 'on_track' },
        c: { progress: 90, health: 'achieved' },
      }),
    );
    expect(states.get('p')).toEqual({ progress: 90, health: 'on_track' });
    expect(states.get('g')).toEqual({ progress: 50, health: 'off_track' });
  });

  it('does not depend on the order the goals come in', () => {
    const goals = [
      { id: 'a', parentId: 'p' },
      { id: 'p', parentId: 'g' },
      { id: 'g', parentId: null },
    ];
    const states = own({ a: { progress: 40, health: 'at_risk' } });
    expect(rollUp(goals, states)).toEqual(rollUp([...goals].reverse(), states));
    expect(rollUp(goals, states).get('g')).toEqual({ progress: 40, health: 'at_risk' });
  });

  it('terminates on a cycle in the data', () => {
    const states = rollUp(
      [
        { id: 'a', parentId: 'b' },
        { id: 'b', parentId: 'a' },
      ],
      own({ a: { progress: 20, health: 'at_risk' }, b: { progress: 80, health: 'on_track' } }),
    );
    expect(states.size).toBe(2);
  });

  it('a parent stays within the range of its children, whatever the tree', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 20 }), (values) => {
        const goals = [{ id: 'p', parentId: null }, ...values.map((_, i) => ({ id: `c${i}`, parentId: 'p' }))];
        const p = rollUp(goals, (id) => ({ progress: values[Number(id.slice(1))] ?? 0, health: 'on_track' })).get('p')!;
        return p.progress >= Math.min(...values) - 1e-9 && p.progress <= Math.max(...values) + 1e-9;
      }),
    );
  });
});
