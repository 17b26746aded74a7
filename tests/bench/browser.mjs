// Browser benchmark (scripts/bench.sh): the real bundle in headless Chromium with software WebGL, the
// same flags as the end-to-end tests (tests/e2e/lib.mjs). Prints one JSON object on stdout.
//   LDE_WEB_DIR=<bundle> node tests/bench/browser.mjs FULL_ASSESSMENT.json
// - cold loads (fresh profile each): time from navigation start to window.ldecheck.ready and to the
//   end of the first rendered frame, median of LOADS (default 5);
// - CPU time per frame: wall time of each requestAnimationFrame callback that rendered a frame
//   (Emscripten's main loop runs ImGui + the UI + WebGL calls inside it), rendering kept awake with
//   lde_wake(), FRAMES (default 300) frames per tab with the 10-worker assessment loaded; the busiest
//   tab is the one with the highest median;
// - idle redraws: frames() counted over 2 s without input, after the app settled.
import { startBrowser, waitReady, load, sleep } from '../e2e/lib.mjs';
import fs from 'node:fs';

const assessmentFile = process.argv[2];
const loads = Number(process.env.LOADS || 5);
const framesPerTab = Number(process.env.FRAMES || 300);
const tabs = ['employer', 'worker', 'imw', 'report', 'about'];

// Runs in the page before its scripts: times frames and the first one.
const instrument = () => {
  const original = window.requestAnimationFrame.bind(window);
  window.__bench = { measuring: false, times: [], firstFrame: null, ready: null };
  window.requestAnimationFrame = (callback) =>
    original((timestamp) => {
      const b = window.__bench;
      const api = window.ldecheck;
      if (b.measuring && window.Module && window.Module._lde_wake) window.Module._lde_wake();
      const before = api ? api.frames() : 0;
      const t0 = performance.now();
      callback(timestamp);
      const t1 = performance.now();
      const after = api ? api.frames() : 0;
      if (after > before) {
        if (b.firstFrame === null) b.firstFrame = t1;
        if (b.measuring) b.times.push(t1 - t0);
      }
      if (b.ready === null && api && api.ready) b.ready = performance.now();
    });
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : null;
};
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : null;
};

const result = { loads: [], tabs: {}, idle: null };

// Cold loads: a new browser profile each time, so nothing is cached.
for (let i = 0; i < loads; ++i) {
  const browser = await startBrowser();
  try {
    const { page, errors } = await browser.openApp({ init: instrument, ready: false });
    await page.waitForFunction(() => window.__bench && window.__bench.ready !== null && window.__bench.firstFrame !== null,
      null, { timeout: 60000, polling: 20 });
    const t = await page.evaluate(() => ({ ready: window.__bench.ready, firstFrame: window.__bench.firstFrame }));
    result.loads.push({ ready_ms: t.ready, first_frame_ms: t.firstFrame, errors: errors.length });
  } finally {
    await browser.close();
  }
}

// Frame cost per tab with a 10-worker assessment, then idle redraws.
const browser = await startBrowser();
try {
  const { page } = await browser.openApp({ init: instrument });
  const loaded = await load(page, fs.readFileSync(assessmentFile, 'utf8'));
  if (!loaded || !loaded.ok) throw new Error('load() refused the benchmark assessment: ' + JSON.stringify(loaded));
  for (const tab of tabs) {
    const ok = await page.evaluate((name) => window.Module.ccall('lde_select_tab', 'number', ['string'], [name]), tab);
    if (!ok) continue;
    await sleep(300);  // let the tab lay out before measuring
    await page.evaluate(() => { window.__bench.times = []; window.__bench.measuring = true; });
    await page.waitForFunction((n) => window.__bench.times.length >= n, framesPerTab, { timeout: 120000, polling: 100 });
    const times = await page.evaluate(() => { window.__bench.measuring = false; return window.__bench.times; });
    result.tabs[tab] = { frames: times.length, median_ms: median(times), p99_ms: quantile(times, 0.99) };
  }
  await page.evaluate((name) => window.Module.ccall('lde_select_tab', 'number', ['string'], [name]), 'worker');
  await sleep(3000);  // wake-up frames after the last input run out
  const f0 = await page.evaluate(() => window.ldecheck.frames());
  await sleep(2000);
  const f1 = await page.evaluate(() => window.ldecheck.frames());
  result.idle = { seconds: 2, frames: f1 - f0, per_second: (f1 - f0) / 2 };
  await waitReady(page).catch(() => {});
} finally {
  await browser.close();
}

const busiest = Object.entries(result.tabs).sort((a, b) => b[1].median_ms - a[1].median_ms)[0];
const summary = {
  ready_ms: median(result.loads.map((l) => l.ready_ms)),
  first_frame_ms: median(result.loads.map((l) => l.first_frame_ms)),
  busiest_tab: busiest ? busiest[0] : null,
  frame_cpu_median_ms: busiest ? busiest[1].median_ms : null,
  frame_cpu_p99_ms: busiest ? busiest[1].p99_ms : null,
  idle_redraws_per_second: result.idle.per_second,
  detail: result,
};
process.stdout.write(JSON.stringify(summary) + '\n');
