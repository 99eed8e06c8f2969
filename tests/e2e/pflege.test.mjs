// The keepers' workspace (/pflege/, crates/pflege) in Chromium against the release build:
// the same findings as `check`, a keeper's session with the draft kept on the device, bad
// files refused without touching the draft, accessibility in every state, and that
// visitors never download any of it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

  test("a keeper's session: fix an error, confirm an entry, get the draft back, download a file check accepts", async () => {
    const { page, context, errors, requests } = await openWorkspace();
    await expectNoAxeViolations(page, 'pflege: empty');
    // A copy of the published file with one error: a phone number that cannot be dialled.
    const broken = structuredClone(published);
    const phoneOwner = broken.services.findIndex((s) => s.contacts?.some((c) => c.phone));
    const good = broken.services[phoneOwner].contacts.find((c) => c.phone).phone;
    broken.services[phoneOwner].contacts.find((c) => c.phone).phone = '12';
    await openFile(page, 'services.json', Buffer.from(JSON.stringify(broken, null, 2) + '\n'));
    await expectNoAxeViolations(page, 'pflege: opened');

    // The error is first in the work list; its entry opens with the finding.
    const errorsGroup = page.getByRole('region', { name: /^Fehler/ });
    await errorsGroup.getByRole('button').first().click();
    const panel = page.locator('.pf-entry-panel');
    await panel.locator('#entry-findings').filter({ hasText: '"12" is not a phone number' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'entry-title');
    await expectNoAxeViolations(page, 'pflege: an entry with an error');
    const editor = page.getByLabel('Der Eintrag als JSON');
    await editor.fill((await editor.inputValue()).replace('"12"', JSON.stringify(good)));
    await page.getByRole('button', { name: 'Übernehmen' }).click();
    await page.getByRole('region', { name: /^Fehler/ }).waitFor({ state: 'detached' });

    // "Stimmt noch" for another entry.
    const unchecked = page.getByRole('region', { name: /^Seit 12 Monaten oder nie geprüft/ });
    const before = Number(await unchecked.locator('.pf-count').textContent());
    const confirmed = unchecked.getByRole('button', { name: /gemeindeschwester-plus/ });
    await confirmed.click();
    await page.getByRole('button', { name: 'Stimmt noch (heute geprüft)' }).click();
    await panel.getByText(`Zuletzt geprüft: ${today}.`).waitFor();
    assert.equal(Number(await unchecked.locator('.pf-count').textContent()), before - 1);
    await page.locator('#draft-state').filter({ hasText: 'Auf diesem Gerät gesichert' }).waitFor();

    // Reloaded, the page offers the draft back.
    await page.reload();
    const offered = page.getByRole('region', { name: 'Ihr Entwurf ist noch da' });
    await offered.waitFor();
    await expectNoAxeViolations(page, 'pflege: draft offered');
    await offered.getByRole('button', { name: 'Mit dem Entwurf weiterarbeiten' }).click();
    assert.equal(await page.getByRole('region', { name: /^Fehler/ }).count(), 0, 'the fix came back');
    // Undo takes the confirmation back, redo does it again.
    await page.getByRole('button', { name: 'Rückgängig' }).click();
    await page.getByRole('region', { name: /^Seit 12 Monaten/ }).locator('.pf-count').filter({ hasText: String(before) }).waitFor();
    await page.getByRole('button', { name: 'Wiederholen' }).click();
    await page.getByRole('region', { name: /^Seit 12 Monaten/ }).locator('.pf-count').filter({ hasText: String(before - 1) }).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Datei herunterladen' }).click()]);
    assert.equal(download.suggestedFilename(), 'services.json');
    const dir = mkdtempSync(join(tmpdir(), 'wegweiser-pflege-'));
    const saved = join(dir, 'services.json');
    await download.saveAs(saved);
    const findings = check(saved);
    assert.deepEqual(findings.filter(([severity]) => severity === 'error'), [], 'the downloaded file passes check --strict');
    const file = JSON.parse(readFileSync(saved, 'utf8'));
    assert.equal(file.services.find((s) => s.id === 'gemeindeschwester-plus').last_verified, today);
    assert.equal(file.services[phoneOwner].contacts.find((c) => c.phone).phone, good);
    await page.locator('#draft-state').filter({ hasText: 'Zuletzt heruntergeladen: ' }).filter({ hasNotText: 'noch nie' }).waitFor();
    assert.deepEqual(requests.filter((url) => !url.startsWith(env.url) && !url.startsWith('blob:')), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a file that is not a dataset is refused with a clear message, and the draft stays untouched', async () => {
    const { page, context, errors } = await openWorkspace();
    await page.getByRole('button', { name: 'Veröffentlichte Datei öffnen' }).click();
    await page.locator('#message').filter({ hasText: `ist geöffnet: ${published.services.length} Angebote` }).waitFor();
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
    await page.getByRole('button', { name: 'Datei herunterladen' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'gibt-es-nicht' });
    await alert.waitFor();
    await expectNoAxeViolations(page, 'pflege: a download held back');
    assert.equal(downloads, 0);
    const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Trotzdem herunterladen' }).click()]);
    assert.equal(download.suggestedFilename(), 'services.json');
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
    await page.waitForFunction(() => document.activeElement?.id === 'entry-title');
    await page.getByRole('button', { name: 'Still correct (checked today)' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText(`Last checked: ${today}.`).waitFor();
    await expectNoAxeViolations(page, 'pflege: English, an entry confirmed');
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
