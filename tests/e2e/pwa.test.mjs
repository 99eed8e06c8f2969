// Works without network: installability, offline after one visit, dataset updates that
// never break the app, and app updates the user chooses. Each test serves its own copy of
// the build, so it can change files under a running server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { setTimeout as pause } from 'node:timers/promises';
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

/** Waits until a new version of the worker has installed and waits (polled: waitForFunction does not await a promise). */
async function newVersionWaiting(page) {
  const deadline = Date.now() + 15_000;
  while (!(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting)))) {
    assert.ok(Date.now() < deadline, 'the new version installs and waits');
    await pause(50); // a poll interval
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

test('offline after one visit: start page, a deep link, a search and another language all render', async () => {
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
    // A language never chosen before comes from the worker's cache.
    await page.goto(`${server.url}/einstellungen`);
    await page.waitForFunction(() => performance.getEntriesByName('wegweiser:live').length > 0);
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await context.close();
  });
});

/** What the worker keeps: the current dataset's date, and whether a pending or refused file is there. */
async function kept(page) {
  return page.evaluate(async () => {
    const name = (await caches.keys()).find((k) => k.startsWith('wegweiser-data-'));
    if (!name) return null;
    const cache = await caches.open(name);
    const current = await cache.match('/data/services.json');
    return {
      date: current ? JSON.parse(await current.text()).meta.data_date : null,
      pending: Boolean(await cache.match('/data/services.json?pending')),
      refused: Boolean(await cache.match('/data/services.json?refused')),
    };
  });
}

/** Waits until `kept(page)` satisfies `ok` (polling the caches, never a fixed time). */
async function keptUntil(page, ok, label) {
  const deadline = Date.now() + 15_000;
  let last;
  while (Date.now() < deadline) {
    last = await kept(page);
    if (last && ok(last)) return last;
    await pause(50); // a poll interval, not a wait for time to pass
  }
  assert.fail(`${label}: the worker keeps ${JSON.stringify(last)}`);
}

/** Records the worker's messages to the page from the start of every load. */
async function recordWorkerMessages(page) {
  await page.addInitScript(() => {
    window.__workerMessages = [];
    navigator.serviceWorker?.addEventListener('message', (event) => window.__workerMessages.push(event.data));
  });
}

test('finding 3: dataset updates are last-good; nothing the app cannot read is ever kept', async () => {
  await withBuild(async ({ dir, server, browser }) => {
    const dataPath = join(dir, 'data/services.json');
    const v1 = JSON.parse(readFileSync(dataPath, 'utf8'));
    const { page, context } = await openPage(browser, server.url, { serviceWorkers: 'allow' });
    await recordWorkerMessages(page);
    await visit(page, '/');
    await controlled(page);
    await page.getByText('Daten zusammengestellt am 22. November 2026').waitFor();
    await keptUntil(page, (k) => k.date === v1.meta.data_date, 'v1 kept');

    // v2 is read by the app and only then becomes the kept one.
    const v2 = structuredClone(v1);
    v2.meta.data_date = '2026-01-15';
    writeFileSync(dataPath, JSON.stringify(v2));
    await page.reload();
    await page.getByText('Daten zusammengestellt am 15. Januar 2026').waitFor({ timeout: 15000 });
    await keptUntil(page, (k) => k.date === '2026-01-15' && !k.pending, 'v2 accepted');

    // Files the worker's own check refuses: never pending, never current.
    const withoutHelp = structuredClone(v2);
    delete withoutHelp.meta.help;
    const refusedByWorker = [
      ['malformed JSON', '{"schema_version": 1, "meta": {'],
      ['schema_version 1.0', JSON.stringify(v2).replace('"schema_version":1', '"schema_version":1.0')],
      ['no meta.help', JSON.stringify(withoutHelp)],
      ['services: [{"id": 1}]', JSON.stringify({ ...v2, services: [{ id: 1 }] })],
    ];
    for (const [label, text] of refusedByWorker) {
      writeFileSync(dataPath, text);
      await page.reload();
      await page.waitForFunction(() => window.__workerMessages.some((m) => m.type === 'data-refused'), null, { timeout: 15000 });
      await page.getByText('Daten zusammengestellt am 15. Januar 2026').waitFor();
      assert.equal(await page.getByRole('alert').count(), 0, `${label}: no error for the user`);
      const k = await kept(page);
      assert.deepEqual([k.date, k.pending], ['2026-01-15', false], `${label}: v2 stays`);
    }

    // A file that passes the worker's check but not the app's loader (no service has a
    // source): pending until the app has tried it, then dropped, and not offered again.
    const unreadable = { ...v2, meta: { ...v2.meta, data_date: '2026-02-01' }, services: v2.services.map(({ source, ...rest }) => rest) };
    writeFileSync(dataPath, JSON.stringify(unreadable));
    await page.reload();
    await keptUntil(page, (k) => k.refused && !k.pending, 'the app refused it');
    assert.equal((await kept(page)).date, '2026-01-15');
    await page.getByText('Daten zusammengestellt am 15. Januar 2026').waitFor();
    assert.equal(await page.getByRole('alert').count(), 0, 'no error for the user');
    await page.reload();
    await page.waitForFunction(() => window.__workerMessages.some((m) => m.type === 'data-refused'), null, { timeout: 15000 });
    await page.getByText('Daten zusammengestellt am 15. Januar 2026').waitFor();
    assert.ok(!(await page.evaluate(() => window.__workerMessages.some((m) => m.type === 'data-updated'))), 'not offered again');
    await context.close();
  });
});

/**
 * Version B of the app: its start page and its app shell (the page of every address with a
 * query, such as the kiosk's `/?kiosk=1`) carry a mark.
 */
function markBuildB(dir) {
  for (const name of ['index.html', 'app.html']) {
    const file = join(dir, name);
    writeFileSync(file, readFileSync(file, 'utf8').replace('<head>', '<head>\n    <meta name="wegweiser-build" content="B" />'));
  }
}

test('finding 10: a kiosk updates itself at its next reset', async () => {
  await withBuild(async ({ dir, server, browser }) => {
    const { page, context } = await openPage(browser, server.url, { serviceWorkers: 'allow', hasTouch: true, viewport: { width: 1080, height: 1920 } });
    await page.goto('/?kiosk=1');
    const attract = page.getByRole('button', { name: 'Berühren Sie den Bildschirm, um zu suchen' });
    await attract.waitFor();
    await controlled(page);
    // Version B is deployed; the kiosk's next load finds it, and it waits.
    markBuildB(dir);
    writeServiceWorker(dir);
    await page.reload();
    await attract.waitFor();
    await newVersionWaiting(page);
    assert.equal(await page.locator('meta[name="wegweiser-build"]').count(), 0, 'still A');
    // Nobody presses "update now" on a kiosk: the reset lets B take over.
    await attract.tap();
    await page.getByRole('button', { name: 'Neu beginnen' }).tap();
    await page.locator('meta[name="wegweiser-build"][content="B"]').waitFor({ state: 'attached', timeout: 15000 });
    await attract.waitFor();
    assert.equal(new URL(page.url()).searchParams.get('kiosk'), '1');
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
    markBuildB(dir);
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

/** The caches' keys, by cache name (the origin left out). */
async function cacheKeys(page) {
  return page.evaluate(async () => {
    const kept = {};
    for (const name of await caches.keys()) {
      kept[name] = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
    }
    return kept;
  });
}

test('finding 26: the shell is precached, a service page is kept once visited, an update fetches only what changed', async () => {
  await withBuild(async ({ dir, server, browser }) => {
    const { page, context } = await openPage(browser, server.url, { serviceWorkers: 'allow' });
    // What the worker itself fetches (its install, its first visits), by path.
    const fetchedByWorker = [];
    context.on('request', (request) => {
      if (request.serviceWorker()) fetchedByWorker.push(new URL(request.url()).pathname);
    });
    await visit(page, '/');
    await controlled(page);
    let keys = await cacheKeys(page);
    const shellName = Object.keys(keys).find((k) => k.startsWith('wegweiser-shell-'));
    const shell = keys[shellName];
    for (const top of ['/index.html', '/app.html', '/suche/index.html', '/suche/need/pflege.html', '/info/index.html']) {
      assert.ok(shell.includes(top), `${top} is precached`);
    }
    assert.deepEqual(shell.filter((p) => p.startsWith('/service/')), [], 'no service page is precached');
    assert.ok(!fetchedByWorker.some((p) => p.startsWith('/service/')));

    // A service's page, first visited online: the server's page rendered at build time, kept.
    const visited = '/service/seniorenbeirat-sprechstunde';
    const first = await page.goto(visited);
    assert.match(await first.text(), /<h1[^>]*>Seniorenbeirat – Beratungssprechstunde</, 'the page rendered at build time');
    assert.ok(fetchedByWorker.includes(`${visited}/index.html`));
    keys = await cacheKeys(page);
    const pagesName = Object.keys(keys).find((k) => k.startsWith('wegweiser-pages-'));
    assert.deepEqual(keys[pagesName], [`${visited}/index.html`]);

    // Version B changes two pages: its worker fetches those (and the dataset), and copies
    // every other file from the cache it already has.
    markBuildB(dir);
    writeServiceWorker(dir);
    fetchedByWorker.length = 0;
    await page.reload();
    await newVersionWaiting(page);
    const installed = fetchedByWorker.filter((p) => p !== '/sw.js' && p !== '/data/services.json').sort();
    assert.deepEqual(installed, ['/app.html', '/index.html']);

    // Offline: the visited page comes from the worker as it was rendered; one never visited
    // is rendered by the app from the dataset it keeps.
    await server.stop();
    await context.setOffline(true);
    const again = await page.goto(visited);
    assert.match(await again.text(), /<h1[^>]*>Seniorenbeirat – Beratungssprechstunde</);
    await page.goto('/service/betreuungsverein-awo');
    await page.getByRole('heading', { level: 1, name: 'Betreuungsverein der AWO' }).waitFor();
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
