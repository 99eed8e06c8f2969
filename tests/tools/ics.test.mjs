// "In den Kalender": the calendar file of every Kaiserslautern entry, as the app makes it
// (`at --ics`, the same domain code), parsed by an independent parser (ical.js) and expanded
// over the next 8 weeks, gives exactly the dates and times of the hours engine
// (`at --agenda --days 56`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ICAL from 'ical.js';

const ROOT = resolve(import.meta.dirname, '../..');
const DATASET = 'public/data/services.json';
const WEEKS = 8;

function at(file, when, ...args) {
  return execFileSync('cargo', ['run', '--locked', '--quiet', '--bin', 'at', '--', file, '--at', when, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
}

const pad = (n) => String(n).padStart(2, '0');
const day = (t) => `${t.year}-${pad(t.month)}-${pad(t.day)}`;
const clock = (t) => `${pad(t.hour)}:${pad(t.minute)}`;

/** `2026-12-01 10:00-12:00 service:id` for every occurrence in the 8 weeks from `from`. */
function occurrences(ics, what, from) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(zone);
  }
  const first = ICAL.Time.fromDateTimeString(`${from}:00`);
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
      // The instant, in UTC too: a wrong VTIMEZONE would shift it by an hour.
      const utc = details.startDate.convertToZone(ICAL.Timezone.utcTimezone);
      found.push({ line: `${day(details.startDate)} ${clock(details.startDate)}-${clock(details.endDate)} ${what}`, utc: utc.toString(), tentative });
    }
  }
  return found;
}

/** Kaiserslautern's offset from UTC on a date (EU rule: summer time from the last Sunday of March). */
function berlinOffsetHours(date) {
  const lastSunday = (year, month) => {
    const d = new Date(Date.UTC(year, month + 1, 0));
    return d.getUTCDate() - d.getUTCDay();
  };
  const [y, m, d] = date.split('-').map(Number);
  const start = Date.UTC(y, 2, lastSunday(y, 2));
  const stop = Date.UTC(y, 9, lastSunday(y, 9));
  const t = Date.UTC(y, m - 1, d);
  return t >= start && t < stop ? 2 : 1;
}

/** Every entry with hours: its file, expanded by ical.js, equals `at --agenda` line by line. */
function compareAll(file, from) {
  const dataset = JSON.parse(readFileSync(resolve(ROOT, file), 'utf8'));
  const agenda = at(file, from, '--agenda', '--days', String(WEEKS * 7)).trim().split('\n');
  const withHours = dataset.services.filter((s) => s.hours?.osm);
  assert.ok(withHours.length >= 6, `${withHours.length} entries with hours`);
  for (const service of withHours) {
    const what = `service:${service.id}`;
    const got = occurrences(at(file, from, '--ics', what), what, from);
    // The engine ends a slot at 24:00 of its day; a calendar says 00:00 of the next.
    const expected = agenda.filter((l) => l.split(' ')[2] === what).map((l) => l.replace(/-24:00 /, '-00:00 '));
    assert.ok(expected.length > 0, `${what} has dates in 8 weeks`);
    assert.deepEqual(got.map((o) => o.line).sort(), expected.map((l) => l.split(' ').slice(0, 3).join(' ')).sort(), what);
    for (const o of got) {
      const [date, times] = o.line.split(' ');
      const hour = Number(times.slice(0, 2));
      const utcHour = Number(o.utc.slice(11, 13));
      assert.equal((hour - utcHour + 24) % 24, berlinOffsetHours(date), `${o.line}: in UTC ${o.utc}`);
    }
    // Uncertain on an ordinary day ⇔ tentative in the calendar (holidays are in the text).
    for (const line of expected.filter((l) => !l.endsWith(' holiday'))) {
      const key = line.split(' ').slice(0, 3).join(' ');
      const occurrence = got.find((o) => o.line === key);
      assert.equal(occurrence.tentative, line.endsWith(' unsure') || line.endsWith(' appointment'), `${key}: tentative exactly when not sure`);
    }
  }
}

test('the calendar file of every entry with hours parses and repeats exactly as the hours engine says, for 8 weeks', () => {
  compareAll(DATASET, '2026-12-01T00:00');
});

test('across the change to summer time (28 March 2027) the times stay local and the instants move', () => {
  compareAll(DATASET, '2027-03-01T00:00');
});

test('a closure leaves its days out of the recurring hours', () => {
  const dataset = JSON.parse(readFileSync(resolve(ROOT, DATASET), 'utf8'));
  dataset.services.find((s) => s.id === 'gemeindeschwester-plus').hours.osm = 'Tu 10:00-12:00; 2026 Dec 08-2026 Dec 15 off "Fortbildung"';
  const dir = mkdtempSync(join(tmpdir(), 'wegweiser-ics-'));
  const file = join(dir, 'closure.json');
  writeFileSync(file, JSON.stringify(dataset));
  const ics = at(file, '2026-12-01T00:00', '--ics', 'service:gemeindeschwester-plus');
  assert.match(ics, /EXDATE;TZID=Europe\/Berlin:20261208T100000,20261215T100000/);
  compareAll(file, '2026-12-01T00:00');
});

test('an event file carries its dates, and a past event has none', () => {
  const dataset = JSON.parse(readFileSync(resolve(ROOT, DATASET), 'utf8'));
  for (const event of dataset.events) {
    const ics = at(DATASET, '2026-12-01T00:00', '--ics', `event:${event.id}`);
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
