// The browser app end to end: the real bundle, served on 127.0.0.1, in headless Chromium, driven by
// real mouse events at the rectangles window.ldecheck.widgets() reports.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import {
  clickWidget,
  decodePng,
  foreignRequests,
  frames,
  hoverWidget,
  load,
  pixelStats,
  report,
  scrollComparingCulling,
  sleep,
  startBrowser,
  startServer,
  state,
  tooltip,
  ui,
  until,
  waitIdle,
  waitForWidget,
  webDir,
  widgets,
} from './lib.mjs';

let browser;

before(async () => {
  browser = await startBrowser();
});

after(async () => {
  if (browser) await browser.close();
});

describe('long screens', () => {
  test('checks and forms out of view are skipped, not lost: culled worker, IMW and report screens equal the fully drawn ones while scrolling', async () => {
    const example = JSON.parse(fs.readFileSync(new URL('../../assets/examples/fietspunt.json', import.meta.url), 'utf8'));
    const base = example.workers[0];
    example.workers = Array.from({ length: 6 }, (_, i) => ({ ...base, id: `${base.id}-${i + 1}` }));
    const { page, errors } = await browser.openApp();
    const loaded = await load(page, example);
    assert.equal(loaded.ok, true, JSON.stringify(loaded));
    const viewport = page.viewportSize();
    for (const [tab, long] of [['report', true], ['worker', true], ['imw', false]]) {
      await page.evaluate((name) => window.Module.ccall('lde_select_tab', 'number', ['string'], [name]), tab);
      await waitIdle(page);
      await page.mouse.move(viewport.width / 3, viewport.height / 2);
      await page.mouse.wheel(0, -20000);
      await waitIdle(page);
      const { steps } = await scrollComparingCulling(page, viewport);
      if (long) assert.ok(steps >= 2, `${tab}: expected a screen longer than the window (${steps} steps)`);
    }
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('the app starts', () => {
  test('ready becomes true and state() and report() follow the JSON contracts', async () => {
    const { page, errors } = await browser.openApp();
    assert.equal(await page.evaluate(() => window.ldecheck.ready), true);
    const assessment = await state(page);
    assert.equal(assessment.schema, 'lde-assessment/1');
    assert.equal(assessment.language, 'nl');
    const r = await report(page);
    assert.equal(r.schema, 'lde-report/1');
    assert.match(r.assessment_date, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(Array.isArray(r.checks));
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the page is Dutch, titled, and has a Content-Security-Policy', async () => {
    const { page } = await browser.openApp();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'nl');
    assert.match(await page.title(), /LDE-check/);
    const csp = await page.evaluate(
      () => document.querySelector('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'));
    assert.match(csp, /default-src 'self'/);
    assert.equal(await page.evaluate(() => document.getElementById('loading').hidden), true);
    await page.close();
  });

  test('without WebGL 2 the page says so instead of loading the app', async () => {
    const { page } = await browser.openApp({
      ready: false,
      init: () => {
        const original = HTMLCanvasElement.prototype.getContext;
        HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
          return type === 'webgl2' ? null : original.call(this, type, ...rest);
        };
      },
    });
    await page.waitForSelector('#no-webgl', { state: 'visible' });
    assert.match(await page.textContent('#no-webgl'), /WebGL 2/);
    assert.equal(await page.evaluate(() => window.ldecheck.ready), false);
    await page.close();
  });

  test('start-up creates one WebGL context: the probe\'s is the one the app draws with', async () => {
    const { page } = await browser.openApp({
      init: () => {
        const original = HTMLCanvasElement.prototype.getContext;
        window.__webgl = [];
        HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
          const context = original.call(this, type, ...rest);
          if (type === 'webgl2' && context) window.__webgl.push({ context, canvas: this });
          return context;
        };
      },
    });
    const seen = await page.evaluate(() => ({
      calls: window.__webgl.length,
      contexts: new Set(window.__webgl.map((w) => w.context)).size,
      onAppCanvas: window.__webgl.every((w) => w.canvas === document.getElementById('canvas')),
    }));
    assert.ok(seen.calls >= 2, `expected the probe and the runtime to ask for a context, saw ${seen.calls}`);
    assert.deepEqual({ contexts: seen.contexts, onAppCanvas: seen.onAppCanvas }, { contexts: 1, onAppCanvas: true });
    await page.close();
  });

  test('the runtime script loads while the wasm still downloads; its compiled module is the one run', async () => {
    const page = await browser.context.newPage();
    // Hold the wasm back until the runtime script has been requested: the two must overlap.
    let releaseWasm;
    let releasedBy = null;
    const wasmHeld = new Promise((resolve) => { releaseWasm = resolve; });
    const release = (by) => {
      releasedBy = releasedBy || by;
      releaseWasm();
    };
    await page.route('**/lde_app.wasm', async (route) => {
      await wasmHeld;
      await route.continue();
    });
    await page.route('**/lde_app.js', async (route) => {
      release('runtime script');
      await route.continue();
    });
    await page.addInitScript(() => {
      window.__instantiated = [];
      const original = WebAssembly.instantiate;
      WebAssembly.instantiate = function (what, imports) {
        window.__instantiated.push(what instanceof WebAssembly.Module ? 'module' : 'bytes');
        return original.call(this, what, imports);
      };
    });
    const timeout = setTimeout(() => release('timeout'), 10000);  // a loader that waits for the wasm first
    await page.goto(browser.server.url);
    await page.waitForFunction(() => window.ldecheck && window.ldecheck.ready === true, null, { timeout: 30000 });
    clearTimeout(timeout);
    assert.equal(releasedBy, 'runtime script', 'the runtime script was only requested after the wasm arrived');
    assert.deepEqual(await page.evaluate(() => window.__instantiated), ['module']);
    await page.close();
  });

  for (const [what, fulfil, detail] of [
    ['a missing wasm file', { status: 404, body: 'not found' }, /lde_app\.wasm: HTTP 404/],
    ['a corrupt wasm file', { status: 200, contentType: 'application/wasm', body: Buffer.from('not wasm at all') }, /WebAssembly|wasm/i],
  ]) {
    test(`${what} shows the "could not be loaded" card with the reason`, async () => {
      const page = await browser.context.newPage();
      await page.route('**/lde_app.wasm', (route) => route.fulfill(fulfil));
      page.on('console', () => {});
      await page.goto(browser.server.url);
      await page.waitForSelector('#load-failed', { state: 'visible', timeout: 30000 });
      assert.match(await page.textContent('#load-failed-detail'), detail);
      assert.equal(await page.isHidden('#loading'), true);
      assert.equal(await page.evaluate(() => window.ldecheck.ready), false);
      await page.close();
    });
  }

  test('every file arrives gzip-compressed (the build\'s zopfli copies) and decodes to the built file', async () => {
    const { page } = await browser.openApp();
    const served = await page.evaluate(() => [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
      .map((e) => ({ file: new URL(e.name).pathname.replace(/^\/$/, '/index.html').slice(1), encoded: e.encodedBodySize, decoded: e.decodedBodySize })));
    const files = ['index.html', 'style.css', 'persist.css', 'app.js', 'persist.js', 'a11y.js', 'lde_app.js', 'lde_app.wasm'];
    for (const file of files) {
      const entry = served.find((e) => e.file === file);
      assert.ok(entry, `${file} was not loaded: ${JSON.stringify(served)}`);
      assert.equal(entry.decoded, fs.statSync(path.join(webDir, file)).size, `${file}: decoded size`);
      assert.equal(entry.encoded, fs.statSync(path.join(webDir, file + '.gz')).size, `${file}: sent as its .gz copy`);
      assert.ok(entry.encoded < entry.decoded, `${file}: not compressed`);
    }
    await page.close();
  });

  test('scripts/serve.sh (what the README\'s run command starts) serves the app gzip-encoded, and it runs', async () => {
    const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
    const child = spawn('bash', [path.join(repo, 'scripts/serve.sh'), webDir], { env: { ...process.env, PORT: '0' } });
    try {
      const url = await new Promise((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d) => {
          out += d;
          const m = out.match(/http:\/\/127\.0\.0\.1:\d+\//);
          if (m) resolve(m[0]);
        });
        child.once('exit', (code) => reject(new Error(`serve.sh exited (${code}): ${out}`)));
      });
      const server = { url, origin: url.replace(/\/$/, ''), close: async () => {} };
      const other = await startBrowser({ server });
      try {
        const { page } = await other.openApp();
        const wasm = await page.evaluate(() => performance.getEntriesByType('resource').find((e) => e.name.endsWith('/lde_app.wasm')));
        assert.equal(wasm.decodedBodySize, fs.statSync(path.join(webDir, 'lde_app.wasm')).size);
        assert.equal(wasm.encodedBodySize, fs.statSync(path.join(webDir, 'lde_app.wasm.gz')).size);
        assert.ok((await widgets(page)).length > 0);
        assert.equal((await state(page)).schema, 'lde-assessment/1');
      } finally {
        await other.close();
      }
    } finally {
      child.kill();
    }
  });

  test('a server without the compressed copies serves the app as well', async () => {
    const plain = fs.mkdtempSync(path.join(os.tmpdir(), 'ldecheck-plain-'));
    for (const file of fs.readdirSync(webDir)) if (!file.endsWith('.gz')) fs.copyFileSync(path.join(webDir, file), path.join(plain, file));
    const server = await startServer(plain);
    const other = await startBrowser({ server });
    try {
      const { page } = await other.openApp();
      const wasm = await page.evaluate(() => performance.getEntriesByType('resource').find((e) => e.name.endsWith('/lde_app.wasm')));
      assert.equal(wasm.encodedBodySize, wasm.decodedBodySize, 'sent uncompressed');
      assert.equal(await page.evaluate(() => document.getElementById('loading-percent').textContent), '100\u00a0%');
      assert.ok((await widgets(page)).length > 0);
    } finally {
      await other.close();
      await server.close();
      fs.rmSync(plain, { recursive: true, force: true });
    }
  });

  test('a browser without WebGL 2 at all does not download the app', async () => {
    const seen = browser.requests.length;
    const { page } = await browser.openApp({
      ready: false,
      init: () => {
        delete window.WebGL2RenderingContext;
      },
    });
    await page.waitForSelector('#no-webgl', { state: 'visible' });
    await sleep(300);
    const requested = browser.requests.slice(seen);
    assert.ok(requested.some((url) => url.endsWith('/app.js')), 'the page itself was not loaded');
    assert.equal(requested.filter((url) => url.endsWith('/lde_app.wasm')).length, 0);
    await page.close();
  });

  test('the mouse pointer shows what is under it: a hand on buttons, an I-beam on text fields', async () => {
    const { page } = await browser.openApp();
    const cursor = () => page.evaluate(() => document.getElementById('canvas').style.cursor || 'default');
    await hoverWidget(page, (w) => w.kind === 'button');
    await until(cursor, (c) => c === 'pointer', { what: 'a hand over a button' });
    await hoverWidget(page, (w) => w.kind === 'input_text');
    await until(cursor, (c) => c === 'text', { what: 'an I-beam over a text field' });
    await page.mouse.move(2, 790);
    await until(cursor, (c) => c === 'default', { what: 'the arrow back over empty space' });
    await page.close();
  });

  test('the canvas is not blank', async () => {
    const { page } = await browser.openApp();
    const stats = pixelStats(decodePng(await page.screenshot()));
    // Text, tabs and status pills give many colours; a blank or single-colour canvas gives one or two.
    assert.ok(stats.distinct > 50, `only ${stats.distinct} distinct colours`);
    assert.ok(stats.nonBackground > 0.05, `only ${(stats.nonBackground * 100).toFixed(1)}% non-background pixels`);
    await page.close();
  });

  test('the canvas fills the window and follows a resize', async () => {
    const { page } = await browser.openApp();
    const size = () => page.evaluate(() => {
      const c = document.getElementById('canvas');
      return { canvas: [c.width, c.height], window: [window.innerWidth, window.innerHeight] };
    });
    let s = await size();
    assert.deepEqual(s.canvas, s.window);
    await page.setViewportSize({ width: 900, height: 700 });
    s = await until(size, (v) => v.canvas[0] === 900 && v.canvas[1] === 700, { what: 'canvas resize' });
    assert.deepEqual(s.window, [900, 700]);
    // The layout follows: the language switch stays inside the narrower window.
    await waitIdle(page);
    const en = (await widgets(page)).find((w) => w.id === 'lang.en');
    assert.ok(en && en.x + en.w <= 900, `lang.en at ${JSON.stringify(en)}`);
    await page.close();
  });
});

describe('tabs and language', () => {
  test('clicking a tab at its widgets() rectangle makes it the active tab', async () => {
    const { page } = await browser.openApp();
    const tabs = (await widgets(page)).filter((w) => w.kind === 'tab');
    assert.deepEqual(tabs.map((t) => t.id), ['tab.employer', 'tab.worker', 'tab.imw', 'tab.report', 'tab.about']);
    assert.deepEqual(tabs.map((t) => t.label), ['Werkgever', 'Werknemer', 'Individueel maatwerk', 'Rapport', 'Over']);
    assert.equal(tabs.find((t) => t.value === true).id, 'tab.employer');

    for (const [id, name] of [['tab.about', 'about'], ['tab.report', 'report'], ['tab.worker', 'worker']]) {
      await clickWidget(page, (w) => w.id === id);
      await until(() => ui(page), (u) => u.tab === name, { what: `active tab ${name}` });
      const active = await waitForWidget(page, (w) => w.kind === 'tab' && w.value === true);
      assert.equal(active.id, id);
    }
    await page.close();
  });

  test('the language switch changes the UI text and the report language', async () => {
    const { page } = await browser.openApp();
    await clickWidget(page, (w) => w.id === 'lang.en');
    await waitForWidget(page, (w) => w.id === 'tab.employer' && w.label === 'Employer');
    const labels = (await widgets(page)).filter((w) => w.kind === 'tab').map((w) => w.label);
    assert.deepEqual(labels, ['Employer', 'Worker', 'Individual customised work', 'Report', 'About']);
    assert.equal((await state(page)).language, 'en');
    assert.equal((await report(page)).language, 'en');

    await clickWidget(page, (w) => w.id === 'lang.nl');
    await waitForWidget(page, (w) => w.id === 'tab.employer' && w.label === 'Werkgever');
    assert.equal((await state(page)).language, 'nl');
    await page.close();
  });

  test('hovering the language switch shows its tooltip', async () => {
    const { page } = await browser.openApp();
    await hoverWidget(page, (w) => w.id === 'lang.en');
    await until(() => tooltip(page), (t) => t === 'English', { what: 'tooltip' });
    await page.close();
  });
});

describe('load()', () => {
  test('broken JSON is refused with line and column, and the state stays as it was', async () => {
    const { page } = await browser.openApp();
    const before = await state(page);
    const beforeReport = await report(page);
    const result = await load(page, '{\n  "schema": "lde-assessment/1",\n  "language": \n}');
    assert.equal(result.ok, false);
    assert.match(result.error, /line 4, column \d+/);
    assert.deepEqual(await state(page), before);
    assert.deepEqual(await report(page), beforeReport);
    await page.close();
  });

  test('an invalid field is refused with its JSON path, and the state stays as it was', async () => {
    const { page } = await browser.openApp();
    const before = await state(page);
    const result = await load(page, {
      schema: 'lde-assessment/1',
      workers: [{ id: 'w1', trajectory_start: '2023-02-30' }],
    });
    assert.equal(result.ok, false);
    assert.match(result.error, /workers\[0\]\.trajectory_start/);
    assert.deepEqual(await state(page), before);
    await page.close();
  });

  test('a valid assessment replaces the state and changes the report', async () => {
    const { page } = await browser.openApp();
    const assessment = {
      schema: 'lde-assessment/1',
      assessment_date: '2022-03-15',
      language: 'nl',
      organisation: { name: 'Fietspunt Oost vzw', label_granted_on: '2016-01-01' },
      workers: [{ id: 'w1', name: 'An', trajectory_start: '2019-09-01' }],
    };
    const result = await load(page, assessment);
    assert.deepEqual(result, { ok: true, error: null });
    const s = await state(page);
    assert.equal(s.assessment_date, '2022-03-15');
    assert.equal(s.organisation.name, 'Fietspunt Oost vzw');
    const r = await report(page);
    assert.equal(r.assessment_date, '2022-03-15');
    assert.equal(r.regime, 'lde');
    assert.equal(r.workers.length, 1);
    assert.equal(r.workers[0].id, 'w1');
    // A string works as well as an object, and the language of the file drives the UI.
    assert.equal((await load(page, JSON.stringify({ ...assessment, language: 'en' }))).ok, true);
    await waitForWidget(page, (w) => w.id === 'tab.worker' && w.label === 'Worker');
    await page.close();
  });
});

describe('rendering', () => {
  test('is idle when nothing changes and wakes up on input', async () => {
    const { page } = await browser.openApp();
    const idle = await waitIdle(page);
    await sleep(700);
    assert.equal(await frames(page), idle, 'frames were rendered while nothing changed');
    await page.mouse.move(200, 200);
    await page.mouse.move(220, 210);
    await until(() => frames(page), (n) => n > idle, { what: 'a frame after mouse input' });
    await page.close();
  });
});

describe('privacy', () => {
  test('no request left 127.0.0.1', async () => {
    const { page } = await browser.openApp();
    await clickWidget(page, (w) => w.id === 'tab.about');
    await waitIdle(page);
    await page.close();
    assert.ok(browser.requests.length > 0, 'no requests were recorded at all');
    assert.deepEqual(foreignRequests(browser.requests, browser.server.origin), []);
  });
});
