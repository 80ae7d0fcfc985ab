import type { HubCandidate, OrganizationMetrics, ScorePart } from './network-types';

/**
 * Hub-candidate score, in [0, 1]: Σ weight × (value / the scope's maximum) over PageRank (standing among well-tied
 * organizations), betweenness (bridging otherwise distant organizations) and degree (direct reach). A hub coordinates
 * many actors, so all three count; PageRank weighs most because it rewards ties to organizations that are themselves
 * central. Organizations without ties in the scope are not candidates.
 */
export const HUB_SCORE_WEIGHTS: Readonly<Record<ScorePart['metric'], number>> = {
  pagerank: 0.4,
  betweenness: 0.35,
  degree: 0.25,
};

const METRICS: ScorePart['metric'][] = ['pagerank', 'betweenness', 'degree'];

export function rankHubCandidates(
  organizations: OrganizationMetrics[],
  nameOf: (id: string) => string,
  topN: number,
): HubCandidate[] {
  const max = { pagerank: 0, betweenness: 0, degree: 0 };
  for (const org of organizations) for (const metric of METRICS) max[metric] = Math.max(max[metric], org[metric]);
  const scored = organizations
    .filter((org) => org.degree > 0)
    .map((org) => {
      const parts = METRICS.map((metric): ScorePart => {
        const normalised = max[metric] > 0 ? org[metric] / max[metric] : 0;
        const weight = HUB_SCORE_WEIGHTS[metric];
        return { metric, value: org[metric], normalised, weight, contribution: weight * normalised };
      });
      const score = parts.reduce((sum, part) => sum + part.contribution, 0);
      return { id: org.id, name: nameOf(org.id), score, parts };
    });
  return scored.sort((a, b) => b.score - a.score || compareIds(a.id, b.id)).slice(0, topN);
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
