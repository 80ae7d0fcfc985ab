import type { GoalDto, MeasurementDto } from '@hubspoke/contracts';
import type { AlignedData } from 'uplot';

const seconds = (iso: string) => Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso) / 1000;

/**
 * The chart's columns on one time axis (seconds): the planned trajectory (baseline at the start date, target at the
 * due date), verified values and pending ones. Rejected values never count and are not drawn.
 */
export function measurementChartData(
  goal: Pick<GoalDto, 'baseline' | 'target' | 'startDate' | 'dueDate'>,
  measurements: Pick<MeasurementDto, 'observedAt' | 'value' | 'status'>[],
): AlignedData {
  const rows = new Map<number, { trajectory: number | null; verified: number | null; pending: number | null }>();
  const row = (x: number) => {
    let r = rows.get(x);
    if (!r) rows.set(x, (r = { trajectory: null, verified: null, pending: null }));
    return r;
  };
  row(seconds(goal.startDate)).trajectory = goal.baseline;
  row(seconds(goal.dueDate)).trajectory = goal.target;
  for (const m of measurements) {
    if (m.status === 'verified') row(seconds(m.observedAt)).verified = m.value;
    if (m.status === 'pending') row(seconds(m.observedAt)).pending = m.value;
  }
  const xs = [...rows.keys()].sort((a, b) => a - b);
  return [
    xs,
    xs.map((x) => rows.get(x)!.trajectory),
    xs.map((x) => rows.get(x)!.verified),
    xs.map((x) => rows.get(x)!.pending),
  ];
}
