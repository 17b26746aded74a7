// Where the frame time goes: a V8 CPU profile of the running app in headless Chromium (same flags as
// the end-to-end tests), summed by function. A developer tool for issue 7's frame budget; not a test.
//   LDE_WEB_DIR=<bundle> node tests/bench/profile.mjs FULL_ASSESSMENT.json [tab] [seconds]
//   LDE_WEB_DIR=<bundle> node tests/bench/profile.mjs - load      (a cold start up to the first frame)
// Build the bundle with function names to read the wasm frames, e.g.
//   cmake --preset wasm -B build/wasm-prof -DCMAKE_EXE_LINKER_FLAGS=--profiling-funcs
//   cmake --build build/wasm-prof -j2 --target lde_app
// Prints the functions with the most self time, then the most inclusive time, as a table.
import { startBrowser, load, sleep } from '../e2e/lib.mjs';
import fs from 'node:fs';

const [assessmentFile, tab = 'employer', secondsArg = '5'] = process.argv.slice(2);
const seconds = Number(secondsArg);

const browser = await startBrowser();
try {
  let page, cdp, frames;
  let profile;
  if (tab === 'load') {
    page = await browser.context.newPage();
    cdp = await browser.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    const t0 = Date.now();
    await page.goto(browser.server.url);
    await page.waitForFunction(() => window.ldecheck && window.ldecheck.ready && window.ldecheck.frames() > 0,
      null, { timeout: 60000, polling: 10 });
    console.log(`first frame after ${Date.now() - t0} ms (wall, profiler on)`);
    ({ profile } = await cdp.send('Profiler.stop'));
    frames = 1;
  } else {
    ({ page } = await browser.openApp());
    const loaded = await load(page, fs.readFileSync(assessmentFile, 'utf8'));
    if (!loaded || !loaded.ok) throw new Error('load() refused the assessment: ' + JSON.stringify(loaded));
    await page.evaluate((name) => window.Module.ccall('lde_select_tab', 'number', ['string'], [name]), tab);
    await sleep(300);
    // Keep the app drawing: wake it before every animation frame.
    await page.evaluate(() => {
      const tick = () => { window.Module._lde_wake(); window.__profiling && requestAnimationFrame(tick); };
      window.__profiling = true;
      requestAnimationFrame(tick);
    });
    cdp = await browser.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    const f0 = await page.evaluate(() => window.ldecheck.frames());
    await cdp.send('Profiler.start');
    await sleep(seconds * 1000);
    ({ profile } = await cdp.send('Profiler.stop'));
    const f1 = await page.evaluate(() => window.ldecheck.frames());
    await page.evaluate(() => { window.__profiling = false; });
    frames = f1 - f0;
  }

  // Self time per node from the samples; inclusive time by walking parents (each name once per stack).
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const self = new Map(), total = new Map(), under = new Map();
  const focus = process.env.CHILDREN_OF || '';  // also sum time by the direct callees of this function
  const deltas = profile.timeDeltas;
  let all = 0;
  profile.samples.forEach((id, i) => {
    const dt = (deltas[i + 1] ?? deltas[i]) / 1000;  // ms this sample stands for
    const node = byId.get(id);
    const name = (n) => n.callFrame.functionName || `(anonymous ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber})`;
    if (name(node) === '(idle)' || name(node) === '(program)') return;
    all += dt;
    self.set(name(node), (self.get(name(node)) || 0) + dt);
    const seen = new Set();
    if (focus) {
      let child = null;
      for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
        if (name(byId.get(cur)) === focus) {
          const nm = child === null ? '(self)' : name(byId.get(child));
          under.set(nm, (under.get(nm) || 0) + dt);
          break;
        }
        child = cur;
      }
    }
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const nm = name(byId.get(cur));
      if (seen.has(nm)) continue;
      seen.add(nm);
      total.set(nm, (total.get(nm) || 0) + dt);
    }
  });
  const show = (title, m, k) => {
    console.log(`\n${title} (ms per frame over ${frames} frames; busy ${(all / frames).toFixed(3)} ms/frame)`);
    [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, k)
      .forEach(([n, t]) => console.log(`${(t / frames).toFixed(3).padStart(8)}  ${n.slice(0, 110)}`));
  };
  show('self time', self, 45);
  if (focus) show('direct callees of ' + focus, under, 40);
  show("inclusive time", total, Number(process.env.TOP || 60));
} finally {
  await browser.close();
}
