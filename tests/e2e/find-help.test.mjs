// Finding help, as a senior on a tablet and a relative on a phone do it: search with a typo,
// browse by need, filter by district and "open now" at a fixed time, read a detail page,
// call, keep a shortlist, share, print, go back, and never hit a dead end.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openPage, serveAndBrowse } from './support/browser.mjs';
import { startServer, ROOT } from './support/server.mjs';
import { expectNoAxeViolations } from './support/axe.mjs';
import { visit, expectNoHorizontalScroll, screenshot } from './support/views.mjs';

const dataset = JSON.parse(readFileSync(resolve(ROOT, 'public/data/services.json'), 'utf8'));
const DORTMUND = readFileSync(resolve(ROOT, 'tests/fixtures/dortmund.json'), 'utf8');
// Tuesday 1 December 2026, 12:30 in Kaiserslautern: the Seniorenbeirat's first-Tuesday hour.
const FIRST_TUESDAY_1230 = new Date('2026-12-01T12:30:00+01:00');

const env = serveAndBrowse(before, after, startServer);

async function fixedClockPage(options = {}) {
  // The device is in New York: the app must still answer in Kaiserslautern's time.
  const opened = await openPage(env.browser, env.url, { timezoneId: 'America/New_York', ...options });
  await opened.page.clock.setFixedTime(FIRST_TUESDAY_1230);
  return opened;
}

describe('search and browse', () => {
  test('a search with a typo finds the right service', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await visit(page, '/');
    await page.getByRole('searchbox', { name: 'Wonach suchen Sie?' }).fill('Vorsorgevolmacht');
    await page.getByRole('button', { name: 'Suchen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Angebote zu „Vorsorgevolmacht“' }).waitFor();
    await page.getByRole('link', { name: 'Sprechzeit Vorsorge und Betreuung', exact: true }).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('q'), 'Vorsorgevolmacht');
    await expectNoAxeViolations(page, 'results for a search');
    await context.close();
  });

  test('a question is understood: its district becomes the filter, its parts are said and each removed widens', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await visit(page, '/');
    await page.getByRole('searchbox', { name: 'Wonach suchen Sie?' }).fill('Wer hilft mir bei einer Vorsorgevollmacht in Innenstadt-West?');
    await page.getByRole('button', { name: 'Suchen' }).click();
    const understood = page.locator('.ww-chips');
    const districtPart = understood.getByRole('link', { name: 'Stadtteil: Innenstadt-West/Kotten entfernen' });
    await districtPart.waitFor();
    await understood.getByText('Gesucht:').waitFor();
    await understood.getByRole('link', { name: 'Vorsorgevollmacht entfernen' }).waitFor();
    // The district said in words is the district filter: in the address and in the chooser.
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('district'), 'innenstadt-west-kotten');
    assert.equal(url.searchParams.get('q'), 'Wer hilft mir bei einer Vorsorgevollmacht?');
    assert.equal(await page.getByLabel('Stadtteil', { exact: true }).inputValue(), 'innenstadt-west-kotten');
    // Screen readers hear the count: one place in that district …
    await page.getByRole('status').filter({ hasText: '1 Angebot' }).waitFor();
    await expectNoAxeViolations(page, 'a question understood');
    // … and the five across the city once the district is removed.
    await districtPart.click();
    await page.getByRole('status').filter({ hasText: '5 Angebote' }).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('district'), null);
    assert.equal(await understood.getByRole('link', { name: 'Stadtteil: Innenstadt-West/Kotten entfernen' }).count(), 0);
    await context.close();
  });

  test('browsing by need shows the need as a removable choice', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await visit(page, '/');
    await page.getByRole('link', { name: 'Vorsorge und Betreuung' }).click();
    const chip = page.getByRole('link', { name: 'Thema: Vorsorge und Betreuung entfernen' });
    await chip.waitFor();
    const expected = dataset.services.filter((s) => s.needs.includes('betreuung')).length;
    await page.getByRole('status').filter({ hasText: `${expected} Angebote` }).waitFor();
    // After a reload the chooser shows the topic, and applying a district keeps it.
    await page.reload();
    await chip.waitFor();
    assert.equal(await page.getByLabel('Themen').inputValue(), 'betreuung');
    await page.getByLabel('Stadtteil').selectOption({ label: 'Innenstadt-West/Kotten' });
    await page.getByRole('button', { name: 'Anwenden' }).click();
    await page.getByRole('link', { name: 'Stadtteil: Innenstadt-West/Kotten entfernen' }).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('need'), 'betreuung');
    await chip.click();
    await page.getByRole('link', { name: 'Stadtteil: Innenstadt-West/Kotten entfernen' }).click();
    await page.getByRole('status').filter({ hasText: `${dataset.services.length} Angebote` }).waitFor();
    await context.close();
  });

  test('open now (fixed clock, device in another time zone) and a district filter', async () => {
    const { page, context } = await fixedClockPage();
    await visit(page, '/suche');
    const openNow = page.getByRole('button', { name: 'Jetzt geöffnet' });
    await openNow.click();
    await page.getByRole('status').filter({ hasText: '1 Angebot' }).waitFor();
    assert.equal(await openNow.getAttribute('aria-pressed'), 'true');
    assert.equal(await openNow.evaluate((el) => el === document.activeElement), true, 'focus stays on the toggle');
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Seniorenbeirat – Beratungssprechstunde' }) });
    await card.getByText('Jetzt geöffnet bis 14 Uhr').waitFor();
    await expectNoAxeViolations(page, 'results open now');
    // Betzenberg has no open service now: the empty result offers the same search everywhere.
    await page.getByLabel('Stadtteil').selectOption({ label: 'Betzenberg' });
    await page.getByRole('button', { name: 'Anwenden' }).click();
    await page.getByRole('heading', { name: 'Leider nichts gefunden' }).waitFor();
    await page.getByRole('link', { name: 'Stadtteil: Betzenberg entfernen' }).waitFor();
    await expectNoAxeViolations(page, 'empty result with district');
    await page.getByRole('link', { name: '1 Angebot in allen Stadtteilen zeigen' }).click();
    await page.getByRole('status').filter({ hasText: '1 Angebot' }).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('open'), 'now');
    await context.close();
  });

  test('an empty result suggests topics and the help phone, never a dead end', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await visit(page, '/suche?q=Pflgeheim');
    await page.getByRole('heading', { name: 'Leider nichts gefunden' }).waitFor();
    await page.getByRole('link', { name: 'Pflege' }).first().waitFor();
    const help = page.getByRole('main').getByRole('link', { name: 'Anrufen: 0631 365-0' });
    assert.equal(await help.getAttribute('href'), 'tel:+496313650');
    await expectNoAxeViolations(page, 'empty result');
    await context.close();
  });

  test('back returns to the same search, and a reload keeps it', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await visit(page, '/suche?q=Sprechstunde&walkin=1');
    const count = await page.getByRole('status').filter({ hasText: 'Angebot' }).innerText();
    await page.getByRole('link', { name: 'Seniorenbeirat – Beratungssprechstunde', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Seniorenbeirat – Beratungssprechstunde' }).waitFor();
    await page.goBack();
    await page.getByRole('status').filter({ hasText: count }).waitFor();
    assert.equal(await page.getByRole('searchbox').inputValue(), 'Sprechstunde');
    assert.equal(await page.getByRole('button', { name: 'Ohne Termin' }).getAttribute('aria-pressed'), 'true');
    await page.reload();
    await page.getByRole('status').filter({ hasText: count }).waitFor();
    await context.close();
  });

  test('"Zurück zu den Angeboten" returns to the visitor\'s last search', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await visit(page, '/suche?q=Sprechstunde&walkin=1');
    await page.getByRole('link', { name: 'Seniorenbeirat – Beratungssprechstunde', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Seniorenbeirat – Beratungssprechstunde' }).waitFor();
    await page.getByRole('link', { name: 'Zurück zu den Angeboten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Angebote zu „Sprechstunde“' }).waitFor();
    const url = new URL(page.url());
    assert.equal(url.pathname, '/suche');
    assert.equal(url.searchParams.get('q'), 'Sprechstunde');
    assert.equal(url.searchParams.get('walkin'), '1');
    // A detail page opened directly (a shared link) leads to all services.
    await page.goto('/service/gemeindeschwester-plus');
    await page.getByRole('heading', { level: 1 }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Zurück zu den Angeboten' }).getAttribute('href'), '/suche');
    await context.close();
  });

  test('the main flow works with the keyboard alone', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await visit(page, '/');
    await page.keyboard.press('Tab'); // skip link
    for (let i = 0; i < 12 && !(await page.evaluate(() => document.activeElement?.id === 'ww-search-input')); i += 1) {
      await page.keyboard.press('Tab');
    }
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'ww-search-input');
    await page.keyboard.type('Gemeindeschwester');
    await page.keyboard.press('Enter');
    const link = page.getByRole('link', { name: 'Gemeindeschwester plus – Sprechstunde', exact: true });
    await link.waitFor();
    await link.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Gemeindeschwester plus – Sprechstunde' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'main', null, { timeout: 5000 });
    await context.close();
  });
});

describe('detail pages', () => {
  test('an nth-weekday consultation hour, with next days, contact and tel: link', async () => {
    const { page, context } = await fixedClockPage();
    await visit(page, '/service/seniorenbeirat-sprechstunde');
    await page.getByText('Jeden 1. Dienstag im Monat: 12–14 Uhr').waitFor();
    await page.getByText('Jetzt geöffnet bis 14 Uhr').first().waitFor();
    await page.getByText('Dienstag, 1. Dezember').waitFor();
    const call = page.getByRole('link', { name: 'Anrufen: 0631 5 94 51' });
    assert.equal(await call.getAttribute('href'), 'tel:+4963159451');
    const mail = page.getByRole('link', { name: 'E-Mail an dororusterhebel@kabelmail.de' });
    assert.equal(await mail.getAttribute('href'), 'mailto:dororusterhebel@kabelmail.de');
    await expectNoAxeViolations(page, 'detail nth weekday');
    await context.close();
  });

  test('"report a mistake" works without a correction e-mail (by phone), and by e-mail where one is given', async () => {
    const { page, context } = await fixedClockPage();
    await visit(page, '/service/seniorenbeirat-sprechstunde');
    // Kaiserslautern's sources name no address for corrections: the help contact's phone.
    const byPhone = page.getByRole('main').locator('p').filter({ hasText: 'Haben Sie einen Fehler gefunden? Bitte melden Sie ihn telefonisch:' });
    assert.equal(await byPhone.getByRole('link').getAttribute('href'), 'tel:+496313650');
    assert.equal(await page.getByRole('link', { name: 'Fehler melden' }).count(), 0, 'no mailto to a private address');
    // A city whose data names one gets a prepared e-mail naming the entry.
    const withAddress = structuredClone(dataset);
    withAddress.meta.correction_email = 'redaktion@example.org';
    await page.route('**/data/services.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(withAddress) }),
    );
    await visit(page, '/service/seniorenbeirat-sprechstunde');
    const report = page.getByRole('link', { name: 'Fehler melden' });
    assert.match(await report.getAttribute('href'), /^mailto:redaktion@example\.org\?subject=.*%5Bseniorenbeirat-sprechstunde%5D$/);
    await context.close();
  });

  test('issue 29, finding 25: registration ahead is said in its own words; the hours still hold, and it is no walk-in', async () => {
    const withRegistration = structuredClone(dataset);
    const service = withRegistration.services.find((s) => s.id === 'seniorenbeirat-sprechstunde');
    // The source says walk-in too (check warns of that): registration wins.
    service.access = { ...service.access, walk_in: true, registration: true, registration_days: 2 };
    const { page, context } = await fixedClockPage();
    const listed = () => page.getByRole('link', { name: 'Seniorenbeirat – Beratungssprechstunde', exact: true }).count();
    await visit(page, '/suche?walkin=1');
    await page.locator('html[data-app="live"]').waitFor();
    assert.ok((await listed()) > 0, 'without registration it is a walk-in');
    await page.route('**/data/services.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(withRegistration) }),
    );
    await visit(page, '/service/seniorenbeirat-sprechstunde');
    await page.locator('html[data-app="live"]').waitFor();
    const main = page.getByRole('main');
    await main.getByText('Anmeldung bis spätestens 2 Tage vorher').waitFor();
    await main.getByText('Jetzt geöffnet bis 14 Uhr').first().waitFor();
    assert.equal(await main.getByText('Nur nach Terminvereinbarung').count(), 0, 'not an appointment');
    assert.equal(await main.getByText('Ohne Termin: Sie können einfach vorbeikommen').count(), 0, 'not a walk-in');
    await expectNoAxeViolations(page, 'service with registration ahead');
    // "Ohne Termin" does not find it.
    await visit(page, '/suche?walkin=1');
    await page.locator('html[data-app="live"]').waitFor();
    assert.equal(await listed(), 0);
    await context.close();
  });

  test('issue 29, finding 23: a place with a postcode and no district is found under the district that lists the postcode', async () => {
    const service = dataset.services.find((s) => s.id === 'stadtteilbuero-innenstadt-west');
    const name = typeof service.name === 'string' ? service.name : service.name.de;
    const withPostcodes = (listed) => {
      const changed = structuredClone(dataset);
      const place = changed.locations.find((l) => l.id === service.location_id);
      delete place.district;
      place.address.postal_code = '67655';
      if (listed) changed.districts.find((d) => d.id === 'innenstadt-west-kotten').postcodes = ['67655'];
      return JSON.stringify(changed);
    };
    for (const listed of [false, true]) {
      const { page, context } = await openPage(env.browser, env.url);
      const body = withPostcodes(listed);
      await page.route('**/data/services.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
      await visit(page, '/suche?district=innenstadt-west-kotten');
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      const found = await page.getByRole('link', { name, exact: true }).count();
      assert.equal(found > 0, listed, listed ? 'found by its postcode' : 'no district without the list');
      await context.close();
    }
  });

  test('a public holiday the source says nothing about shows "Feiertag: bitte vorher anrufen"', async () => {
    const { page, context } = await openPage(env.browser, env.url, { timezoneId: 'America/New_York' });
    // Friday 25 December 2026, 10:30: the Stadtteilbüro's regular hours, but Christmas Day.
    await page.clock.setFixedTime(new Date('2026-12-25T10:30:00+01:00'));
    await visit(page, '/service/stadtteilbuero-innenstadt-west');
    await page.getByText('Feiertag: bitte vorher anrufen').first().waitFor();
    assert.equal(await page.getByText('Jetzt geöffnet').count(), 0, 'never "open"');
    assert.equal(await page.getByText(/^Geschlossen/).count(), 0, 'never "closed" either');
    const christmas = page.getByRole('definition').filter({ hasText: 'Feiertag (1. Weihnachtstag)' });
    assert.match(await christmas.innerText(), /Feiertag: bitte vorher anrufen/);
    await visit(page, '/suche?open=now');
    assert.equal(await page.getByRole('link', { name: 'Stadtteilbüro Innenstadt-West', exact: true }).count(), 0, 'not among the open ones');
    await expectNoAxeViolations(page, 'holiday uncertain');
    await context.close();
  });

  test('an offer the sources give no times or contact for says so and points to the help phone', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await visit(page, '/service/seniorenmesse');
    await page.getByRole('heading', { level: 1, name: 'Seniorenmesse' }).waitFor();
    const notice = page.locator('p').filter({ hasText: 'Die Quellen nennen für dieses Angebot weder Zeiten noch einen Kontakt.' });
    assert.equal(await notice.getByRole('link').getAttribute('href'), 'tel:+496313650');
    await page.getByText('Termin und Ort nennt die Quelle nicht.', { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'detail without hours or contact');
    await context.close();
  });

  test('past events are past: not among a service\'s events, and their own page says they took place', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await page.clock.setFixedTime(new Date('2026-11-23T10:00:00+01:00'));
    await visit(page, '/service/ehrenamtskoordination');
    assert.equal(await page.getByText('Werkstatt „Zukunft des Ehrenamts“').count(), 0, 'not offered as coming');
    await visit(page, '/termin/werkstatt-zukunft-des-ehrenamts');
    await page.getByRole('heading', { level: 1, name: 'Werkstatt „Zukunft des Ehrenamts“' }).waitFor();
    await page.getByRole('note').filter({ hasText: 'Diese Veranstaltung hat stattgefunden.' }).waitFor();
    // The true year, each date marked as past.
    await page.getByText('24. Juli 2023, 13 Uhr (vorbei)', { exact: false }).waitFor();
    await page.getByText('16. August 2023, 18 Uhr (vorbei)', { exact: false }).waitFor();
    await visit(page, '/termin/sozialausschuss-seniorenbuero-2025');
    await page.getByRole('note').filter({ hasText: 'Diese Veranstaltung hat stattgefunden.' }).waitFor();
    await expectNoAxeViolations(page, 'past event');
    await context.close();
  });

  test('conflicting sources are never "open": the first Wednesday is sure, the others are not', async () => {
    const { page, context } = await openPage(env.browser, env.url, { timezoneId: 'America/New_York' });
    await page.clock.setFixedTime(new Date('2026-12-02T09:30:00+01:00')); // 1st Wednesday
    await visit(page, '/service/sprechzeit-vorsorge-betreuung');
    await page.getByText('Jetzt geöffnet bis 10:30 Uhr').first().waitFor();
    await page.clock.setFixedTime(new Date('2026-12-09T09:30:00+01:00')); // 2nd Wednesday
    await visit(page, '/service/sprechzeit-vorsorge-betreuung');
    await page.getByText('Öffnungszeiten unsicher – bitte anrufen').first().waitFor();
    assert.equal(await page.getByText('Jetzt geöffnet').count(), 0);
    // Both statements of the source are quoted.
    await page.getByText('„Betreuungsvereine: 1. Mittwoch/Monat, 9.00 – 10.30 Uhr“', { exact: false }).first().waitFor();
    await page.getByText('„Jeden Mittwochvormittag bieten abwechselnd', { exact: false }).first().waitFor();
    await expectNoAxeViolations(page, 'detail conflicting sources');
    await context.close();
  });

  test('Dortmund: a count of meeting places without addresses points to the district\'s Seniorenbüro; "once a month at the weekend" is never a time', async () => {
    const { page, context } = await openPage(env.browser, env.url, { timezoneId: 'America/New_York' });
    // Saturday 28 November 2026, 11:00: the slides say only "1 x monatlich am Wochenende".
    await page.clock.setFixedTime(new Date('2026-11-28T11:00:00+01:00'));
    await page.route('**/data/services.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: DORTMUND }));
    await visit(page, '/suche?need=begegnung&district=innenstadt-west');
    await page.getByRole('link', { name: '12 Begegnungsorte in Innenstadt-West', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '12 Begegnungsorte in Innenstadt-West' }).waitFor();
    await page.getByText('10 geförderte Begegnungsorte und 2 weitere Angebotsorte', { exact: false }).waitFor();
    const ask = page.locator('p').filter({ hasText: 'Genaueres erfahren Sie hier:' });
    await ask.getByRole('link', { name: 'Seniorenbüro Innenstadt-West' }).click();
    await page.getByRole('heading', { level: 1, name: 'Seniorenbüro Innenstadt-West' }).waitFor();
    await page.getByText('Die Stadt nennt 14 Standorte in 12 Stadtbezirken', { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'Dortmund Seniorenbüro');
    await visit(page, '/service/staedtische-begegnungszentren');
    await page.getByText('Öffnungszeiten unsicher – bitte anrufen').first().waitFor();
    await page.getByText('1 x monatlich am Wochenende', { exact: false }).first().waitFor();
    assert.equal(await page.getByText('Jetzt geöffnet').count(), 0, 'no invented weekend times');
    await context.close();
  });

  test('a rotating consultation hour names who is there on which date', async () => {
    const withAnchor = structuredClone(dataset);
    withAnchor.services.find((s) => s.id === 'sprechzeit-vorsorge-betreuung').rotation.anchor = '2026-12-02';
    const { page, context } = await fixedClockPage();
    await page.route('**/data/services.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(withAnchor) }),
    );
    await visit(page, '/service/sprechzeit-vorsorge-betreuung');
    await page.getByText('Abwechselnd vor Ort: Lebenshilfe, DRK, AWO, SKFM').waitFor();
    const wednesday = page.getByRole('definition').filter({ hasText: 'vor Ort: Lebenshilfe' });
    await wednesday.waitFor();
    assert.match(await wednesday.innerText(), /9–10:30 Uhr/);
    // The sources disagree about "every Wednesday": no weekly line claims it.
    assert.equal(await page.getByText('Mittwoch: 9–10:30 Uhr', { exact: true }).count(), 0);
    await expectNoAxeViolations(page, 'detail rotation');
    await context.close();
  });

  test('unknown hours show the source text and never "open"', async () => {
    const { page, context } = await fixedClockPage();
    await visit(page, '/service/mietertreff-bau-ag');
    await page.getByText('Keine festen Öffnungszeiten angegeben').waitFor();
    assert.equal(await page.getByText('Jetzt geöffnet').count(), 0);
    await context.close();
  });
});

describe('shortlist, share and print', () => {
  test('save, persist across reloads, print view, remove', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await visit(page, '/suche?q=Gemeindeschwester');
    await page.getByRole('button', { name: 'Merken: Gemeindeschwester plus – Sprechstunde' }).click();
    await page.getByText('„Gemeindeschwester plus – Sprechstunde“ ist jetzt auf der Merkliste.').waitFor();
    await page.getByRole('link', { name: 'Merkliste (1)' }).waitFor();
    await page.reload();
    await page.getByRole('link', { name: 'Merkliste (1)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Merkliste' }).waitFor();
    await page.getByRole('heading', { name: 'Gemeindeschwester plus – Sprechstunde' }).waitFor();
    await expectNoAxeViolations(page, 'shortlist with one entry');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByRole('button', { name: 'Drucken' }).isVisible(), false, 'no buttons on paper');
    assert.equal(await page.getByRole('navigation').isVisible(), false);
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'Gemerkt – entfernen: Gemeindeschwester plus – Sprechstunde' }).click();
    await page.getByText('Ihre Merkliste ist leer').waitFor();
    await expectNoAxeViolations(page, 'shortlist empty');
    await context.close();
  });

  test('with storage blocked the shortlist still works for the session', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
    });
    await visit(page, '/suche?q=Gemeindeschwester');
    await page.getByRole('button', { name: 'Merken: Gemeindeschwester plus – Sprechstunde' }).click();
    await page.getByRole('link', { name: 'Merkliste (1)' }).click();
    await page.getByText('Ihr Browser erlaubt kein Speichern').waitFor();
    await page.getByRole('heading', { name: 'Gemeindeschwester plus – Sprechstunde' }).waitFor();
    await context.close();
  });

  test('share falls back to copying the link, with a visible confirmation', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.url });
    await page.addInitScript(() => { delete Navigator.prototype.share; });
    await visit(page, '/service/gemeindeschwester-plus');
    await page.getByRole('button', { name: 'Teilen' }).click();
    await page.getByText('Der Link ist kopiert.').first().waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${env.url}/service/gemeindeschwester-plus`);
    await context.close();
  });
});

describe('every view: accessibility, reflow, screenshots', () => {
  const views = [
    ['start', '/'],
    ['results', '/suche?need=beratung'],
    ['detail', '/service/stadtteilbuero-innenstadt-west'],
    ['shortlist', '/merkliste'],
    ['about', '/info'],
    ['not-found', '/nirgendwo'],
  ];

  test('the about page names source and date, says no source names a maintainer, and has the accessibility statement', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await visit(page, '/info');
    await page.getByRole('heading', { name: 'Erklärung zur Barrierefreiheit' }).waitFor();
    await page.getByRole('main').getByText('Daten zusammengestellt am 22. November 2026').waitFor();
    await page.getByText('Wer die Daten pflegt, nennen die Quellen nicht.').first().waitFor();
    await page.getByRole('heading', { name: 'Datenschutz' }).waitFor();
    await expectNoAxeViolations(page, 'about');
    await context.close();
  });

  for (const [name, path] of views) {
    test(`${name}: no horizontal scroll at 320px, one h1, phone and tablet screenshots`, async () => {
      const { page, context } = await fixedClockPage({ viewport: { width: 320, height: 640 } });
      await visit(page, path);
      await expectNoHorizontalScroll(page, `${name} at 320px`);
      assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1, `${name} has one h1`);
      await page.setViewportSize({ width: 390, height: 844 });
      await screenshot(page, `${name}-phone`);
      await page.setViewportSize({ width: 820, height: 1180 });
      await expectNoHorizontalScroll(page, `${name} at 820px`);
      await screenshot(page, `${name}-tablet`);
      await context.close();
    });
  }

  test('the help contact sits in the same place on every view', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    for (const [name, path] of views) {
      await visit(page, path);
      const footer = page.getByRole('contentinfo');
      await footer.getByRole('link', { name: 'Anrufen: 0631 365-0' }).waitFor();
      const landmarks = await page.evaluate(() =>
        [...document.body.querySelectorAll('header, nav, main, footer')].map((el) => el.tagName),
      );
      assert.deepEqual(landmarks, ['HEADER', 'NAV', 'MAIN', 'FOOTER'], name);
    }
    await context.close();
  });
});
