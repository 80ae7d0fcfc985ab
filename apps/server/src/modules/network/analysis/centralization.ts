/**
 * Freeman centralization: Σ (max − c_i) over the nodes, divided by the largest possible sum for n nodes, which a star
 * reaches. Hand-written: graphology-metrics has node centralities but no graph-level centralization.
 */

/** Unweighted degree: the star's sum is (n-1)(n-2). */
export function degreeCentralization(degrees: ArrayLike<number>): number {
  const n = degrees.length;
  if (n < 3) return 0;
  return deviationSum(degrees) / ((n - 1) * (n - 2));
}

/** Normalised betweenness (in [0, 1]): the star's sum is n-1. */
export function betweennessCentralization(normalisedBetweenness: ArrayLike<number>): number {
  const n = normalisedBetweenness.length;
  if (n < 3) return 0;
  // Sampled estimates can overshoot the star's bound by a hair: clamp.
  return Math.min(1, deviationSum(normalisedBetweenness) / (n - 1));
}

function deviationSum(values: ArrayLike<number>): number {
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) max = Math.max(max, values[i]);
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += max - values[i];
  return sum;
}
