import type { Adjacency } from './adjacency';
import { compareIds } from './hub-candidates';
import type { Broker, OrganizationMetrics } from './network-types';

/**
 * Brokers: organizations that bridge communities rather than sit at the centre of one. Rule: an organization qualifies
 * when (1) it has at least 2 ties, (2) its betweenness is above the scope's mean betweenness, and (3) it and its
 * neighbours belong to at least 2 Louvain communities. Qualifiers are ranked by betweenness relative to degree,
 * score = betweenness / (degree / (n-1)) (normalised betweenness per normalised tie), so an organization that bridges
 * with few ties ranks above a big hub that bridges because it touches everyone; ties broken by betweenness, then id.
 * `organizations` must be in adjacency order.
 */
export function findBrokers(
  organizations: OrganizationMetrics[],
  adj: Adjacency,
  nameOf: (id: string) => string,
  topN: number,
): Broker[] {
  const n = organizations.length;
  if (n < 3) return [];
  const meanBetweenness = organizations.reduce((sum, org) => sum + org.betweenness, 0) / n;
  const brokers: Broker[] = [];
  for (let i = 0; i < n; i++) {
    const org = organizations[i];
    if (org.degree < 2 || !(org.betweenness > meanBetweenness)) continue;
    const linked = new Set([org.community]);
    for (let j = adj.starts[i]; j < adj.starts[i + 1]; j++) linked.add(organizations[adj.neighbors[j]].community);
    if (linked.size < 2) continue;
    brokers.push({
      id: org.id,
      name: nameOf(org.id),
      score: org.betweenness / (org.degree / (n - 1)),
      betweenness: org.betweenness,
      degree: org.degree,
      community: org.community,
      communitiesLinked: linked.size,
    });
  }
  return brokers
    .sort((a, b) => b.score - a.score || b.betweenness - a.betweenness || compareIds(a.id, b.id))
    .slice(0, topN);
}
