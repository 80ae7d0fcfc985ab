export { analyzeNetwork, ALL_SDGS, resolveAnalysisOptions } from './analyze-network';
export { HUB_SCORE_WEIGHTS } from './hub-candidates';
export { buildNetworkGraph, type NetworkGraph } from './network-graph';
export type * from './network-types';
export { analysisWorkerScript, runHubWhatIf, runNetworkAnalysis, type WorkerRunOptions } from './run-network-analysis';
export { sdgSubgraph } from './scope-graph';
export { analyzeHubWhatIf, simulateHub } from './what-if';
