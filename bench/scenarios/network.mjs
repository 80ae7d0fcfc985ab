// Issue #6 benchmark: the network analysis (overall + each of the 17 SDGs) of a synthetic network of 20,000
// organizations and 200,000 ties, run by runNetworkAnalysis in its worker thread, beside a baseline measured in the
// same run: building the same graph and reading every node's degree. Target: under 30 s.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { writeSection } from '../lib/report.mjs';
import { ROOT } from '../lib/services.mjs';
import { fmt } from '../lib/stats.mjs';

const require = createRequire(join(ROOT, 'apps/server/package.json'));
const DIST = join(ROOT, 'apps/server/dist/modules/network/analysis');
const { buildNetworkGraph, runNetworkAnalysis } = require(join(DIST, 'index.js'));

const ORGANIZATIONS = Number(process.env.BENCH_NETWORK_ORGS ?? 20_000);
const TIES = Number(process.env.BENCH_NETWORK_TIES ?? 200_000);
const TARGET_S = 30;
/** The run is aborted past this, so the bench always stops by itself. */
const TIMEOUT_S = Number(process.env.BENCH_NETWORK_TIMEOUT_S ?? 180);
const SEED = 20_26;
/** BENCH_NETWORK_EXACT=1 also computes exact betweenness and closeness of the whole network (~2 more minutes). */
const EXACT = process.env.BENCH_NETWORK_EXACT === '1';

export async function run() {
  let started = performance.now();
  const input = generateNetwork(ORGANIZATIONS, TIES, SEED);
  const generateS = seconds(started);

  // Baseline: the same graph build plus one degree read per node, on this thread.
  started = performance.now();
  const { graph } = buildNetworkGraph(input);
  let degreeSum = 0;
  graph.forEachNode((node) => (degreeSum += graph.degree(node)));
  const baselineS = seconds(started);
  if (degreeSum !== graph.size * 2) throw new Error('baseline degree sum does not match the edge count');

  // The analysis in its worker thread; this thread's event-loop delay is watched meanwhile.
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  started = performance.now();
  const result = await runNetworkAnalysis(input, {}, { signal: AbortSignal.timeout(TIMEOUT_S * 1000) });
  const totalS = seconds(started);
  lag.disable();

  const accuracy = EXACT
    ? exactComparison(graph, result.overall)
    : 'Accuracy against exact values: not measured in this run (`BENCH_NETWORK_EXACT=1`, about 2 more minutes).';

  const t = result.timings;
  const sdgScopes = result.bySdg;
  const sampled = sdgScopes.filter((s) => s.methods.betweenness.method === 'sampled');
  const largest = [...sdgScopes].sort((a, b) => b.nodeCount - a.nodeCount)[0];
  const o = result.overall;
  const rows = [
    ['graph build (overall)', t.graphBuildMs],
    ['degree + weighted degree', t.degreeMs],
    ['PageRank', t.pagerankMs],
    [`betweenness (${method(o.methods.betweenness)})`, t.betweennessMs],
    [`closeness, harmonic (${method(o.methods.closeness)})`, t.closenessMs],
    ['Louvain', t.louvainMs],
    ['centralization, hub candidates, brokers, isolates', t.derivedMs],
    [`per-SDG: ${sdgScopes.length} subgraphs, all steps`, t.perSdgMs],
  ];
  const sdgSteps = ['buildMs', 'pagerankMs', 'betweennessMs', 'closenessMs', 'louvainMs'].map((step) => [
    step.replace(/Ms$/, ''),
    sdgScopes.reduce((sum, s) => sum + s.timings[step], 0),
  ]);
  const verdict = totalS < TARGET_S ? `under the ${TARGET_S} s target` : `**over the ${TARGET_S} s target**`;

  writeSection(
    'network',
    `## Network analysis (issue #6)

Synthetic network: ${ORGANIZATIONS.toLocaleString('en')} organizations (9 sectors, 60 countries, 1–3 SDGs each skewed
toward a few), ${TIES.toLocaleString('en')} ties (preferential attachment, 60 % inside a shared SDG, 30 % \`co_member\`)
→ ${result.input.edges.toLocaleString('en')} edges after merging parallel ties; generated in ${fmt(generateS, 2)} s
(seed ${SEED}). The analysis is \`runNetworkAnalysis\` from \`apps/server/dist\` in its worker thread, default options
(exact up to ${result.options.exactThreshold} nodes per scope, else ${result.options.pivots} pivots for betweenness and ${result.options.closenessPivots} for closeness).

| step | seconds |
|---|---|
${rows.map(([label, ms]) => `| ${label} | ${fmt(ms / 1000, 2)} |`).join('\n')}
| **analysis inside the thread** | **${fmt(t.totalMs / 1000, 2)}** |
| **runNetworkAnalysis, wall (thread start, input and result copies included)** | **${fmt(totalS, 2)}** |
| baseline: build the graph + degree of every node, main thread | ${fmt(baselineS, 2)} |

- Total ${fmt(totalS, 1)} s, ${verdict}; ${fmt(totalS / baselineS, 1)}× the baseline.
- Per-SDG steps summed over the ${sdgScopes.length} scopes: ${sdgSteps.map(([step, ms]) => `${step} ${fmt(ms / 1000, 2)} s`).join(', ')}.
  Largest SDG scope: SDG ${largest.sdg}, ${largest.nodeCount.toLocaleString('en')} nodes / ${largest.edgeCount.toLocaleString('en')} edges;
  ${sampled.length} of ${sdgScopes.length} SDG scopes sampled, the others exact.
- Overall: ${o.communityCount} communities (modularity ${fmt(o.modularity, 3)}), degree centralization
  ${fmt(o.degreeCentralization, 3)}, betweenness centralization ${fmt(o.betweennessCentralization, 3)}, harmonic mean path
  length ${fmt(o.pathLength.harmonicMean, 2)} hops, ${o.isolates.length} isolates.
- Main-thread event loop during the run: max delay ${fmt(lag.max / 1e6, 0)} ms (a BullMQ worker's lock renewals keep running).
- ${accuracy}`,
  );
}

/** The run's sampled whole-network values against exact ones (every node a source) on the same graph. */
function exactComparison(graph, overall) {
  const { toAdjacency } = require(join(DIST, 'adjacency.js'));
  const { pivotBetweenness, normaliseBetweenness } = require(join(DIST, 'betweenness.js'));
  const { harmonicCloseness } = require(join(DIST, 'closeness.js'));
  const adj = toAdjacency(graph);
  const n = adj.ids.length;
  const all = Int32Array.from({ length: n }, (_, i) => i);
  const started = performance.now();
  // The all-sources pivot pass equals graphology-metrics' exact betweenness (checked in centrality.spec.ts) and is
  // about twice as fast here.
  const exactBetweenness = normaliseBetweenness(pivotBetweenness(adj, all, n));
  const exactCloseness = harmonicCloseness(adj, { sources: all, method: { method: 'exact' }, population: n }).values;
  const exactS = seconds(started);
  const sampled = new Map(overall.organizations.map((o) => [o.id, o]));
  const byExact = [...all].sort((a, b) => exactBetweenness[b] - exactBetweenness[a]).map((i) => adj.ids[i]);
  const bySampled = [...overall.organizations].sort((a, b) => b.betweenness - a.betweenness).map((o) => o.id);
  const overlap = (k) => bySampled.slice(0, k).filter((id) => byExact.slice(0, k).includes(id)).length;
  const ratios = byExact.slice(0, 10).map((id) => sampled.get(id).betweenness / exactBetweenness[adj.indexOf.get(id)]);
  let errorSum = 0;
  let worst = 0;
  for (let i = 0; i < n; i++) {
    if (exactCloseness[i] === 0) continue;
    const error = Math.abs(sampled.get(adj.ids[i]).closeness / exactCloseness[i] - 1);
    errorSum += error;
    worst = Math.max(worst, error);
  }
  return `Sampled against exact on this network (exact: every node a source, ${fmt(exactS, 0)} s): betweenness top 10
  ${overlap(10)}/10 and top 50 ${overlap(50)}/50 in common, the exact top 10's sampled values at
  ${fmt(Math.min(...ratios), 2)}–${fmt(Math.max(...ratios), 2)}× exact; harmonic closeness mean relative error
  ${fmt(100 * (errorSum / n), 2)} %, worst ${fmt(100 * worst, 1)} %.`;
}

const seconds = (since) => (performance.now() - since) / 1000;
const method = (m) => (m.method === 'exact' ? 'exact' : `sampled, k = ${m.pivots}`);

/** mulberry32 */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weighted(rnd, entries) {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let x = rnd() * total;
  for (const [value, w] of entries) if ((x -= w) < 0) return value;
  return entries[entries.length - 1][0];
}

const SECTORS = [
  ['ngo', 30],
  ['corporation', 20],
  ['research', 12],
  ['government', 10],
  ['philanthropy', 8],
  ['city_network', 6],
  ['faith', 6],
  ['intergovernmental', 4],
  ['regional_body', 4],
];
/** A few SDGs draw most organizations (health, climate, partnerships, education, gender). */
const SDG_WEIGHTS = [
  [3, 10],
  [13, 9],
  [17, 8],
  [4, 7],
  [5, 6],
  [1, 5],
  [6, 5],
  [2, 4],
  [8, 4],
  [16, 3],
  [10, 3],
  [11, 3],
  [7, 2],
  [9, 2],
  [12, 2],
  [14, 1],
  [15, 1],
];
const KINDS = [
  ['partners_with', 40],
  ['co_member', 30],
  ['funds', 15],
  ['member_of', 10],
  ['board_seat', 5],
];

/** Deterministic network with a power-law degree distribution (preferential attachment over tie endpoints). */
export function generateNetwork(organizationCount, tieCount, seed) {
  const rnd = random(seed);
  const countries = Array.from({ length: 60 }, (_, i) => String.fromCharCode(65 + (i % 26), 65 + ((i * 7) % 26)));
  const organizations = [];
  const bySdg = new Map(SDG_WEIGHTS.map(([sdg]) => [sdg, []]));
  for (let i = 0; i < organizationCount; i++) {
    const id = `org-${String(i).padStart(5, '0')}`;
    const count = weighted(rnd, [
      [1, 50],
      [2, 35],
      [3, 15],
    ]);
    const sdgs = new Set();
    while (sdgs.size < count) sdgs.add(weighted(rnd, SDG_WEIGHTS));
    for (const sdg of sdgs) bySdg.get(sdg).push(i);
    organizations.push({
      id,
      name: `Organization ${i}`,
      sector: weighted(rnd, SECTORS),
      country: rnd() < 0.05 ? null : countries[Math.floor(rnd() * countries.length)],
      sdgs: [...sdgs].sort((a, b) => a - b),
    });
  }
  // Endpoint lists: picking a uniform entry picks an organization with probability proportional to its degree.
  const ends = [];
  const sdgEnds = new Map(SDG_WEIGHTS.map(([sdg]) => [sdg, []]));
  const pick = (list, pool) => {
    const from = list.length > 0 && rnd() < 0.85 ? list : pool;
    return from[Math.floor(rnd() * from.length)];
  };
  const ties = [];
  const all = Array.from({ length: organizationCount }, (_, i) => i);
  while (ties.length < tieCount) {
    const source = rnd() < 0.5 ? Math.floor(rnd() * organizationCount) : (ends[Math.floor(rnd() * ends.length)] ?? 0);
    let target;
    const sourceSdgs = organizations[source].sdgs;
    if (rnd() < 0.6) {
      const sdg = sourceSdgs[Math.floor(rnd() * sourceSdgs.length)];
      target = pick(sdgEnds.get(sdg), bySdg.get(sdg));
    } else {
      target = pick(ends, all);
    }
    if (target === source) continue;
    const kind = weighted(rnd, KINDS);
    const weight = kind === 'co_member' ? 1 + Math.floor(-Math.log(1 - rnd()) / 1.2) : 1;
    ties.push({ source: organizations[source].id, target: organizations[target].id, kind, weight });
    ends.push(source, target);
    for (const sdg of sourceSdgs) sdgEnds.get(sdg).push(source);
    for (const sdg of organizations[target].sdgs) sdgEnds.get(sdg).push(target);
  }
  return { organizations, ties };
}
