import type { TaskDto } from '@hubspoke/contracts';

const STEP = 1024;

/** A position that puts a card before `beforeId` in `column` (sorted by position), or at the end. */
export function positionIn(column: TaskDto[], beforeId: string | null, movingId: string): number {
  const others = column.filter((t) => t.id !== movingId);
  const index = beforeId ? others.findIndex((t) => t.id === beforeId) : -1;
  if (index === -1) return others.length ? others[others.length - 1].position + STEP : STEP;
  const next = others[index].position;
  const prev = index > 0 ? others[index - 1].position : next - 2 * STEP;
  return (prev + next) / 2;
}
