import type { CentralityDto, MeasureMethodDto, RelationshipKind } from '@hubspoke/contracts';

export const METRIC_LABELS: Record<keyof CentralityDto, string> = {
  pagerank: 'PageRank',
  betweenness: 'Betweenness',
  closeness: 'Closeness',
  degree: 'Ties (degree)',
  weightedDegree: 'Weighted ties',
  community: 'Community',
};

/** A centrality for reading: counts as integers, shares and scores with three significant digits. */
export function formatMetric(metric: keyof CentralityDto, value: number): string {
  if (metric === 'degree') return String(value);
  if (metric === 'community') return `#${value + 1}`;
  if (metric === 'weightedDegree') return value.toLocaleString('en-GB', { maximumFractionDigits: 1 });
  return formatScore(value);
}

export function formatScore(value: number): string {
  if (value === 0) return '0';
  return value.toLocaleString('en-GB', { maximumSignificantDigits: 3 });
}

export function formatShare(value: number): string {
  return value.toLocaleString('en-GB', { style: 'percent', maximumFractionDigits: 1 });
}

export function formatMethod(method: MeasureMethodDto): string {
  return method.method === 'exact' ? 'exact' : `estimated from ${method.pivots} sampled organizations`;
}

/** How a declared tie reads from the organization shown: "[it] funds [other]", "[it] is funded by [other]". */
export const TIE_PHRASES: Record<RelationshipKind, { out: string; in: string }> = {
  funds: { out: 'funds', in: 'is funded by' },
  board_seat: { out: 'sits on the board of', in: 'has on its board' },
  partners_with: { out: 'partners with', in: 'partners with' },
  member_of: { out: 'is a member of', in: 'has as a member' },
};
