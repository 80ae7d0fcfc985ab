import type { GoalDto, MeasurementDto } from '@hubspoke/contracts';
import { Box, Group, Text } from '@mantine/core';
import { useMemo } from 'react';
import type uPlot from 'uplot';
import type { Options } from 'uplot';
import { UPlotChart } from '../../../components/UPlotChart';
import { formatDate } from '../../../lib/format';
import { measurementChartData } from './measurementChartData';

const COLORS = { trajectory: '#868e96', verified: '#3b5bdb', pending: '#f76707', today: '#e03131' };

/** Draws a vertical line at today's date, when it falls inside the chart. */
function drawToday(u: uPlot) {
  const x = u.valToPos(Date.now() / 1000, 'x', true);
  if (x < u.bbox.left || x > u.bbox.left + u.bbox.width) return;
  const { ctx } = u;
  ctx.save();
  ctx.strokeStyle = COLORS.today;
  ctx.lineWidth = 1;
  ctx.setLineDash([2, 3]);
  ctx.beginPath();
  ctx.moveTo(x, u.bbox.top);
  ctx.lineTo(x, u.bbox.top + u.bbox.height);
  ctx.stroke();
  ctx.restore();
}

function LegendItem({ color, label, kind }: { color: string; label: string; kind: 'line' | 'dash' | 'dot' | 'ring' }) {
  const swatch =
    kind === 'dot' || kind === 'ring' ? (
      <Box
        w={10}
        h={10}
        style={{ borderRadius: '50%', border: `2px solid ${color}`, background: kind === 'dot' ? color : 'white' }}
      />
    ) : (
      <Box w={18} style={{ borderTop: `2px ${kind === 'dash' ? 'dashed' : 'solid'} ${color}` }} />
    );
  return (
    <Group gap={6} wrap="nowrap">
      {swatch}
      <Text size="xs">{label}</Text>
    </Group>
  );
}

/** Verified and pending values over time against the planned line from baseline to target, with today marked. */
export function MeasurementChart({ goal, measurements }: { goal: GoalDto; measurements: MeasurementDto[] }) {
  const data = useMemo(() => measurementChartData(goal, measurements), [goal, measurements]);
  const options = useMemo<Options>(
    () => ({
      width: 0,
      height: 240,
      legend: { show: false },
      hooks: { draw: [drawToday] },
      series: [
        {},
        {
          label: 'planned',
          stroke: COLORS.trajectory,
          dash: [6, 4],
          width: 1,
          spanGaps: true,
          points: { show: false },
        },
        {
          label: 'verified',
          stroke: COLORS.verified,
          width: 2,
          spanGaps: true,
          points: { size: 7, fill: COLORS.verified },
        },
        {
          label: 'pending',
          stroke: COLORS.pending,
          width: 0,
          paths: () => null,
          points: { show: true, size: 8, width: 2, fill: '#fff', stroke: COLORS.pending },
        },
      ],
    }),
    [],
  );
  const verified = measurements.filter((m) => m.status === 'verified');
  const pending = measurements.filter((m) => m.status === 'pending');
  const describe = (list: MeasurementDto[]) =>
    list.map((m) => `${formatDate(m.observedAt)} ${m.value}`).join(', ') || 'none';
  return (
    <div>
      {verified.length === 0 && (
        <Text size="sm" c="dimmed" mb="xs">
          No verified measurement yet: the line shows the plan from baseline to target.
        </Text>
      )}
      <div
        role="img"
        aria-label={
          `Measurements of ${goal.title}. Planned: ${goal.baseline} on ${formatDate(goal.startDate)} to ${goal.target} ` +
          `on ${formatDate(goal.dueDate)}. Verified: ${describe(verified)}. Pending verification: ${describe(pending)}.`
        }
      >
        <UPlotChart options={options} data={data} />
      </div>
      <Group gap="md" mt={4} data-testid="chart-legend">
        <LegendItem color={COLORS.verified} label="Verified" kind="dot" />
        <LegendItem color={COLORS.pending} label="Pending verification (does not count yet)" kind="ring" />
        <LegendItem color={COLORS.trajectory} label="Planned: baseline to target by the due date" kind="dash" />
        <LegendItem color={COLORS.today} label="Today" kind="dash" />
      </Group>
    </div>
  );
}
