// Interleaved A/B of the first frame: cold loads of two (or more) bundle folders, alternating (and
// reversing the order every round), so that a VM that slows down meanwhile hits both alike. Prints the
// median and every load per folder. The A/B figures in README "First frame" come from this script.
//   N=8 node tests/bench/ab.mjs build-a/web build-b/web
import { startBrowser, startServer } from '../e2e/lib.mjs';
const dirs = process.argv.slice(2);
const instrument = () => {
  const original = window.requestAnimationFrame.bind(window);
  window.__ff = null;
  window.requestAnimationFrame = (cb) => original((ts) => {
    const api = window.ldecheck; const before = api ? api.frames() : 0; cb(ts);
    if (window.__ff === null && api && api.frames() > before) window.__ff = performance.now();
  });
};
const res = Object.fromEntries(dirs.map((d) => [d, []]));
const servers = {};
for (const d of dirs) servers[d] = await startServer(d);
for (let i = 0; i < Number(process.env.N || 6); ++i) {
  for (const d of (i % 2 ? [...dirs].reverse() : dirs)) {
    const browser = await startBrowser({ server: servers[d] });
    try {
      const { page } = await browser.openApp({ init: instrument, ready: false });
      await page.waitForFunction(() => window.__ff !== null, null, { timeout: 60000, polling: 50 });
      res[d].push(Math.round(await page.evaluate(() => window.__ff)));
    } finally { await browser.close(); }
  }
}
for (const d of dirs) { const v = [...res[d]].sort((a, b) => a - b); console.log(d, 'median', v[v.length >> 1], JSON.stringify(res[d])); }
for (const d of dirs) await servers[d].close();
