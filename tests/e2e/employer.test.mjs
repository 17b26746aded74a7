// The Werkgever tab end to end: answers given with real clicks and typing on the canvas change the
// verdicts in report(); bad input shows a message and changes nothing; "still to answer" entries jump to
// their question; from 1 July 2023 a banner leads to the IMW tab; help markers show source and confidence.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import {
  clickWidget,
  hoverWidget,
  load,
  report,
  scrollComparingCulling,
  startBrowser,
  state,
  tooltip,
  typeInto,
  ui,
  until,
  waitIdle,
  waitForWidget,
  widgets,
} from './lib.mjs';

const viewport = { width: 1400, height: 900 };
let browser;

before(async () => {
  browser = await startBrowser({ viewport });
});

after(async () => {
  if (browser) await browser.close();
});

function findCheck(checks, id) {
  for (const c of checks) {
    if (c.id === id) return c;
    const found = findCheck(c.children || [], id);
    if (found) return found;
  }
  return null;
}

async function statusOf(page, id) {
  const c = findCheck((await report(page)).checks, id);
  return c ? c.status : null;
}

async function untilStatus(page, id, status) {
  await until(() => statusOf(page, id), (s) => s === status, { what: `${id} = ${status}` });
}

async function openEmployer(assessment) {
  const { page, errors } = await browser.openApp();
  await load(page, { schema: 'lde-assessment/1', language: 'nl', ...assessment });
  await clickWidget(page, (w) => w.id === 'tab.employer');
  await waitForWidget(page, (w) => w.id === 'employer.assessment_date');
  await waitIdle(page);
  return { page, errors };
}

/** Scrolls the page with the mouse wheel until the widget is fully inside the viewport. */
async function scrollTo(page, id) {
  const inView = (w) => w.id === id && w.y >= 0 && w.y + w.h <= viewport.height;
  for (let i = 0; i < 30; i++) {
    const found = (await widgets(page)).find(inView);
    if (found) return found;
    await page.mouse.move(viewport.width / 3, viewport.height / 2);
    await page.mouse.wheel(0, 250);
    await waitIdle(page);
  }
  throw new Error(`${id} never scrolled into view`);
}

const established = {
  assessment_date: '2019-06-01',
  organisation: { existed_before_2015: false, trajectories_allocated_on: '2015-06-01' },
};

describe('the Werkgever tab', () => {
  test('typing the assessment date and clicking ja / nee / weet niet change the verdict', async () => {
    const { page, errors } = await openEmployer({ organisation: {} });
    await typeInto(page, 'employer.assessment_date', '01/06/2019');
    await until(async () => (await report(page)).assessment_date, (d) => d === '2019-06-01', { what: 'assessment date' });

    await clickWidget(page, (w) => w.id === 'employer.offers_insertion_trajectories.no');
    await untilStatus(page, 'lde.recognition.offers_trajectories', 'not_met');
    assert.equal((await state(page)).organisation.offers_insertion_trajectories, false);
    await clickWidget(page, (w) => w.id === 'employer.offers_insertion_trajectories.yes');
    await untilStatus(page, 'lde.recognition.offers_trajectories', 'met');
    await clickWidget(page, (w) => w.id === 'employer.offers_insertion_trajectories.unset');
    await untilStatus(page, 'lde.recognition.offers_trajectories', 'unknown');
    const c = findCheck((await report(page)).checks, 'lde.recognition.offers_trajectories');
    assert.deepEqual(c.open_questions, ['organisation.offers_insertion_trajectories']);
    assert.equal('offers_insertion_trajectories' in (await state(page)).organisation, false);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('4,99 FTE fails and 5 FTE meets the minimum, typed in the FTE field of the counted year', async () => {
    const { page } = await openEmployer(established);
    const field = await waitForWidget(page, (w) => w.id === 'employer.fte.2018');
    assert.match(field.label, /2018/);
    await typeInto(page, 'employer.fte.2018', '4,99');
    await untilStatus(page, 'lde.recognition.min_fte', 'not_met');
    assert.equal((await state(page)).organisation.target_group_fte['2018'], 4.99);
    await typeInto(page, 'employer.fte.2018', '5');
    await untilStatus(page, 'lde.recognition.min_fte', 'met');
    await page.close();
  });

  test('a negative FTE shows a path-named message and changes nothing', async () => {
    const { page } = await openEmployer(established);
    const before = await state(page);
    await typeInto(page, 'employer.fte.2018', '-1');
    const message = await waitForWidget(page, (w) => w.id === 'employer.error');
    assert.match(message.label, /organisation\.target_group_fte\.2018: -1(\.0)? must be 0 or more/);
    assert.deepEqual(await state(page), before);
    await page.close();
  });

  test('choosing a BV in the legal-form list makes the legal form not met', async () => {
    const { page } = await openEmployer({ assessment_date: '2019-06-01', organisation: {} });
    await clickWidget(page, (w) => w.id === 'employer.legal_form');
    await waitIdle(page);
    await clickWidget(page, (w) => w.id === 'employer.legal_form.company');
    await untilStatus(page, 'lde.recognition.legal_form', 'not_met');
    await clickWidget(page, (w) => w.id === 'employer.legal_form');
    await waitIdle(page);
    await clickWidget(page, (w) => w.id === 'employer.legal_form.vzw');
    await untilStatus(page, 'lde.recognition.legal_form', 'met');
    await page.close();
  });

  test('a local service can be added, answered and removed', async () => {
    const { page } = await openEmployer({ assessment_date: '2019-06-01', organisation: {} });
    await scrollTo(page, 'employer.services.add');
    await clickWidget(page, (w) => w.id === 'employer.services.add');
    await until(async () => (await state(page)).services?.length ?? 0, (n) => n === 1, { what: 'one service' });
    await scrollTo(page, 'employer.services[0].no_displacement.no');
    await clickWidget(page, (w) => w.id === 'employer.services[0].no_displacement.no');
    await untilStatus(page, 'lde.services[0].no_displacement', 'not_met');
    await untilStatus(page, 'lde.services[0]', 'not_met');
    await scrollTo(page, 'employer.services[0].remove');
    await clickWidget(page, (w) => w.id === 'employer.services[0].remove');
    await until(async () => (await state(page)).services?.length ?? 0, (n) => n === 0, { what: 'no service' });
    assert.equal(findCheck((await report(page)).checks, 'lde.services[0]'), null);
    await page.close();
  });

  test('a "nog te beantwoorden" entry scrolls to its question and highlights it', async () => {
    const { page } = await openEmployer({
      assessment_date: '2022-03-01',
      organisation: { legal_form: 'vzw', offers_insertion_trajectories: true, transparent_quality_operations: true, operates_local_services: false },
    });
    const entry = await waitForWidget(page, (w) => w.id === 'employer.open[organisation.quality.proof]');
    assert.match(entry.label, /Kwaliteitsbewijs/);
    const visible = (w) => w.id === 'employer.quality.proof' && w.y >= 0 && w.y + w.h <= viewport.height;
    assert.equal((await widgets(page)).some(visible), false, 'the question starts below the fold');
    await clickWidget(page, (w) => w.id === 'employer.open[organisation.quality.proof]');
    await waitForWidget(page, visible);
    await page.close();
  });

  test('groups out of view are skipped, not lost: at every scroll position the screen equals the fully drawn one', async () => {
    const example = JSON.parse(fs.readFileSync(new URL('../../assets/examples/fietspunt.json', import.meta.url), 'utf8'));
    const { page, errors } = await openEmployer(example);
    const { steps, seen } = await scrollComparingCulling(page, viewport);
    assert.ok(steps >= 3, `the screen should be several viewports long (${steps} steps)`);
    for (const id of ['employer.name', 'employer.services.add', 'employer.quality.proof_obtained_on']) {
      assert.ok(seen.has(id), `${id} never showed while scrolling`);
    }
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('from 1 July 2023 a banner explains that no new recognitions are possible and opens the IMW tab', async () => {
    const { page } = await openEmployer({ assessment_date: '2023-06-30', organisation: {} });
    assert.equal((await widgets(page)).some((w) => w.id === 'employer.banner.imw'), false);
    await clickWidget(page, (w) => w.id === 'employer.assessment_date.next');
    await until(async () => (await report(page)).assessment_date, (d) => d === '2023-07-01', { what: '1 July 2023' });
    const banner = await waitForWidget(page, (w) => w.id === 'employer.banner.lde.no_new_recognitions');
    assert.match(banner.label, /01\/07\/2023/);
    await untilStatus(page, 'lde.recognition.applications_open', 'not_met');
    await clickWidget(page, (w) => w.id === 'employer.banner.imw');
    await until(async () => (await ui(page)).tab, (t) => t === 'imw', { what: 'the IMW tab' });
    await page.close();
  });

  test('a help marker shows the legal source and its confidence', async () => {
    const { page } = await openEmployer({ assessment_date: '2023-03-01', organisation: {} });
    await hoverWidget(page, (w) => w.id === 'employer.legal_form.help');
    const text = await until(() => tooltip(page), (t) => t.length > 0, { what: 'a tooltip' });
    assert.match(text, /vlaanderen\.be/);
    assert.match(text, /zekerheid: hoog/);
    await hoverWidget(page, (w) => w.id === 'employer.fte.2022.help');
    const fte = await until(() => tooltip(page), (t) => t.includes('art. 2'), { what: 'the FTE tooltip' });
    assert.match(fte, /zekerheid: (hoog|laag)/);
    if (process.env.LDE_SCREENSHOT_DIR) {
      await page.mouse.move(5, 5);
      await waitIdle(page);
      fs.mkdirSync(process.env.LDE_SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: path.join(process.env.LDE_SCREENSHOT_DIR, 'employer.png') });
    }
    await page.close();
  });
});
