// What Chromium's wasm engine does during a cold load: records a Chrome trace from navigation to the
// first frame and sums V8's lazy (baseline) compilation on the page's main thread and its optimising
// compilation on background threads before that frame. A developer tool for issue 7's first-frame
// budget (it found the 38 KB frame function, README "First frame"); not a test.
//   LDE_WEB_DIR=<bundle> node tests/bench/trace.mjs [trace.json]
// Writes the raw trace when a file is named (open it in chrome://tracing or Perfetto). With a bundle
// linked with --profiling-funcs the biggest lazily compiled functions are listed by name.
import { startBrowser } from '../e2e/lib.mjs';
import fs from 'node:fs';
import path from 'node:path';

const [outFile] = process.argv.slice(2);
const browser = await startBrowser();
let events = [];
try {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const complete = new Promise((resolve) => cdp.on('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'v8.wasm', 'blink', 'loading', 'toplevel'] },
  });
  await page.goto(browser.server.url);
  await page.waitForFunction(() => window.ldecheck && window.ldecheck.ready, null, { timeout: 60000, polling: 20 });
  await new Promise((resolve) => setTimeout(resolve, 500));
  await cdp.send('Tracing.end');
  await complete;
} finally {
  await browser.close();
}
if (outFile) fs.writeFileSync(outFile, JSON.stringify(events));

// Function sizes (and names, when present) from the served module, to rank what was compiled.
function wasmFunctions(file) {
  const bytes = fs.readFileSync(file);
  let i = 8;
  const leb = () => {
    let result = 0, shift = 0, b;
    do {
      b = bytes[i++];
      result += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    return result;
  };
  let imported = 0;
  const sizes = [];
  const names = new Map();
  while (i < bytes.length) {
    const id = bytes[i++];
    const size = leb();
    const end = i + size;
    if (id === 2) {
      for (let n = leb(); n > 0; --n) {
        i += leb();
        i += leb();
        const kind = bytes[i++];
        if (kind === 0) { leb(); ++imported; }
        else if (kind === 1) { i++; const flags = leb(); leb(); if (flags & 1) leb(); }
        else if (kind === 2) { const flags = leb(); leb(); if (flags & 1) leb(); }
        else if (kind === 3) i += 2;
        else if (kind === 4) { i++; leb(); }
      }
    } else if (id === 10) {
      for (let n = leb(), f = 0; f < n; ++f) {
        const body = leb();
        sizes.push(body);
        i += body;
      }
    } else if (id === 0) {
      const nameLength = leb();
      const name = bytes.subarray(i, i + nameLength).toString();
      i += nameLength;
      while (name === 'name' && i < end) {
        const sub = bytes[i++];
        const subSize = leb();
        const subEnd = i + subSize;
        if (sub === 1) {
          for (let n = leb(); n > 0; --n) {
            const index = leb();
            const length = leb();
            names.set(index, bytes.subarray(i, i + length).toString());
            i += length;
          }
        }
        i = subEnd;
      }
    }
    i = end;
  }
  return { imported, sizes, names };
}

const webDir = process.env.LDE_WEB_DIR || path.join(path.dirname(new URL(import.meta.url).pathname), '../../build/wasm/web');
const wasm = wasmFunctions(path.join(webDir, 'lde_app.wasm'));
const sizeOf = (index) => wasm.sizes[index - wasm.imported] || 0;
const nameOf = (index) => (wasm.names.get(index) || `function ${index}`).slice(0, 90);

const start = Math.min(...events.filter((e) => e.name === 'DocumentLoader::CommitNavigation').map((e) => e.ts));
// The app's first frame: the first long animation-frame callback (the earlier ones only poll).
const frameEvents = new Set(['FireAnimationFrame()', 'FrameRequestCallbackCollection::ExecuteFrameCallbacks']);
const frames = events.filter((e) => e.ph === 'X' && frameEvents.has(e.name) && e.dur > 5000);
const firstFrameEnd = frames.length ? Math.min(...frames.map((e) => e.ts + e.dur)) : Infinity;
const before = (e) => e.ph === 'X' && e.ts < firstFrameEnd;
const lazy = events.filter((e) => before(e) && e.name === 'wasm.CompileLazy');
const topTier = events.filter((e) => before(e) && e.name === 'wasm.TopTierCompilation');
const ms = (us) => (us / 1000).toFixed(1);
const sum = (list) => list.reduce((total, e) => total + (e.dur || 0), 0);
console.log(`first frame ends ${ms(firstFrameEnd - start)} ms after the navigation commit (tracing on)`);
console.log(`lazy (baseline) compilation before it: ${lazy.length} functions, ` +
  `${lazy.reduce((t, e) => t + sizeOf(e.args.func_index), 0)} bytes, ${ms(sum(lazy))} ms on the main thread`);
console.log(`optimising compilation before it: ${topTier.length} jobs, ${ms(sum(topTier))} ms of background CPU`);
console.log('slowest lazy compilations (ms, bytes, function):');
for (const e of [...lazy].sort((a, b) => b.dur - a.dur).slice(0, Number(process.env.TOP || 10))) {
  console.log(`  ${ms(e.dur).padStart(6)} ${String(sizeOf(e.args.func_index)).padStart(6)}  ${nameOf(e.args.func_index)}`);
}
