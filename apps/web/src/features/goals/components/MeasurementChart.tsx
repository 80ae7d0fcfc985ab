import type { GoalDto, MeasurementDto } from '@hubspoke/contracts';
import { useMemo } from 'react';
import type { AlignedData, Options } from 'uplot';
import { EmptyState } from '../../../components/EmptyState';
import { UPlotChart } from '../../../components/UPlotChart';
import { formatDate } from '../../../lib/format';

/** Verified values over time, with the goal's target as a dashed line. */
export function MeasurementChart({ goal, measurements }: { goal: GoalDto; measurements: MeasurementDto[] }) {
  const verified = useMemo(
    () => measurements.filter((m) => m.verifiedAt).sort((a, b) => a.observedAt.localeCompare(b.observedAt)),
    [measurements],
  );
  const data = useMemo<AlignedData>(
    () => [
      verified.map((m) => Date.parse(m.observedAt) / 1000),
      verified.map((m) => m.value),
      verified.map(() => goal.target),
    ],
    [verified, goal.target],
  );
  const options = useMemo<Options>(
    () => ({
      width: 0,
      height: 240,
      legend: { show: false },
      series: [
        {},
        { label: goal.unit || 'value', stroke: '#3b5bdb', width: 2, points: { size: 6 } },
        { label: 'target', stroke: '#0ca678', dash: [6, 4], width: 1, points: { show: false } },
      ],
    }),
    [goal.unit],
  );
  if (verified.length === 0) return <EmptyState>No verified measurement yet.</EmptyState>;
  return (
    <div
      role="img"
      aria-label={`Measurement history of ${goal.title}: ${verified.map((m) => `${formatDate(m.observedAt)} ${m.value}`).join(', ')}; target ${goal.target}`}
    >
      <UPlotChart options={options} data={data} />
    </div>
  );
}
