import type { DistanceSweep } from './distance-sweep';
import type { MeasureMethod, PathLengthSummary } from './network-types';

/** Average shortest-path length (hops) from a sweep: harmonic mean over all pairs, and mean over connected pairs. */
export function pathLengthSummary(sweep: DistanceSweep, method: MeasureMethod): PathLengthSummary {
  return {
    harmonicMean: sweep.inverseDistanceSum > 0 ? sweep.pairs / sweep.inverseDistanceSum : null,
    connectedMean: sweep.connectedPairs > 0 ? sweep.distanceSum / sweep.connectedPairs : null,
    connectedPairShare: sweep.pairs > 0 ? sweep.connectedPairs / sweep.pairs : 0,
    method,
  };
}
