import type { CentralityDto } from '@hubspoke/contracts';

/** What each measure of the analysis says about an organization, in plain words. */
export const MEASURE_MEANINGS: Record<keyof CentralityDto, string> = {
  degree: 'How many organizations it is tied to directly.',
  weightedDegree: 'Its ties counted by strength: two hubs shared, or a large grant, count more than one light tie.',
  betweenness:
    'How often it lies on the shortest path between two other organizations: a bridge between groups that would otherwise be far apart.',
  closeness: 'How few steps it takes to reach every other organization: what it knows can spread fast.',
  pagerank:
    'How well it is tied to organizations that are well tied themselves: reach through others, not just numbers.',
  community:
    'The group it belongs to: organizations more tied among themselves than to the rest (found by the Louvain method).',
};

/** What the insights list, in plain words. */
export const INSIGHT_MEANINGS = {
  candidates: 'Organizations whose ties and place in the network make them natural centres for a new hub.',
  brokers: 'Organizations that connect groups which are otherwise apart, more than their number of ties explains.',
  isolates: 'Organizations with no tie in this scope yet: a hub could bring them in.',
};
