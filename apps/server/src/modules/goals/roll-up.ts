import type { RollUpMethod } from '@hubspoke/contracts';

/** One child's input to a parent goal: its latest verified value (null: not reported yet), weight and unit. */
export interface RollUpInput {
  value: number | null;
  weight: number;
  unit: string;
}

export interface RollUpResult {
  /** null when no child reported. */
  value: number | null;
  childCount: number;
  reportedCount: number;
}

/** Units agree when they are the same after trimming, ignoring case (`%` and `%`, `Doses` and `doses`). */
export function unitsAgree(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

export class UnitMismatchError extends Error {
  constructor(
    readonly expected: string,
    readonly got: string,
  ) {
    super(`a child goal in ${got} cannot roll up into a goal in ${expected}`);
  }
}

const COMBINE: Record<RollUpMethod, (reported: { value: number; weight: number }[]) => number> = {
  sum: (reported) => reported.reduce((total, r) => total + r.value, 0),
  weighted_mean: (reported) => {
    const weights = reported.reduce((total, r) => total + r.weight, 0);
    return reported.reduce((total, r) => total + r.value * r.weight, 0) / weights;
  },
  minimum: (reported) => Math.min(...reported.map((r) => r.value)),
};

/**
 * The parent goal's value: the method over the children that reported a verified value; a child without one
 * contributes nothing (and the result says how many reported). Throws UnitMismatchError when a child's unit differs.
 */
export function rollUpValue(method: RollUpMethod, unit: string, inputs: RollUpInput[]): RollUpResult {
  const mismatch = inputs.find((input) => !unitsAgree(input.unit, unit));
  if (mismatch) throw new UnitMismatchError(unit, mismatch.unit);
  const reported = inputs.filter((input): input is RollUpInput & { value: number } => input.value !== null);
  return {
    value: reported.length === 0 ? null : COMBINE[method](reported),
    childCount: inputs.length,
    reportedCount: reported.length,
  };
}

/** How many children a parent goal lists with their values; `childCount` says how many there are in all. */
export const LISTED_CONTRIBUTIONS = 20;

/**
 * The children a parent goal lists: those that move it most — the highest value × weight first, or for a minimum the
 * lowest values first — children without a value last; ties keep the given order. A goal over a thousand hubs would
 * otherwise carry every one of them in each live event to every member of the parent hub.
 */
export function listedContributions<T extends { value: number | null; weight: number }>(
  method: RollUpMethod,
  contributions: T[],
): T[] {
  const weight = (c: T) => (c.value === null ? null : method === 'minimum' ? -c.value : c.value * c.weight);
  return contributions
    .map((c, i) => ({ c, i, w: weight(c) }))
    .sort((a, b) => (a.w === b.w ? a.i - b.i : a.w === null ? 1 : b.w === null ? -1 : b.w - a.w))
    .slice(0, LISTED_CONTRIBUTIONS)
    .map(({ c }) => c);
}
