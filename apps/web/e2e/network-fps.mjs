// Measures how fluid the network map is with a synthetic graph of 5,000 organizations and ~20,000 ties: frame times
// while the map is panned (mouse drags) and zoomed (wheel and the zoom buttons) in headless Chromium, after the layout
// has settled, and while it runs. Not a test (no thresholds): `node e2e/network-fps.mjs` after `vite build`; set
// BASE_URL to use a running product, else one is started as the e2e tests do. The api's /network answers are replaced
// by the synthetic graph in the browser, so no database is touched.
import { launch, signedInPage } from './browser.mjs';
import { drags, frameTimes as frames, wheel } from './frame-times.mjs';
import { startProduct } from './product.mjs';
import { syntheticGraph } from './synthetic-network.mjs';

const pause = (page, ms) => page.waitForTimeout(ms);

/** sigma's camera animations, started with the map's zoom buttons (animatedZoom, animatedUnzoom, animatedReset). */
async function zoomButtons(page) {
  for (let round = 0; round < 3; round++) {
    for (const name of ['Zoom in', 'Zoom in', 'Zoom in', 'Zoom out', 'Zoom out', 'Show the whole network']) {
      await page.getByRole('button', { name }).click();
      await pause(page, 250);
    }
  }
}

/** The pointer across the map: each node entered or left re-applies the highlight reducers. */
async function hover(page, box) {
  for (let i = 0; i < 60; i++) await page.mouse.move(box.x + 20 + i * 12, box.y + box.height / 2 + (i % 7) * 9);
}

const product = process.env.BASE_URL ? null : await startProduct();
const baseUrl = process.env.BASE_URL ?? product.baseUrl;
const browser = await launch();
try {
  const graph = syntheticGraph(Number(process.env.NODES ?? 5000), Number(process.env.EDGES ?? 20000));
  const body = JSON.stringify(graph);
  const { page } = await signedInPage(browser, baseUrl, 'amara@gavi.example.org');
  await page.route(/\/api\/network(\?|$)/, (route) => route.fulfill({ contentType: 'application/json', body }));
  console.log(
    `synthetic graph: ${graph.nodes.id.length} organizations, ${graph.edges.source.length} ties, ${(body.length / 1e6).toFixed(1)} MB of JSON`,
  );
  const started = Date.now();
  await page.goto('/network');
  const map = page.getByTestId('network-map');
  await page.waitForSelector(`[data-testid="network-map"][data-nodes="${graph.nodes.id.length}"]`, { timeout: 60_000 });
  const shown = Date.now() - started;
  await page.waitForSelector('[data-testid="network-map"][data-layout="done"]', { timeout: 60_000 });
  const laidOut = Date.now() - started;
  console.log(`map loaded into sigma after ${shown} ms; ForceAtlas2 (worker) done after ${laidOut} ms`);
  const box = await map.boundingBox();
  await pause(page, 500);
  console.log('idle:', await frames(page, () => pause(page, 1000)));
  console.log('camera animations (zoom buttons):', await frames(page, () => zoomButtons(page)));
  console.log('panning (mouse drags):', await frames(page, () => drags(page, box)));
  console.log('zooming (mouse wheel):', await frames(page, () => wheel(page, box)));
  console.log('hovering (highlight):', await frames(page, () => hover(page, box)));
  await page.goto('/network');
  await page.waitForSelector(`[data-testid="network-map"][data-nodes="${graph.nodes.id.length}"]`, { timeout: 60_000 });
  console.log('panning while the layout runs:', await frames(page, () => drags(page, box)));
} finally {
  await browser.close();
  await product?.stop();
}
