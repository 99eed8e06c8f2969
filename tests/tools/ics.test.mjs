// "In den Kalender": the calendar file of every Kaiserslautern entry, as the app makes it
// (`at --ics`, the same domain code), parsed by an independent parser (ical.js) and expanded
// over the next 8 weeks, gives exactly the dates and times of the hours engine
// (`at --agenda --days 56`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ICAL from 'ical.js';

const ROOT = resolve(import.meta.dirname, '../..');
const DATASET = 'public/data/services.json';
const AT = '2026-12-01T00:00';
const WEEKS = 8;

function at(...args) {
  return execFileSync('cargo', ['run', '--locked', '--quiet', '--bin', 'at', '--', DATASET, '--at', AT, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
}

const pad = (n) => String(n).padStart(2, '0');
const day = (t) => `${t.year}-${pad(t.month)}-${pad(t.day)}`;
const clock = (t) => `${pad(t.hour)}:${pad(t.minute)}`;

/** `2026-12-01 10:00-12:00 service:id` for every occurrence in the 8 weeks from AT. */
function occurrences(ics, what) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(zone);
  }
  const first = ICAL.Time.fromDateTimeString('2026-12-01T00:00:00');
  const end = first.clone();
  end.addDuration(ICAL.Duration.fromData({ weeks: WEEKS }));
  const found = [];
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(vevent);
    assert.equal(event.startDate.zone.tzid, 'Europe/Berlin', `${what}: times are in the dataset's zone`);
    const tentative = vevent.getFirstPropertyValue('status') === 'TENTATIVE';
    const iterator = event.iterator();
    for (let next = iterator.next(); next && next.compare(end) < 0; next = iterator.next()) {
      if (next.compare(first) < 0) continue;
      const details = event.getOccurrenceDetails(next);
      found.push({ line: `${day(details.startDate)} ${clock(details.startDate)}-${clock(details.endDate)} ${what}`, tentative });
    }
  }
  return found;
}

test('the calendar file of every entry with hours parses and repeats exactly as the hours engine says, for 8 weeks', () => {
  const dataset = JSON.parse(readFileSync(resolve(ROOT, DATASET), 'utf8'));
  const agenda = at('--agenda', '--days', String(WEEKS * 7)).trim().split('\n');
  const withHours = dataset.services.filter((s) => s.hours?.osm);
  assert.ok(withHours.length >= 6, `${withHours.length} entries with hours`);
  for (const service of withHours) {
    const what = `service:${service.id}`;
    const ics = at('--ics', what);
    const got = occurrences(ics, what);
    const expected = agenda.filter((l) => l.split(' ')[2] === what);
    assert.ok(expected.length > 0, `${what} has dates in 8 weeks`);
    assert.deepEqual(got.map((o) => o.line).sort(), expected.map((l) => l.split(' ').slice(0, 3).join(' ')).sort(), what);
    // Uncertain on an ordinary day ⇔ tentative in the calendar (holidays are in the text).
    for (const line of expected.filter((l) => !l.endsWith(' holiday'))) {
      const key = line.split(' ').slice(0, 3).join(' ');
      const occurrence = got.find((o) => o.line === key);
      assert.equal(occurrence.tentative, line.endsWith(' unsure'), `${key}: tentative exactly when unsure`);
    }
  }
});

test('an event file carries its dates, and a past event has none', () => {
  const dataset = JSON.parse(readFileSync(resolve(ROOT, DATASET), 'utf8'));
  for (const event of dataset.events) {
    const ics = at('--ics', `event:${event.id}`);
    const calendar = new ICAL.Component(ICAL.parse(ics));
    assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
    assert.equal(calendar.getAllSubcomponents('vevent').length, 0, `${event.id} lies in the past`);
  }
  // Seen from July 2023, the workshop's four dates are all ahead.
  const then = execFileSync('cargo', ['run', '--locked', '--quiet', '--bin', 'at', '--', DATASET, '--at', '2023-07-20T10:00', '--ics', 'event:werkstatt-zukunft-des-ehrenamts'], { cwd: ROOT, encoding: 'utf8' });
  const events = new ICAL.Component(ICAL.parse(then)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  assert.deepEqual(
    events.map((e) => `${day(e.startDate)} ${clock(e.startDate)}-${clock(e.endDate)}`),
    ['2023-07-24 13:00-14:00', '2023-07-24 18:00-19:00', '2023-08-16 13:00-14:00', '2023-08-16 18:00-19:00'],
  );
  assert.equal(events[0].summary, 'Werkstatt „Zukunft des Ehrenamts“');
  assert.match(events[0].location, /Rathaus Nord/);
});
