import type { GoalTrendPoint } from '@hubspoke/contracts';
import { useMemo } from 'react';
import type { AlignedData, Options } from 'uplot';
import { UPlotChart } from '../../../components/UPlotChart';

const OPTIONS: Options = {
  width: 120,
  height: 32,
  cursor: { show: false },
  legend: { show: false },
  scales: { x: { time: false } },
  axes: [{ show: false }, { show: false }],
  series: [{}, { stroke: '#3b5bdb', width: 2, fill: 'rgba(59, 91, 219, 0.15)' }],
};

export function TrendLine({ points, label }: { points: GoalTrendPoint[]; label: string }) {
  const data = useMemo<AlignedData>(() => [points.map((_, i) => i), points.map((p) => p.value)], [points]);
  if (points.length < 2) return null;
  return (
    <div role="img" aria-label={`Trend of ${label}: ${points.map((p) => p.value).join(', ')}`}>
      <UPlotChart options={OPTIONS} data={data} />
    </div>
  );
}
