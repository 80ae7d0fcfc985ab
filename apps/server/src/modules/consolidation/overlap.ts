import { CONSOLIDATION_RULE, type ConsolidationKind } from '@hubspoke/contracts';

/** Two sets' overlap as an exact fraction: shared members over members of either. */
export interface Overlap {
  shared: number;
  union: number;
}

type Threshold = { shared: number; outOf: number };

export function overlapOf(a: ReadonlySet<string>, b: ReadonlySet<string>): Overlap {
  let shared = 0;
  for (const id of a) if (b.has(id)) shared++;
  return { shared, union: a.size + b.size - shared };
}

/** The Jaccard index rounded to 4 decimals; 0 for two empty sets. */
export function jaccard({ shared, union }: Overlap): number {
  return union === 0 ? 0 : Math.round((shared / union) * 10_000) / 10_000;
}

/** Whether shared/union ≥ threshold, in integers: no rounding decides a candidate. */
export function reaches({ shared, union }: Overlap, threshold: Threshold): boolean {
  return union > 0 && shared * threshold.outOf >= threshold.shared * union;
}

/** CONSOLIDATION_RULE: half or more shared → merge; a fifth or more shared and not linked yet → federate. */
export function candidateKind(overlap: Overlap, linked: boolean): ConsolidationKind | null {
  if (reaches(overlap, CONSOLIDATION_RULE.merge)) return 'merge';
  if (!linked && reaches(overlap, CONSOLIDATION_RULE.federate)) return 'federate';
  return null;
}

/** The rule in the words the response and the README use. */
export const RULE_IN_WORDS =
  'Overlap is the share of organizations two hubs have in common among all the organizations of either ' +
  '(Jaccard index). Two hubs that share at least a fifth (20%) of their organizations and are not linked yet ' +
  'are candidates to federate: one joins the other as a member spoke. Two hubs that share at least half (50%) ' +
  'could consider merging, linked or not. Only public hubs and their active members count.';

export const percent = (overlap: Overlap) => Math.round(jaccard(overlap) * 100);
