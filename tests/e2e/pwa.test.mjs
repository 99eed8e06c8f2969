// Works without network: installability, offline after one visit, dataset updates that
// never break the app, and app updates the user chooses. Each test serves its own copy of
// the build, so it can change files under a running server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch, launchPersistent, openPage } from './support/browser.mjs';
import { startServer, ROOT } from './support/server.mjs';
import { visit } from './support/views.mjs';
import { writeServiceWorker } from '../../scripts/pwa/precache.mjs';

const DIST = resolve(ROOT, 'dist');

function copyOfBuild() {
  const dir = mkdtempSync(join(tmpdir(), 'wegweiser-pwa-'));
  cpSync(DIST, dir, { recursive: true });
  return dir;
}

async function withBuild(fn) {
  const dir = copyOfBuild();
  const server = await startServer(dir);
  const browser = await launch();
  try {
    await fn({ dir, server, browser });
  } finally {
    await browser.close();
    await server.stop();
  }
}

async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15000 });
}

test('installable: the manifest is complete and Chromium reports no installability errors', async () => {
  await withBuild(async ({ server }) => {
    const context = await launchPersistent(mkdtempSync(join(tmpdir(), 'wegweiser-profile-')), { baseURL: server.url });
    const page = context.pages()[0] ?? (await context.newPage());
    await visit(page, '/');
    await controlled(page);
    const manifest = await (await fetch(`${server.url}/manifest.webmanifest`)).json();
    assert.equal(manifest.name, 'Wegweiser Kaiserslautern');
    assert.equal(manifest.lang, 'de');
    assert.equal(manifest.display, 'standalone');
    const sizes = manifest.icons.map((i) => `${i.sizes} ${i.purpose}`).sort();
    assert.deepEqual(sizes, ['192x192 any', '192x192 maskable', '512x512 any', '512x512 maskable']);
    assert.deepEqual(manifest.shortcuts.map((s) => s.url), ['/suche', '/merkliste']);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, []);
    await context.close();
  });
});

test('offline after one visit: start page, a deep link and a search all render with data', async () => {
  await withBuild(async ({ server, browser }) => {
    const { page, context } = await openPage(browser, server.url, { serviceWorkers: 'allow' });
    await visit(page, '/');
    await controlled(page);
    await server.stop(); // really gone, for the page and the worker alike
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Hilfe und Angebote in Kaiserslautern' }).waitFor();
    await page.getByRole('status').getByText('Sie sind offline.').waitFor();
    await page.goto(`${server.url}/service/seniorenbeirat-sprechstunde`);
    await page.getByRole('heading', { level: 1, name: 'Seniorenbeirat – Beratungssprechstunde' }).waitFor();
    await page.goto(`${server.url}/suche?q=Betreuungsverein`);
    await page.getByRole('status').filter({ hasText: /\d+ Angebote/ }).waitFor();
    await page.getByRole('link', { name: 'Betreuungsverein der AWO', exact: true }).waitFor();
    await page.getByRole('status').getByText('Sie sind offline.').waitFor();
    await context.close();
  });
});

test('dataset updates: v2 replaces v1 after revalidation; a malformed v3 keeps v2 quietly', async () => {
  await withBuild(async ({ dir, server, browser }) => {
    const dataPath = join(dir, 'data/services.json');
    const v1 = JSON.parse(readFileSync(dataPath, 'utf8'));
    const { page, context } = await openPage(browser, server.url, { serviceWorkers: 'allow' });
    await visit(page, '/');
    await controlled(page);
    await page.getByText('Daten vom 20. November 2025').waitFor();

    const v2 = structuredClone(v1);
    v2.meta.data_date = '2026-01-15';
    writeFileSync(dataPath, JSON.stringify(v2));
    await page.reload();
    await page.getByText('Daten vom 15. Januar 2026').waitFor({ timeout: 15000 });

    writeFileSync(dataPath, '{"schema_version": 1, "meta": {');
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForTimeout(1500); // let the worker revalidate and refuse v3
    await page.getByText('Daten vom 15. Januar 2026').waitFor();
    assert.equal(await page.getByRole('alert').count(), 0, 'no error for the user');
    await page.reload();
    await page.getByText('Daten vom 15. Januar 2026').waitFor();
    await context.close();
  });
});

test('app update: the new version waits, the user updates, old caches are gone', async () => {
  await withBuild(async ({ dir, server, browser }) => {
    const { page, context } = await openPage(browser, server.url, { serviceWorkers: 'allow' });
    await visit(page, '/');
    await controlled(page);
    const before = await page.evaluate(() => caches.keys());
    const oldShell = before.find((k) => k.startsWith('wegweiser-shell-'));
    assert.ok(oldShell, `a shell cache: ${before}`);

    // Deploy version B: a changed page and a new worker with a new precache list.
    const index = join(dir, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace('<head>', '<head>\n    <meta name="wegweiser-build" content="B" />'));
    const { version } = writeServiceWorker(dir);
    assert.ok(!oldShell.endsWith(version));

    await page.reload();
    const update = page.getByRole('button', { name: 'Jetzt aktualisieren' });
    await update.waitFor({ timeout: 15000 });
    await page.getByText('Neue Version verfügbar').waitFor();
    // Until the user chooses, the old version is still what is served.
    assert.equal(await page.locator('meta[name="wegweiser-build"]').count(), 0);
    await Promise.all([page.waitForEvent('load'), update.click()]);
    await page.getByRole('heading', { level: 1 }).waitFor();
    assert.equal(await page.locator('meta[name="wegweiser-build"]').getAttribute('content'), 'B');
    const after = await page.evaluate(() => caches.keys());
    assert.ok(after.includes(`wegweiser-shell-${version}`), `${after}`);
    assert.ok(!after.includes(oldShell), `the old shell cache is removed: ${after}`);
    await context.close();
  });
});

test('without service workers the app still works (just not offline)', async () => {
  await withBuild(async ({ server, browser }) => {
    const { page, context } = await openPage(browser, server.url, { serviceWorkers: 'block' });
    await page.addInitScript(() => { delete Navigator.prototype.serviceWorker; });
    await visit(page, '/suche');
    await page.getByRole('status').filter({ hasText: /\d+ Angebote/ }).waitFor();
    await context.close();
  });
});

test('the precache check fails when a built file is missing from the list', () => {
  const ok = spawnSync('node', ['scripts/pwa/check-precache.mjs', DIST], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(ok.status, 0, ok.stderr);
  const dir = copyOfBuild();
  appendFileSync(join(dir, 'extra.js'), '// not in the list\n');
  const bad = spawnSync('node', ['scripts/pwa/check-precache.mjs', dir], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /built but not precached: extra\.js/);
});
