import { rollUpValue, UnitMismatchError, unitsAgree } from './roll-up';

const child = (value: number | null, weight = 1, unit = '%') => ({ value, weight, unit });

describe('rollUpValue', () => {
  it('sums the reported values', () => {
    expect(rollUpValue('sum', 'doses', [child(100, 1, 'doses'), child(250, 1, 'Doses ')])).toEqual({
      value: 350,
      childCount: 2,
      reportedCount: 2,
    });
  });

  it('weights the mean by each mapping’s weight', () => {
    expect(rollUpValue('weighted_mean', '%', [child(80, 3), child(40, 1)]).value).toBe(70);
  });

  it('takes the minimum', () => {
    expect(rollUpValue('minimum', '%', [child(80), child(55), child(90)]).value).toBe(55);
  });

  it('leaves children without a verified value out, and says how many reported', () => {
    expect(rollUpValue('weighted_mean', '%', [child(60, 2), child(null, 5)])).toEqual({
      value: 60,
      childCount: 2,
      reportedCount: 1,
    });
  });

  it('has no value when no child reported, or there are no children', () => {
    expect(rollUpValue('sum', '%', [child(null)])).toEqual({ value: null, childCount: 1, reportedCount: 0 });
    expect(rollUpValue('minimum', '%', [])).toEqual({ value: null, childCount: 0, reportedCount: 0 });
  });

  it('refuses a child measured in another unit', () => {
    expect(() => rollUpValue('sum', '%', [child(10), child(5, 1, 'doses')])).toThrow(UnitMismatchError);
    expect(unitsAgree('%', 'doses')).toBe(false);
  });
});
