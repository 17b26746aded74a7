// The Werknemer tab end to end: add a worker through the canvas, type the start of employment, see the
// timeline, hover an event and read its tooltip, zoom, pan and step through the events with the keyboard.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  clickWidget,
  hoverWidget,
  load,
  report,
  sleep,
  startBrowser,
  state,
  tooltip,
  until,
  waitForWidget,
  waitIdle,
  widgets,
} from './lib.mjs';

let browser;

before(async () => {
  browser = await startBrowser({ viewport: { width: 1280, height: 1300 } });
});

after(async () => {
  if (browser) await browser.close();
});

const timelineOf = (page, id) => waitForWidget(page, (w) => w.id === `timeline.${id}` && w.kind === 'timeline');
const eventOf = (page, id, kind) =>
  waitForWidget(page, (w) => w.id.startsWith(`timeline.${id}.event.`) && w.kind === 'timeline_event' && w.value.kind === kind);

async function openWorkerTab(assessment) {
  const { page, errors } = await browser.openApp();
  if (assessment) await load(page, assessment);
  await clickWidget(page, (w) => w.id === 'tab.worker');
  await waitIdle(page);
  return { page, errors };
}

describe('the worker tab', () => {
  test('adds a worker through the canvas, shows the timeline and the tooltip of an event', async () => {
    const { page, errors } = await openWorkerTab({ schema: 'lde-assessment/1', assessment_date: '2022-03-15' });
    await clickWidget(page, (w) => w.id === 'worker.add');
    await until(() => state(page), (s) => s.workers.length === 1 && s.workers[0].id === 'w1', { what: 'a new worker' });
    await waitForWidget(page, (w) => w.id === 'worker.select.w1' && w.value === true);

    // Type the start of employment into the form, as a user would.
    await clickWidget(page, (w) => w.id === 'worker.form.employment_start' && w.kind === 'input_date');
    await page.keyboard.type('01/09/2019', { delay: 20 });
    await page.keyboard.press('Enter');
    await until(() => state(page), (s) => s.workers[0].employment_start === '2019-09-01', { what: 'employment_start in the state' });
    const r = await until(() => report(page), (x) => x.workers[0]?.trajectory?.end === '2024-08-31', { what: 'the trajectory end' });
    assert.equal(r.workers[0].trajectory.start, '2019-09-01');
    assert.equal(r.workers[0].status_on_date, 'in_trajectory');
    await waitIdle(page);

    // The timeline lists its events for the automation API; hovering one shows its tooltip.
    await timelineOf(page, 'w1');
    const pops = (await widgets(page)).filter((w) => w.id.startsWith('timeline.w1.event.') && w.value.kind === 'pop');
    assert.equal(pops.length, 5);
    await hoverWidget(page, (w) => w.id.startsWith('timeline.w1.event.') && w.value.kind === 'regular_end');
    const text = await until(() => tooltip(page), (t) => t.includes('31/08/2024'), { what: 'the tooltip of the regular end' });
    assert.match(text, /Einde traject na 5 jaar/);
    assert.match(text, /Bron: .*zekerheid: hoog/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the 2023 switch: temporary compensation span with its dates in the tooltip', async () => {
    const { page } = await openWorkerTab({
      schema: 'lde-assessment/1', assessment_date: '2022-03-15', organisation: { transition_option: 'imw' },
      workers: [{ id: 'w1', name: 'Sam', employment_start: '2019-09-01' }],
    });
    const span = await eventOf(page, 'w1', 'temporary_compensation');
    assert.equal(span.value.date, '2023-07-01');
    assert.equal(span.value.to, '2024-08-31');
    await hoverWidget(page, (w) => w.id === span.id);
    const text = await until(() => tooltip(page), (t) => t.startsWith('01/07/2023 – 31/08/2024'), { what: 'the span tooltip' });
    assert.match(text, /Tijdelijke vergoeding/);
    await eventOf(page, 'w1', 'regime_change');
    await eventOf(page, 'w1', 'sine_stop');
    await page.close();
  });

  test('indicative placements are flagged for the API and labelled in the tooltip', async () => {
    const { page } = await openWorkerTab({
      schema: 'lde-assessment/1', assessment_date: '2020-09-15', workers: [{ id: 'a', employment_start: '2016-03-01' }],
    });
    const phases = (await widgets(page)).filter((w) => w.id.startsWith('timeline.a.event.') && w.value.kind === 'transition_phase');
    assert.equal(phases.length, 4);
    assert.ok(phases.every((p) => p.value.indicative === true));
    const whole = await eventOf(page, 'a', 'transition_trajectory');
    // The bracket above the phases: hover its top edge.
    await page.mouse.move(whole.x + whole.w / 2, whole.y + 1, { steps: 2 });
    const text = await until(() => tooltip(page), (t) => t.includes('indicatief'), { what: 'an indicative tooltip' });
    assert.match(text, /zekerheid: middel/);
    await page.close();
  });

  test('the wheel zooms, dragging pans, and the arrow keys step between events', async () => {
    const { page } = await openWorkerTab({
      schema: 'lde-assessment/1', assessment_date: '2022-03-15', workers: [{ id: 'w1', employment_start: '2019-09-01' }],
    });
    const before = await timelineOf(page, 'w1');
    const cx = before.x + before.w * 0.6, cy = before.y + 8;
    await page.mouse.move(cx, cy);
    await page.mouse.wheel(0, -400);
    const zoomed = await until(() => timelineOf(page, 'w1'), (t) => t.value.days_per_pixel < before.value.days_per_pixel * 0.8,
      { what: 'zoom in' });
    // ctrl+wheel is what browsers send for a trackpad pinch: zooming out again.
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, 200);
    await page.keyboard.up('Control');
    await until(() => timelineOf(page, 'w1'), (t) => t.value.days_per_pixel > zoomed.value.days_per_pixel * 1.2,
      { what: 'pinch zoom out' });
    await page.mouse.wheel(0, -200);
    // Drag to the left: later dates come into view.
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx - 150, cy, { steps: 6 });
    await page.mouse.up();
    const panned = await until(() => timelineOf(page, 'w1'), (t) => t.value.from > zoomed.value.from, { what: 'pan' });
    assert.ok(panned.value.to > zoomed.value.to);

    // Click gives the timeline keyboard focus; the right arrow selects the first event and shows its tooltip.
    await page.mouse.click(cx, cy);
    await until(() => timelineOf(page, 'w1'), (t) => t.value.focused === true, { what: 'focus' });
    await page.mouse.move(5, 5);
    await page.keyboard.press('ArrowRight');
    await until(() => timelineOf(page, 'w1'), (t) => t.value.selected === 0, { what: 'first event selected' });
    await until(() => tooltip(page), (t) => t.startsWith('01/09/2019') && t.includes('Start traject'), { what: 'keyboard tooltip' });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await until(() => timelineOf(page, 'w1'), (t) => t.value.selected === 2, { what: 'third event selected' });
    await page.keyboard.press('ArrowLeft');
    await until(() => timelineOf(page, 'w1'), (t) => t.value.selected === 1, { what: 'back one event' });
    await page.close();
  });

  test('a refused edit names the JSON path and changes nothing; a worker can be removed', async () => {
    const { page } = await openWorkerTab({
      schema: 'lde-assessment/1', assessment_date: '2022-03-15',
      workers: [{ id: 'w1', employment_start: '2019-09-01', internship: { from: '2024-05-01', to: '2024-07-31' } }],
    });
    // The internship row is below the fold: scroll the page (over the summary, not over the timeline).
    const select = await waitForWidget(page, (w) => w.id === 'worker.select.w1');
    await page.mouse.move(select.x + 200, select.y);
    await page.mouse.wheel(0, 800);
    await clickWidget(page, (w) => w.id === 'worker.form.internship.to');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('01/01/2024', { delay: 20 });
    await page.keyboard.press('Enter');
    const error = await waitForWidget(page, (w) => w.id === 'worker.form.error');
    assert.equal(error.label, 'workers[0].internship.to: 2024-01-01 is before from (2024-05-01)');
    await sleep(300);
    assert.equal((await state(page)).workers[0].internship.to, '2024-07-31');
    await clickWidget(page, (w) => w.id === 'worker.remove');
    await until(() => state(page), (s) => s.workers.length === 0, { what: 'worker removed' });
    await page.close();
  });
});
