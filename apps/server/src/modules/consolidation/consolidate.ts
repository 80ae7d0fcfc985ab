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

/** At most this many pairs are listed, most overlap first, so that the answer stays small however many hubs. */
export const MAX_PAIRS = 500;

/**
 * The hubs with their sizes, and the pairs of them that share an organization or are linked, with their overlap,
 * links, complements and candidate (CONSOLIDATION_RULE), most overlap first; `pairsLeftOut` counts those past `max`.
 */
export function consolidate(
  hubs: HubOnTarget[],
  links: ConsolidationLinkDto[],
  max = MAX_PAIRS,
): { hubs: ConsolidationHubDto[]; pairs: HubPairDto[]; pairsLeftOut: number } {
  const sorted = [...hubs].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const ids = new Map(sorted.map((h) => [h.id, new Set(h.organizations.map((o) => o.id))]));
  const found: { a: HubOnTarget; b: HubOnTarget; overlap: Overlap; between: ConsolidationLinkDto[] }[] = [];
  for (const [i, a] of sorted.entries()) {
    for (const b of sorted.slice(i + 1)) {
      const overlap = overlapOf(ids.get(a.id)!, ids.get(b.id)!);
      const between = links.filter(
        (l) => (l.parentHubId === a.id && l.childHubId === b.id) || (l.parentHubId === b.id && l.childHubId === a.id),
      );
      if (overlap.shared > 0 || between.length > 0) found.push({ a, b, overlap, between });
    }
  }
  found.sort((p, q) => jaccard(q.overlap) - jaccard(p.overlap) || q.overlap.shared - p.overlap.shared);
  return {
    hubs: sorted.map(({ organizations, ...hub }) => ({ ...hub, organizations: organizations.length })),
    pairs: found.slice(0, max).map(({ a, b, overlap, between }) => pairOf(a, b, overlap, between, ids.get(b.id)!)),
    pairsLeftOut: Math.max(0, found.length - max),
  };
}

function pairOf(
  a: HubOnTarget,
  b: HubOnTarget,
  overlap: Overlap,
  between: ConsolidationLinkDto[],
  idsB: ReadonlySet<string>,
): HubPairDto {
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
  const rated = (h: HubOnTarget) =>
    `${h.name} ${h.rating === null ? 'is not rated yet' : `is rated ${Math.round(h.rating * 10) / 10}/100`}`;
  reasons.push(`${rated(hubs[0])}; ${rated(hubs[1])}.`);
  return { kind, reasons };
}
