// "Termine": what's on in the next 14 days. The view must list exactly what the hours
// engine and the events give (compared with the native `at --agenda`), in the dataset's
// time zone whatever the device's, with the filters in the URL, fast in a large city, and
// readable in Arabic and in Leichte Sprache.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openPage, serveAndBrowse } from './support/browser.mjs';
import { startServer, ROOT } from './support/server.mjs';
import { expectNoAxeViolations } from './support/axe.mjs';
import { visit, expectNoHorizontalScroll, screenshot } from './support/views.mjs';
import { withSettings } from './support/settings.mjs';
import ICAL from 'ical.js';

const env = serveAndBrowse(before, after, startServer);
// Tuesday 1 December 2026, 00:00 in Kaiserslautern.
const DECEMBER_FIRST = '2026-12-01T00:00';

/** The lines `at --agenda` prints: `2026-12-01 10:00-12:00 service:id sure`. */
function nativeAgenda(file, at) {
  const out = execFileSync('cargo', ['run', '--locked', '--quiet', '--bin', 'at', '--', file, '--at', at, '--agenda'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return out.trim().split('\n').filter(Boolean);
}

/** "10–12 Uhr", "9–10:30 Uhr", "15 Uhr" → ["10:00", "12:00"]. */
function times(words) {
  const found = [...words.matchAll(/(\d{1,2})(?::(\d{2}))?/g)].map((m) => `${m[1].padStart(2, '0')}:${m[2] ?? '00'}`);
  return [found[0] ?? '--:--', found[1] ?? '--:--'];
}

/** The same lines, read off the page the way a reader sees them. */
async function pageAgenda(page) {
  return page.locator('.ww-agenda__day').evaluateAll((days) =>
    days.flatMap((day) => {
      const date = day.querySelector('h2').id.replace('ww-day-', '');
      return [...day.querySelectorAll('li')].map((line) => ({
        date,
        time: line.querySelector('time').textContent,
        href: line.querySelector('a').getAttribute('href'),
        text: line.textContent,
      }));
    }),
  ).then((lines) =>
    lines.map(({ date, time, href, text }) => {
      const [start, end] = time.includes('Uhrzeit') ? ['--:--', '--:--'] : times(time);
      const what = href.startsWith('/termin/') ? `event:${href.slice(8)}` : `service:${href.slice(9)}`;
      const certainty = text.includes('Feiertag: bitte vorher anrufen') ? 'holiday' : text.includes('Nicht sicher') ? 'unsure' : 'sure';
      return `${date} ${start}-${end} ${what} ${certainty}`;
    }),
  );
}

describe('Termine', () => {
  test('1–14 December 2026 in Kaiserslautern: exactly the dates of the hours engine and the events, on a device in Auckland', async () => {
    const expected = nativeAgenda('public/data/services.json', DECEMBER_FIRST);
    assert.ok(expected.length > 40, `the native agenda has ${expected.length} lines`);
    const { page, context } = await openPage(env.browser, env.url, { timezoneId: 'Pacific/Auckland' });
    // Midnight in Kaiserslautern is noon in Auckland: the list starts on the 1st all the same.
    await page.clock.setFixedTime(new Date('2026-12-01T00:00:00+01:00'));
    await visit(page, '/termine');
    await page.getByRole('heading', { level: 2, name: 'Heute – Dienstag, 1. Dezember 2026' }).waitFor();
    assert.equal(await page.locator('.ww-agenda__day').count(), 14);
    assert.deepEqual(await pageAgenda(page), expected);
    // The first Wednesday is sure, the second is not and says so in words.
    const secondWednesday = page.locator('#ww-day-2026-12-09').locator('..').getByRole('listitem').filter({ hasText: 'Sprechzeit Vorsorge und Betreuung' });
    assert.match(await secondWednesday.innerText(), /Nicht sicher – bitte vorher anrufen/);
    await page.getByRole('status').filter({ hasText: `${expected.length} Termine` }).waitFor();
    await expectNoAxeViolations(page, 'agenda December');
    await expectNoHorizontalScroll(page, 'agenda December');
    await context.close();
  });

  test('a public holiday and past hours: Christmas says "call first", this morning\'s hours are gone', async () => {
    const { page, context } = await openPage(env.browser, env.url, { timezoneId: 'America/Los_Angeles' });
    // Thursday 24 December 2026, 15:00 in Kaiserslautern.
    await page.clock.setFixedTime(new Date('2026-12-24T15:00:00+01:00'));
    await visit(page, '/termine?when=week');
    await page.getByRole('heading', { level: 2, name: 'Heute – Donnerstag, 24. Dezember 2026' }).waitFor();
    const today = page.locator('#ww-day-2026-12-24').locator('..');
    const todayText = await today.innerText();
    assert.doesNotMatch(todayText, /10–12 Uhr/, 'the morning is past');
    assert.match(todayText, /14–18 Uhr/, 'the afternoon hour is still on');
    const christmas = page.locator('#ww-day-2026-12-25').locator('..');
    await christmas.getByRole('heading', { name: 'Freitag, 25. Dezember 2026 – Feiertag (1. Weihnachtstag)' }).waitFor();
    for (const line of await christmas.getByRole('listitem').all()) {
      assert.match(await line.innerText(), /Feiertag: bitte vorher anrufen/);
    }
    // "Diese Woche" ends on Sunday the 27th.
    assert.equal(await page.locator('.ww-agenda__day').count(), 4);
    await context.close();
  });

  test('the filters live in the URL, and "back" undoes them', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await page.clock.setFixedTime(new Date('2026-12-01T08:00:00+01:00'));
    await visit(page, '/');
    await page.getByRole('link', { name: 'Termine der nächsten 14 Tage' }).click();
    await page.getByRole('heading', { level: 1, name: 'Termine' }).waitFor();
    await page.getByRole('navigation', { name: 'Zeitraum' }).getByRole('link', { name: 'Nächste Woche' }).click();
    await page.waitForURL(/when=nextweek/);
    await page.getByRole('heading', { level: 2, name: 'Montag, 7. Dezember 2026' }).waitFor();
    assert.equal(await page.locator('.ww-agenda__day').count(), 7);
    await page.getByRole('button', { name: 'Ohne Termin' }).click();
    await page.waitForURL(/walkin=1/);
    await page.getByRole('navigation', { name: 'Zeitraum' }).getByRole('link', { name: '14 Tage' }).click();
    await page.waitForURL((url) => !url.searchParams.has('when') && url.searchParams.get('walkin') === '1');
    await page.getByLabel('Themen').selectOption('migration');
    await page.getByRole('button', { name: 'Anwenden' }).click();
    await page.waitForURL(/need=migration/);
    const lines = page.locator('.ww-agenda__line');
    await page.locator('#ww-day-2026-12-14').locator('..').getByRole('link', { name: 'Landsmannschaft der Deutschen aus Russland – Sprechstunde' }).waitFor();
    assert.equal(await lines.count(), 1, 'the 2nd Monday, 14 December, is the only date');
    assert.equal(new URL(page.url()).searchParams.get('walkin'), '1');
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('need') && url.searchParams.get('walkin') === '1');
    await page.locator('#ww-day-2026-12-01').waitFor();
    await context.close();
  });

  test('the list moves on at midnight in Kaiserslautern, with the device in New York', async () => {
    const { page, context } = await openPage(env.browser, env.url, { timezoneId: 'America/New_York' });
    await page.clock.install({ time: new Date('2026-12-01T23:59:00+01:00') });
    await visit(page, '/termine');
    await page.getByRole('heading', { level: 2, name: 'Heute – Dienstag, 1. Dezember 2026' }).waitFor();
    await page.clock.runFor(2 * 60 * 1000);
    await page.getByRole('heading', { level: 2, name: 'Heute – Mittwoch, 2. Dezember 2026' }).waitFor();
    assert.equal(await page.locator('#ww-day-2026-12-01').count(), 0, 'yesterday is gone');
    await context.close();
  });

  test('Arabic (right to left) and Leichte Sprache', async () => {
    for (const [language, heading] of [['ar', 'المواعيد'], ['easy', 'Termine']]) {
      const { page, context } = await openPage(env.browser, env.url);
      await withSettings(page, { language });
      await page.clock.setFixedTime(new Date('2026-12-01T08:00:00+01:00'));
      await visit(page, '/termine');
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      if (language === 'ar') assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
      assert.equal(await page.locator('.ww-agenda__day').count(), 14);
      await expectNoAxeViolations(page, `agenda ${language}`);
      await context.close();
    }
  });
});

describe('Termine in a city of 10,000 services', () => {
  test('a page of days at a time, a day\'s first lines and "show all"', async () => {
    const file = resolve(ROOT, 'target/e2e/synthetic-10000.json');
    const body = readFileSync(file, 'utf8');
    const { page, context } = await openPage(env.browser, env.url);
    await page.route('**/data/services.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
    await page.clock.setFixedTime(new Date('2026-12-01T08:00:00+01:00'));
    const started = Date.now();
    await visit(page, '/termine');
    await page.locator('.ww-agenda__line').first().waitFor();
    console.log(`synthetic 10k: first agenda line after ${Date.now() - started} ms (load, index and two days)`);
    assert.equal(await page.locator('.ww-agenda__day').count(), 2, 'two days per page');
    const first = page.locator('.ww-agenda__day').first();
    assert.equal(await first.locator('.ww-agenda__line').count(), 25);
    const showAll = first.getByRole('button', { name: /^Alle \d+ Termine dieses Tages zeigen$/ });
    const total = Number((await showAll.innerText()).match(/\d+/)[0]);
    const expected = nativeAgenda(file, '2026-12-01T08:00').filter((l) => l.startsWith('2026-12-01 ')).length;
    assert.equal(total, expected, 'the day has as many lines as the native agenda');
    await page.getByRole('button', { name: 'Weitere Tage zeigen' }).click();
    await page.locator('.ww-agenda__day').nth(3).waitFor();
    await expectNoAxeViolations(page, 'agenda synthetic');
    await context.close();
  });
});

describe('In den Kalender', () => {
  test('a regular hour saves a recurring event made on the device (the kiosk test checks that a kiosk offers its QR code instead)', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await page.clock.setFixedTime(new Date('2026-12-01T08:00:00+01:00'));
    await visit(page, '/service/seniorenbeirat-sprechstunde');
    const link = page.getByRole('link', { name: 'In den Kalender' });
    assert.equal(await link.getAttribute('download'), 'seniorenbeirat-sprechstunde.ics');
    const href = await link.getAttribute('href');
    assert.match(href, /^data:text\/calendar;charset=utf-8,/);
    const ics = decodeURIComponent(href.slice(href.indexOf(',') + 1));
    const calendar = new ICAL.Component(ICAL.parse(ics));
    ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone'));
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent'));
    assert.equal(event.summary, 'Seniorenbeirat – Beratungssprechstunde');
    assert.match(vrule(calendar), /^FREQ=MONTHLY;BYDAY=1TU;UNTIL=\d{8}T\d{6}Z$/);
    const iterator = event.iterator();
    const dates = [iterator.next(), iterator.next(), iterator.next()].map((t) => t.toString());
    assert.equal(dates[0], '2026-12-01T12:00:00');
    assert.equal(dates[1], '2027-01-05T12:00:00');
    assert.equal(dates[2], '2027-02-02T12:00:00');
    // The file is in the link itself (a data: address made on the device): saving it needs
    // no network, and nothing about the visitor leaves the device.
    await context.close();
  });
});

function vrule(calendar) {
  return calendar.getFirstSubcomponent('vevent').getFirstPropertyValue('rrule').toString();
}

describe('Mein Wochenplan', () => {
  const EIGHT = [
    'stadtteilbuero-innenstadt-west', 'gemeindeschwester-plus', 'sprechzeit-vorsorge-betreuung', 'seniorenbeirat-sprechstunde',
    'landsmannschaft-sprechstunde', 'tauschbox-buecherecke', 'betreuungsverein-awo', 'seniorennetzwerk',
  ];

  test('a shortlist of 8 entries as a plan for the week, printed on one A4 page in 14 pt or more', async () => {
    const { page, context } = await openPage(env.browser, env.url, { timezoneId: 'Asia/Tokyo' });
    // Monday 30 November 2026, 08:00 in Kaiserslautern: the week holds a first Tuesday,
    // a first Wednesday and a Saturday that is "nicht immer".
    await page.clock.setFixedTime(new Date('2026-11-30T08:00:00+01:00'));
    await visit(page, `/wochenplan?ids=${EIGHT.join(',')}`);
    await page.getByRole('heading', { level: 1, name: 'Mein Wochenplan' }).waitFor();
    const days = page.locator('.ww-plan__day');
    assert.equal(await days.count(), 7);
    assert.equal(await days.first().getByRole('heading').innerText(), 'Montag, 30. November');
    const tuesday = await days.nth(1).innerText();
    assert.match(tuesday, /Gemeindeschwester plus – Sprechstunde/);
    assert.match(tuesday, /Seniorenbeirat – Beratungssprechstunde/);
    assert.match(tuesday, /Tel\. 0631 5 94 51/, 'the phone under the entry');
    assert.match(await days.nth(5).innerText(), /Nicht sicher – bitte vorher anrufen/, 'Saturday is not sure');
    // Entries without times this week are named with their phone, not left out.
    const without = page.getByRole('heading', { name: 'Ohne feste Zeiten in diesen Tagen' }).locator('..');
    assert.match(await without.innerText(), /Betreuungsverein der AWO – Tel\. 0631-892 31 19/);
    await expectNoAxeViolations(page, 'week plan');
    await expectNoHorizontalScroll(page, 'week plan');
    // Printed: one page, no header, navigation or buttons, and nothing under 14 pt.
    await page.emulateMedia({ media: 'print' });
    const smallest = await page.evaluate(() =>
      Math.min(...[...document.querySelectorAll('.ww-plan *')].filter((e) => e.childNodes.length && [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())).map((e) => parseFloat(getComputedStyle(e).fontSize))),
    );
    assert.ok(smallest >= 14 * 96 / 72 - 0.01, `smallest printed text ${smallest}px (14 pt = 18.67 px)`);
    assert.equal(await page.locator('.ww-header').isVisible(), false);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    console.log(`week plan: ${pages} printed page(s), smallest text ${smallest.toFixed(2)} px`);
    // The printed page's content box: A4 portrait less 10 mm margins, at 96 px per inch.
    await page.setViewportSize({ width: 718, height: 1047 });
    await screenshot(page, 'week-plan-print');
    assert.equal(pages, 1, 'the week fits one A4 page');
    await context.close();
  });

  test('the shortlist links to its plan, and an empty list says so', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await visit(page, '/wochenplan');
    await page.getByRole('status').filter({ hasText: 'Ihre Merkliste ist leer' }).waitFor();
    await visit(page, '/merkliste?ids=gemeindeschwester-plus');
    await page.getByRole('link', { name: 'Als Wochenplan zeigen' }).click();
    await page.waitForURL(/\/wochenplan\?ids=gemeindeschwester-plus$/);
    await page.getByRole('heading', { level: 1, name: 'Mein Wochenplan' }).waitFor();
    await context.close();
  });
});

describe('Termine: a summer closure, a rotation and an event over several days', () => {
  test('closed days have no line; a rotation names the host of each Wednesday; a running event is on each of its days', async () => {
    const dataset = JSON.parse(readFileSync(resolve(ROOT, 'public/data/services.json'), 'utf8'));
    const office = dataset.services.find((s) => s.id === 'gemeindeschwester-plus');
    office.hours.osm = 'Tu 10:00-12:00; 2026 Dec 07-2026 Dec 13 off "Sommerpause"';
    dataset.services.find((s) => s.id === 'sprechzeit-vorsorge-betreuung').rotation.anchor = '2026-12-02';
    dataset.events.push({
      id: 'messe-2026', name: 'Seniorenmesse 2026', summary: 'Drei Tage.', location_id: 'rathaus',
      dates: [{ start: '2026-11-30T10:00', end: '2026-12-02T16:00' }], source: { name: 'Test' },
    });
    const { page, context } = await openPage(env.browser, env.url, { timezoneId: 'America/Sao_Paulo' });
    await page.route('**/data/services.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(dataset) }));
    await page.clock.setFixedTime(new Date('2026-12-01T08:00:00+01:00'));
    await visit(page, '/termine');
    const day = (date) => page.locator(`#ww-day-${date}`).locator('..');
    await day('2026-12-01').getByRole('link', { name: 'Gemeindeschwester plus – Sprechstunde' }).waitFor();
    assert.equal(await day('2026-12-08').getByRole('link', { name: 'Gemeindeschwester plus – Sprechstunde' }).count(), 0, 'closed in the break');
    await day('2026-12-02').getByRole('listitem').filter({ hasText: 'vor Ort: Lebenshilfe' }).waitFor();
    await day('2026-12-09').getByRole('listitem').filter({ hasText: 'vor Ort: DRK' }).waitFor();
    // An event that began before today runs on: each of its days says so, the last its end.
    await day('2026-12-01').getByRole('listitem').filter({ hasText: 'Seniorenmesse 2026' }).filter({ hasText: 'Fortsetzung vom Vortag' }).waitFor();
    await day('2026-12-02').getByRole('listitem').filter({ hasText: 'Seniorenmesse 2026' }).filter({ hasText: 'Fortsetzung, bis 16 Uhr' }).waitFor();
    assert.equal(await day('2026-12-03').getByRole('link', { name: 'Seniorenmesse 2026' }).count(), 0);
    await context.close();
  });
});
