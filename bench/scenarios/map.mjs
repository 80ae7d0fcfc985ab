// Issue #6 benchmark: the network map (/network) with 5,000 organizations and 20,000 ties in headless Chromium —
// frame times (requestAnimationFrame intervals) while the map is panned with mouse drags and zoomed with the wheel,
// after ForceAtlas2 has settled — beside a baseline measured in the same run: the same page, inputs and browser with an
// empty graph. The api (built, on a fresh database) serves the built web app; the browser's GET /api/network is
// answered with the synthetic graph of apps/web/e2e/synthetic-network.mjs, so the numbers are the map's alone.
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { cpus, loadavg } from 'node:os';
import { launch, PASSWORD, signedInPage } from '../../apps/web/e2e/browser.mjs';
import { drags, frameTimes, wheel } from '../../apps/web/e2e/frame-times.mjs';
import { syntheticGraph } from '../../apps/web/e2e/synthetic-network.mjs';
import { writeSection } from '../lib/report.mjs';
import { freshDatabase, ROOT, startApi } from '../lib/services.mjs';
import { fmt } from '../lib/stats.mjs';

const NODES = Number(process.env.BENCH_MAP_NODES ?? 5_000);
const TIES = Number(process.env.BENCH_MAP_TIES ?? 20_000);
const EMAIL = 'bench-map@example.org';
/** A 5,000-organization layout takes a while on 2 shared cores. */
const LAYOUT_TIMEOUT_MS = 180_000;

export async function run() {
  const build = spawnSync('npm', ['run', 'build', '-w', 'apps/web'], { cwd: ROOT, stdio: 'ignore' });
  if (build.status !== 0) throw new Error('npm run build -w apps/web failed');
  const url = await freshDatabase('hubspoke_bench_map');
  const api = await startApi({ DATABASE_URL: url });
  const browser = await launch();
  try {
    const registered = await fetch(`${api.base}/api/auth/register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: EMAIL, name: 'Bench', password: PASSWORD }),
    });
    if (!registered.ok) throw new Error(`register: ${registered.status}`);
    // the page is for signed-in accounts that confirmed their address; the link's own path is not what is measured
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    await db.query(`UPDATE "user" SET email_verified_at = now() WHERE email = $1`, [EMAIL]);
    await db.end();
    const graph = syntheticGraph(NODES, TIES);
    const map = await measure(browser, api.base, graph);
    const baseline = await measure(browser, api.base, syntheticGraph(0, 0), map.box);
    writeSection('map', report(graph, map, baseline));
  } finally {
    await browser.close();
    await api.stop();
  }
}

/** Opens the map with `graph` as the api's answer, then pans and zooms over `box` (default: the map's own box). */
async function measure(browser, baseUrl, graph, box) {
  const { context, page } = await signedInPage(browser, baseUrl, EMAIL);
  try {
    const body = JSON.stringify(graph);
    await page.route(/\/api\/network(\?|$)/, (route) => route.fulfill({ contentType: 'application/json', body }));
    const started = Date.now();
    await page.goto('/network');
    let shownMs = null;
    let laidOutMs = null;
    if (graph.nodes.id.length > 0) {
      await page.waitForSelector(`[data-testid="network-map"][data-nodes="${graph.nodes.id.length}"]`, {
        timeout: LAYOUT_TIMEOUT_MS,
      });
      shownMs = Date.now() - started;
      await page.waitForSelector('[data-testid="network-map"][data-layout="done"]', { timeout: LAYOUT_TIMEOUT_MS });
      laidOutMs = Date.now() - started;
    } else {
      await page.getByText('No organization matches these filters.').waitFor();
    }
    const area = box ?? (await page.getByTestId('network-map').boundingBox());
    await page.waitForTimeout(500);
    const panning = await frameTimes(page, () => drags(page, area));
    const zooming = await frameTimes(page, () => wheel(page, area));
    return { box: area, bytes: Buffer.byteLength(body), shownMs, laidOutMs, panning, zooming };
  } finally {
    await context.close();
  }
}

function report(graph, map, baseline) {
  const row = (label, r) =>
    `| ${label} | ${r.frames} | ${fmt(r.fps)} | ${fmt(r.medianMs)} | ${fmt(r.p95Ms)} | ${fmt(r.maxMs)} | ${r.over50ms} |`;
  const ratio = (label, m, b) =>
    `| ${label}: map / baseline | | ${fmt(m.fps / b.fps, 2)}× | ${fmt(m.medianMs / b.medianMs, 2)}× | ` +
    `**${fmt(m.p95Ms / b.p95Ms, 2)}×** | ${fmt(m.maxMs / b.maxMs, 2)}× | |`;
  const organizations = graph.nodes.id.length.toLocaleString('en');
  return `## Network map in the browser (issue #6, \`npm run bench -- map\`)

Headless Debian Chromium (software WebGL, as in the e2e tests) on the built web app served by the built api, load
average ${fmt(loadavg()[0])} on ${cpus().length} cores at the end of the run. The map: ${organizations} organizations and
${graph.edges.source.length.toLocaleString('en')} ties (seeded synthetic graph, ${fmt(map.bytes / 1e6, 2)} MB of compact JSON as
\`GET /api/network\` answers it), drawn ${map.shownMs} ms after navigation, ForceAtlas2 (web worker) done after
${map.laidOutMs} ms. Then 4 mouse drags across the map (panning; above 5,000 ties, ties are hidden while the camera
moves), then 18 wheel steps in and out (zooming). Baseline: the same page, inputs and browser with an empty graph (no map
drawn). Frame time: the interval between requestAnimationFrame callbacks.

| run | frames | fps | median (ms) | p95 (ms) | max (ms) | frames > 50 ms |
|---|---|---|---|---|---|---|
${row('baseline (empty graph): panning', baseline.panning)}
${row('baseline (empty graph): zooming', baseline.zooming)}
${row(`map, ${organizations} organizations: panning`, map.panning)}
${row(`map, ${organizations} organizations: zooming`, map.zooming)}
${ratio('panning', map.panning, baseline.panning)}
${ratio('zooming', map.zooming, baseline.zooming)}`;
}
