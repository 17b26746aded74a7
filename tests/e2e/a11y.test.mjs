// Accessibility end to end: the DOM mirror screen readers read matches report() and follows the canvas;
// the employer check can be completed with the keyboard alone, with a visible focus ring; tab shortcuts;
// light and dark themes from prefers-color-scheme, switchable in the header and remembered.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';

import {
  clickWidget,
  decodePng,
  load,
  report,
  sleep,
  startBrowser,
  ui,
  until,
  waitIdle,
  waitForWidget,
} from './lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const fietspunt = JSON.parse(fs.readFileSync(path.join(here, '../../assets/examples/fietspunt.json'), 'utf8'));

function allChecks(r) {
  const out = [];
  const walk = (checks) => {
    for (const c of checks) {
      out.push(c);
      walk(c.children || []);
    }
  };
  walk(r.checks);
  for (const w of r.workers) walk(w.checks);
  return out;
}

function findCheck(r, id) {
  return allChecks(r).find((c) => c.id === id) || null;
}

async function statusOf(page, id) {
  const c = findCheck(await report(page), id);
  return c ? c.status : null;
}

/** The mirror as the page has it: checks of the full report, the live verdicts, texts. */
function readMirror(page) {
  return page.evaluate(() => {
    const m = document.getElementById('a11y-mirror');
    const checks = Array.from(m.querySelectorAll('#a11y-report li.check')).map((li) => ({
      id: li.getAttribute('data-check-id'),
      status: li.getAttribute('data-status'),
      word: li.querySelector(':scope > .status').textContent,
    }));
    const verdicts = Array.from(m.querySelectorAll('#a11y-verdicts > li')).map((li) => ({
      id: li.getAttribute('data-check-id'),
      status: li.getAttribute('data-status'),
      text: li.textContent,
    }));
    return {
      revision: Number(m.getAttribute('data-revision') || 0),
      tab: document.getElementById('a11y-tab').textContent,
      checks,
      verdicts,
      headings: Array.from(m.querySelectorAll('h1, h2, h3')).map((h) => h.tagName + ':' + h.textContent),
      lang: document.documentElement.lang,
    };
  });
}

/** Waits until the mirror shows `id` with `status` in the full report. */
async function untilMirrored(page, id, status) {
  return until(() => readMirror(page), (m) => m.checks.some((c) => c.id === id && c.status === status),
    { what: `mirror shows ${id} = ${status}` });
}

const focused = (page) => page.evaluate(() => window.ldecheck.focused());

/**
 * Presses Tab (keyboard only) until the widget `id` has keyboard focus. Each press is waited for (the
 * focus moved) before the next, so no press is still on its way when the target is reached.
 */
async function tabTo(page, id, { max = 160 } = {}) {
  let current = await focused(page);
  for (let i = 0; i < max; i++) {
    if (current === id) return;
    await page.keyboard.press('Tab');
    const previous = current;
    const deadline = Date.now() + 1000;
    do {
      await sleep(20);
      current = await focused(page);
    } while (current === previous && Date.now() < deadline);
  }
  throw new Error(`Tab never reached ${id}; focus is on ${current}`);
}

/** Tab to a text field, then wait until it takes text (it starts editing the frame after it got focus). */
async function tabToField(page, id) {
  await tabTo(page, id);
  await until(() => page.evaluate(() => window.ldecheck.textInput()), (t) => t === true, { what: `${id} editing` });
}

/** Counts pixels near `rgb` in a band `band` px wide just outside the rectangle `r` (page CSS pixels). */
async function ringPixels(page, r, rgb, band = 6) {
  const clip = { x: Math.max(0, r.x - band), y: Math.max(0, r.y - band), width: r.w + 2 * band, height: r.h + 2 * band };
  const png = decodePng(await page.screenshot({ clip }));
  let count = 0;
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const inside = x >= band + 1 && x < png.width - band - 1 && y >= band + 1 && y < png.height - band - 1;
      if (inside) continue;
      const i = (y * png.width + x) * png.channels;
      const d = Math.abs(png.pixels[i] - rgb[0]) + Math.abs(png.pixels[i + 1] - rgb[1]) + Math.abs(png.pixels[i + 2] - rgb[2]);
      if (d < 60) count++;
    }
  }
  return count;
}

describe('the DOM mirror for screen readers', () => {
  let browser;
  before(async () => {
    browser = await startBrowser({ viewport: { width: 1400, height: 900 } });
  });
  after(async () => {
    if (browser) await browser.close();
  });

  test('is a visually hidden, polite live region the canvas points at', async () => {
    const { page, errors } = await browser.openApp();
    const info = await page.evaluate(() => {
      const m = document.getElementById('a11y-mirror');
      const style = getComputedStyle(m);
      const live = document.getElementById('a11y-live');
      const canvas = document.getElementById('canvas');
      return {
        display: style.display,
        visibility: style.visibility,
        width: m.getBoundingClientRect().width,
        hiddenClass: m.classList.contains('visually-hidden'),
        live: live.getAttribute('aria-live'),
        liveInMirror: m.contains(live),
        role: canvas.getAttribute('role'),
        describedBy: canvas.getAttribute('aria-describedby'),
        label: canvas.getAttribute('aria-label'),
      };
    });
    assert.notEqual(info.display, 'none');
    assert.notEqual(info.visibility, 'hidden');
    assert.ok(info.width <= 1, `the mirror is ${info.width}px wide`);
    assert.equal(info.hiddenClass, true);
    assert.equal(info.live, 'polite');
    assert.equal(info.liveInMirror, true);
    assert.equal(info.role, 'application');
    assert.equal(info.describedBy, 'a11y-live');
    await until(() => page.evaluate(() => document.getElementById('canvas').getAttribute('aria-label')),
      (l) => /Tab/.test(l), { what: 'a translated canvas label' });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('shows every check of report() with its status word, the verdicts, headings and the active tab', async () => {
    const { page, errors } = await browser.openApp();
    assert.equal((await load(page, fietspunt)).ok, true);
    const r = await report(page);
    const checks = allChecks(r);
    assert.ok(checks.length > 20, `only ${checks.length} checks`);
    const words = { met: 'voldaan', not_met: 'niet voldaan', unknown: 'onbekend', not_applicable: 'niet van toepassing' };
    const m = await until(() => readMirror(page), (x) => x.checks.length === checks.length,
      { what: `${checks.length} checks in the mirror` });
    // Same ids with the same statuses, in the same order as report() walks them.
    assert.deepEqual(m.checks.map((c) => `${c.id}=${c.status}`), checks.map((c) => `${c.id}=${c.status}`));
    for (const c of m.checks) {
      assert.ok(c.word.includes(words[c.status]), `${c.id}: "${c.word}" lacks the word "${words[c.status]}"`);
    }
    // The live verdicts: one entry per top-level check, the status as a word, not only a colour or icon.
    assert.deepEqual(m.verdicts.map((v) => `${v.id}=${v.status}`), r.checks.map((c) => `${c.id}=${c.status}`));
    for (const v of m.verdicts) assert.ok(v.text.includes(words[v.status]), v.text);
    assert.equal(m.tab, 'Actief tabblad: Werkgever');
    assert.ok(m.headings.some((h) => h.startsWith('H2:Oordelen')), m.headings.join(' | '));
    assert.ok(m.headings.some((h) => h.startsWith('H3:Werkgever')), m.headings.join(' | '));
    assert.ok(m.headings.some((h) => /^H3:Werknemer w1/.test(h)), m.headings.join(' | '));
    // Sources are links the reader can follow; nothing inline that the CSP would refuse.
    const links = await page.evaluate(() => Array.from(document.querySelectorAll('#a11y-report a')).map((a) => [a.href, a.rel]));
    assert.ok(links.length > 5);
    assert.ok(links.every(([href, rel]) => /^https:\/\//.test(href) && rel.includes('noopener')));
    assert.equal(await page.evaluate(() => document.querySelectorAll('#a11y-mirror style, #a11y-mirror script, #a11y-mirror [style]').length), 0);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('follows a change made on the canvas, the active tab and the language', async () => {
    const { page } = await browser.openApp();
    await load(page, { schema: 'lde-assessment/1', assessment_date: '2019-06-01', language: 'nl', organisation: {} });
    await untilMirrored(page, 'lde.recognition.offers_trajectories', 'unknown');
    await waitIdle(page);
    const before = await readMirror(page);
    await clickWidget(page, (w) => w.id === 'employer.offers_insertion_trajectories.no');
    await until(() => statusOf(page, 'lde.recognition.offers_trajectories'), (s) => s === 'not_met', { what: 'not met in report()' });
    const m = await untilMirrored(page, 'lde.recognition.offers_trajectories', 'not_met');
    assert.ok(m.revision > before.revision, 'the mirror revision moved');
    const parent = m.verdicts.find((v) => v.id === 'lde.recognition');
    assert.equal(parent.status, 'not_met');
    assert.match(parent.text, /niet voldaan/);

    await clickWidget(page, (w) => w.id === 'tab.report');
    await until(() => readMirror(page), (x) => x.tab === 'Actief tabblad: Rapport', { what: 'the active tab in the mirror' });
    await clickWidget(page, (w) => w.id === 'lang.en');
    const en = await until(() => readMirror(page), (x) => x.lang === 'en' && x.tab === 'Active tab: Report',
      { what: 'the English mirror' });
    const item = en.checks.find((c) => c.id === 'lde.recognition.offers_trajectories');
    assert.match(item.word, /not met/);
    await page.close();
  });
});

describe('keyboard only', () => {
  let browser;
  before(async () => {
    browser = await startBrowser({ viewport: { width: 1400, height: 900 } });
  });
  after(async () => {
    if (browser) await browser.close();
  });

  test('the employer check is completed with Tab, arrows, Enter, Space and typing, no mouse', async () => {
    const { page, errors } = await browser.openApp();
    // Nothing but keyboard input from here on: no page.mouse, no load().
    const press = async (key) => {
      await page.keyboard.press(key);
      await sleep(60);
    };
    const ids = ['lde.recognition.legal_form', 'lde.recognition.offers_trajectories', 'lde.recognition.business_operations',
      'lde.recognition.local_services', 'lde.recognition.min_fte', 'lde.recognition.applications_open'];
    const start = await report(page);
    for (const id of ids.slice(0, 5)) assert.equal(findCheck(start, id).status, 'unknown', id);

    // The assessment date: a text field, typed.
    await tabToField(page, 'employer.assessment_date');
    await press('Control+A');
    await page.keyboard.type('01/06/2019');
    await press('Enter');
    await until(async () => (await report(page)).assessment_date, (d) => d === '2019-06-01', { what: 'the typed date' });
    assert.equal(await statusOf(page, 'lde.recognition.applications_open'), 'met');

    // The legal form: a list opened with Space, walked with the arrows, chosen with Enter.
    await tabTo(page, 'employer.legal_form');
    await press('Space');
    await until(() => focused(page), (f) => f && f.startsWith('employer.legal_form.'), { what: 'focus in the list' });
    for (let i = 0; i < 12 && (await focused(page)) !== 'employer.legal_form.vzw'; i++) await press('ArrowDown');
    assert.equal(await focused(page), 'employer.legal_form.vzw');
    await press('Enter');
    await until(() => statusOf(page, 'lde.recognition.legal_form'), (s) => s === 'met', { what: 'legal form met' });

    // Tri-state answers: Space and Enter press the focused button.
    await tabTo(page, 'employer.offers_insertion_trajectories.yes');
    await press('Space');
    await until(() => statusOf(page, 'lde.recognition.offers_trajectories'), (s) => s === 'met', { what: 'trajectories met' });
    await tabTo(page, 'employer.transparent_quality_operations.yes');
    await press('Enter');
    await until(() => statusOf(page, 'lde.recognition.business_operations'), (s) => s === 'met', { what: 'operations met' });
    await tabTo(page, 'employer.operates_local_services.no');
    await press('Space');
    await until(() => statusOf(page, 'lde.recognition.local_services'), (s) => s === 'not_met', { what: 'local services not met' });
    // The arrow keys move between the answers of one question (and stay on its row).
    await press('ArrowLeft');
    assert.equal(await focused(page), 'employer.operates_local_services.yes');
    await press('Space');
    await until(async () => (await page.evaluate(() => window.ldecheck.state())).organisation.operates_local_services,
      (v) => v === true, { what: 'local services: yes' });
    // Yes, but no service described yet: the check waits for one (not a failure any more).
    assert.equal(await statusOf(page, 'lde.recognition.local_services'), 'unknown');
    await press('ArrowRight');
    assert.equal(await focused(page), 'employer.operates_local_services.no');
    await press('Enter');
    await until(() => statusOf(page, 'lde.recognition.local_services'), (s) => s === 'not_met', { what: 'local services not met again' });

    // A number field and a date field, typed.
    await tabTo(page, 'employer.existed_before_2015.no');
    await press('Space');
    await tabToField(page, 'employer.trajectories_allocated_on');
    await page.keyboard.type('01/06/2015');
    await press('Enter');
    await tabToField(page, 'employer.fte.2018');
    await page.keyboard.type('6,5');
    await press('Enter');
    await until(() => statusOf(page, 'lde.recognition.min_fte'), (s) => s === 'met', { what: 'minimum FTE met' });
    const s = await page.evaluate(() => window.ldecheck.state());
    assert.equal(s.organisation.legal_form, 'vzw');
    assert.equal(s.organisation.target_group_fte['2018'], 6.5);
    assert.equal(s.organisation.trajectories_allocated_on, '2015-06-01');

    const end = await report(page);
    for (const id of ids) assert.notEqual(findCheck(end, id).status, 'unknown', id);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('Alt+PageDown / Alt+PageUp and Ctrl+Tab switch tabs and put the focus on the tab', async () => {
    const { page } = await browser.openApp();
    assert.equal((await ui(page)).tab, 'employer');
    await page.keyboard.press('Alt+PageDown');
    await until(() => ui(page), (u) => u.tab === 'worker', { what: 'the worker tab' });
    await until(() => focused(page), (f) => f === 'tab.worker', { what: 'focus on the worker tab' });
    await page.keyboard.press('Control+Tab');
    await until(() => ui(page), (u) => u.tab === 'imw', { what: 'the IMW tab' });
    await page.keyboard.press('Control+Shift+Tab');
    await until(() => ui(page), (u) => u.tab === 'worker', { what: 'back to the worker tab' });
    await page.keyboard.press('Alt+PageUp');
    await page.keyboard.press('Alt+PageUp');
    await until(() => ui(page), (u) => u.tab === 'about', { what: 'around to the last tab' });
    // In the tab bar, the arrows move between tabs and Enter opens one.
    await page.keyboard.press('ArrowLeft');
    await until(() => focused(page), (f) => f === 'tab.report', { what: 'focus on the report tab' });
    await page.keyboard.press('Enter');
    await until(() => ui(page), (u) => u.tab === 'report', { what: 'the report tab by Enter' });
    await page.close();
  });

  test('Tab reaches the worker timeline; the arrows step through its events and + zooms', async () => {
    const { page } = await browser.openApp();
    await load(page, { schema: 'lde-assessment/1', assessment_date: '2022-03-15', workers: [{ id: 'w1', employment_start: '2019-09-01' }] });
    await page.keyboard.press('Alt+PageDown');
    await until(() => ui(page), (u) => u.tab === 'worker', { what: 'the worker tab' });
    await tabTo(page, 'timeline.w1');
    const timeline = () => waitForWidget(page, (w) => w.id === 'timeline.w1' && w.kind === 'timeline');
    await until(timeline, (t) => t.value.focused === true, { what: 'the timeline takes the arrow keys' });
    await page.keyboard.press('ArrowRight');
    await until(timeline, (t) => t.value.selected === 0, { what: 'the first event' });
    await until(() => page.evaluate(() => window.ldecheck.tooltip()), (t) => t.includes('01/09/2019'), { what: 'its tooltip' });
    await page.keyboard.press('ArrowRight');
    await until(timeline, (t) => t.value.selected === 1, { what: 'the second event' });
    const before = (await timeline()).value.days_per_pixel;
    await page.keyboard.press('+');
    await until(timeline, (t) => t.value.days_per_pixel < before * 0.9, { what: 'zoomed in with +' });
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await until(timeline, (t) => t.value.days_per_pixel > before, { what: 'zoomed out with -' });
    // Tab leaves the timeline (and gives the arrows back).
    await page.keyboard.press('Tab');
    await until(timeline, (t) => t.value.focused === false, { what: 'the timeline lets go' });
    await page.close();
  });

  test('Tab reaches questions far below the fold (groups out of view are drawn while the keyboard moves the focus)', async () => {
    const { page } = await browser.openApp();
    const example = JSON.parse(fs.readFileSync(path.join(here, '../../assets/examples/fietspunt.json'), 'utf8'));
    assert.equal((await load(page, example)).ok, true);
    await waitIdle(page);
    const target = 'employer.quality.registered.yes';
    const widgets = () => page.evaluate(() => window.ldecheck.widgets());
    assert.equal((await widgets()).some((w) => w.id === target), false, 'the quality questions start out of view');
    await tabTo(page, target, { max: 200 });
    const shown = await until(widgets, (ws) => ws.some((w) => w.id === target), { what: 'the focused question scrolled into view' });
    assert.ok(shown.some((w) => w.id === target));
    await page.close();
  });

  test('the keyboard focus is drawn as a ring in the focus colour of either theme, and only after keyboard use', async () => {
    const { page } = await browser.openApp();
    await load(page, { schema: 'lde-assessment/1', assessment_date: '2019-06-01', organisation: {} });
    await waitIdle(page);
    const target = await waitForWidget(page, (w) => w.id === 'employer.offers_insertion_trajectories.no');
    const focusColour = [0x1f, 0x5f, 0xbf];
    const without = await ringPixels(page, target, focusColour);
    await tabTo(page, 'employer.offers_insertion_trajectories.no');
    await waitIdle(page);
    // Measured until the frame with the ring is on screen (a loaded machine may show it a moment later).
    const minimum = 2 * (target.w + target.h);
    const ring = await until(() => ringPixels(page, target, focusColour), (n) => n > minimum && n > without * 3,
      { what: `a focus ring of more than ${minimum} pixels (${without} before)`, timeout: 5000 });
    // The dark theme draws it in its own focus colour, as clearly.
    assert.equal(await page.evaluate(() => window.ldecheck.setTheme('dark')), true);
    await until(() => ui(page), (u) => u.theme === 'dark', { what: 'the dark theme' });
    await until(() => ringPixels(page, target, [0x9c, 0xc3, 0xff]), (n) => n > minimum,
      { what: 'a focus ring in the dark theme', timeout: 5000 });
    await page.evaluate(() => {
      window.ldecheck.setTheme('light');
      window.localStorage.removeItem('lde-check.theme');
    });
    await until(() => ringPixels(page, target, focusColour), (n) => n > minimum, { what: 'light again', timeout: 5000 });
    // A mouse click hides the keyboard ring (the pointer shows where the user is).
    await page.mouse.click(5, 300);
    await waitIdle(page);
    await until(() => ringPixels(page, target, focusColour), (n) => n < ring / 3, { what: 'no ring after a mouse click', timeout: 5000 });
    await page.close();
  });
});

describe('themes', () => {
  let browser;
  before(async () => {
    browser = await startBrowser({ viewport: { width: 1280, height: 800 }, colorScheme: 'dark' });
  });
  after(async () => {
    if (browser) await browser.close();
  });

  /** Luminance (0-255) of the canvas background: a margin pixel beside the content column. */
  async function backgroundLevel(page) {
    const png = decodePng(await page.screenshot({ clip: { x: 4, y: 400, width: 4, height: 4 } }));
    return (png.pixels[0] + png.pixels[1] + png.pixels[2]) / 3;
  }

  test('a dark system preference gives the dark theme on first load; the header switch makes it light', async () => {
    const { page, errors } = await browser.openApp();
    assert.equal((await ui(page)).theme, 'dark');
    assert.ok((await backgroundLevel(page)) < 60, 'the canvas background is not dark');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    const light = await waitForWidget(page, (w) => w.id === 'theme.light');
    assert.equal(light.label, 'Licht');
    assert.equal(light.value, false);
    await clickWidget(page, (w) => w.id === 'theme.light');
    await until(() => ui(page), (u) => u.theme === 'light', { what: 'the light theme' });
    await waitIdle(page);
    assert.ok((await backgroundLevel(page)) > 200, 'the canvas background is not light');
    assert.equal(await page.evaluate(() => window.localStorage.getItem('lde-check.theme')), 'light');
    await waitForWidget(page, (w) => w.id === 'theme.light' && w.value === true);
    // The choice is remembered over the system preference.
    await page.reload();
    await page.waitForFunction(() => window.ldecheck && window.ldecheck.ready === true);
    assert.equal((await ui(page)).theme, 'light');
    // The switch is translated.
    await clickWidget(page, (w) => w.id === 'lang.en');
    await waitForWidget(page, (w) => w.id === 'theme.dark' && w.label === 'Dark');
    await clickWidget(page, (w) => w.id === 'theme.dark');
    await until(() => ui(page), (u) => u.theme === 'dark', { what: 'dark again' });
    assert.equal(await page.evaluate(() => window.localStorage.getItem('lde-check.theme')), 'dark');
    await page.evaluate(() => window.localStorage.removeItem('lde-check.theme'));
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a theme chosen under the old storage key (ldecheck.theme) is honoured and moved to lde-check.theme', async () => {
    // Seeded once, before the page's scripts run, as a version before 2026-11-30 left it.
    const init = () => {
      if (!window.sessionStorage.getItem('seeded')) {
        window.localStorage.setItem('ldecheck.theme', 'light');
        window.sessionStorage.setItem('seeded', '1');
      }
    };
    const { page, errors } = await browser.openApp({ init });
    assert.equal((await ui(page)).theme, 'light', 'the old choice beats the dark system preference');
    const stored = await page.evaluate(() => [window.localStorage.getItem('lde-check.theme'), window.localStorage.getItem('ldecheck.theme')]);
    assert.deepEqual(stored, ['light', null]);
    await page.evaluate(() => window.localStorage.removeItem('lde-check.theme'));
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('without a stored choice the app follows a change of the system preference', async () => {
    const { page } = await browser.openApp();
    await page.evaluate(() => window.localStorage.removeItem('lde-check.theme'));
    assert.equal((await ui(page)).theme, 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await until(() => ui(page), (u) => u.theme === 'light', { what: 'light with the system' });
    await waitIdle(page);
    assert.ok((await backgroundLevel(page)) > 200);
    await page.emulateMedia({ colorScheme: 'dark' });
    await until(() => ui(page), (u) => u.theme === 'dark', { what: 'dark with the system' });
    assert.equal(await page.evaluate(() => window.localStorage.getItem('lde-check.theme')), null);
    await page.close();
  });
});
