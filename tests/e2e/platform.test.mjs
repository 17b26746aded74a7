// The browser platform end to end: a high-DPI backing store with clicks that still land, touch (tap,
// one-finger pan, two-finger pinch on the worker timeline), the soft keyboard's hidden field, copy and
// paste through the browser clipboard, idle rendering, a lost WebGL context, and the wheel without
// passive-listener complaints.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  clickWidget,
  decodePng,
  frames,
  load,
  pinch,
  pixelStats,
  sleep,
  startBrowser,
  state,
  touchDrag,
  touchTap,
  ui,
  until,
  waitIdle,
  waitForWidget,
} from './lib.mjs';

const withWorker = {
  schema: 'lde-assessment/1',
  assessment_date: '2022-03-15',
  workers: [{ id: 'w1', employment_start: '2019-09-01' }],
};

const centre = (w) => ({ x: w.x + w.w / 2, y: w.y + w.h / 2 });
const timelineOf = (page) => waitForWidget(page, (w) => w.id === 'timeline.w1' && w.kind === 'timeline');

describe('high-DPI screens (deviceScaleFactor 2)', () => {
  let browser;
  before(async () => {
    browser = await startBrowser({ viewport: { width: 1100, height: 760 }, deviceScaleFactor: 2 });
  });
  after(async () => {
    if (browser) await browser.close();
  });

  test('the backing store is twice the CSS size and a click at a widgets() rectangle selects the tab', async () => {
    const { page, errors } = await browser.openApp();
    const size = await page.evaluate(() => {
      const c = document.getElementById('canvas');
      return { width: c.width, height: c.height, cssWidth: c.clientWidth, cssHeight: c.clientHeight, ratio: window.devicePixelRatio };
    });
    assert.equal(size.ratio, 2);
    assert.equal(size.width, size.cssWidth * 2);
    assert.equal(size.height, size.cssHeight * 2);
    // widgets() speaks CSS pixels: the tab bar lies inside the CSS viewport.
    const tabs = (await page.evaluate(() => window.ldecheck.widgets())).filter((w) => w.kind === 'tab');
    assert.equal(tabs.length, 5);
    assert.ok(tabs.every((t) => t.x + t.w <= size.cssWidth && t.y + t.h <= size.cssHeight), JSON.stringify(tabs));
    for (const [id, name] of [['tab.report', 'report'], ['tab.imw', 'imw'], ['tab.employer', 'employer']]) {
      await clickWidget(page, (w) => w.id === id);
      await until(() => ui(page), (u) => u.tab === name, { what: `the ${name} tab` });
    }
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('touch', () => {
  let browser;
  before(async () => {
    browser = await startBrowser({ viewport: { width: 1280, height: 1300 }, hasTouch: true });
  });
  after(async () => {
    if (browser) await browser.close();
  });

  async function openTimeline() {
    const { page, errors } = await browser.openApp();
    await load(page, withWorker);
    const tab = await waitForWidget(page, (w) => w.id === 'tab.worker');
    await touchTap(page, centre(tab));
    await until(() => ui(page), (u) => u.tab === 'worker', { what: 'the worker tab by a tap' });
    await waitIdle(page);
    return { page, errors, timeline: await timelineOf(page) };
  }

  test('a tap selects a tab; one finger dragged over the timeline pans it', async () => {
    const { page, errors, timeline } = await openTimeline();
    const before = timeline.value;
    const y = timeline.y + timeline.h * 0.5;
    await touchDrag(page, { x: timeline.x + timeline.w * 0.7, y }, { x: timeline.x + timeline.w * 0.7 - 220, y });
    const panned = await until(() => timelineOf(page), (t) => t.value.from > before.from, { what: 'pan to later dates' });
    assert.ok(panned.value.to > before.to, `to: ${before.to} -> ${panned.value.to}`);
    assert.equal(panned.value.days_per_pixel, before.days_per_pixel, 'a drag does not zoom');
    // Dragging the other way comes back.
    await touchDrag(page, { x: timeline.x + timeline.w * 0.3, y }, { x: timeline.x + timeline.w * 0.3 + 220, y });
    await until(() => timelineOf(page), (t) => t.value.from < panned.value.from, { what: 'pan back' });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('two fingers spreading zoom the timeline in, pinching zooms it out', async () => {
    const { page, timeline } = await openTimeline();
    const before = timeline.value.days_per_pixel;
    const middle = { x: timeline.x + timeline.w * 0.6, y: timeline.y + timeline.h * 0.5 };
    await pinch(page, middle, 100, 300);
    const zoomed = await until(() => timelineOf(page), (t) => t.value.days_per_pixel < before * 0.5, { what: 'zoom in' });
    // About the ratio of the finger distances (3x), not an arbitrary step.
    assert.ok(Math.abs(before / zoomed.value.days_per_pixel - 3) < 0.5, `${before} -> ${zoomed.value.days_per_pixel}`);
    await pinch(page, middle, 300, 150);
    await until(() => timelineOf(page), (t) => t.value.days_per_pixel > zoomed.value.days_per_pixel * 1.6, { what: 'zoom out' });
    await page.close();
  });

  test('a finger dragged over the page background scrolls it, without clicking what it started on', async () => {
    const { page } = await browser.openApp();
    await load(page, { schema: 'lde-assessment/1', assessment_date: '2019-06-01', organisation: {} });
    await page.setViewportSize({ width: 1280, height: 700 });
    await waitIdle(page);
    const yOf = async (id) => {
      const w = (await page.evaluate(() => window.ldecheck.widgets())).find((x) => x.id === id);
      return w ? w.y : -Infinity; // scrolled out of view at the top
    };
    const before = await state(page);
    const y0 = await yOf('employer.name');
    assert.ok(y0 > 0, 'the name field starts in view');
    // Start in the card's left padding (no control there) and drag up.
    await touchDrag(page, { x: 130, y: 620 }, { x: 130, y: 220 }, { steps: 10 });
    await waitIdle(page);
    const y1 = await yOf('employer.name');
    assert.ok(y1 < y0 - 250, `the page did not follow the finger: ${y0} -> ${y1}`);
    assert.deepEqual(await state(page), before, 'the drag changed an answer');
    // And back down.
    await touchDrag(page, { x: 130, y: 220 }, { x: 130, y: 620 }, { steps: 10 });
    await waitIdle(page);
    assert.ok((await yOf('employer.name')) > y1 + 250, 'the page did not scroll back');
    await page.close();
  });

  test('a tap on a text field focuses the hidden field; typing into it reaches the canvas field', async () => {
    const { page, errors } = await browser.openApp();
    await load(page, withWorker);
    const tab = await waitForWidget(page, (w) => w.id === 'tab.worker');
    await touchTap(page, centre(tab));
    await until(() => ui(page), (u) => u.tab === 'worker', { what: 'the worker tab' });
    await waitIdle(page);
    const name = await waitForWidget(page, (w) => w.id === 'worker.form.name');
    await touchTap(page, centre(name));
    const active = await until(() => page.evaluate(() => {
      const e = document.activeElement;
      return { id: e.id, mode: e.getAttribute('inputmode'), top: parseFloat(e.style.top) };
    }), (a) => a.id === 'a11y-text-input', { what: 'the hidden field focused' });
    assert.equal(active.mode, 'text');
    assert.ok(Math.abs(active.top - name.y) < name.h, `the field sits at ${active.top}, the canvas field at ${name.y}`);
    await page.keyboard.type('Sanne', { delay: 20 });
    await page.keyboard.press('Backspace');
    await page.keyboard.type('a Peeters', { delay: 20 });
    await until(() => state(page), (s) => s.workers[0].name === 'Sanna Peeters', { what: 'the typed name in the state' });
    await page.keyboard.press('Enter');
    await until(() => page.evaluate(() => document.activeElement.id), (id) => id === 'canvas', { what: 'the field released' });
    // A number field asks for the decimal keyboard.
    const fraction = await waitForWidget(page, (w) => w.id === 'worker.form.work_fraction');
    await touchTap(page, centre(fraction));
    await until(() => page.evaluate(() => [document.activeElement.id, document.activeElement.getAttribute('inputmode')]),
      ([id, mode]) => id === 'a11y-text-input' && mode === 'decimal', { what: 'the decimal keyboard' });
    await page.keyboard.press('Escape');
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('clipboard', () => {
  let browser;
  before(async () => {
    browser = await startBrowser({ viewport: { width: 1400, height: 900 } });
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: browser.server.origin });
  });
  after(async () => {
    if (browser) await browser.close();
  });

  test('copy from a canvas text field lands on the browser clipboard; paste from it lands in the field', async () => {
    const { page, errors } = await browser.openApp();
    await load(page, { schema: 'lde-assessment/1', assessment_date: '2019-06-01', organisation: {} });
    await waitIdle(page); // the layout settles (the 2023 banner goes) before a click at a rectangle
    await clickWidget(page, (w) => w.id === 'employer.name');
    await page.keyboard.type('Fietspunt Oost vzw', { delay: 10 });
    await until(() => state(page), (s) => s.organisation.name === 'Fietspunt Oost vzw', { what: 'the typed name' });
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+C');
    await until(() => page.evaluate(() => navigator.clipboard.readText()), (t) => t === 'Fietspunt Oost vzw',
      { what: 'the copied text on the clipboard' });

    // Something else on the browser clipboard (as another program would put it there) is what pastes.
    await page.evaluate(() => navigator.clipboard.writeText('Wijkwerking Zuid'));
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+V');
    await page.keyboard.press('Enter');
    await until(() => state(page), (s) => s.organisation.name === 'Wijkwerking Zuid', { what: 'the pasted name' });

    // Cut empties the field and puts its text on the clipboard.
    await clickWidget(page, (w) => w.id === 'employer.name');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+X');
    await until(() => page.evaluate(() => navigator.clipboard.readText()), (t) => t === 'Wijkwerking Zuid', { what: 'cut text' });
    await page.keyboard.press('Enter');
    await until(() => state(page), (s) => s.organisation.name === undefined, { what: 'the name emptied by cut' });
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('loading', () => {
  let browser;
  before(async () => {
    browser = await startBrowser();
  });
  after(async () => {
    if (browser) await browser.close();
  });

  test('a slow download shows its progress as a bar and a percentage, up to 100 %', async () => {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Network.enable');
    // About 330 KB of gzip-encoded wasm (the progress counts its 820 KB decoded) at 250 kB/s: over a
    // second of visible progress.
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: 0, downloadThroughput: 250 * 1024, uploadThroughput: -1,
    });
    await page.addInitScript(() => {
      window.__progress = [];
      const sample = () => {
        const bar = document.getElementById('loading-progress');
        const text = document.getElementById('loading-percent');
        if (bar && text) {
          const last = window.__progress[window.__progress.length - 1];
          if (!last || last.value !== bar.value) window.__progress.push({ value: bar.value, text: text.textContent });
        }
        if (!(window.ldecheck && window.ldecheck.ready)) requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    await page.goto(browser.server.url);
    await page.waitForFunction(() => window.ldecheck && window.ldecheck.ready === true, null, { timeout: 60000 });
    await until(() => page.evaluate(() => document.getElementById('loading').hidden), (h) => h === true, { what: 'the card gone' });
    const seen = await page.evaluate(() => window.__progress);
    const between = seen.filter((p) => p.value > 0 && p.value < 90);
    assert.ok(between.length >= 3, `too few intermediate steps: ${JSON.stringify(seen)}`);
    for (let i = 1; i < seen.length; i++) assert.ok(seen[i].value >= seen[i - 1].value, 'the bar went back');
    for (const p of seen) assert.equal(p.text, `${p.value}\u00a0%`);
    assert.equal(await page.evaluate(() => document.getElementById('loading-percent').textContent), '100\u00a0%');
    await page.close();
  });
});

describe('rendering and the WebGL context', () => {
  let browser;
  before(async () => {
    browser = await startBrowser();
  });
  after(async () => {
    if (browser) await browser.close();
  });

  test('no frame in 2 s without input; a key press or a mouse move wakes it at once', async () => {
    const { page } = await browser.openApp();
    const idle = await waitIdle(page);
    await sleep(2000);
    assert.equal(await frames(page), idle, 'frames were rendered while nothing changed');
    const t0 = Date.now();
    await page.keyboard.press('Shift');
    await until(() => frames(page), (n) => n > idle, { what: 'a frame after a key press', timeout: 1000 });
    assert.ok(Date.now() - t0 < 1000);
    const again = await waitIdle(page);
    await sleep(2000);
    assert.equal(await frames(page), again, 'frames after the key press went on');
    await page.mouse.move(300, 300);
    await page.mouse.move(310, 305);
    await until(() => frames(page), (n) => n > again, { what: 'a frame after a mouse move', timeout: 1000 });
    await page.close();
  });

  test('a lost context shows a readable overlay; a restored one draws the app again', async () => {
    const { page, errors } = await browser.openApp();
    const webgl = [];
    page.on('console', (m) => {
      if (/WebGL|GL_/.test(m.text())) webgl.push(`${m.type()}: ${m.text()}`);
    });
    await waitIdle(page);
    const lost = await page.evaluate(() => {
      const gl = document.getElementById('canvas').getContext('webgl2');
      const ext = gl.getExtension('WEBGL_lose_context');
      window.__loseContext = ext;
      ext.loseContext();
      return Boolean(ext);
    });
    assert.equal(lost, true);
    await page.waitForSelector('#context-lost', { state: 'visible' });
    const text = await page.textContent('#context-lost');
    assert.match(text, /WebGL/);
    assert.match(text, /Pagina opnieuw laden/);
    assert.equal(await page.getAttribute('#context-lost', 'role'), 'alert');
    // Nothing is drawn while the context is gone.
    const paused = await frames(page);
    await page.mouse.move(200, 200);
    await page.mouse.move(220, 230);
    await sleep(300);
    assert.equal(await frames(page), paused);

    await page.evaluate(() => window.__loseContext.restoreContext());
    await page.waitForSelector('#context-lost', { state: 'hidden' });
    await page.mouse.move(240, 240);
    await until(() => frames(page), (n) => n > paused, { what: 'frames after the restore' });
    await waitIdle(page);
    const stats = pixelStats(decodePng(await page.screenshot()));
    assert.ok(stats.distinct > 50, `only ${stats.distinct} colours after the restore`);
    // And it still works.
    await clickWidget(page, (w) => w.id === 'tab.about');
    await until(() => ui(page), (u) => u.tab === 'about', { what: 'a tab after the restore' });
    assert.deepEqual(webgl, [], 'the renderer complained while recovering');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the wheel scrolls without "passive event listener" complaints', async () => {
    const { page } = await browser.openApp();
    const messages = [];
    page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
    await clickWidget(page, (w) => w.id === 'tab.about');
    await waitIdle(page);
    const treeY = async () => {
      const trees = (await page.evaluate(() => window.ldecheck.widgets())).filter((w) => w.id.startsWith('about.file.'));
      return trees.length ? trees[0].y : null;
    };
    await page.mouse.move(640, 500);
    let first = null;
    for (let i = 0; i < 12 && first === null; i++) {
      await page.mouse.wheel(0, 300);
      await waitIdle(page);
      first = await treeY();
    }
    assert.notEqual(first, null, 'the wheel never scrolled to the rules');
    await page.mouse.wheel(0, 200);
    await until(treeY, (y) => y === null || y < first - 50, { what: 'further down' });
    assert.deepEqual(messages.filter((m) => /passive/i.test(m)), []);
    // Where that complaint came from: a wheel listener on the document or window (which browsers make
    // passive). The app listens on the canvas only.
    const cdp = await page.context().newCDPSession(page);
    for (const target of ['document', 'window']) {
      const { result } = await cdp.send('Runtime.evaluate', { expression: target });
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
      assert.deepEqual(listeners.filter((l) => /wheel/.test(l.type)).map((l) => `${target}: ${l.type}`), []);
    }
    await page.close();
  });
});
