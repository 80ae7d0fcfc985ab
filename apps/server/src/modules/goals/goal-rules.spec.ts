import { goalShapeErrors, type GoalShape } from './goal-rules';

const ok: GoalShape = {
  baseline: 10,
  target: 90,
  direction: 'increase',
  startDate: '2025-01-01',
  dueDate: '2026-01-01',
};

describe('goalShapeErrors', () => {
  it('accepts a consistent goal in either direction', () => {
    expect(goalShapeErrors(ok)).toEqual({});
    expect(goalShapeErrors({ ...ok, direction: 'decrease', baseline: 90, target: 10 })).toEqual({});
  });

  it('needs the target to differ from the baseline', () => {
    expect(goalShapeErrors({ ...ok, target: 10 })).toEqual({ target: ['target must differ from baseline'] });
  });

  it('needs the target on the side the direction says', () => {
    expect(Object.keys(goalShapeErrors({ ...ok, target: 5 }))).toEqual(['target']);
    expect(Object.keys(goalShapeErrors({ ...ok, direction: 'decrease' }))).toEqual(['target']);
  });

  it('needs the due date after the start date', () => {
    expect(goalShapeErrors({ ...ok, dueDate: ok.startDate })).toEqual({ dueDate: ['dueDate must be after startDate'] });
    expect(Object.keys(goalShapeErrors({ ...ok, dueDate: '2024-12-31', target: 10 })).sort()).toEqual([
      'dueDate',
      'target',
    ]);
  });
});
