import type { NetworkScopeSummaryDto } from '@hubspoke/contracts';
import type { PathLengthSummary, ScopeAnalysis } from './analysis';
import type { NetworkAnalysis, StoredMetrics } from './network-analysis.entity';

/** Six significant digits: plenty for ranking and display, and a third of the JSON. */
const round = (n: number) => Number(n.toPrecision(6));

export function toScopeSummary(scope: ScopeAnalysis): NetworkScopeSummaryDto {
  return {
    organizations: scope.nodeCount,
    edges: scope.edgeCount,
    communities: scope.communityCount,
    modularity: round(scope.modularity),
    degreeCentralization: round(scope.degreeCentralization),
    betweennessCentralization: round(scope.betweennessCentralization),
    ...pathLength(scope.pathLength),
    methods: scope.methods,
  };
}

export function pathLength(p: PathLengthSummary): { averagePathLength: number | null; connectedPairShare: number } {
  return {
    averagePathLength: p.harmonicMean === null ? null : round(p.harmonicMean),
    connectedPairShare: round(p.connectedPairShare),
  };
}

/** The row that keeps one scope's analysis. */
export function toAnalysisRow(scope: ScopeAnalysis, analyzedAt: Date, inputHash: string): NetworkAnalysis {
  const metrics: StoredMetrics = {};
  for (const m of scope.organizations) {
    metrics[m.id] = [
      m.degree,
      round(m.weightedDegree),
      round(m.betweenness),
      round(m.closeness),
      round(m.pagerank),
      m.community,
    ];
  }
  return {
    scope: scope.sdg ?? 0,
    analyzedAt,
    inputHash,
    summary: toScopeSummary(scope),
    metrics,
    insights: {
      candidates: scope.hubCandidates.map((c) => ({
        id: c.id,
        score: round(c.score),
        parts: c.parts.map((p) => ({
          ...p,
          value: round(p.value),
          normalised: round(p.normalised),
          contribution: round(p.contribution),
        })),
      })),
      brokers: scope.brokers.map((b) => ({
        id: b.id,
        score: round(b.score),
        betweenness: round(b.betweenness),
        degree: b.degree,
        communitiesLinked: b.communitiesLinked,
      })),
      isolates: scope.isolates,
    },
  };
}
