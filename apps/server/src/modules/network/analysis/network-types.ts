/**
 * Input, options and result shapes of the network analysis (issue #6). Plain data only: the result is posted back from a
 * worker thread, so it must survive structured cloning (no Maps, classes or functions).
 */

export type TieKind = 'member_of' | 'funds' | 'partners_with' | 'board_seat' | 'co_member';

export interface NetworkOrganization {
  id: string;
  name: string;
  sector: string;
  country: string | null;
  /** SDG numbers 1–17 the organization works on. */
  sdgs: number[];
}

/** An explicit relationship, or a `co_member` tie implied by hub membership (weight = number of shared hubs). */
export interface NetworkTie {
  source: string;
  target: string;
  kind: TieKind;
  weight: number;
}

export interface NetworkInput {
  organizations: NetworkOrganization[];
  ties: NetworkTie[];
}

export interface NetworkAnalysisOptions {
  /** Betweenness and closeness are exact up to this many nodes in a scope and pivot-sampled above it. Default 1000. */
  exactThreshold?: number;
  /** Source pivots of sampled betweenness (a Brandes pass each). Default 256. */
  pivots?: number;
  /** Source pivots of sampled closeness and path lengths (a plain BFS each, about 3× cheaper). Default 1024. */
  closenessPivots?: number;
  /** Seed of every random choice (pivots, Louvain's traversal order): same input and seed, same result. Default 1. */
  seed?: number;
  /** SDGs analysed one by one. Default 1..17. */
  sdgs?: number[];
  /** Length of the hub-candidate and broker lists. Default 10. */
  topN?: number;
  /** PageRank damping factor. Default 0.85. */
  pagerankAlpha?: number;
  /** Louvain resolution (1 = standard modularity). Default 1. */
  louvainResolution?: number;
}

export type ResolvedAnalysisOptions = Required<NetworkAnalysisOptions>;

/** How a path-based measure was computed in a scope. */
export type MeasureMethod = { method: 'exact' } | { method: 'sampled'; pivots: number; seed: number };

export interface OrganizationMetrics {
  id: string;
  /** Distinct neighbours (parallel ties merged). */
  degree: number;
  /** Sum of the merged tie weights. */
  weightedDegree: number;
  /** Shortest paths (in hops) through the node over all unordered pairs of other nodes; sampled scopes: estimate. */
  betweennessRaw: number;
  /** betweennessRaw / ((n-1)(n-2)/2), in [0, 1]. */
  betweenness: number;
  /** Harmonic closeness: mean over the other nodes u of 1/d(u, v) in hops (0 when unreachable), in [0, 1]. */
  closeness: number;
  /** Weighted PageRank; sums to 1 over the scope. */
  pagerank: number;
  /** Louvain community, numbered by size within the scope (0 = largest). */
  community: number;
}

export interface ScorePart {
  metric: 'pagerank' | 'betweenness' | 'degree';
  /** The organization's value in the scope. */
  value: number;
  /** value / the scope's maximum, in [0, 1]. */
  normalised: number;
  weight: number;
  /** weight × normalised; the parts add up to the score. */
  contribution: number;
}

export interface HubCandidate {
  id: string;
  name: string;
  score: number;
  parts: ScorePart[];
}

export interface Broker {
  id: string;
  name: string;
  /** betweenness / (degree / (n-1)): normalised betweenness per normalised tie. */
  score: number;
  betweenness: number;
  degree: number;
  community: number;
  /** Distinct communities among the organization and its neighbours (at least 2). */
  communitiesLinked: number;
}

export interface PathLengthSummary {
  /**
   * Harmonic mean of the shortest-path length (hops) over all ordered pairs, unreachable pairs included (1 / global
   * efficiency): it falls when a tie joins separate parts. null when no pair is connected.
   */
  harmonicMean: number | null;
  /** Arithmetic mean over connected pairs only; null when no pair is connected. */
  connectedMean: number | null;
  /** Share of ordered pairs that are connected. */
  connectedPairShare: number;
  method: MeasureMethod;
}

export interface ScopeTimings {
  buildMs: number;
  degreeMs: number;
  pagerankMs: number;
  betweennessMs: number;
  closenessMs: number;
  louvainMs: number;
  derivedMs: number;
  totalMs: number;
}

export interface ScopeAnalysis {
  /** `all` for the whole network, else `sdg:<n>`. */
  scope: string;
  sdg: number | null;
  nodeCount: number;
  edgeCount: number;
  communityCount: number;
  modularity: number;
  /** Freeman degree centralization on unweighted degree, in [0, 1] (1 = star). */
  degreeCentralization: number;
  /** Freeman betweenness centralization, in [0, 1] (1 = star). */
  betweennessCentralization: number;
  pathLength: PathLengthSummary;
  methods: { betweenness: MeasureMethod; closeness: MeasureMethod };
  organizations: OrganizationMetrics[];
  hubCandidates: HubCandidate[];
  brokers: Broker[];
  /** Organizations of the scope without any tie inside it. */
  isolates: string[];
  timings: ScopeTimings;
}

export interface NetworkAnalysisResult {
  overall: ScopeAnalysis;
  /** One entry per requested SDG, in the order of `options.sdgs`. */
  bySdg: ScopeAnalysis[];
  input: {
    organizations: number;
    ties: number;
    /** Edges after merging parallel ties between the same pair. */
    edges: number;
    droppedTies: { selfLoops: number; unknownOrganization: number; invalidWeight: number };
  };
  options: ResolvedAnalysisOptions;
  /** Milliseconds per step of the whole-network scope, then everything the SDG scopes took (each has its own timings). */
  timings: {
    graphBuildMs: number;
    degreeMs: number;
    pagerankMs: number;
    betweennessMs: number;
    closenessMs: number;
    louvainMs: number;
    derivedMs: number;
    /** Everything spent on the SDG scopes (subgraph build and all their measures). */
    perSdgMs: number;
    totalMs: number;
  };
}

/** A hub that does not exist yet: a new node tied (`member_of`) to each chosen member. */
export interface HypotheticalHub {
  id: string;
  name?: string;
  memberIds: string[];
}

export interface WhatIfOptions {
  /** Run the what-if inside one SDG's subgraph instead of the whole network. */
  sdg?: number;
  exactThreshold?: number;
  pivots?: number;
  closenessPivots?: number;
  seed?: number;
}

export interface ReachCount {
  count: number;
  /** count / organizations in the scope. */
  share: number;
}

export interface NetworkSnapshot {
  degreeCentralization: number;
  betweennessCentralization: number;
  pathLength: PathLengthSummary;
}

export interface WhatIfResult {
  scope: string;
  /** Organizations of the scope (the hypothetical hub not counted). */
  organizations: number;
  members: string[];
  /** Requested members that are not organizations of the scope; left out. */
  ignoredMemberIds: string[];
  /** The hub's footprint: organizations within 1 and 2 hops of at least one member (members included). */
  reach: { within1: ReachCount; within2: ReachCount };
  /** Mean number of other organizations each member reaches within 2 hops, before and after the hub joins them. */
  memberReach: { before: number; after: number };
  before: NetworkSnapshot;
  after: NetworkSnapshot;
}
