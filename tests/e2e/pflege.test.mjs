// The keepers' workspace (/pflege/, crates/pflege) in Chromium against the release build:
// the same findings as `check`, a keeper's session with the draft kept on the device, bad
// files refused without touching the draft, accessibility in every state, and that
// visitors never download any of it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { openPage, serveAndBrowse } from './support/browser.mjs';
import { startServer, ROOT } from './support/server.mjs';
import { expectNoAxeViolations } from './support/axe.mjs';

const env = serveAndBrowse(before, after, startServer);
const PUBLISHED = resolve(ROOT, 'public/data/services.json');
const published = JSON.parse(readFileSync(PUBLISHED, 'utf8'));
const today = new Date().toISOString().slice(0, 10);

/** `check --strict FILE` as (severity, path, message), in its order. */
function check(file) {
  let out;
  try {
    out = execFileSync('cargo', ['run', '--locked', '--quiet', '--bin', 'check', '--', '--strict', file], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    out = error.stdout; // exit 1: the file has errors
  }
  const prefix = `${file}: `;
  return out
    .split('\n')
    .filter((line) => line.startsWith(prefix) && /^(error|warning|note): /.test(line.slice(prefix.length)))
    .map((line) => {
      const rest = line.slice(prefix.length);
      const [severity, after] = [rest.slice(0, rest.indexOf(': ')), rest.slice(rest.indexOf(': ') + 2)];
      const cut = after.indexOf(': ');
      return [severity, after.slice(0, cut), after.slice(cut + 2)];
    });
}

/** The findings a list on the page shows, as (severity, path, message). */
async function shown(page, selector) {
  return page.locator(`${selector} li`).evaluateAll((items) =>
    items.map((li) => [li.dataset.severity, li.querySelector('.pf-path').textContent, li.querySelector('.pf-finding-text').textContent]),
  );
}

async function openWorkspace(options = {}) {
  const opened = await openPage(env.browser, env.url, options);
  await opened.page.goto('/pflege/');
  await opened.page.getByRole('heading', { level: 1, name: 'Daten pflegen' }).waitFor();
  return opened;
}

/** Opens a file by the file picker; waits for its message and, when opened, its findings. */
async function openFile(page, name, buffer, mimeType = 'application/json') {
  // Playwright hands over at most 50 MB as a buffer: a larger file goes by its path.
  if (buffer.length >= 50 * 1024 * 1024) {
    const path = join(mkdtempSync(join(tmpdir(), 'wegweiser-pflege-')), name);
    writeFileSync(path, buffer);
    await page.locator('#open-file').setInputFiles(path);
  } else {
    await page.locator('#open-file').setInputFiles({ name, mimeType, buffer });
  }
  await page.locator('#message').filter({ hasText: name }).waitFor();
  if ((await page.locator('#refused-findings').count()) === 0 && !(await page.locator('#message .pf-alert').count())) {
    await page.locator(`.pf-all[data-file="${name}"]`).waitFor();
  }
}

describe('the keepers\' workspace', () => {
  test('gives the same findings as check on every hostile fixture and both datasets', async () => {
    const { page, context, errors } = await openWorkspace();
    // In English the workspace shows the checks' own words, as check prints them.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Keep the data' }).waitFor();
    const hostile = readdirSync(resolve(ROOT, 'tests/fixtures/hostile'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => `tests/fixtures/hostile/${f}`);
    const files = ['public/data/services.json', 'tests/fixtures/dortmund.json', ...hostile];
    let compared = 0;
    for (const file of files) {
      await openFile(page, basename(file), readFileSync(resolve(ROOT, file)));
      const refused = (await page.locator('#refused-findings').count()) > 0;
      const onPage = await shown(page, refused ? '#refused-findings' : '#findings');
      assert.deepEqual(onPage, check(file), `${file}: the workspace and check disagree`);
      compared += onPage.length;
    }
    console.log(`parity: ${files.length} files, ${compared} findings, identical`);
    assert.ok(compared > 100);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("a keeper's session: fix an error, add a service with the hours builder, confirm an entry, get the draft back, review and download a file check accepts and the visitors' app shows", async () => {
    const { page, context, errors, requests } = await openWorkspace();
    await expectNoAxeViolations(page, 'pflege: empty');
    // A copy of the published file with one error: a phone number that cannot be dialled.
    const broken = structuredClone(published);
    const phoneOwner = broken.services.findIndex((s) => s.contacts?.some((c) => c.phone));
    const good = broken.services[phoneOwner].contacts.find((c) => c.phone).phone;
    broken.services[phoneOwner].contacts.find((c) => c.phone).phone = '12';
    await openFile(page, 'services.json', Buffer.from(JSON.stringify(broken, null, 2) + '\n'));
    await expectNoAxeViolations(page, 'pflege: opened');

    // The error is first in the work list; its entry opens its form at the field with the problem.
    await page.getByRole('region', { name: /^Fehler/ }).getByRole('button').first().click();
    await page.waitForFunction(() => document.activeElement?.id === 'f-contacts');
    const summary = page.locator('.pf-error-summary');
    await summary.getByRole('link', { name: /„12“ ist keine Telefonnummer/ }).waitFor();
    assert.match(await page.locator('#f-contacts').getAttribute('aria-describedby'), /f-contacts-error/);
    await expectNoAxeViolations(page, 'pflege: an entry with an error');
    const contacts = page.locator('#f-contacts');
    await contacts.fill((await contacts.inputValue()).replace('"12"', JSON.stringify(good)));
    await page.keyboard.press('Tab');
    await page.getByRole('region', { name: /^Fehler/ }).waitFor({ state: 'detached' });

    // A new service, its hours put together with the builder's cards.
    await page.getByRole('button', { name: 'Neu: Angebot' }).click();
    await page.locator('#entry-title').filter({ hasText: 'neu' }).waitFor();
    const field = async (selector, value) => {
      await page.locator(selector).fill(value);
      await page.locator(selector).dispatchEvent('change');
    };
    await field('#f-id', 'mittwochs-beratung');
    await field('#f-name-de', 'Beratung am Mittwoch');
    await field('#claim-name', 'Beratung am Mittwoch');
    await field('#f-summary-de', 'Rat für ältere Menschen, einmal im Monat.');
    await field('#claim-summary', 'Rat für ältere Menschen, einmal im Monat.');
    await page.locator('#f-needs-0').check();
    await field('#claim-needs', 'Beratung');
    await page.getByRole('button', { name: 'Ein Wochentag im Monat' }).click();
    await page.locator('#rule-0-comment').waitFor();
    await field('#rule-0-comment', 'nur mit Termin');
    const expression = (value) => page.waitForFunction((v) => document.querySelector('#hours-osm')?.value === v, value);
    await expression('We[1] 09:00-10:30 "nur mit Termin"');
    await page.getByRole('button', { name: 'Feiertage', exact: true }).click();
    await expression('We[1] 09:00-10:30 "nur mit Termin"; PH off');
    await field('#f-hours-text-de', 'jeden 1. Mittwoch im Monat 9–10.30 Uhr, nur mit Termin');
    await field('#claim-hours', 'jeden 1. Mittwoch im Monat 9–10.30 Uhr, nur mit Termin');
    await page.locator('#f-access-appointment').selectOption('required');
    await field('#claim-access', 'nur mit Termin');
    await field('#f-source-name', 'Gespräch mit dem Seniorenbüro');
    const words = await page.locator('#hours-words li').allTextContents();
    assert.match(words[0], /^Jeden 1\. Mittwoch im Monat: .*9.*10.30/, words.join(' / '));
    // The next 14 days as "Termine" draws them: the first Wednesday of a month among them
    // whenever one falls in the fortnight, every other day without this service's hours.
    await page.locator('#hours-days .ww-agenda__day').nth(13).waitFor();
    assert.equal(await page.locator('#hours-days .ww-agenda__day').count(), 14);
    const lines = await page.locator('#hours-days .ww-agenda__line').allTextContents();
    for (const line of lines) assert.match(line, /Beratung am Mittwoch/);
    await expectNoAxeViolations(page, 'pflege: the hours builder');
    // The preview: the visitors' own card and page, from the draft, in another language too.
    await page.locator('.pf-preview-box summary').click();
    const preview = page.locator('.pf-preview');
    await preview.locator('.ww-card').filter({ hasText: 'Beratung am Mittwoch' }).waitFor();
    assert.deepEqual(await preview.locator('.ww-hours__lines li').allTextContents(), words);
    await expectNoAxeViolations(page, 'pflege: the preview');
    await page.locator('.pf-preview-box').getByRole('button', { name: 'English' }).click();
    await preview.locator('.ww-hours__lines li').filter({ hasText: /1st Wednesday/i }).first().waitFor();
    await page.locator('.pf-preview-box summary').click();

    // "Stimmt noch" for another entry.
    const unchecked = page.getByRole('region', { name: /^Seit 12 Monaten oder nie geprüft/ });
    const before = Number(await unchecked.locator('.pf-count').textContent());
    await unchecked.getByRole('button', { name: /gemeindeschwester-plus/ }).click();
    await page.getByLabel('Stand der Quelle, falls sie ein neues Datum trägt (freiwillig)').fill('2026-11-30');
    await page.locator('#confirm-entry').click();
    await page.locator('#entry-verified').filter({ hasText: `Zuletzt geprüft: ${today}.` }).waitFor();
    await unchecked.locator('.pf-count').filter({ hasText: String(before - 1) }).waitFor();
    await page.locator('#draft-state').filter({ hasText: 'Auf diesem Gerät gesichert' }).waitFor();

    // Reloaded, the page offers the draft back.
    await page.reload();
    const offered = page.getByRole('region', { name: 'Ihr Entwurf ist noch da' });
    await offered.waitFor();
    await expectNoAxeViolations(page, 'pflege: draft offered');
    await offered.getByRole('button', { name: 'Mit dem Entwurf weiterarbeiten' }).click();
    assert.equal(await page.getByRole('region', { name: /^Fehler/ }).count(), 0, 'the fix came back');
    // Undo takes the confirmation back, redo does it again.
    const count = () => page.getByRole('region', { name: /^Seit 12 Monaten/ }).locator('.pf-count');
    await page.getByRole('button', { name: 'Rückgängig' }).click();
    await count().filter({ hasText: String(before) }).waitFor();
    await page.getByRole('button', { name: 'Wiederholen' }).click();
    await count().filter({ hasText: String(before - 1) }).waitFor();

    // Review: every entry changed, with its fields' old and new values.
    await page.getByRole('button', { name: 'Änderungen ansehen und speichern' }).click();
    const changes = page.locator('#changes');
    await changes.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'changes-title');
    const listed = await changes.locator(':scope > li > strong').allTextContents();
    assert.deepEqual(listed.sort(), [`services ${published.services[phoneOwner].id}`, 'services gemeindeschwester-plus', 'services mittwochs-beratung'].sort());
    await changes.locator('tr').filter({ hasText: 'last_verified' }).filter({ hasText: today }).waitFor();
    await expectNoAxeViolations(page, 'pflege: the changes reviewed');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Datei herunterladen' }).click()]);
    assert.equal(download.suggestedFilename(), 'services.json');
    const dir = mkdtempSync(join(tmpdir(), 'wegweiser-pflege-'));
    const saved = join(dir, 'services.json');
    await download.saveAs(saved);
    const findings = check(saved);
    assert.deepEqual(findings.filter(([severity]) => severity === 'error'), [], 'the downloaded file passes check --strict');
    const file = JSON.parse(readFileSync(saved, 'utf8'));
    assert.equal(file.services.find((s) => s.id === 'gemeindeschwester-plus').last_verified, today);
    assert.equal(file.services.find((s) => s.id === 'gemeindeschwester-plus').source.date, '2026-11-30');
    assert.equal(file.services[phoneOwner].contacts.find((c) => c.phone).phone, good);
    await page.locator('#draft-state').filter({ hasText: 'Zuletzt heruntergeladen: ' }).filter({ hasNotText: 'noch nie' }).waitFor();
    assert.deepEqual(requests.filter((url) => !url.startsWith(env.url) && !url.startsWith('blob:')), []);
    assert.deepEqual(errors, []);
    await context.close();

    // Served in place of the dataset, the visitors' app shows the new service with the same words.
    const site = join(dir, 'dist');
    cpSync(resolve(ROOT, 'dist'), site, { recursive: true });
    cpSync(saved, join(site, 'data/services.json'));
    const server = await startServer(site);
    try {
      const visitor = await openPage(env.browser, server.url);
      await visitor.page.goto('/service/mittwochs-beratung');
      await visitor.page.getByRole('heading', { level: 1, name: 'Beratung am Mittwoch' }).waitFor();
      assert.deepEqual(await visitor.page.locator('.ww-hours__lines li').allTextContents(), words);
      await visitor.context.close();
    } finally {
      await server.stop();
    }
  });

  test('the spreadsheet round trip: export, two cells changed and a row broken, import takes the good rows and names the bad one', async () => {
    const { page, context, errors } = await openWorkspace();
    await page.getByRole('button', { name: 'Veröffentlichte Datei öffnen' }).click();
    await page.locator('.pf-all[data-file="services.json"]').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Als Tabelle (CSV) exportieren' }).click()]);
    assert.equal(download.suggestedFilename(), 'services.csv');
    const dir = mkdtempSync(join(tmpdir(), 'wegweiser-sheet-'));
    await download.saveAs(join(dir, 'services.csv'));
    const lines = readFileSync(join(dir, 'services.csv'), 'utf8').split('\r\n');
    const header = lines[0].replace(/^\uFEFF/, '').split(';');
    const column = (name) => header.indexOf(name);
    const cells = (n) => lines[n].split(';');
    const row1 = cells(1);
    row1[column('name')] = 'Neuer Name';
    lines[1] = row1.join(';');
    const row2 = cells(2);
    row2[column('url')] = 'https://example.org/neu';
    lines[2] = row2.join(';');
    const row3 = cells(3);
    row3[column('minimum_age')] = 'sechzig';
    lines[3] = row3.join(';');
    await openFile(page, 'services.csv', Buffer.from(lines.join('\r\n')), 'text/csv');
    await page.locator('#message').filter({ hasText: `${published.services.length - 1} Zeilen übernommen, 1 Zeilen mit Fehlern` }).waitFor();
    const report = await page.locator('#sheet-report li').allTextContents();
    assert.deepEqual(report.filter((line) => !line.startsWith('Warnung: ')), ['Zeile 4, minimum_age: „sechzig“ ist keine Zahl']);
    await expectNoAxeViolations(page, 'pflege: a spreadsheet imported');
    await page.getByRole('button', { name: 'Änderungen ansehen und speichern' }).click();
    const changed = await page.locator('#changes > li > strong').allTextContents();
    assert.deepEqual(changed, [`services ${published.services[0].id}`, `services ${published.services[1].id}`]);
    await page.locator('#changes tr').filter({ hasText: 'Neuer Name' }).waitFor();
    // A spreadsheet with a broken quote: refused with where, the draft untouched.
    await page.locator('#draft-state').filter({ hasText: 'Auf diesem Gerät gesichert' }).waitFor();
    const state = await page.locator('#draft-state').textContent();
    await openFile(page, 'kaputt.csv', Buffer.from(lines.join('\r\n').replace('Neuer Name', '"Neuer Name')), 'text/csv');
    await page.locator('#message').filter({ hasText: 'ein Feld in Anführungszeichen ist nicht geschlossen' }).waitFor();
    assert.equal(await page.locator('#draft-state').textContent(), state);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a file that is not a dataset is refused with a clear message, and the draft stays untouched', async () => {
    const { page, context, errors } = await openWorkspace();
    await page.getByRole('button', { name: 'Veröffentlichte Datei öffnen' }).click();
    await page.locator('#message').filter({ hasText: `ist geöffnet: ${published.services.length} Angebote` }).waitFor();
    await page.locator('#draft-state').filter({ hasText: 'Auf diesem Gerät gesichert' }).waitFor();
    const draft = await page.locator('#draft-state').textContent();
    const findings = await shown(page, '#findings');

    await openFile(page, 'notizen.txt', Buffer.from('Montag Sprechstunde, Dienstag zu'));
    await page.locator('#message').filter({ hasText: '„notizen.txt“ ist keine JSON-Datei' }).waitFor();
    await expectNoAxeViolations(page, 'pflege: a refused file');
    await openFile(page, 'liste.json', Buffer.from('[{"id": "x"}]'));
    await page.locator('#message').filter({ hasText: '„liste.json“ ist JSON, aber kein Wegweiser-Datensatz' }).waitFor();
    const huge = Buffer.alloc(50 * 1024 * 1024, 0x20);
    await openFile(page, 'riesig.json', huge);
    await page.locator('#message').filter({ hasText: '„riesig.json“ ist 52 MB groß' }).waitFor();

    assert.equal(await page.locator('#draft-state').textContent(), draft);
    assert.deepEqual(await shown(page, '#findings'), findings);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a file with an error is not downloaded without a confirmation that names the problem', async () => {
    const { page, context } = await openWorkspace();
    const broken = structuredClone(published);
    broken.services[0].needs = ['gibt-es-nicht'];
    await openFile(page, 'services.json', Buffer.from(JSON.stringify(broken, null, 2)));
    let downloads = 0;
    page.on('download', () => (downloads += 1));
    await page.getByRole('button', { name: 'Änderungen ansehen und speichern' }).click();
    await page.getByRole('button', { name: 'Datei herunterladen' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'gibt-es-nicht' });
    await alert.waitFor();
    await expectNoAxeViolations(page, 'pflege: a download held back');
    assert.equal(downloads, 0);
    const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Trotzdem herunterladen' }).click()]);
    assert.equal(download.suggestedFilename(), 'services.json');
    await context.close();
  });

  test('a file dropped on the page opens; German typed into the hours builder is rewritten, each rewrite shown', async () => {
    const { page, context, errors } = await openWorkspace();
    const text = readFileSync(PUBLISHED, 'utf8');
    await page.evaluate((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'gezogen.json', { type: 'application/json' }));
      const zone = document.querySelector('.pf-open');
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, text);
    await page.locator('.pf-all[data-file="gezogen.json"]').waitFor();
    await page.getByRole('button', { name: 'Neu: Angebot' }).click();
    await page.locator('#hours-typed').fill('Mo–Fr 10–12 Uhr, 1. Mittwoch 9–10.30');
    await page.locator('#hours-typed-apply').click();
    const rewrites = page.locator('#hours-rewrites li');
    await rewrites.first().waitFor();
    assert.ok((await rewrites.count()) >= 1);
    const expression = await page.locator('#hours-osm').inputValue();
    assert.match(expression, /^Mo-Fr 10:00-12:00/);
    assert.match(expression, /We\[1\] 09:00-10:30/);
    const words = await page.locator('#hours-words li').allTextContents();
    assert.ok(words.some((w) => /^Montag – Freitag|^Mo/.test(w)), words.join(' / '));
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('works offline once opened: its own worker keeps the page and its files', async () => {
    const { page, context } = await openPage(env.browser, env.url, { serviceWorkers: 'allow' });
    await page.goto('/pflege/');
    await page.getByRole('heading', { level: 1, name: 'Daten pflegen' }).waitFor();
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
      return registration.scope;
    });
    assert.match(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope), /\/pflege\/$/);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Daten pflegen' }).waitFor();
    await page.getByRole('button', { name: 'Veröffentlichte Datei öffnen' }).click();
    await page.locator('#message .pf-alert').filter({ hasText: 'offline' }).waitFor();
    await context.setOffline(false);
    await context.close();
  });

  test('works in English, by keyboard alone', async () => {
    const { page, context } = await openWorkspace();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Keep the data' }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await page.getByRole('button', { name: 'Open the published file' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Work list' }).waitFor();
    await page.getByLabel('Search').focus();
    await page.keyboard.type('gemeindeschwester');
    const entry = page.getByRole('region', { name: /^Not checked/ }).getByRole('button', { name: /gemeindeschwester-plus/ });
    await entry.focus();
    await page.keyboard.press('Enter');
    // The form opens at the entry's first problem (its hours have no rule for holidays).
    await page.waitForFunction(() => document.activeElement?.id === 'hours-osm');
    await page.locator('#confirm-entry').focus();
    await page.keyboard.press('Enter');
    await page.locator('#entry-verified').filter({ hasText: `Last checked: ${today}.` }).waitFor();
    await expectNoAxeViolations(page, 'pflege: English, an entry confirmed');
    await context.close();
  });
});

describe('the settings of the visitors\' app', () => {
  test('the workspace takes over the text size, the colours and the language chosen there', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await page.goto('/info');
    await page.evaluate(() =>
      localStorage.setItem('wegweiser.settings', JSON.stringify({ text_size: 150, theme: 'contrast', language: 'en' })),
    );
    await page.goto('/pflege/');
    await page.getByRole('heading', { level: 1, name: 'Keep the data' }).waitFor();
    assert.equal(await page.getAttribute('html', 'data-text-size'), '150');
    assert.equal(await page.getAttribute('html', 'data-theme'), 'contrast');
    const size = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    assert.ok(size >= 28, `text at 150 %: ${size}px`);
    await expectNoAxeViolations(page, 'pflege: large text, high contrast');
    await context.close();
  });
});

describe('visitors', () => {
  test('the About page leads to the workspace (a page of its own), the kiosk does not', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await page.goto('/info');
    const link = page.getByRole('link', { name: 'Für Datenpflegende: die Einträge prüfen und ändern' });
    await link.click();
    await page.getByRole('heading', { level: 1, name: 'Daten pflegen' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/pflege/');
    await context.close();
    const kiosk = await openPage(env.browser, env.url);
    await kiosk.page.goto('/?kiosk=1');
    await kiosk.page.getByRole('button', { name: 'Berühren Sie den Bildschirm, um zu suchen' }).click();
    await kiosk.page.goto('/info');
    await kiosk.page.getByRole('heading', { level: 1 }).first().waitFor();
    await kiosk.page.getByRole('heading', { level: 2, name: 'Datenschutz' }).waitFor();
    assert.equal(await kiosk.page.getByRole('link', { name: /Datenpflegende/ }).count(), 0);
    await kiosk.context.close();
  });

  test('never download the workspace: not on the start page, not into the offline cache', async () => {
    const { page, context, requests } = await openPage(env.browser, env.url, { serviceWorkers: 'allow' });
    await page.goto('/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.goto('/suche');
    const precached = await page.evaluate(async () => {
      const names = await caches.keys();
      const urls = [];
      for (const name of names) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      return urls;
    });
    assert.ok(precached.length > 10, 'the visitors\' worker has precached the app');
    assert.deepEqual(precached.filter((url) => url.includes('/pflege/')), []);
    assert.deepEqual(requests.filter((url) => url.includes('/pflege/')), []);
    await context.close();
  });
});
