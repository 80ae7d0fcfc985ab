import type { MeasureMethod } from './network-types';
import { samplePivots, seededRandom } from './seeded-random';

export interface SamplingSettings {
  exactThreshold: number;
  pivots: number;
  seed: number;
}

/** The sources of the shortest-path sweeps of a scope: every node up to the threshold, else k seeded random pivots. */
export interface SourcePlan {
  sources: Int32Array;
  method: MeasureMethod;
  /** How many nodes the sources stand for: a sampled sum is scaled by population / sources. */
  population: number;
}

/** `candidates` are the node indices that may be sources (default 0..n-1). */
export function planSources(n: number, settings: SamplingSettings, candidates?: Int32Array): SourcePlan {
  const pool = candidates ?? Int32Array.from({ length: n }, (_, i) => i);
  if (pool.length <= settings.exactThreshold || pool.length <= settings.pivots) {
    return { sources: pool, method: { method: 'exact' }, population: pool.length };
  }
  const picked = samplePivots(pool.length, settings.pivots, seededRandom(settings.seed));
  return {
    sources: picked.map((i) => pool[i]),
    method: { method: 'sampled', pivots: picked.length, seed: settings.seed },
    population: pool.length,
  };
}
