import { LISTED_CONTRIBUTIONS, listedContributions, rollUpValue, UnitMismatchError, unitsAgree } from './roll-up';

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

describe('listedContributions', () => {
  const named = (name: string, value: number | null, weight = 1) => ({ name, value, weight });

  it('lists the children that move a sum or mean most first, unreported ones last, ties in the given order', () => {
    const listed = listedContributions('weighted_mean', [
      named('a', 10, 1),
      named('b', null),
      named('c', 5, 4),
      named('d', 30, 1),
      named('e', 20, 1),
    ]);
    expect(listed.map((c) => c.name)).toEqual(['d', 'c', 'e', 'a', 'b']);
  });

  it('lists the lowest values first for a minimum', () => {
    const listed = listedContributions('minimum', [named('a', 70), named('b', null), named('c', 40), named('d', 90)]);
    expect(listed.map((c) => c.name)).toEqual(['c', 'a', 'd', 'b']);
  });

  it(`keeps at most ${LISTED_CONTRIBUTIONS}`, () => {
    const many = Array.from({ length: 1000 }, (_, i) => named(`hub ${i}`, i));
    const listed = listedContributions('sum', many);
    expect(listed).toHaveLength(LISTED_CONTRIBUTIONS);
    expect(listed[0].value).toBe(999);
  });
});
