/* global window, requestAnimationFrame */
// Frame times of a page in headless Chromium (requestAnimationFrame intervals) while the network map is panned and
// zoomed with the mouse: shared by network-fps.mjs and the map benchmark (bench/scenarios/map.mjs).

/** Frame times (ms between animation frames) while `action` runs, summarised. */
export async function frameTimes(page, action) {
  await page.evaluate(() => {
    window.__frames = [];
    let last = performance.now();
    window.__recording = true;
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (window.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await action();
  const times = await page.evaluate(() => {
    window.__recording = false;
    return window.__frames.slice(1);
  });
  const sorted = [...times].sort((a, b) => a - b);
  const pct = (p) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
  const total = times.reduce((s, t) => s + t, 0);
  return {
    frames: times.length,
    fps: Number(((times.length / total) * 1000).toFixed(1)),
    medianMs: Number(pct(50).toFixed(1)),
    p95Ms: Number(pct(95).toFixed(1)),
    maxMs: Number(sorted[sorted.length - 1].toFixed(1)),
    over50ms: times.filter((t) => t > 50).length,
  };
}

/** Mouse drags across a box (sigma's mouse captor pans the camera). */
export async function drags(page, box, rounds = 4) {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  for (let round = 0; round < rounds; round++) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + 200, cy + 80, { steps: 40 });
    await page.mouse.move(cx - 150, cy - 60, { steps: 40 });
    await page.mouse.up();
  }
}

/** Wheel zooms in and out on a box's centre. */
export async function wheel(page, box, rounds = 3) {
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let round = 0; round < rounds; round++)
    for (const delta of [-240, -240, -240, 240, 240, 240]) {
      await page.mouse.wheel(0, delta);
      await page.waitForTimeout(150);
    }
}
