/** Deterministic randomness for pivots and Louvain. Hand-written: none of the graphology packages ships a seeded RNG. */

/** mulberry32: a small, fast 32-bit PRNG; returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Derives a per-scope seed so each scope's sample does not depend on which scopes ran before it. */
export function scopeSeed(seed: number, scope: string): number {
  let hash = (seed ^ 0x811c9dc5) >>> 0;
  for (let i = 0; i < scope.length; i++) hash = Math.imul(hash ^ scope.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/** k distinct indices of 0..n-1, uniformly at random (partial Fisher–Yates), in ascending order. */
export function samplePivots(n: number, k: number, random: () => number): Int32Array {
  const all = new Int32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  const take = Math.min(k, n);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(random() * (n - i));
    const swap = all[i];
    all[i] = all[j];
    all[j] = swap;
  }
  return all.slice(0, take).sort();
}
