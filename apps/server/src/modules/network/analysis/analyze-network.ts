import { analyzeScope, stopwatch } from './analyze-scope';
import { buildNetworkGraph } from './network-graph';
import type {
  NetworkAnalysisOptions,
  NetworkAnalysisResult,
  NetworkInput,
  ResolvedAnalysisOptions,
} from './network-types';
import { sdgSubgraph } from './scope-graph';

export const ALL_SDGS: readonly number[] = Array.from({ length: 17 }, (_, i) => i + 1);

export function resolveAnalysisOptions(options: NetworkAnalysisOptions = {}): ResolvedAnalysisOptions {
  return {
    exactThreshold: options.exactThreshold ?? 1000,
    pivots: options.pivots ?? 256,
    closenessPivots: options.closenessPivots ?? 1024,
    seed: options.seed ?? 1,
    sdgs: options.sdgs ?? [...ALL_SDGS],
    topN: options.topN ?? 10,
    pagerankAlpha: options.pagerankAlpha ?? 0.85,
    louvainResolution: options.louvainResolution ?? 1,
  };
}

/**
 * The whole analysis, synchronously: the network overall, then each SDG's induced subgraph. Blocks for seconds on a
 * large network: in a server process call runNetworkAnalysis(), which runs this in a worker thread.
 */
export function analyzeNetwork(input: NetworkInput, options?: NetworkAnalysisOptions): NetworkAnalysisResult {
  const resolved = resolveAnalysisOptions(options);
  const clock = stopwatch();
  const { graph, stats } = buildNetworkGraph(input);
  const graphBuildMs = clock.lap();
  const overall = analyzeScope(graph, { name: 'all', sdg: null, buildMs: 0 }, resolved);
  clock.lap();
  const bySdg = resolved.sdgs.map((sdg) => {
    const sdgClock = stopwatch();
    const sub = sdgSubgraph(graph, sdg);
    return analyzeScope(sub, { name: `sdg:${sdg}`, sdg, buildMs: sdgClock.lap() }, resolved);
  });
  const perSdgMs = clock.lap();
  const { degreeMs, pagerankMs, betweennessMs, closenessMs, louvainMs, derivedMs } = overall.timings;
  return {
    overall,
    bySdg,
    input: stats,
    options: resolved,
    timings: {
      graphBuildMs: graphBuildMs + overall.timings.buildMs,
      degreeMs,
      pagerankMs,
      betweennessMs,
      closenessMs,
      louvainMs,
      derivedMs,
      perSdgMs,
      totalMs: graphBuildMs + overall.timings.totalMs + perSdgMs,
    },
  };
}
