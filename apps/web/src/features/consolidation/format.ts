import type { ConsolidationKind } from '@hubspoke/contracts';

/** A Jaccard index (0..1) as a whole percentage. */
export const overlapPercent = (jaccard: number) => `${Math.round(jaccard * 100)}%`;

export const rating = (score: number | null) => (score === null ? 'Not rated yet' : `${Math.round(score * 10) / 10}`);

export const KIND_LABELS: Record<ConsolidationKind, string> = {
  federate: 'Could federate',
  merge: 'Could consider merging',
};
