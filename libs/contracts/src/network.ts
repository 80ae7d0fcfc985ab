import type { Sector } from './enums';
import type { OrganizationRefDto } from './organizations';

/** Declared ties between organizations, kept apart from the ties hub membership implies. */
export const RELATIONSHIP_KINDS = ['member_of', 'funds', 'partners_with', 'board_seat'] as const;
export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];

/** The kinds of a tie in the combined network: declared relationships, and co-membership of a public hub. */
export type TieKind = RelationshipKind | 'co_member';

export interface RelationshipDto {
  id: string;
  sourceId: string;
  targetId: string;
  kind: RelationshipKind;
  weight: number;
  /** ISO date the tie exists since, when known. */
  since: string | null;
  /** Where the tie is documented. */
  source: string | null;
  createdAt: string;
}

/** An organization's place in one scope of the network (the whole network, or one SDG's part of it). */
export interface CentralityDto {
  degree: number;
  weightedDegree: number;
  /** Normalised to 0..1. */
  betweenness: number;
  closeness: number;
  pagerank: number;
  community: number;
}

export interface NetworkNodeDto {
  id: string;
  name: string;
  shortName: string | null;
  sector: Sector;
  country: string | null;
  sdgs: number[];
  /** Null until the analysis has run since the organization appeared. */
  metrics: CentralityDto | null;
}

export interface NetworkEdgeDto {
  source: string;
  target: string;
  kinds: TieKind[];
  weight: number;
}

export interface NetworkScopeSummaryDto {
  nodes: number;
  edges: number;
  communities: number;
  degreeCentralization: number;
  betweennessCentralization: number;
  /** How betweenness and closeness were computed: exactly, or from k sampled sources. */
  method: { kind: 'exact' | 'sampled'; pivots: number | null };
}

export interface NetworkGraphDto {
  /** null: the whole network; n: the part of it working on SDG n. */
  sdg: number | null;
  analyzedAt: string | null;
  /** True when ties or organizations changed after the analysis; a new one is on its way. */
  stale: boolean;
  summary: NetworkScopeSummaryDto | null;
  nodes: NetworkNodeDto[];
  edges: NetworkEdgeDto[];
}

export interface ScorePartDto {
  name: string;
  value: number;
  weight: number;
}

export interface HubCandidateDto {
  organization: OrganizationRefDto;
  score: number;
  /** What the score is made of. */
  parts: ScorePartDto[];
}

export interface BrokerDto {
  organization: OrganizationRefDto;
  betweenness: number;
  degree: number;
  /** How many communities other than its own it has ties into. */
  communitiesReached: number;
}

export interface NetworkInsightsDto {
  sdg: number | null;
  analyzedAt: string | null;
  stale: boolean;
  summary: NetworkScopeSummaryDto | null;
  candidates: HubCandidateDto[];
  brokers: BrokerDto[];
  isolates: OrganizationRefDto[];
}

export interface OrganizationTieDto {
  organization: OrganizationRefDto;
  kinds: TieKind[];
  weight: number;
  /** The declared relationships behind the tie, in either direction. */
  relationships: RelationshipDto[];
}

export interface OrganizationNetworkDto {
  organization: OrganizationRefDto & { sdgs: number[] };
  /** Its metrics in the whole network and in each SDG it works on. */
  metrics: { sdg: number | null; metrics: CentralityDto }[];
  ties: OrganizationTieDto[];
  /** The public hubs it is a member of, and the caller's own hubs it is in. */
  hubs: { id: string; name: string; visibility: 'public' | 'private' }[];
}

export interface WhatIfScopeDto {
  degreeCentralization: number;
  betweennessCentralization: number;
  averagePathLength: number;
}

export interface WhatIfResultDto {
  sdg: number | null;
  members: number;
  /** Organizations within one and two steps of the hypothetical hub's members, and their share of the scope. */
  reach: { oneStep: number; twoSteps: number; share: number };
  before: WhatIfScopeDto;
  after: WhatIfScopeDto;
}

export const IMPORT_STATUSES = ['queued', 'validating', 'writing', 'done', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export interface ImportRowErrorDto {
  /** `organizations` or `relationships`. */
  table: 'organizations' | 'relationships';
  /** 1-based: the data row in a CSV (header excluded) or the array index + 1 in JSON. */
  row: number;
  reasons: string[];
}

export interface NetworkImportDto {
  id: string;
  status: ImportStatus;
  format: 'json' | 'csv';
  progress: { done: number; total: number };
  /** Set when done: rows created and updated. */
  counts: {
    organizationsCreated: number;
    organizationsUpdated: number;
    relationshipsCreated: number;
    relationshipsUpdated: number;
  } | null;
  /** Every bad row (at most 1,000); when there is any, nothing was written. */
  errors: ImportRowErrorDto[];
  createdAt: string;
  finishedAt: string | null;
}
