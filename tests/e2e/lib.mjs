// Shared helpers for the browser end-to-end tests: a static server on 127.0.0.1 (Node only, no python),
// Debian's Chromium driven by playwright-core, a record of every request the page makes, and helpers
// that find widgets through window.ldecheck.widgets() and click them with real mouse events.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The bundle under test: $LDE_WEB_DIR, or the wasm preset's output. */
export const webDir = path.resolve(process.env.LDE_WEB_DIR || path.join(here, '../../build/wasm/web'));

export const chromiumPath = process.env.LDE_CHROMIUM || '/usr/bin/chromium';

// Flags from toolchain.md: software WebGL, and no background traffic to a closed network.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--use-gl=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

// [SECTION] Static server ---------------------------------------------------------------------------

/** Serves `dir` on 127.0.0.1 on a free port. Resolves to {url, origin, close()}. */
export function startServer(dir = webDir) {
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`${dir}/index.html not found: build the web app first (cmake --build build/wasm --target lde_app)`);
  }
  const root = fs.realpathSync(dir);
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = path.resolve(root, '.' + pathname);
    if (file !== root && !file.startsWith(root + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.stat(file, (err, stat) => {
      if (err || !stat.isFile()) {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
        return;
      }
      const headers = {
        'Content-Type': MIME[path.extname(file)] || 'application/octet-stream',
        'Content-Length': stat.size,
        'Cache-Control': 'no-store',
      };
      // The build's precompressed copy (<file>.gz, zopfli), as scripts/serve.py sends it.
      let body = file;
      const accepts = (req.headers['accept-encoding'] || '').split(',').map((e) => e.split(';')[0].trim());
      if (accepts.includes('gzip') && !file.endsWith('.gz') && fs.existsSync(file + '.gz')) {
        body = file + '.gz';
        Object.assign(headers, {
          'Content-Encoding': 'gzip', 'Content-Length': fs.statSync(body).size,
          'X-Decoded-Content-Length': stat.size, Vary: 'Accept-Encoding',
        });
      }
      res.writeHead(200, headers);
      if (req.method === 'HEAD') res.end();
      else fs.createReadStream(body).pipe(res);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      const origin = `http://127.0.0.1:${port}`;
      resolve({ url: origin + '/', origin, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

// [SECTION] Browser -----------------------------------------------------------------------------------

/**
 * Starts the server (or reuses `server`, e.g. a second fresh profile on the same origin) and a headless
 * Chromium with a fresh profile. Every request any page makes is recorded in `requests` (URLs). Call
 * close() at the end (it stops the server only when it started it).
 */
export async function startBrowser({
  viewport = { width: 1280, height: 800 },
  deviceScaleFactor = 1,
  hasTouch = false,
  colorScheme = 'light',
  server = null,
} = {}) {
  const ownServer = !server;
  if (ownServer) server = await startServer();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ldecheck-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    viewport,
    deviceScaleFactor,
    hasTouch,
    colorScheme,
    locale: 'nl-BE',
    timezoneId: 'Europe/Brussels',
    acceptDownloads: true,
  });
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  return {
    server,
    context,
    requests,
    /**
     * Opens the app in a new page and waits until it rendered its first frame. The app autosaves to
     * localStorage, which all pages of this browser share: unless `keepStorage` is set, each new page
     * starts like a first visit (its first load clears the app's saved state; a reload keeps it).
     * `url` replaces the app's address (e.g. with a share-link fragment); `init` runs in the page before
     * any of its scripts (e.g. to take a browser feature away); `ready: false` skips waiting for the
     * first frame.
     */
    async openApp({ init = null, ready = true, keepStorage = false, url = server.url } = {}) {
      const page = await context.newPage();
      if (!keepStorage) await page.addInitScript(forgetSavedStateOnFirstLoad);
      if (init) await page.addInitScript(init);
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(url);
      if (ready) await waitReady(page);
      return { page, errors };
    },
    async close() {
      await context.close();
      if (ownServer) await server.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

// Runs in the page: a tab's first load removes what the app saved (sessionStorage survives reloads).
function forgetSavedStateOnFirstLoad() {
  try {
    if (window.sessionStorage.getItem('lde-e2e.started')) return;
    window.sessionStorage.setItem('lde-e2e.started', '1');
    for (const key of Object.keys(window.localStorage)) {
      if (key.startsWith('lde-check.')) window.localStorage.removeItem(key);
    }
  } catch (e) {
    // storage switched off: nothing to forget
  }
}

// [SECTION] The app's automation API -------------------------------------------------------------------

export async function waitReady(page, timeout = 30000) {
  await page.waitForFunction(() => window.ldecheck && window.ldecheck.ready === true, null, { timeout });
  await waitIdle(page);
}

export const state = (page) => page.evaluate(() => window.ldecheck.state());
export const report = (page) => page.evaluate(() => window.ldecheck.report());
export const ui = (page) => page.evaluate(() => window.ldecheck.ui());
export const frames = (page) => page.evaluate(() => window.ldecheck.frames());
export const tooltip = (page) => page.evaluate(() => window.ldecheck.tooltip());
export const widgets = (page) => page.evaluate(() => window.ldecheck.widgets());
export const load = (page, assessment) => page.evaluate((a) => window.ldecheck.load(a), assessment);

/** Waits until rendering went idle: the frame counter did not move for `quiet` ms. */
export async function waitIdle(page, { quiet = 300, timeout = 10000 } = {}) {
  const deadline = Date.now() + timeout;
  let last = await frames(page);
  let since = Date.now();
  while (Date.now() < deadline) {
    await sleep(50);
    const now = await frames(page);
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= quiet) {
      return last;
    }
  }
  throw new Error(`rendering did not go idle within ${timeout} ms`);
}

/** Polls widgets() until one matches `predicate` (a Node-side function of a widget record). */
export async function waitForWidget(page, predicate, { timeout = 10000 } = {}) {
  const deadline = Date.now() + timeout;
  let seen = [];
  while (Date.now() < deadline) {
    seen = await widgets(page);
    const found = seen.find(predicate);
    if (found) return found;
    await sleep(50);
  }
  throw new Error(`no widget matched ${predicate} within ${timeout} ms; visible: ${seen.map((w) => w.id).join(', ')}`);
}

/** Finds a widget and clicks the centre of its rectangle with a real mouse event. */
export async function clickWidget(page, predicate) {
  const widget = await waitForWidget(page, predicate);
  await page.mouse.click(widget.x + widget.w / 2, widget.y + widget.h / 2);
  return widget;
}

/** Moves the mouse to the centre of a widget (hover). */
export async function hoverWidget(page, predicate) {
  const widget = await waitForWidget(page, predicate);
  await page.mouse.move(widget.x + widget.w / 2, widget.y + widget.h / 2, { steps: 2 });
  return widget;
}

/** Clicks a text field, replaces its content by `text` with real key presses, and confirms with Enter. */
export async function typeInto(page, id, text) {
  await clickWidget(page, (w) => w.id === id);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text, { delay: 15 });
  await page.keyboard.press('Enter');
  await waitIdle(page);
}

/** Polls `probe` until `accept(value)` holds; returns the value. */
/**
 * Scrolls the current screen from where it is to its bottom with the mouse wheel and, at every step,
 * compares the widgets (ids and rectangles) drawn with culling (wasm/cull.hpp: blocks out of view are
 * skipped, their height reserved) with those drawn without it. Returns {steps, seen: Set of ids}.
 */
export async function scrollComparingCulling(page, viewport, { wheel = 300, maxSteps = 60 } = {}) {
  const culling = async (on) => {
    await page.evaluate((value) => window.Module._lde_set_culling(value), on ? 1 : 0);
    await waitIdle(page);
  };
  const snapshot = async () => (await page.evaluate(() => window.ldecheck.widgets()))
    .map((w) => `${w.id} ${Math.round(w.x)},${Math.round(w.y)} ${Math.round(w.w)}x${Math.round(w.h)}`)
    .sort();
  const seen = new Set();
  let previous = null;
  let steps = 0;
  await page.mouse.move(viewport.width / 3, viewport.height / 2);
  for (; steps < maxSteps; steps++) {
    await waitIdle(page);
    const culled = await snapshot();
    await culling(false);
    const full = await snapshot();
    await culling(true);
    if (culled.join('|') !== full.join('|')) {
      const missing = full.filter((line) => !culled.includes(line));
      const extra = culled.filter((line) => !full.includes(line));
      throw new Error(`after ${steps} wheel steps the culled screen differs: drawn fully ${JSON.stringify(missing)}, culled ${JSON.stringify(extra)}`);
    }
    for (const line of culled) seen.add(line.split(' ')[0]);
    if (previous !== null && previous.join('|') === culled.join('|')) break;  // the bottom: nothing moved
    previous = culled;
    await page.mouse.wheel(0, wheel);
  }
  return { steps, seen };
}

export async function until(probe, accept, { timeout = 10000, what = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let value;
  while (Date.now() < deadline) {
    value = await probe();
    if (accept(value)) return value;
    await sleep(50);
  }
  throw new Error(`${what} not reached within ${timeout} ms; last value: ${JSON.stringify(value)}`);
}

/** The text of a file the page downloaded (a playwright Download). */
export async function downloadText(download) {
  return fs.readFileSync(await download.path(), 'utf8');
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Requests that went anywhere but the test server (data: and blob: URLs never leave the page). */
export function foreignRequests(requests, origin) {
  return requests.filter((url) => !url.startsWith(origin + '/') && !/^(data|blob):/.test(url));
}

// [SECTION] Touch ----------------------------------------------------------------------------------------
// Real touch events through the DevTools protocol (page.touchscreen only taps). Needs a context started
// with hasTouch: true. Points are page CSS pixels.

async function touchSession(page) {
  if (!page.__touchSession) page.__touchSession = await page.context().newCDPSession(page);
  return page.__touchSession;
}

async function touchEvent(page, type, points) {
  const session = await touchSession(page);
  await session.send('Input.dispatchTouchEvent', {
    type,
    touchPoints: points.map((p, i) => ({ x: p.x, y: p.y, id: i, radiusX: 1, radiusY: 1, force: 1 })),
  });
}

/** One finger: down at `from`, moved to `to` in `steps`, lifted. */
export async function touchDrag(page, from, to, { steps = 8, delay = 16 } = {}) {
  await touchEvent(page, 'touchStart', [from]);
  for (let i = 1; i <= steps; i++) {
    await sleep(delay);
    const t = i / steps;
    await touchEvent(page, 'touchMove', [{ x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t }]);
  }
  await touchEvent(page, 'touchEnd', []);
}

/** A tap: one finger down and up at the same spot. */
export async function touchTap(page, point) {
  await touchEvent(page, 'touchStart', [point]);
  await sleep(30);
  await touchEvent(page, 'touchEnd', []);
}

/** Two fingers, horizontally around `centre`, from `fromDistance` apart to `toDistance` apart. */
export async function pinch(page, centre, fromDistance, toDistance, { steps = 8, delay = 16 } = {}) {
  const at = (d) => [{ x: centre.x - d / 2, y: centre.y }, { x: centre.x + d / 2, y: centre.y }];
  await touchEvent(page, 'touchStart', at(fromDistance));
  for (let i = 1; i <= steps; i++) {
    await sleep(delay);
    await touchEvent(page, 'touchMove', at(fromDistance + ((toDistance - fromDistance) * i) / steps));
  }
  await touchEvent(page, 'touchEnd', []);
}

// [SECTION] Screenshots --------------------------------------------------------------------------------

/** Decodes an 8-bit, non-interlaced RGB/RGBA PNG (what Chromium's screenshots are). */
export function decodePng(buffer) {
  const signature = '89504e470d0a1a0a';
  if (buffer.subarray(0, 8).toString('hex') !== signature) throw new Error('not a PNG');
  let offset = 8;
  let width = 0, height = 0, channels = 0;
  const idat = [];
  while (offset < buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('latin1', offset + 4, offset + 8);
    const data = buffer.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const depth = data[8], colourType = data[9], interlace = data[12];
      if (depth !== 8 || interlace !== 0 || (colourType !== 2 && colourType !== 6)) {
        throw new Error(`unsupported PNG (depth ${depth}, colour type ${colourType}, interlace ${interlace})`);
      }
      channels = colourType === 6 ? 4 : 3;
    } else if (type === 'IDAT') {
      idat.push(data);
    } else if (type === 'IEND') {
      break;
    }
    offset += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? pixels[y * stride + x - channels] : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const upLeft = y > 0 && x >= channels ? pixels[(y - 1) * stride + x - channels] : 0;
      let value = row[x];
      if (filter === 1) value += left;
      else if (filter === 2) value += up;
      else if (filter === 3) value += (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left), pb = Math.abs(p - up), pc = Math.abs(p - upLeft);
        value += pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      }
      pixels[y * stride + x] = value & 0xff;
    }
  }
  return { width, height, channels, pixels };
}

/** Distinct colours and the share of pixels that differ from the most common one. */
export function pixelStats(png) {
  const counts = new Map();
  const { pixels, channels } = png;
  for (let i = 0; i < pixels.length; i += channels) {
    const key = (pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2];
    counts.set(key, (counts.get(key) || 0) + 1);
  }
  const total = pixels.length / channels;
  const background = Math.max(...counts.values());
  return { distinct: counts.size, nonBackground: (total - background) / total };
}
