import { describe, expect, it } from 'vitest';
import { measurementChartData } from './measurementChartData';

const s = (iso: string) => Date.parse(iso) / 1000;

describe('measurementChartData', () => {
  it('puts the planned line, verified and pending values on one time axis, and leaves rejected ones out', () => {
    const data = measurementChartData({ baseline: 50, target: 90, startDate: '2026-01-01', dueDate: '2028-01-01' }, [
      { observedAt: '2026-06-01T00:00:00Z', value: 60, status: 'verified' },
      { observedAt: '2026-09-01T00:00:00Z', value: 64, status: 'pending' },
      { observedAt: '2026-10-01T00:00:00Z', value: 99, status: 'rejected' },
    ]);
    expect(data).toEqual([
      [s('2026-01-01T00:00:00Z'), s('2026-06-01T00:00:00Z'), s('2026-09-01T00:00:00Z'), s('2028-01-01T00:00:00Z')],
      [50, null, null, 90],
      [null, 60, null, null],
      [null, null, 64, null],
    ]);
  });
});
