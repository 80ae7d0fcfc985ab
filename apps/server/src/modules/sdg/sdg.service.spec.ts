import { SDG_GOAL_CODE, SDG_INDICATOR_CODE, SDG_TARGET_CODE } from './sdg-codes';
import { SDG_INDICATOR_MEASURES, sdgIndicatorTitle } from './sdg-framework';
import { SdgService } from './sdg.service';

describe('SdgService', () => {
  const sdg = new SdgService();

  it('indexes the 17 goals with their short titles, in order', () => {
    const goals = sdg.listGoals();
    expect(goals.map((g) => g.code)).toEqual(Array.from({ length: 17 }, (_, i) => String(i + 1)));
    expect(goals[2]).toMatchObject({ code: '3', shortTitle: 'Good health and well-being' });
    expect(goals.reduce((n, g) => n + g.targets.length, 0)).toBe(169);
    expect(goals[0]!.targets[0]).toEqual({ code: '1.1', title: expect.stringMatching(/^By 2030, eradicate/) });
  });

  it('gives units and directions only to indicators of the framework, in goal directions', () => {
    for (const [code, measure] of Object.entries(SDG_INDICATOR_MEASURES)) {
      expect(sdg.findIndicator(code)).toMatchObject({ unit: measure.unit, direction: measure.direction });
      expect(['increase', 'decrease']).toContain(measure.direction);
    }
    expect(sdgIndicatorTitle('3.b.1')).toMatch(/^Proportion of the target population/);
    expect(sdgIndicatorTitle('99.z.9')).toBeNull();
    expect(sdgIndicatorTitle(null)).toBeNull();
  });

  it('finds targets and indicators by code, with their parents', () => {
    expect(sdg.findTarget('3.b')).toMatchObject({ code: '3.b', goalCode: '3' });
    expect(sdg.findIndicator('3.b.1')).toMatchObject({ code: '3.b.1', targetCode: '3.b', goalCode: '3' });
    expect(
      sdg
        .findGoal('3')!
        .targets.find((t) => t.code === '3.b')!
        .indicators.map((i) => i.code),
    ).toContain('3.b.1');
    expect(sdg.hasIndicator('3.b.1')).toBe(true);
  });

  it('keeps the cross-listing of repeated indicators', () => {
    expect(sdg.findIndicator('1.5.1')!.alsoListedAs).toEqual(['11.5.1', '13.1.1']);
    expect(sdg.findIndicator('13.1.1')!.unsdCode).toBe(sdg.findIndicator('1.5.1')!.unsdCode);
    expect(sdg.findIndicator('3.1.1')!.alsoListedAs).toEqual([]);
  });

  it('answers undefined for codes it does not know', () => {
    expect(sdg.findGoal('18')).toBeUndefined();
    expect(sdg.findTarget('3.z')).toBeUndefined();
    expect(sdg.findIndicator('3.b.9')).toBeUndefined();
    expect(sdg.hasIndicator('3.b')).toBe(false);
  });

  it('every catalog code is well-formed by the route regexes', () => {
    for (const goal of sdg.listGoals()) {
      expect(goal.code).toMatch(SDG_GOAL_CODE);
      for (const target of sdg.findGoal(goal.code)!.targets) {
        expect(target.code).toMatch(SDG_TARGET_CODE);
        for (const indicator of target.indicators) expect(indicator.code).toMatch(SDG_INDICATOR_CODE);
      }
    }
  });
});
