// Keeping the user's answers, end to end in the real page: autosave and restore (and what happens to a
// stored state that cannot be read), opening and saving files (buttons, the file input, a dropped file),
// the share link (#s=...) in a fresh browser profile, and the printable report with its downloads.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { after, before, describe, test } from 'node:test';

import {
  clickWidget,
  downloadText,
  foreignRequests,
  load,
  report,
  startBrowser,
  state,
  typeInto,
  ui,
  until,
  waitIdle,
  waitReady,
  sleep,
} from './lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const fietspuntText = fs.readFileSync(path.join(here, '../../assets/examples/fietspunt.json'), 'utf8');
const fietspunt = JSON.parse(fietspuntText);

const KEY = 'lde-check.assessment';
const SAVE_WITHIN_MS = 1000;

let browser;
const browsers = [];

before(async () => {
  browser = await startBrowser({ viewport: { width: 1280, height: 800 } });
  browsers.push(browser);
  // Record print() calls in every page, the print window included, instead of opening a dialog.
  await browser.context.addInitScript(() => {
    window.print = () => {
      window.__ldePrinted = (window.__ldePrinted || 0) + 1;
    };
  });
});

after(async () => {
  for (const b of browsers.reverse()) await b.close();
});

const saved = (page) => page.evaluate(() => window.ldecheck.saved());
const notice = (page) => page.evaluate(() => window.ldecheck.notice());
const savedState = async (page) => {
  const text = (await saved(page)).assessment;
  return text === null ? null : JSON.parse(text);
};

async function reloadApp(page) {
  await page.reload();
  await waitReady(page);
}

/** The state a first-time visitor starts with. */
async function blankState() {
  const { page } = await browser.openApp();
  const blank = await state(page);
  await page.close();
  return blank;
}

function decodeEntities(html) {
  return html.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Explanations of the top-level verdicts: the sentences every rendering of the report must carry. */
async function verdictTexts(page) {
  const texts = (await report(page)).checks.map((c) => c.explanation).filter(Boolean);
  assert.ok(texts.length >= 3, `only ${texts.length} verdict explanations`);
  return texts;
}

function withSources(checks) {
  for (const c of checks) {
    if (c.sources && c.sources.length) return c;
    const found = withSources(c.children || []);
    if (found) return found;
  }
  return null;
}

function sharePayload(text) {
  return zlib.deflateRawSync(Buffer.from(text, 'utf8')).toString('base64url');
}

describe('autosave', () => {
  test('a fresh app the user has not touched stores nothing', async () => {
    const { page, errors } = await browser.openApp();
    await sleep(SAVE_WITHIN_MS);
    assert.equal((await saved(page)).assessment, null);
    assert.equal(await notice(page), '');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('answers given on the canvas are stored within a second and are back after a reload, tab included', async () => {
    const { page, errors } = await browser.openApp();
    await typeInto(page, 'employer.name', 'Fietspunt Noord vzw');
    await until(() => savedState(page), (s) => s !== null && s.organisation.name === 'Fietspunt Noord vzw',
      { what: 'the name in localStorage' });
    // Measured in the page: from the app reporting the change to the write into localStorage.
    await page.evaluate(() => {
      window.__lde = { changes: [], writes: [] };
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (key === 'lde-check.assessment') window.__lde.writes.push(performance.now());
        return setItem.call(this, key, value);
      };
      const revised = window.Module.onAssessmentRevised;
      window.Module.onAssessmentRevised = (revision) => {
        window.__lde.changes.push(performance.now());
        revised(revision);
      };
    });
    await clickWidget(page, (w) => w.id === 'employer.offers_insertion_trajectories.yes');
    const edited = await until(() => state(page), (s) => s.organisation.offers_insertion_trajectories === true,
      { what: 'the answer in state()' });
    assert.equal(edited.organisation.name, 'Fietspunt Noord vzw');
    await until(() => savedState(page), (s) => s !== null && s.organisation.offers_insertion_trajectories === true,
      { what: 'the answer in localStorage' });
    const { changes, writes } = await page.evaluate(() => window.__lde);
    assert.ok(changes.length >= 1 && writes.length === 1, JSON.stringify({ changes, writes }));
    assert.ok(writes[0] - changes[0] <= SAVE_WITHIN_MS, `stored ${Math.round(writes[0] - changes[0])} ms after the change`);
    // What is stored is exactly the CLI's lde-assessment/1 text that state() describes.
    assert.deepEqual(await savedState(page), edited);
    assert.equal((await saved(page)).assessment, await page.evaluate(() => JSON.stringify(window.ldecheck.state())));

    await clickWidget(page, (w) => w.id === 'tab.report');
    await until(() => ui(page), (u) => u.tab === 'report', { what: 'the report tab' });
    await reloadApp(page);
    assert.deepEqual(await state(page), edited);
    assert.equal((await ui(page)).tab, 'report');
    assert.equal(await notice(page), '');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the state is restored before the first frame is drawn', async () => {
    const { page } = await browser.openApp();
    await load(page, fietspunt);
    await until(() => savedState(page), (s) => s !== null && s.organisation.name === fietspunt.organisation.name,
      { what: 'the loaded state stored' });
    // The first frame's widgets already carry the restored answers: no empty form ever shows.
    await page.addInitScript(() => {
      const seen = () => {
        const l = window.ldecheck;
        if (l && l.frames() > 0) {
          window.__firstFrameState = l.state();
          return;
        }
        window.requestAnimationFrame(seen);
      };
      window.requestAnimationFrame(seen);
    });
    await reloadApp(page);
    const first = await page.evaluate(() => window.__firstFrameState);
    assert.deepEqual(first, await state(page));
    assert.equal(first.organisation.name, fietspunt.organisation.name);
    await page.close();
  });

  test('a change made just before leaving the page is stored as the page goes (pagehide, visibilitychange)', async () => {
    // The debounced save (a 500 ms timer) is held back in this page, so on a slow machine it cannot run
    // before the reload: only leaving the page can store the answer.
    const holdDebouncedSave = () => {
      const original = window.setTimeout;
      window.setTimeout = (fn, delay, ...rest) => (delay === 500 ? 0 : original(fn, delay, ...rest));
    };
    const { page } = await browser.openApp({ init: holdDebouncedSave });
    await clickWidget(page, (w) => w.id === 'employer.offers_insertion_trajectories.no');
    await until(() => state(page), (s) => s.organisation.offers_insertion_trajectories === false, { what: 'the answer' });
    await new Promise((resolve) => setTimeout(resolve, 800));
    assert.equal(await savedState(page), null, 'the debounced save is held back: nothing stored yet');
    await reloadApp(page);
    assert.equal((await state(page)).organisation.offers_insertion_trajectories, false);
    await page.close();
  });
});

describe('a stored state that cannot be read', () => {
  const cases = [
    {
      what: 'unparseable text',
      text: '{"schema": "lde-assessment/1",\n "organisation": {"name": "Fietspunt"',
      message: /beschadigd.*line 2, column/s,
    },
    {
      what: 'a newer schema',
      text: JSON.stringify({ schema: 'lde-assessment/2', organisation: { name: 'Later' } }),
      message: /nieuwere versie van LDE-check \(lde-assessment\/2\)/,
    },
    {
      what: 'an invalid field',
      text: JSON.stringify({ schema: 'lde-assessment/1', workers: [{ id: 'w1', trajectory_start: '2023-02-30' }] }),
      message: /ongeldig gegeven.*workers\[0\]\.trajectory_start: 2023-02-30 is not a date/s,
    },
  ];

  for (const c of cases) {
    test(`${c.what}: a clean start, a message naming the problem, and the copy kept and downloadable`, async () => {
      const blank = await blankState();
      const { page, errors } = await browser.openApp();
      await page.evaluate(([key, text]) => window.localStorage.setItem(key, text), [KEY, c.text]);
      await reloadApp(page);

      assert.deepEqual(await state(page), blank);
      const message = await notice(page);
      assert.match(message, c.message);
      assert.match(message, /lege beoordeling/);
      assert.doesNotMatch(message, /⟦/);
      assert.equal(await page.locator('.lde-notice[role="alert"]').count(), 1);
      const stored = await saved(page);
      assert.equal(stored.assessment, null);
      assert.equal(stored.rejected.length, 1);
      assert.equal(stored.rejected[0].text, c.text, 'the bad copy is kept verbatim');

      const [download] = await Promise.all([page.waitForEvent('download'), page.click('.lde-notice-download')]);
      assert.match(download.suggestedFilename(), /^lde-check-onleesbaar-\d{4}-\d{2}-\d{2}T[\d-]+\.json$/);
      assert.equal(await downloadText(download), c.text);
      await page.click('.lde-notice-close');
      assert.equal(await notice(page), '');
      assert.equal((await saved(page)).rejected[0].text, c.text, 'closing the message keeps the copy');

      // New answers are saved again; the kept copy stays until the user deletes it.
      await clickWidget(page, (w) => w.id === 'employer.offers_insertion_trajectories.yes');
      await until(() => state(page), (s) => s.organisation.offers_insertion_trajectories === true, { what: 'the answer' });
      await until(() => savedState(page), (s) => s !== null && s.organisation.offers_insertion_trajectories === true,
        { what: 'the new answer stored' });
      assert.equal((await saved(page)).rejected[0].text, c.text);

      await reloadApp(page);
      assert.equal((await state(page)).organisation.offers_insertion_trajectories, true);
      const reminder = await notice(page);
      assert.match(reminder, c.message, 'the kept copy is offered again after a reload');
      assert.match(reminder, /blijft apart bewaard in deze browser tot u het verwijdert/);
      await page.click('.lde-notice-discard');
      assert.deepEqual((await saved(page)).rejected, []);
      assert.equal(await notice(page), '');
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
  test('an unreadable state too large to copy aside stays where it is, and autosave leaves it alone', async () => {
    const { page, errors } = await browser.openApp();
    // Two copies do not fit in the origin's localStorage quota (5 M characters in Chromium).
    const huge = '{"schema": "lde-assessment/1", "padding": "' + 'x'.repeat(3 * 1024 * 1024) + '"}';
    await page.evaluate(([key, text]) => window.localStorage.setItem(key, text), [KEY, huge]);
    await reloadApp(page);
    const message = await notice(page);
    assert.match(message, /ongeldig gegeven.*padding/s);
    assert.match(message, /kon het onleesbare exemplaar niet apart bewaren/);
    assert.equal(await page.locator('.lde-notice-discard').count(), 0, 'no delete offered for a copy in place');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.lde-notice-download')]);
    assert.equal((await downloadText(download)).length, huge.length);
    await clickWidget(page, (w) => w.id === 'lang.en');
    await until(() => ui(page), (u) => u.language === 'en', { what: 'an edit (English)' });
    await sleep(SAVE_WITHIN_MS);
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
    assert.equal((await saved(page)).assessment, huge, 'the unreadable copy is not overwritten');
    assert.deepEqual(errors, []);
    await page.evaluate(() => window.localStorage.clear());
    await page.close();
  });
});

describe('files', () => {
  test('Opslaan downloads the state as lde-check-<assessment date>.json, or today when there is none', async () => {
    const { page } = await browser.openApp();
    await load(page, fietspunt);
    await waitIdle(page);
    const [download] = await Promise.all([page.waitForEvent('download'), clickWidget(page, (w) => w.id === 'file.save')]);
    assert.equal(download.suggestedFilename(), 'lde-check-2023-03-15.json');
    assert.deepEqual(JSON.parse(await downloadText(download)), await state(page));

    await load(page, { schema: 'lde-assessment/1', language: 'nl', organisation: { name: 'Zonder datum' } });
    await waitIdle(page);
    const [today] = await Promise.all([page.waitForEvent('download'), clickWidget(page, (w) => w.id === 'file.save')]);
    assert.equal(today.suggestedFilename(), `lde-check-${(await ui(page)).today}.json`);
    assert.equal(JSON.parse(await downloadText(today)).organisation.name, 'Zonder datum');
    await page.close();
  });

  test('Openen with a good file replaces the state with the file', async () => {
    const { page, errors } = await browser.openApp();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), clickWidget(page, (w) => w.id === 'file.open')]);
    await chooser.setFiles({ name: 'fietspunt.json', mimeType: 'application/json', buffer: Buffer.from(fietspuntText) });
    await until(() => state(page), (s) => s.organisation.name === fietspunt.organisation.name, { what: 'the file loaded' });
    assert.deepEqual(await state(page), fietspunt);
    assert.match(await notice(page), /fietspunt\.json is geopend/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a broken file through Openen names the line and column and changes nothing', async () => {
    const { page } = await browser.openApp();
    await load(page, fietspunt);
    const before = await state(page);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), clickWidget(page, (w) => w.id === 'file.open')]);
    await chooser.setFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "schema": "lde-assessment/1",\n  "language": nl\n}') });
    const message = await until(() => notice(page), (n) => n !== '', { what: 'a message' });
    assert.match(message, /kapot\.json kon niet worden geopend: line 3, column \d+/);
    assert.deepEqual(await state(page), before);
    await page.close();
  });

  test('an invalid file through the file input names the JSON path and changes nothing', async () => {
    const { page } = await browser.openApp();
    await load(page, fietspunt);
    const before = await state(page);
    const bad = { ...fietspunt, workers: [{ id: 'w1', trajectory_start: '2023-02-30' }] };
    await page.setInputFiles('#lde-open-file', { name: 'ongeldig.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    const message = await until(() => notice(page), (n) => n !== '', { what: 'a message' });
    assert.match(message, /ongeldig\.json kon niet worden geopend: workers\[0\]\.trajectory_start: 2023-02-30 is not a date/);
    assert.deepEqual(await state(page), before);
    await page.close();
  });

  /** Drops a file on the canvas with real drag events; returns whether the page took the drop. */
  function drop(page, text, name) {
    return page.evaluate(([content, fileName]) => {
      const data = new DataTransfer();
      data.items.add(new File([content], fileName, { type: 'application/json' }));
      const canvas = document.getElementById('canvas');
      let taken = true;
      for (const type of ['dragenter', 'dragover', 'drop']) {
        const event = new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true });
        if (type !== 'dragenter') taken = !canvas.dispatchEvent(event) && taken;
        else canvas.dispatchEvent(event);
      }
      return taken;
    }, [text, name]);
  }

  test('a file dropped on the page: a bad one names the problem and changes nothing, a good one opens', async () => {
    const { page, errors } = await browser.openApp();
    await load(page, { schema: 'lde-assessment/1', language: 'nl', organisation: { name: 'Eerst' } });
    const before = await state(page);
    const bad = JSON.stringify({ schema: 'lde-assessment/1', organisation: { legal_form: 'bv' } });
    assert.equal(await drop(page, bad, 'gesleept.json'), true, 'the page takes the drop (the browser does not navigate)');
    const message = await until(() => notice(page), (n) => n !== '', { what: 'a message' });
    assert.match(message, /gesleept\.json kon niet worden geopend: organisation\.legal_form/);
    assert.deepEqual(await state(page), before);

    assert.equal(await drop(page, fietspuntText, 'fietspunt.json'), true);
    await until(() => state(page), (s) => s.organisation.name === fietspunt.organisation.name, { what: 'the dropped file' });
    assert.deepEqual(await state(page), fietspunt);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('ldecheck.openFile() takes the same path: {ok, error}, and a bad text changes nothing', async () => {
    const { page } = await browser.openApp();
    await load(page, fietspunt);
    const before = await state(page);
    const bad = await page.evaluate(() => window.ldecheck.openFile('{"schema": "lde-assessment/1", "typo": 1}', 'x.json'));
    assert.equal(bad.ok, false);
    assert.match(bad.error, /typo/);
    assert.match(await notice(page), /x\.json kon niet worden geopend/);
    assert.deepEqual(await state(page), before);
    const good = await page.evaluate(() => window.ldecheck.openFile('{"schema": "lde-assessment/1", "language": "en"}', 'y.json'));
    assert.equal(good.ok, true);
    assert.equal((await state(page)).language, 'en');
    await page.close();
  });
});

describe('a file that replaces typed answers', () => {
  /** Clicks a button in the notice card whose text matches `pattern`. */
  const noticeButton = (page, text) => page.locator('.lde-notice button', { hasText: text }).click();

  test('the notice offers the previous answers back; undo restores them exactly and stores them', async () => {
    const { page, errors } = await browser.openApp();
    await typeInto(page, 'employer.name', 'Mijn eigen vzw');
    await clickWidget(page, (w) => w.id === 'employer.offers_insertion_trajectories.yes');
    const typed = await until(() => state(page), (s) => s.organisation.offers_insertion_trajectories === true,
      { what: 'the typed answers' });
    await until(() => savedState(page), (s) => s !== null && s.organisation.offers_insertion_trajectories === true,
      { what: 'the typed answers stored' });

    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), clickWidget(page, (w) => w.id === 'file.open')]);
    await chooser.setFiles({ name: 'fietspunt.json', mimeType: 'application/json', buffer: Buffer.from(fietspuntText) });
    await until(() => state(page), (s) => s.organisation.name === fietspunt.organisation.name, { what: 'the file loaded' });
    assert.match(await notice(page), /^Bestand geopend: uw vorige antwoorden zijn vervangen door die uit fietspunt\.json\.$/);
    await until(() => savedState(page), (s) => s !== null && s.organisation.name === fietspunt.organisation.name,
      { what: 'the file stored' });

    await noticeButton(page, 'Ongedaan maken');
    assert.deepEqual(await state(page), typed);
    // Stored at once, not after the autosave delay.
    assert.deepEqual(await savedState(page), typed);
    assert.equal(await notice(page), '', 'the card went, and undoing without later edits needs no new one');
    await reloadApp(page);
    assert.deepEqual(await state(page), typed);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('opening over a blank or identical state just says the file opened (nothing to undo)', async () => {
    const { page } = await browser.openApp();
    assert.equal((await page.evaluate((t) => window.ldecheck.openFile(t, 'a.json'), fietspuntText)).ok, true);
    assert.equal(await notice(page), 'Het bestand a.json is geopend.');
    await page.locator('.lde-notice button', { hasText: 'Sluiten' }).click();
    assert.equal((await page.evaluate((t) => window.ldecheck.openFile(t, 'b.json'), fietspuntText)).ok, true);
    assert.equal(await notice(page), 'Het bestand b.json is geopend.');
    assert.equal(await page.locator('.lde-notice button', { hasText: 'Ongedaan maken' }).count(), 0);
    await page.close();
  });

  test('undo after editing the opened file offers those edits back in turn; a new file drops the old undo', async () => {
    const { page } = await browser.openApp();
    const mine = { schema: 'lde-assessment/1', language: 'nl', organisation: { name: 'Eerst' } };
    await load(page, mine);
    const first = await state(page);
    await page.evaluate((t) => window.ldecheck.openFile(t, 'fietspunt.json'), fietspuntText);
    await typeInto(page, 'employer.name', 'Later aangepast');
    const edited = await until(() => state(page), (s) => s.organisation.name === 'Later aangepast', { what: 'the edit' });
    await noticeButton(page, 'Ongedaan maken');
    assert.deepEqual(await state(page), first);
    assert.match(await notice(page), /teruggezet; wat u na het openen van fietspunt\.json invulde/);
    await noticeButton(page, 'Ongedaan maken');
    assert.deepEqual(await state(page), edited);
    assert.deepEqual(await savedState(page), edited);

    // Two opens in a row: only the latest replacement can be undone (the older one's state is gone).
    await page.evaluate((t) => window.ldecheck.openFile(t, 'een.json'), JSON.stringify(mine));
    await page.evaluate((t) => window.ldecheck.openFile(t, 'twee.json'), fietspuntText);
    assert.equal(await page.locator('.lde-notice button', { hasText: 'Ongedaan maken' }).count(), 1);
    await noticeButton(page, 'Ongedaan maken');
    assert.deepEqual(await state(page), first);
    await page.close();
  });
});

describe('two tabs of the app', () => {
  const noticeButton = (page, text) => page.locator('.lde-notice button', { hasText: text }).click();

  /** Runs `body(one, two)` with two pages of the app in this browser, closed afterwards whatever happens. */
  async function withTwoTabs(body) {
    const { page: one, errors } = await browser.openApp();
    const { page: two } = await browser.openApp();
    try {
      await body(one, two);
      assert.deepEqual(errors, []);
    } finally {
      await one.close();
      await two.close();
    }
  }

  /** Holds back a page's autosave, as during the half second after a change: its changes stay unsaved. */
  const holdAutosave = (page) => page.evaluate(() => {
    window.__ldeRevised = window.Module.onAssessmentRevised;
    window.Module.onAssessmentRevised = () => {};
  });
  const resumeAutosave = (page) => page.evaluate(() => {
    window.Module.onAssessmentRevised = window.__ldeRevised;
  });

  test('a tab without changes of its own takes over what the other tab saved', () => withTwoTabs(async (one, two) => {
    await one.bringToFront(); // a page in the background draws no frames, so it would not see the keys
    await typeInto(one, 'employer.name', 'Uit tabblad een');
    const typed = await until(() => savedState(one), (s) => s !== null && s.organisation.name === 'Uit tabblad een',
      { what: 'tab one stored its answers' });
    await until(() => state(two), (s) => s.organisation.name === 'Uit tabblad een', { what: 'tab two took them over' });
    assert.deepEqual(await state(two), typed);
    assert.equal(await notice(two), '');
    await sleep(SAVE_WITHIN_MS);
    assert.equal((await saved(one)).assessment, JSON.stringify(typed), 'taking them over writes nothing back');
  }));

  test('a tab with unsaved changes keeps them, says another tab saved, and offers Laden', () => withTwoTabs(async (one, two) => {
    await holdAutosave(two);
    await load(two, { schema: 'lde-assessment/1', language: 'nl', organisation: { name: 'Tabblad twee' } });
    const mine = await state(two);
    await load(one, fietspunt);
    await until(() => savedState(one), (s) => s !== null && s.organisation.name === fietspunt.organisation.name,
      { what: 'tab one stored its answers' });
    const message = await until(() => notice(two), (n) => n !== '', { what: 'a notice in tab two' });
    assert.match(message, /^In een ander tabblad van LDE-check zijn andere antwoorden bewaard\./);
    assert.deepEqual(await state(two), mine, 'tab two keeps its own answers');

    await two.bringToFront();
    await noticeButton(two, 'Laden');
    assert.deepEqual(await state(two), fietspunt);
    assert.equal(await notice(two), '');
  }));

  test('after being told, the tab saving its own answers wins, and the other tab follows', () => withTwoTabs(async (one, two) => {
    await holdAutosave(two);
    await load(two, { schema: 'lde-assessment/1', language: 'nl', organisation: { name: 'Tabblad twee' } });
    await load(one, fietspunt);
    await until(() => notice(two), (n) => /ander tabblad/.test(n), { what: 'the notice in tab two' });
    assert.deepEqual(await savedState(two), fietspunt);
    // Autosave resumes: tab two's next change is stored (the last write wins) and tab one, unchanged, takes it.
    await resumeAutosave(two);
    await load(two, { schema: 'lde-assessment/1', language: 'nl', organisation: { name: 'Tabblad twee, later' } });
    const mine = await state(two);
    await until(() => savedState(two), (s) => s !== null && s.organisation.name === 'Tabblad twee, later',
      { what: 'tab two stored its answers' });
    await until(() => state(one), (s) => s.organisation.name === 'Tabblad twee, later', { what: 'tab one took them over' });
    assert.deepEqual(await state(one), mine);
    assert.equal(await notice(one), '');
  }));
});

describe('language switch', () => {
  test('notices follow the canvas language toggle, texts and buttons alike', async () => {
    const { page, errors } = await browser.openApp();
    await load(page, { schema: 'lde-assessment/1', language: 'nl', organisation: { name: 'Eerst' } });
    await page.evaluate(() => window.ldecheck.openFile('{"schema": "lde-assessment/1", "typo": 1}', 'x.json'));
    await page.evaluate((t) => window.ldecheck.openFile(t, 'fietspunt.json'), fietspuntText);
    assert.match(await notice(page), /^Het bestand x\.json kon niet worden geopend: .*\nBestand geopend: uw vorige antwoorden/);
    assert.deepEqual(await page.locator('.lde-notice button').allTextContents(), ['Sluiten', 'Ongedaan maken', 'Sluiten']);

    await clickWidget(page, (w) => w.id === 'lang.en');
    await until(() => ui(page), (u) => u.language === 'en', { what: 'English' });
    const english = await until(() => notice(page), (n) => n.startsWith('The file x.json'), { what: 'the notices in English' });
    assert.match(english, /^The file x\.json could not be opened: .*typo.*\nFile opened: your previous answers have been replaced by those from fietspunt\.json\.$/);
    assert.deepEqual(await page.locator('.lde-notice button').allTextContents(), ['Close', 'Undo', 'Close']);
    assert.deepEqual(await page.locator('.lde-notice').evaluateAll((cards) => cards.map((c) => c.lang)), ['en', 'en']);

    await clickWidget(page, (w) => w.id === 'lang.nl');
    await until(() => notice(page), (n) => n.startsWith('Het bestand x.json'), { what: 'the notices in Dutch again' });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('an open share dialog follows a language change too', async () => {
    const { page } = await browser.openApp();
    await load(page, fietspunt);
    await clickWidget(page, (w) => w.id === 'file.share');
    await page.waitForSelector('#lde-share-dialog[open]');
    assert.equal(await page.textContent('#lde-share-title'), 'Link delen');
    // The dialog is modal, so the canvas toggle cannot be reached; the language changes with the state.
    await load(page, { ...fietspunt, language: 'en' });
    await until(() => page.textContent('#lde-share-title'), (t) => t === 'Share a link', { what: 'the title in English' });
    assert.match(await page.textContent('#lde-share-note'), /contains all your answers/);
    assert.equal(await page.textContent('#lde-share-close'), 'Close');
    assert.equal(await page.getAttribute('#lde-share-dialog', 'lang'), 'en');
    // The link in the field is rebuilt from the new state: it carries the English language now.
    const languageOfLink = (link) => page.evaluate(async (text) => {
      const data = text.split('#s=')[1].replace(/-/g, '+').replace(/_/g, '/');
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const inflated = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
      return JSON.parse(await new Response(inflated).text()).language;
    }, link);
    await until(async () => languageOfLink(await page.inputValue('#lde-share-link')), (l) => l === 'en',
      { what: 'a share link carrying the English state' });
    assert.equal(await page.textContent('#lde-share-status'), '', 'the new link is not the one that was copied');
    await page.close();
  });
});

describe('share link', () => {
  let other; // a second, fresh browser profile on the same origin
  let link;
  let shared;

  before(async () => {
    other = await startBrowser({ server: browser.server });
    browsers.push(other);
  });

  test('Deel link shows the link with a note, copies it, and the link carries exactly the state', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: browser.server.origin });
    const { page, errors } = await browser.openApp();
    await load(page, fietspunt);
    await waitIdle(page);
    shared = await state(page);
    await clickWidget(page, (w) => w.id === 'file.share');
    await page.waitForSelector('#lde-share-dialog[open]');
    link = await page.inputValue('#lde-share-link');
    assert.ok(link.startsWith(browser.server.url + '#s='), link);
    assert.equal(link, await page.evaluate(() => window.ldecheck.shareLink()));
    assert.match(await page.textContent('#lde-share-note'), /bevat al uw antwoorden/);
    await until(() => page.textContent('#lde-share-status'), (t) => /gekopieerd/.test(t), { what: 'copied' });
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
    // Decoded independently of the page: raw deflate of the lde-assessment/1 text.
    const payload = link.slice(link.indexOf('#s=') + 3);
    assert.deepEqual(JSON.parse(zlib.inflateRawSync(Buffer.from(payload, 'base64url')).toString('utf8')), shared);
    await page.click('#lde-share-close');
    assert.equal(await page.$('#lde-share-dialog'), null);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a fresh browser opening the link gets the same state, and the fragment is gone', async () => {
    const { page, errors } = await other.openApp({ url: link });
    assert.deepEqual(await state(page), shared);
    assert.match(await notice(page), /gedeelde link zijn geladen/);
    assert.equal(await page.evaluate(() => location.hash), '');
    await until(() => savedState(page), (s) => s !== null, { what: 'the shared state stored' });
    await reloadApp(page);
    assert.deepEqual(await state(page), shared);
    assert.equal(await page.$('#lde-shared-dialog'), null);
    assert.deepEqual(errors, []);
    await page.close();
  });

  const own = { schema: 'lde-assessment/1', language: 'nl', organisation: { name: 'Mijn eigen antwoorden' } };

  async function withOwnAnswers() {
    const { page } = await other.openApp();
    await load(page, own);
    await until(() => savedState(page), (s) => s !== null && s.organisation.name === own.organisation.name, { what: 'own answers stored' });
    const mine = await state(page);
    await page.close();
    return mine;
  }

  test('with other answers saved, the link asks first; keeping them leaves the state and does not ask again', async () => {
    const mine = await withOwnAnswers();
    const { page, errors } = await other.openApp({ url: link, keepStorage: true });
    await page.waitForSelector('#lde-shared-dialog[open]');
    assert.match(await page.textContent('#lde-shared-dialog'), /Gedeelde gegevens laden\?.*Uw huidige antwoorden worden vervangen/s);
    assert.deepEqual(await state(page), mine);
    await page.click('#lde-shared-keep');
    assert.equal(await page.$('#lde-shared-dialog'), null);
    assert.deepEqual(await state(page), mine);
    assert.equal(await page.evaluate(() => location.hash), '');
    await reloadApp(page);
    await sleep(300);
    assert.equal(await page.$('#lde-shared-dialog'), null, 'a reload does not ask again');
    assert.deepEqual(await state(page), mine);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('with other answers saved, choosing to load replaces them with the shared state', async () => {
    await withOwnAnswers();
    const { page } = await other.openApp({ url: link, keepStorage: true });
    await page.waitForSelector('#lde-shared-dialog[open]');
    await page.click('#lde-shared-load');
    assert.deepEqual(await state(page), shared);
    assert.equal(await page.evaluate(() => location.hash), '');
    await until(() => savedState(page), (s) => s !== null && s.organisation.name === shared.organisation.name, { what: 'shared state stored' });
    await page.close();
  });

  test('a link pasted into an open app asks too (only the fragment changes)', async () => {
    const mine = await withOwnAnswers();
    const { page } = await other.openApp({ keepStorage: true });
    assert.deepEqual(await state(page), mine);
    await page.evaluate((hash) => { location.hash = hash; }, link.slice(link.indexOf('#')));
    await page.waitForSelector('#lde-shared-dialog[open]');
    await page.click('#lde-shared-load');
    assert.deepEqual(await state(page), shared);
    await page.close();
  });

  for (const [what, payload, expected] of [
    ['not deflate data', 'AAAA', /gedeelde link is onvolledig of beschadigd/],
    ['characters a link never has', 'a%20b', /gedeelde link is onvolledig of beschadigd/],
    ['an invalid assessment', sharePayload('{"schema": "lde-assessment/1", "workers": [{"id": "w1", "work_fraction": 7}]}'),
      /gedeelde link is onvolledig of beschadigd.*workers\[0\]\.work_fraction/s],
  ]) {
    test(`a broken link (${what}) shows a message and changes nothing`, async () => {
      const mine = await withOwnAnswers();
      const { page } = await other.openApp({ url: other.server.url + '#s=' + payload, keepStorage: true });
      assert.match(await notice(page), expected);
      assert.deepEqual(await state(page), mine);
      assert.equal(await page.$('#lde-shared-dialog'), null);
      assert.equal(await page.evaluate(() => location.hash), '');
      await page.close();
    });
  }
});

describe('the printable report', () => {
  test('Afdrukken opens the core\'s report with the verdicts, sources and date in a print window', async () => {
    const { page, errors } = await browser.openApp();
    await load(page, fietspunt);
    await clickWidget(page, (w) => w.id === 'tab.report');
    const verdicts = await verdictTexts(page);
    const source = withSources((await report(page)).checks).sources[0];
    const [popup] = await Promise.all([browser.context.waitForEvent('page'), clickWidget(page, (w) => w.id === 'report.print')]);
    const popupErrors = [];
    popup.on('console', (m) => { if (m.type() === 'error') popupErrors.push(m.text()); });
    await popup.waitForFunction(() => window.__ldePrinted === 1);
    assert.match(popup.url(), /^blob:/);
    const text = await popup.textContent('body');
    assert.match(text, /Beoordelingsdatum: 15\/03\/2023/);
    for (const v of verdicts) assert.ok(text.includes(v), `the print window lacks "${v}"`);
    assert.ok((await popup.content()).includes(source.url), 'sources are listed');
    // The report's own style applies although the page's CSP refuses inline <style> (CSSOM instead).
    assert.equal(await popup.evaluate(() => getComputedStyle(document.querySelector('.status')).fontWeight), '700');
    assert.equal(await popup.evaluate(() => document.querySelectorAll('style, script').length), 0);
    assert.deepEqual(popupErrors, []);
    assert.deepEqual(errors, []);
    await popup.close();
    await page.close();
  });

  test('Download HTML and Download Markdown give the core\'s report with the verdicts and the date', async () => {
    const { page } = await browser.openApp();
    await load(page, fietspunt);
    await clickWidget(page, (w) => w.id === 'tab.report');
    const verdicts = await verdictTexts(page);

    const [html] = await Promise.all([page.waitForEvent('download'), clickWidget(page, (w) => w.id === 'report.download.html')]);
    assert.equal(html.suggestedFilename(), 'lde-check-rapport-2023-03-15.html');
    const htmlText = await downloadText(html);
    assert.equal(htmlText, await page.evaluate(() => window.ldecheck.reportText('html')));
    assert.match(htmlText, /^<!DOCTYPE html>\n<html lang="nl">/);
    assert.match(htmlText, /15\/03\/2023/);
    for (const v of verdicts) assert.ok(decodeEntities(htmlText).includes(v), `the HTML lacks "${v}"`);

    const [md] = await Promise.all([page.waitForEvent('download'), clickWidget(page, (w) => w.id === 'report.download.markdown')]);
    assert.equal(md.suggestedFilename(), 'lde-check-rapport-2023-03-15.md');
    const mdText = await downloadText(md);
    assert.match(mdText, /^# LDE-check: rapport\n/);
    assert.match(mdText, /Beoordelingsdatum: 15\/03\/2023/);
    for (const v of verdicts) assert.ok(mdText.replace(/\\([|*_`])/g, '$1').includes(v), `the Markdown lacks "${v}"`);

    // In English after switching the language on the canvas.
    await clickWidget(page, (w) => w.id === 'lang.en');
    await until(() => ui(page), (u) => u.language === 'en', { what: 'English' });
    const [en] = await Promise.all([page.waitForEvent('download'), clickWidget(page, (w) => w.id === 'report.download.markdown')]);
    assert.equal(en.suggestedFilename(), 'lde-check-report-2023-03-15.md');
    const enText = await downloadText(en);
    assert.match(enText, /15\/03\/2023/);
    for (const v of await verdictTexts(page)) assert.ok(enText.replace(/\\([|*_`])/g, '$1').includes(v), `the English Markdown lacks "${v}"`);
    assert.equal(await page.evaluate(() => window.ldecheck.reportText('text')).then((t) => t.startsWith('LDE-check')), true);
    assert.equal(await page.evaluate(() => window.ldecheck.reportText('pdf')), null);
    await page.close();
  });
});

describe('privacy', () => {
  test('no request left 127.0.0.1 during these tests', () => {
    for (const b of browsers) assert.deepEqual(foreignRequests(b.requests, b.server.origin), []);
  });
});
