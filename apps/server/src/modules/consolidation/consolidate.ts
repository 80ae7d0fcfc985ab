import type {
  ComplementDto,
  ConsolidationCandidateDto,
  ConsolidationHubDto,
  ConsolidationLinkDto,
  ConsolidationOrganizationDto,
  HubPairDto,
} from '@hubspoke/contracts';
import { candidateKind, jaccard, overlapOf, percent, type Overlap } from './overlap';

/** A public hub on the target with its rating and its member organizations. */
export interface HubOnTarget extends Omit<ConsolidationHubDto, 'organizations'> {
  organizations: ConsolidationOrganizationDto[];
}

/**
 * The hubs with their sizes, and every pair of them that shares an organization or is linked, with its overlap,
 * links, complements and candidate (CONSOLIDATION_RULE), most overlap first.
 */
export function consolidate(
  hubs: HubOnTarget[],
  links: ConsolidationLinkDto[],
): { hubs: ConsolidationHubDto[]; pairs: HubPairDto[] } {
  const sorted = [...hubs].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const pairs: HubPairDto[] = [];
  for (const [i, a] of sorted.entries()) {
    for (const b of sorted.slice(i + 1)) {
      const pair = pairOf(a, b, links);
      if (pair.shared.length > 0 || pair.links.length > 0) pairs.push(pair);
    }
  }
  pairs.sort((p, q) => q.jaccard - p.jaccard || q.shared.length - p.shared.length);
  return {
    hubs: sorted.map(({ organizations, ...hub }) => ({ ...hub, organizations: organizations.length })),
    pairs,
  };
}

function pairOf(a: HubOnTarget, b: HubOnTarget, links: ConsolidationLinkDto[]): HubPairDto {
  const idsB = new Set(b.organizations.map((o) => o.id));
  const overlap = overlapOf(new Set(a.organizations.map((o) => o.id)), idsB);
  const between = links.filter(
    (l) => (l.parentHubId === a.id && l.childHubId === b.id) || (l.parentHubId === b.id && l.childHubId === a.id),
  );
  const complements: [ComplementDto, ComplementDto] = [complementOf(a, b), complementOf(b, a)];
  return {
    hubIds: [a.id, b.id],
    shared: a.organizations.filter((o) => idsB.has(o.id)),
    union: overlap.union,
    jaccard: jaccard(overlap),
    links: between,
    complements,
    candidate: candidateOf(overlap, [a, b], between, complements),
  };
}

/** The sectors and countries among `hub`'s organizations that none of `other`'s has. */
export function complementOf(hub: HubOnTarget, other: HubOnTarget): ComplementDto {
  const missing = <T>(pick: (o: ConsolidationOrganizationDto) => T | null) => {
    const theirs = new Set(other.organizations.map(pick));
    const found = hub.organizations.map(pick).filter((v): v is T => v !== null && !theirs.has(v));
    return [...new Set(found)].sort();
  };
  return { hubId: hub.id, sectors: missing((o) => o.sector), countries: missing((o) => o.country) };
}

function candidateOf(
  overlap: Overlap,
  hubs: [HubOnTarget, HubOnTarget],
  links: ConsolidationLinkDto[],
  complements: [ComplementDto, ComplementDto],
): ConsolidationCandidateDto | null {
  const kind = candidateKind(overlap, links.length > 0);
  if (!kind) return null;
  const name = (id: string) => hubs.find((h) => h.id === id)!.name;
  const reasons = [
    `They share ${overlap.shared} of the ${overlap.union} organizations in either hub (${percent(overlap)}%).`,
  ];
  if (kind === 'federate') reasons.push('They are not linked yet: one could join the other as a member spoke.');
  else if (links.length > 0) {
    reasons.push(
      `${name(links[0]!.childHubId)} is already a member spoke of ${name(links[0]!.parentHubId)}; ` +
        'with half or more of their organizations in common they could work as one hub.',
    );
  } else reasons.push('With half or more of their organizations in common they could work as one hub.');
  for (const [i, c] of complements.entries()) {
    const brings = [
      c.sectors.length ? `${c.sectors.map((s) => s.replaceAll('_', ' ')).join(', ')} organizations` : '',
      c.countries.length ? `members in ${c.countries.join(', ')}` : '',
    ].filter(Boolean);
    if (brings.length) reasons.push(`${hubs[i]!.name} brings ${brings.join(' and ')} that ${hubs[1 - i]!.name} lacks.`);
  }
  const rated = (h: HubOnTarget) => `${h.name} ${h.rating === null ? 'is not rated yet' : `is rated ${h.rating}/100`}`;
  reasons.push(`${rated(hubs[0])}; ${rated(hubs[1])}.`);
  return { kind, reasons };
}
