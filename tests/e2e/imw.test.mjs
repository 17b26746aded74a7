// The Individueel maatwerk tab end to end: real mouse drags on the what-if sliders recompute the
// schedule in report(); answers given with real clicks change the verdicts; questions show their sources.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  clickWidget,
  hoverWidget,
  load,
  report,
  startBrowser,
  state,
  tooltip,
  until,
  waitIdle,
  waitForWidget,
} from './lib.mjs';

let browser;

// A tall window so that the whole tab (questions, sliders, results) fits without scrolling.
before(async () => {
  browser = await startBrowser({ viewport: { width: 1280, height: 2600 } });
});

after(async () => {
  if (browser) await browser.close();
});

const assessment = {
  schema: 'lde-assessment/1',
  assessment_date: '2024-01-15',
  organisation: { employer_kind: 'private_legal_person', in_difficulty: false, transition_option: 'imw' },
  workers: [
    {
      id: 'w1',
      name: 'An',
      work_fraction: 1,
      employment_start: '2019-09-01',
      imw: {
        work_limitation_recognised: true,
        support_need: 'wage_and_guidance',
        residence: 'flanders',
        contract_hours: 38,
        package: 'five_year',
        decision_date: '2023-11-15',
        wage_premium_percent: 40,
        monthly_reference_wage: 3000,
        guidance_need: 'low',
      },
    },
  ],
};

async function openImwTab() {
  const { page, errors } = await browser.openApp();
  await load(page, assessment);
  await clickWidget(page, (w) => w.id === 'tab.imw');
  await waitForWidget(page, (w) => w.id === 'imw.slider.percent');
  await waitIdle(page);
  return { page, errors };
}

/** Presses the mouse inside a slider at `from` (0..1 of its width) and drags to `to`. */
async function dragSlider(page, id, from, to) {
  const s = await waitForWidget(page, (w) => w.id === id);
  const y = s.y + s.h / 2;
  await page.mouse.move(s.x + s.w * from, y);
  await page.mouse.down();
  await page.mouse.move(s.x + s.w * ((from + to) / 2), y, { steps: 4 });
  await page.mouse.move(s.x + s.w * to, y, { steps: 4 });
  await page.mouse.up();
}

const firstRow = async (page) => (await report(page)).workers[0].imw_schedule[0];

describe('the Individueel maatwerk tab', () => {
  test('dragging the percentage slider to the right end recomputes the schedule at 75 %', async () => {
    const { page, errors } = await openImwTab();
    const before = await firstRow(page);
    assert.equal(before.wage_premium_percent, 40);
    assert.equal(before.wage_premium_amount, 3600);
    await dragSlider(page, 'imw.slider.percent', 0.4, 0.999);
    const after = await until(() => firstRow(page), (r) => r.wage_premium_percent === 75, { what: 'percentage 75' });
    assert.equal(after.wage_premium_amount, 6750);  // 75 % of 3 x 3.000
    assert.equal((await state(page)).workers[0].imw.wage_premium_percent, 75);
    const slider = await waitForWidget(page, (w) => w.id === 'imw.slider.percent');
    assert.equal(slider.value, 75);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('dragging the work-fraction slider lowers the cap once the wage exceeds it', async () => {
    const { page } = await openImwTab();
    await dragSlider(page, 'imw.slider.wage', 0.3, 0.999);  // 8.000 a month: above 2 x GGMMI
    const capped = await until(() => firstRow(page), (r) => r.capped_reference_wage < 3 * 8000, { what: 'capped wage' });
    // 2023Q4 full time: 3.909,98 (October) + 2 x 3.988,36 (November, December).
    assert.equal(capped.capped_reference_wage, 11886.7);
    await dragSlider(page, 'imw.slider.work_fraction', 0.999, 0.45);
    const part = await until(() => firstRow(page), (r) => r.capped_reference_wage < capped.capped_reference_wage,
      { what: 'part-time cap' });
    const fraction = (await state(page)).workers[0].work_fraction;
    assert.ok(fraction < 1 && fraction > 0.3, `work fraction ${fraction}`);
    assert.ok(Math.abs(part.capped_reference_wage - capped.capped_reference_wage * fraction) < 0.05);
    await page.close();
  });

  test('answering "no" to the work limitation with a real click makes the worker and the premium not met', async () => {
    const { page } = await openImwTab();
    const checks = (r) => Object.fromEntries(r.workers[0].checks.flatMap(function flat(c) {
      return [[c.id, c.status], ...(c.children || []).flatMap(flat)];
    }));
    assert.equal(checks(await report(page))['imw.wage_premium'], 'met');
    await clickWidget(page, (w) => w.id === 'imw.work_limitation.no');
    const r = await until(() => report(page), (x) => checks(x)['imw.worker.work_limitation'] === 'not_met',
      { what: 'work limitation not met' });
    assert.equal(checks(r)['imw.worker'], 'not_met');
    assert.equal(checks(r)['imw.wage_premium'], 'not_met');
    await clickWidget(page, (w) => w.id === 'imw.work_limitation.unset');
    const u = await until(() => report(page), (x) => checks(x)['imw.worker.work_limitation'] === 'unknown',
      { what: 'work limitation unknown' });
    assert.deepEqual(u.workers[0].checks.find((c) => c.id === 'imw.worker').open_questions,
      ['workers[0].imw.work_limitation_recognised']);
    await page.close();
  });

  test('a question shows its sources and confidence on hover, and the chart and totals are drawn', async () => {
    const { page } = await openImwTab();
    await hoverWidget(page, (w) => w.id === 'imw.contract_hours');
    const text = await until(() => tooltip(page), (t) => t.includes('Bronnen'), { what: 'sources tooltip' });
    assert.match(text, /Sodalis/);
    assert.match(text, /24 uur/);
    await waitForWidget(page, (w) => w.id === 'imw.chart.w1' && w.value === 20);
    const r = await report(page);
    assert.equal(r.workers[0].imw_totals.term_quarters, 20);
    assert.equal(r.workers[0].imw_comparison.combinable, false);
    await page.close();
  });
});
