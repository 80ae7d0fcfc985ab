// A seeded synthetic network in the api's NetworkGraphDto shape, for measuring the map with thousands of organizations.
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
const KINDS = [['co_member'], ['funds'], ['partners_with'], ['member_of'], ['board_seat'], ['co_member', 'funds']];

/** A seeded graph of communities (mostly ties inside them, some across), like the analysed network's shape. */
export function syntheticGraph(NODES = 5000, EDGES = 20000) {
  let seed = 42;
  const random = () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const communities = Math.round(NODES / 200);
  const id = (i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
  const nodes = Array.from({ length: NODES }, (_, i) => ({
    id: id(i),
    name: `Organization ${i}`,
    shortName: `O${i}`,
    sector: SECTORS[i % SECTORS.length],
    country: 'KE',
    sdgs: [3],
    metrics: {
      degree: 0,
      weightedDegree: 0,
      betweenness: random() ** 4,
      closeness: random(),
      pagerank: random() ** 3 / NODES,
      community: i % communities,
    },
  }));
  const seen = new Set();
  const edges = [];
  while (edges.length < EDGES) {
    const a = Math.floor(random() * NODES);
    const b =
      random() < 0.9
        ? (a + communities * (1 + Math.floor(random() * (NODES / communities - 1)))) % NODES
        : Math.floor(random() * NODES);
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    nodes[a].metrics.degree++;
    nodes[b].metrics.degree++;
    edges.push({
      source: id(Math.min(a, b)),
      target: id(Math.max(a, b)),
      kinds: KINDS[edges.length % KINDS.length],
      weight: 1,
    });
  }
  return { sdg: null, analyzedAt: new Date().toISOString(), stale: false, summary: null, nodes, edges };
}
