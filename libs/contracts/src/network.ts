import type { Sector } from './enums';
import type { OrganizationRefDto } from './organizations';

/** Declared ties between organizations, kept apart from the ties hub membership implies. */
export const RELATIONSHIP_KINDS = ['member_of', 'funds', 'partners_with', 'board_seat'] as const;
export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];

/** The kinds of a tie in the combined network: declared relationships, and co-membership of a public hub. */
export const TIE_KINDS = [...RELATIONSHIP_KINDS, 'co_member'] as const;
export type TieKind = (typeof TIE_KINDS)[number];

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

/** One column per centrality, one entry per organization. */
export type CentralityColumnsDto = { [K in keyof CentralityDto]: (number | null)[] };

/**
 * The map's organizations as columns: entry i of every array belongs to organization i, so each field is named once
 * rather than once per organization.
 */
export interface NetworkNodeColumnsDto {
  id: string[];
  name: string[];
  shortName: (string | null)[];
  sector: Sector[];
  country: (string | null)[];
  sdgs: number[][];
  /** An entry is null until the analysis has run since the organization appeared. */
  metrics: CentralityColumnsDto;
}

/**
 * The map's ties as columns: tie i joins organizations `source[i]` and `target[i]` (indexes into the node columns, so
 * no id is repeated per tie) and is of the kinds `kindSets[kinds[i]]`.
 */
export interface NetworkEdgeColumnsDto {
  source: number[];
  target: number[];
  kinds: number[];
  weight: number[];
  /** The distinct combinations of kinds among the ties, each sorted; `kinds` points into this list. */
  kindSets: TieKind[][];
}

/** The values present in a scope, for the map's filter lists. */
export interface NetworkFacetsDto {
  sectors: Sector[];
  /** ISO 3166-1 alpha-2, sorted. */
  countries: string[];
}

/** How a path-based measure was computed: exactly, or from a seeded sample of source organizations. */
export type MeasureMethodDto = { method: 'exact' } | { method: 'sampled'; pivots: number; seed: number };

export interface NetworkScopeSummaryDto {
  organizations: number;
  /** Pairs of organizations with at least one tie (parallel ties merged). */
  edges: number;
  communities: number;
  modularity: number;
  /** Freeman centralization, 0..1 (1 = a star). */
  degreeCentralization: number;
  betweennessCentralization: number;
  /** Harmonic mean of the shortest-path length in hops over all pairs (unreachable pairs count); null without any. */
  averagePathLength: number | null;
  connectedPairShare: number;
  methods: { betweenness: MeasureMethodDto; closeness: MeasureMethodDto };
}

export interface NetworkGraphDto {
  /** null: the whole network; n: the part of it working on SDG n. */
  sdg: number | null;
  analyzedAt: string | null;
  /** True when ties or organizations changed after the analysis; a new one is on its way. */
  stale: boolean;
  summary: NetworkScopeSummaryDto | null;
  nodes: NetworkNodeColumnsDto;
  edges: NetworkEdgeColumnsDto;
  /** The sectors and countries of the SDG's organizations (the sector and country filters not applied). */
  facets: NetworkFacetsDto;
}

export interface ScorePartDto {
  metric: 'pagerank' | 'betweenness' | 'degree';
  /** The organization's value in the scope. */
  value: number;
  /** value / the scope's maximum, 0..1. */
  normalised: number;
  weight: number;
  /** weight × normalised: the parts add up to the score. */
  contribution: number;
}

export interface HubCandidateDto {
  organization: OrganizationRefDto;
  score: number;
  /** What the score is made of. */
  parts: ScorePartDto[];
}

export interface BrokerDto {
  organization: OrganizationRefDto;
  /** Normalised betweenness per normalised tie: how much more it bridges than its ties alone explain. */
  score: number;
  betweenness: number;
  degree: number;
  /** Distinct communities among the organization and its neighbours. */
  communitiesLinked: number;
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
  /** Declared weights plus the number of shared public hubs. */
  weight: number;
  /** The declared relationships behind the tie: `out` when this organization is their source. */
  declared: {
    kind: RelationshipKind;
    direction: 'out' | 'in';
    weight: number;
    since: string | null;
    source: string | null;
  }[];
  /** Public hubs both are active members of. */
  sharedHubs: number;
}

export interface OrganizationNetworkDto {
  organization: OrganizationRefDto & { sdgs: number[] };
  /** Its metrics in the whole network and in each SDG it works on. */
  metrics: { sdg: number | null; metrics: CentralityDto }[];
  ties: OrganizationTieDto[];
  /** The public hubs it is a member of, and the caller's own hubs it is in. */
  hubs: { id: string; name: string; visibility: 'public' | 'private' }[];
}

export interface WhatIfSnapshotDto {
  degreeCentralization: number;
  betweennessCentralization: number;
  averagePathLength: number | null;
  connectedPairShare: number;
}

export interface WhatIfResultDto {
  sdg: number | null;
  /** Organizations in the scope (the hypothetical hub not counted). */
  organizations: number;
  members: OrganizationRefDto[];
  /** Chosen members that are not in the scope (another SDG), left out. */
  ignoredMemberIds: string[];
  /** Organizations within one and two steps of at least one member (members included). */
  reach: { within1: { count: number; share: number }; within2: { count: number; share: number } };
  /** Mean number of other organizations each member reaches within two steps, before and after the hub. */
  memberReach: { before: number; after: number };
  before: WhatIfSnapshotDto;
  after: WhatIfSnapshotDto;
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

/** The file formats of network imports and exports; a CSV file holds one table. */
export const NETWORK_FILE_FORMATS = ['json', 'csv'] as const;
export type NetworkFileFormat = (typeof NETWORK_FILE_FORMATS)[number];
export const NETWORK_CSV_TABLES = ['organizations', 'relationships'] as const;
export type NetworkCsvTable = (typeof NETWORK_CSV_TABLES)[number];

/** The columns of each CSV table, in export order (`sdgs` separated by `;` or `|`). */
export const NETWORK_CSV_COLUMNS = {
  organizations: ['name', 'short_name', 'sector', 'country', 'sdgs'],
  relationships: ['from', 'to', 'kind', 'weight', 'since', 'source'],
} as const;

/** An organization in a JSON network file; `id` names it within the file only (relationships' from/to). */
export interface NetworkFileOrganizationDto {
  id?: string;
  name: string;
  short_name?: string | null;
  sector: Sector;
  country?: string | null;
  sdgs?: number[];
}

/** A relationship in a JSON network file: from/to are an organization's id in the file or its name. */
export interface NetworkFileRelationshipDto {
  from: string;
  to: string;
  kind: RelationshipKind;
  weight?: number;
  since?: string | null;
  source?: string | null;
}

/** A JSON network file as exported; imports also take `actors` for `organizations`, `shortName` and `note`. */
export interface NetworkFileDto {
  organizations: NetworkFileOrganizationDto[];
  relationships: NetworkFileRelationshipDto[];
}

export interface CreateRelationshipDto {
  sourceId: string;
  targetId: string;
  kind: RelationshipKind;
  /** > 0; 1 when omitted. */
  weight?: number;
  since?: string | null;
  source?: string | null;
}

/** A hub member organization's place in the network against its share of the hub's recent work. */
export interface MemberNetworkRoleDto {
  organization: OrganizationRefDto;
  /** From the whole network's analysis; null before it has run. */
  pagerank: number | null;
  betweenness: number | null;
  degree: number | null;
  /** Tasks completed, measurements reported and measurements verified in the last 90 days. */
  contribution: { tasksCompleted: number; measurementsReported: number; measurementsVerified: number; share: number };
  /** Open tasks assigned to it that are blocked or overdue. */
  stuckTasks: number;
  /** well_connected_idle: central but contributing little; bottleneck: holds many stuck tasks. */
  flags: ('well_connected_idle' | 'bottleneck')[];
}

/** A public hub on the network map's hub layer, with the organizations among its active members. */
export interface MapHubDto {
  id: string;
  slug: string;
  name: string;
  organizationIds: string[];
}

/** The map's "Hubs and federation links" layer: public hubs and the active parent → child links among them. */
export interface NetworkHubLayerDto {
  hubs: MapHubDto[];
  links: { parentHubId: string; childHubId: string }[];
}
