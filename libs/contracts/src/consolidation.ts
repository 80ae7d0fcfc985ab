import type { Sector } from './enums';

/**
 * Where hubs working on one SDG target might join forces. Overlap is the Jaccard index of two hubs' member
 * organizations (the distinct organizations among their active members): shared / in either.
 * The rule (CONSOLIDATION_RULE): a pair sharing at least a fifth of their organizations and not linked yet may federate
 * (one joins the other as a member spoke); a pair sharing at least half may consider merging, linked or not.
 */
export const CONSOLIDATION_RULE = {
  /** Jaccard ≥ 1/5 and no active link between the two → federate */
  federate: { shared: 1, outOf: 5 },
  /** Jaccard ≥ 1/2 → consider merging */
  merge: { shared: 1, outOf: 2 },
} as const;

export const CONSOLIDATION_KINDS = ['federate', 'merge'] as const;
export type ConsolidationKind = (typeof CONSOLIDATION_KINDS)[number];

export interface ConsolidationOrganizationDto {
  id: string;
  name: string;
  shortName: string | null;
  sector: Sector;
  country: string | null;
}

export interface ConsolidationHubDto {
  id: string;
  slug: string;
  name: string;
  /** Distinct organizations among its active members */
  organizations: number;
  /** Its public rating over all goals (0..100), null while not rated */
  rating: number | null;
  /** Its public rating on the target's SDG, null while not rated there */
  sdgRating: number | null;
}

/** What one hub of a pair has that the other lacks. */
export interface ComplementDto {
  hubId: string;
  sectors: Sector[];
  countries: string[];
}

export interface ConsolidationLinkDto {
  parentHubId: string;
  childHubId: string;
  since: string;
}

export interface ConsolidationCandidateDto {
  kind: ConsolidationKind;
  /** The evidence in plain words */
  reasons: string[];
}

export interface HubPairDto {
  /** The two hubs' ids, the first by name */
  hubIds: string[];
  shared: ConsolidationOrganizationDto[];
  /** Organizations in either hub */
  union: number;
  /** shared.length / union, rounded to 4 decimals */
  jaccard: number;
  /** Active federation links between the two */
  links: ConsolidationLinkDto[];
  /** What each of the two has that the other lacks, in the order of hubIds */
  complements: ComplementDto[];
  candidate: ConsolidationCandidateDto | null;
}

export interface ConsolidationDto {
  target: { code: string; title: string; goalCode: string };
  /** How candidates are chosen, in plain words */
  rule: string;
  /** Public hubs working on the target, by name */
  hubs: ConsolidationHubDto[];
  /** Pairs of those hubs that share an organization or are linked, most overlap first (the first 500) */
  pairs: HubPairDto[];
  /** Such pairs past the first 500, left out to keep the answer small */
  pairsLeftOut: number;
}

export interface ConsolidationTargetDto {
  code: string;
  title: string;
  goalCode: string;
  /** Public hubs working on it (2 or more) */
  hubs: number;
  /** Pairs of those hubs that share at least one organization */
  overlappingPairs: number;
}
