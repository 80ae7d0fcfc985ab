import type { GoalHealth } from '@hubspoke/contracts';

/** What the straight line from baseline to target needs. Dates are `YYYY-MM-DD`, read as UTC midnights. */
export interface GoalLine {
  baseline: number;
  target: number;
  startDate: string;
  dueDate: string;
}

export interface Reading {
  value: number;
  observedAt: Date;
}

export interface GoalProgress {
  /** 0..100 */
  progress: number;
  health: GoalHealth;
}

/** Judged healths from best to worst; a parent is as healthy as its worst judged child. */
export const HEALTH_ORDER: readonly GoalHealth[] = ['achieved', 'on_track', 'at_risk', 'off_track'];
export const NO_DATA: GoalProgress = { progress: 0, health: 'no_data' };

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const utcMidnight = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** The share of the way from baseline to target, 0..1; target - baseline carries the direction's sign. */
export function shareDone(goal: Pick<GoalLine, 'baseline' | 'target'>, value: number): number {
  return clamp01((value - goal.baseline) / (goal.target - goal.baseline));
}

/** The share of the way the straight line expects by `at`, 0..1. */
export function shareExpected(goal: GoalLine, at: Date): number {
  const start = utcMidnight(goal.startDate);
  return clamp01((at.getTime() - start) / (utcMidnight(goal.dueDate) - start));
}

export function healthOf(actual: number, expected: number): GoalHealth {
  if (actual >= 1) return 'achieved';
  if (actual >= expected - 0.05) return 'on_track';
  if (actual >= expected - 0.2) return 'at_risk';
  return 'off_track';
}

/** A goal's own state from its latest verified reading, judged at that reading's time; without one, `no_data`. */
export function leafProgress(goal: GoalLine, latest: Reading | null): GoalProgress {
  if (!latest) return NO_DATA;
  const actual = shareDone(goal, latest.value);
  return { progress: actual * 100, health: healthOf(actual, shareExpected(goal, latest.observedAt)) };
}

/**
 * The worst of the judged healths; `no_data` only when none is judged. `achieved` needs every one achieved: achieved
 * ones beside unmeasured ones are on track, as far as anyone can tell.
 */
export function worstHealth(healths: GoalHealth[]): GoalHealth {
  const judged = healths.filter((h) => h !== 'no_data');
  if (judged.length === 0) return 'no_data';
  const worst = judged.reduce((w, h) => (HEALTH_ORDER.indexOf(h) > HEALTH_ORDER.indexOf(w) ? h : w));
  return worst === 'achieved' && judged.length < healths.length ? 'on_track' : worst;
}

/** Child ids per parent id, in the order the goals are given; parents outside the list are ignored. */
export function childrenOf(goals: { id: string; parentId: string | null }[]): Map<string, string[]> {
  const ids = new Set(goals.map((g) => g.id));
  const children = new Map<string, string[]>();
  for (const g of goals) {
    if (g.parentId === null || !ids.has(g.parentId)) continue;
    const list = children.get(g.parentId);
    if (list) list.push(g.id);
    else children.set(g.parentId, [g.id]);
  }
  return children;
}

/**
 * Rolls leaf states up the goal tree: a parent's progress is the mean of its children's (recursively),
 * its health the worst of theirs (see worstHealth), so `achieved` only when every child is. A goal without children keeps
 * its own state. A cycle in the data cannot loop: an edge back into the current path is ignored.
 */
export function rollUp(
  goals: { id: string; parentId: string | null }[],
  own: (id: string) => GoalProgress,
): Map<string, GoalProgress> {
  const children = childrenOf(goals);
  const result = new Map<string, GoalProgress>();
  const onPath = new Set<string>();

  const visit = (id: string): GoalProgress => {
    const done = result.get(id);
    if (done) return done;
    onPath.add(id);
    const kids = (children.get(id) ?? []).filter((kid) => !onPath.has(kid)).map(visit);
    onPath.delete(id);
    const state =
      kids.length === 0
        ? own(id)
        : {
            progress: kids.reduce((sum, k) => sum + k.progress, 0) / kids.length,
            health: worstHealth(kids.map((k) => k.health)),
          };
    result.set(id, state);
    return state;
  };

  for (const g of goals) visit(g.id);
  return result;
}
