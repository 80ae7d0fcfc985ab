import type { Adjacency } from './adjacency';
import { sweepDistances, type DistanceSweep } from './distance-sweep';
import type { SourcePlan } from './source-plan';

/**
 * Harmonic closeness, C(v) = 1/(n-1) · Σ_{u≠v} 1/d(u, v), hop distances, unreachable pairs contributing 0. Chosen over
 * Freeman/Wasserman–Faust because it is defined on disconnected graphs without special cases and its sampled form
 * (mean of 1/d over the pivots, Eppstein–Wang) is an unbiased estimate. graphology-metrics has no harmonic variant.
 */
export function harmonicCloseness(adj: Adjacency, plan: SourcePlan): { values: Float64Array; sweep: DistanceSweep } {
  const n = adj.ids.length;
  const sweep = sweepDistances(adj, plan.sources);
  const values = new Float64Array(n);
  if (n < 2) return { values, sweep };
  const exact = plan.method.method === 'exact';
  for (let v = 0; v < n; v++) {
    // Sampled: the pivots other than v stand for the n-1 other nodes.
    const others = exact ? n - 1 : sweep.sourceCount - sweep.isSource[v];
    values[v] = others > 0 ? sweep.inverseSums[v] / others : 0;
  }
  return { values, sweep };
}
