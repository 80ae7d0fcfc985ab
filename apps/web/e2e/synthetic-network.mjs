// A seeded synthetic network in the api's NetworkGraphDto shape (columns), for measuring the map with thousands of
// organizations.
const SECTORS = [
  'government',
  'intergovernmental',
  'regional_body',
  'city_network',
  'corporation',
  'philanthropy',
  'research',
  'ngo',
  'faith',
];
const KIND_SETS = [['co_member'], ['funds'], ['partners_with'], ['member_of'], ['board_seat'], ['co_member', 'funds']];

/** A seeded graph of communities (mostly ties inside them, some across), like the analysed network's shape. */
export function syntheticGraph(NODES = 5000, EDGES = 20000) {
  let seed = 42;
  const random = () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const communities = Math.round(NODES / 200);
  const index = Array.from({ length: NODES }, (_, i) => i);
  const degree = index.map(() => 0);
  const nodes = {
    id: index.map((i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`),
    name: index.map((i) => `Organization ${i}`),
    shortName: index.map((i) => `O${i}`),
    sector: index.map((i) => SECTORS[i % SECTORS.length]),
    country: index.map(() => 'KE'),
    sdgs: index.map(() => [3]),
    metrics: {
      degree,
      weightedDegree: degree,
      betweenness: index.map(() => random() ** 4),
      closeness: index.map(() => random()),
      pagerank: index.map(() => random() ** 3 / NODES),
      community: index.map((i) => i % communities),
    },
  };
  const seen = new Set();
  const edges = { source: [], target: [], kinds: [], weight: [], kindSets: KIND_SETS };
  while (edges.source.length < EDGES) {
    const a = Math.floor(random() * NODES);
    const b =
      random() < 0.9
        ? (a + communities * (1 + Math.floor(random() * (NODES / communities - 1)))) % NODES
        : Math.floor(random() * NODES);
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    degree[a]++;
    degree[b]++;
    edges.kinds.push(edges.source.length % KIND_SETS.length);
    edges.source.push(Math.min(a, b));
    edges.target.push(Math.max(a, b));
    edges.weight.push(1);
  }
  const facets = { sectors: SECTORS, countries: ['KE'] };
  return { sdg: null, analyzedAt: new Date().toISOString(), stale: false, summary: null, nodes, edges, facets };
}
