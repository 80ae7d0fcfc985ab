import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeNetwork } from './analyze-network';
import { bridgedCommunities, networkOf } from './network-fixtures.testing';
import type { NetworkAnalysisResult, NetworkInput, ScopeAnalysis } from './network-types';
import { analyzeHubWhatIf } from './what-if';

/**
 * A thread cannot load TypeScript, so the wrapper is tested once as shipped: from the swc build in apps/server/dist
 * (`npm run build -w apps/server`, which `npm test` runs first).
 */
const DIST_INDEX = resolve(__dirname, '../../../../dist/modules/network/analysis/index.js');

type AnalysisModule = typeof import('./index');

async function loadDist(): Promise<AnalysisModule> {
  if (!existsSync(DIST_INDEX))
    throw new Error(`${DIST_INDEX} is missing: build the server (npm run build -w apps/server)`);
  return (await import(DIST_INDEX)) as AnalysisModule;
}

function withoutTimings(result: NetworkAnalysisResult) {
  const scope = ({ timings: _timings, ...rest }: ScopeAnalysis) => rest;
  return { ...result, timings: undefined, overall: scope(result.overall), bySdg: result.bySdg.map(scope) };
}

describe('runNetworkAnalysis: the analysis in a worker thread (from the built dist)', () => {
  const input = bridgedCommunities(4, 150, 6, 2);

  it('resolves with what analyzeNetwork returns, while this event loop keeps running', async () => {
    const { runNetworkAnalysis } = await loadDist();
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    try {
      const result = await runNetworkAnalysis(input, { sdgs: [1, 2] });
      expect(withoutTimings(result)).toEqual(withoutTimings(analyzeNetwork(input, { sdgs: [1, 2] })));
      expect(result.overall.nodeCount).toBe(606);
      expect(ticks).toBeGreaterThan(0);
    } finally {
      clearInterval(timer);
    }
  });

  it('runs the what-if in a thread too', async () => {
    const { runHubWhatIf } = await loadDist();
    const halves = networkOf(['a-b', 'c-d']);
    const hub = { id: 'h', memberIds: ['a', 'c'] };
    expect(await runHubWhatIf(halves, hub)).toEqual(analyzeHubWhatIf(halves, hub));
  });

  it('rejects with the error thrown in the thread', async () => {
    const { runNetworkAnalysis } = await loadDist();
    const broken = { organizations: [], ties: null } as unknown as NetworkInput;
    await expect(runNetworkAnalysis(broken)).rejects.toThrow(/not iterable/);
  });

  it('stops the thread when aborted', async () => {
    const { runNetworkAnalysis } = await loadDist();
    const big = bridgedCommunities(20, 1000, 40, 3);
    const started = Date.now();
    await expect(runNetworkAnalysis(big, {}, { signal: AbortSignal.timeout(100) })).rejects.toMatchObject({
      name: 'TimeoutError',
    });
    expect(Date.now() - started).toBeLessThan(2000);
    const aborted = AbortSignal.abort();
    await expect(runNetworkAnalysis(big, {}, { signal: aborted })).rejects.toBe(aborted.reason);
  });
});
