// The first vertical slice against the release build served by nginx: loading, the list of
// services, deep links, not found, a broken or unreachable dataset, the server's headers,
// and that no request leaves the origin. Elements are found by role and name.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LIVE, openPage, serveAndBrowse } from './support/browser.mjs';
import { startServer, ROOT } from './support/server.mjs';
import { expectNoAxeViolations } from './support/axe.mjs';

const dataset = JSON.parse(readFileSync(resolve(ROOT, 'public/data/services.json'), 'utf8'));
const firstService = dataset.services[0];
const nameOf = (text) => (typeof text === 'string' ? text : text.de);

const env = serveAndBrowse(before, after, startServer);

describe('start page', () => {
  test('issue 29, finding 20: another city\'s needs get a fitting icon from their words, or none, never an empty shape', async () => {
    const dortmund = readFileSync(resolve(ROOT, 'tests/fixtures/dortmund.json'), 'utf8');
    assert.ok(!JSON.parse(dortmund).needs.some((n) => n.icon), 'the Dortmund file names no icon');
    const { page, context } = await openPage(env.browser, env.url);
    await page.route('**/data/services.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: dortmund }));
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Hilfe und Angebote in Dortmund' }).waitFor();
    const tiles = await page.locator('.ww-tile').evaluateAll((links) =>
      links.map((a) => ({ name: a.textContent.trim(), icon: a.querySelector('svg path')?.getAttribute('d') ?? null })),
    );
    const icon = (name) => tiles.find((t) => t.name === name)?.icon;
    const bundled = JSON.parse(readFileSync(resolve(ROOT, 'public/data/services.json'), 'utf8'));
    assert.equal(tiles.length, 8, JSON.stringify(tiles));
    assert.equal(icon('Für lesbische, schwule, bi, trans und queere Menschen'), null, 'no icon fits: none');
    for (const name of ['Beratung', 'Treffen und Freizeit', 'Pflege', 'Demenz', 'Ehrenamt', 'Migration und Sprache', 'Hilfe zu Hause']) {
      assert.ok(icon(name), `${name}: an icon`);
    }
    assert.equal(new Set(tiles.map((t) => t.icon).filter(Boolean)).size, 7, 'each its own');
    assert.ok(!tiles.some((t) => t.icon === 'M12 5a7 7 0 1 0 0 14a7 7 0 1 0 0-14'), 'no empty circle');
    // The same drawings as the bundled city, which names its icons itself.
    await page.unroute('**/data/services.json');
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Hilfe und Angebote in Kaiserslautern' }).waitFor();
    const named = await page.locator('.ww-tile').evaluateAll((links) =>
      Object.fromEntries(links.map((a) => [a.textContent.trim(), a.querySelector('svg path')?.getAttribute('d')])),
    );
    assert.equal(Object.keys(named).length, bundled.needs.filter((n) => !n.parent).length);
    for (const name of ['Beratung', 'Pflege', 'Demenz', 'Ehrenamt', 'Hilfe zu Hause']) assert.equal(icon(name), named[name], name);
    await context.close();
  });

  test('loads the bundled dataset: the start page names the city, all services are listed', async () => {
    const { page, context, requests, errors } = await openPage(env.browser, env.url);
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Hilfe und Angebote in Kaiserslautern' }).waitFor();
    assert.match(await page.title(), /Wegweiser Kaiserslautern/);
    await page.getByRole('link', { name: 'Wegweiser Kaiserslautern', exact: true }).waitFor();
    await expectNoAxeViolations(page, 'start page');
    await page.goto('/suche');
    const status = page.getByRole('status').filter({ hasText: 'Angebote' });
    await assert.doesNotReject(status.filter({ hasText: `${dataset.services.length} Angebote` }).waitFor());
    for (const service of dataset.services) {
      await page.getByRole('link', { name: nameOf(service.name), exact: true }).waitFor();
    }
    assert.equal(await page.getAttribute('html', 'lang'), 'de');
    assert.match(await page.title(), /^Angebote – Wegweiser/);
    assert.equal(await page.getByRole('main').count(), 1);
    assert.equal(await page.getByRole('banner').count(), 1);
    assert.equal(await page.getByRole('contentinfo').count(), 1);
    const foreign = requests.filter((url) => !url.startsWith(env.url));
    assert.deepEqual(foreign, [], 'no request may leave the app origin');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the skip link is the first tab stop and moves focus to the main content', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
    assert.equal(await skip.evaluate((el) => el === document.activeElement), true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'main');
    await context.close();
  });

  test('the help contact is a tel: link in the footer', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await page.goto('/');
    const call = page.getByRole('contentinfo').getByRole('link', { name: /Anrufen/ });
    await call.waitFor();
    assert.equal(await call.getAttribute('href'), 'tel:+496313650');
    await context.close();
  });
});

describe('routes', () => {
  test('a deep link to a service survives a reload (SPA fallback)', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await page.goto(`/service/${firstService.id}`);
    const heading = page.getByRole('heading', { level: 1, name: nameOf(firstService.name) });
    await heading.waitFor();
    await page.reload();
    await heading.waitFor();
    await expectNoAxeViolations(page, 'service page');
    await context.close();
  });

  test('following a link from the list opens the service, and back returns', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await page.goto('/suche');
    await page.getByRole('link', { name: nameOf(firstService.name), exact: true }).click();
    await page.getByRole('heading', { level: 1, name: nameOf(firstService.name) }).waitFor();
    assert.equal(new URL(page.url()).pathname, `/service/${firstService.id}`);
    await page.goBack();
    await page.getByRole('status').filter({ hasText: `${dataset.services.length} Angebote` }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/suche');
    await context.close();
  });

  test('the app moves between its pages itself: address, current link, focus, back and forward', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await page.goto('/');
    // Survives only as long as no page is loaded.
    await page.evaluate(() => (window.sameDocument = true));
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    const current = async () => nav.locator('[aria-current="page"]').allTextContents();
    assert.deepEqual(await current(), ['Start']);

    await page.evaluate(() => window.scrollTo(0, 400));
    assert.ok((await page.evaluate(() => window.scrollY)) > 0, 'the start page scrolls');
    await nav.getByRole('link', { name: 'Über den Wegweiser' }).click();
    await page.getByRole('heading', { level: 1, name: 'Über den Wegweiser' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/info');
    assert.deepEqual(await current(), ['Über den Wegweiser']);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main', 'focus starts at the new page');
    assert.equal(await page.evaluate(() => window.scrollY), 0, 'the new page is shown from its top');

    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Hilfe und Angebote in Kaiserslautern' }).waitFor();
    assert.deepEqual(await current(), ['Start']);
    await page.goForward();
    await page.getByRole('heading', { level: 1, name: 'Über den Wegweiser' }).waitFor();
    assert.equal(await page.evaluate(() => window.sameDocument), true, 'no page was loaded');

    // A click with Ctrl opens the link in a new tab, as the browser does; this page stays.
    const opened = context.waitForEvent('page');
    await nav.getByRole('link', { name: 'Einstellungen' }).click({ modifiers: ['Control'] });
    const tab = await opened;
    await tab.waitForURL(/\/einstellungen$/);
    assert.equal(new URL(page.url()).pathname, '/info');
    await context.close();
  });

  for (const path of ['/gibt-es-nicht', '/service/entfernt-oder-unbekannt']) {
    test(`${path} shows a friendly not-found page with a way back`, async () => {
      const { page, context } = await openPage(env.browser, env.url);
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: 'Diese Seite gibt es nicht' }).waitFor();
      await expectNoAxeViolations(page, `not found ${path}`);
      await page.getByRole('link', { name: 'Zur Startseite' }).click();
      await page.getByRole('heading', { level: 1, name: 'Hilfe und Angebote in Kaiserslautern' }).waitFor();
      await context.close();
    });
  }
});

describe('a dataset that cannot be used', () => {
  // Issue 29, finding 5: on a page rendered at build time the page stays, readable, with a
  // notice of the failure and a retry at its top; elsewhere the failure is the page.
  test('a malformed file: the page stays with a German notice, and retry takes over', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await page.route('**/data/services.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{\n  "schema_version": 1,\n  "meta": {' }),
    );
    await page.gotoPrerendered('/');
    const alert = page.getByRole('alert');
    await alert.getByRole('heading', { level: 2, name: 'Die Angebote konnten nicht geladen werden' }).waitFor();
    assert.match(await alert.innerText(), /beschädigt \(Zeile 3, Spalte \d+\)/);
    await page.waitForSelector('html[data-app="data-failed"]', { state: 'attached' });
    await page.getByRole('heading', { level: 1, name: 'Hilfe und Angebote in Kaiserslautern' }).waitFor();
    assert.ok(await page.getByRole('searchbox', { name: 'Wonach suchen Sie?' }).isVisible(), 'the page is still there');
    assert.equal(await page.locator('main .ww-load-error').count(), 1, 'at the top of the page\'s content');
    await expectNoAxeViolations(page, 'error malformed dataset');
    await page.unroute('**/data/services.json');
    await page.getByRole('button', { name: 'Noch einmal versuchen' }).click();
    await page.waitForSelector(LIVE, { state: 'attached' });
    await page.getByRole('heading', { level: 1, name: 'Hilfe und Angebote in Kaiserslautern' }).waitFor();
    assert.equal(await page.getByRole('alert').count(), 0);
    await context.close();
  });

  test('a retry that fails again shows one notice, the new one', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await page.route('**/data/services.json', (route) => route.fulfill({ status: 503, body: 'down' }));
    await page.gotoPrerendered(`/service/${firstService.id}`);
    await page.getByRole('alert').getByText('Fehler 503').waitFor();
    await page.unroute('**/data/services.json');
    await page.route('**/data/services.json', (route) => route.abort('internetdisconnected'));
    await page.getByRole('button', { name: 'Noch einmal versuchen' }).click();
    await page.getByRole('alert').getByText('Es besteht gerade keine Verbindung').waitFor();
    assert.equal(await page.getByRole('alert').count(), 1);
    await page.getByRole('heading', { level: 1, name: nameOf(firstService.name) }).waitFor();
    await context.close();
  });

  test('a page without data (the settings) is taken over and works when the data fails', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await page.route('**/data/services.json', (route) => route.fulfill({ status: 503, body: 'down' }));
    await page.gotoPrerendered('/einstellungen');
    await page.waitForSelector(LIVE, { state: 'attached' });
    await page.getByRole('radio', { name: '150 %' }).check();
    await page.waitForFunction(() => document.documentElement.getAttribute('data-text-size') === '150');
    await context.close();
  });

  test('an unreachable file says there is no connection', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await page.route('**/data/services.json', (route) => route.abort('internetdisconnected'));
    await page.gotoPrerendered('/');
    await page.getByRole('alert').getByText('Es besteht gerade keine Verbindung').waitFor();
    await context.close();
  });

  test('a server error names the status; on a page not rendered at build time it is the page', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await page.route('**/data/services.json', (route) => route.fulfill({ status: 503, body: 'down' }));
    await page.goto(`/wochenplan?ids=${firstService.id}`);
    const alert = page.getByRole('alert');
    await alert.getByText('Fehler 503').waitFor();
    await alert.getByRole('heading', { level: 1, name: 'Die Angebote konnten nicht geladen werden' }).waitFor();
    await expectNoAxeViolations(page, 'error on a page of the app alone');
    await context.close();
  });

  test('one broken entry is left out and the rest still shows', async () => {
    const broken = structuredClone(dataset);
    broken.services[1].name = 42;
    const { page, context } = await openPage(env.browser, env.url);
    await page.route('**/data/services.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(broken) }),
    );
    await page.goto('/suche');
    await page.getByRole('status').filter({ hasText: `${dataset.services.length - 1} Angebote` }).waitFor();
    await page.getByText('1 Eintrag in den Daten ist fehlerhaft').waitFor();
    await context.close();
  });
});

/** The app's wasm file, as the page's loader script names it. */
async function wasmOf(html) {
  const loader = html.match(/<script type="module" src="\/([^"]+)"/)[1];
  return (await (await fetch(`${env.url}/${loader}`)).text()).match(/'\/([^']+_bg\.wasm)'/)[1];
}

describe('the static server (deploy/nginx-site.conf)', () => {
  test('serves wasm with its MIME type, revalidates data and index, caches hashed files', async () => {
    const index = await fetch(env.url + '/');
    assert.equal(index.status, 200);
    assert.match(index.headers.get('cache-control'), /no-cache/);
    assert.match(index.headers.get('content-security-policy'), /default-src 'self'/);
    const html = await index.text();
    assert.doesNotMatch(html, /<script(?![^>]*\ssrc=)[^>]*>/, 'no inline scripts');
    const wasmName = await wasmOf(html);
    const wasm = await fetch(`${env.url}/${wasmName}`);
    assert.equal(wasm.headers.get('content-type'), 'application/wasm');
    assert.match(wasm.headers.get('cache-control'), /immutable/);
    const data = await fetch(env.url + '/data/services.json');
    assert.equal(data.headers.get('content-type'), 'application/json');
    assert.equal(data.headers.get('cache-control'), 'no-cache');
  });

  test('the CSP comes as a header and, for hosts without headers, as a <meta> that agrees (issue 29, finding 18)', async () => {
    for (const address of ['/', '/service/gemeindeschwester-plus', '/service/irgendwas']) {
      const answer = await fetch(env.url + address);
      const header = answer.headers.get('content-security-policy');
      const meta = (await answer.text()).match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
      assert.ok(meta, `${address}: a <meta> policy`);
      const withoutFrames = header.split(';').map((d) => d.trim()).filter((d) => d && !d.startsWith('frame-ancestors')).join('; ');
      assert.equal(meta, withoutFrames, address);
      assert.doesNotMatch(header, /img-src[^;]*data:/, 'no data: images: nothing needs them');
    }
  });

  test('dotfiles are never served, .well-known/ is (issue 29, finding 18)', async () => {
    // A deployment's leftovers, in a copy of the build.
    const dir = mkdtempSync(join(tmpdir(), 'wegweiser-dotfiles-'));
    cpSync(resolve(ROOT, 'dist'), dir, { recursive: true });
    mkdirSync(join(dir, '.git'));
    mkdirSync(join(dir, '.well-known'));
    writeFileSync(join(dir, '.env'), 'SECRET=1\n');
    writeFileSync(join(dir, '.git/config'), '[core]\n');
    writeFileSync(join(dir, 'service/.hidden'), 'x\n');
    writeFileSync(join(dir, '.well-known/security.txt'), 'Contact: mailto:x@example.org\n');
    const server = await startServer(dir);
    try {
      for (const dotfile of ['/.env', '/.git/config', '/service/.hidden']) {
        assert.equal((await fetch(server.url + dotfile)).status, 404, dotfile);
      }
      assert.equal((await fetch(server.url + '/.well-known/security.txt')).status, 200);
    } finally {
      await server.stop();
    }
  });

  test('deep links get their page or the app shell; missing files get a real 404', async () => {
    const deep = await fetch(env.url + '/service/irgendwas');
    assert.equal(deep.status, 200);
    const shell = await deep.text();
    assert.match(shell, /<title>/);
    assert.doesNotMatch(shell, /<main/, 'an unknown service gets the empty app shell');
    const page = await (await fetch(env.url + '/service/gemeindeschwester-plus')).text();
    assert.match(page, /<h1 class="ww-page-title">Gemeindeschwester plus – Sprechstunde<\/h1>/);
    assert.equal((await fetch(env.url + '/data/nicht-da.json')).status, 404);
    assert.equal((await fetch(env.url + '/wegweiser-0000000000000000_bg.wasm')).status, 404);
  });

  test('finding 12: a 404 for a hashed file is never cached for a year', async () => {
    const missing = await fetch(env.url + '/wegweiser-0000000000000000_bg.wasm');
    assert.equal(missing.status, 404);
    assert.equal(missing.headers.get('cache-control'), 'no-cache');
    const wasmName = await wasmOf(await (await fetch(env.url + '/')).text());
    const etag = (await fetch(`${env.url}/${wasmName}`)).headers.get('etag');
    const revalidated = await fetch(`${env.url}/${wasmName}`, { headers: { 'if-none-match': etag } });
    assert.equal(revalidated.status, 304);
    assert.match(revalidated.headers.get('cache-control'), /immutable/, 'a 304 keeps the long lifetime');
  });

  test('issue 29, finding 18: the workers that answer requests do not run as root', async () => {
    const prefix = mkdtempSync(join(tmpdir(), 'wegweiser-nginx-user-'));
    const server = await startServer(undefined, { prefix });
    try {
      assert.equal((await fetch(server.url + '/')).status, 200, 'the workers can read the site');
      const master = readFileSync(join(prefix, 'nginx.pid'), 'utf8').trim();
      const users = execFileSync('ps', ['-o', 'user=', '--ppid', master], { encoding: 'utf8' }).split('\n').map((u) => u.trim()).filter(Boolean);
      assert.ok(users.length >= 1, `workers of ${master}`);
      assert.deepEqual(users.filter((u) => u === 'root'), [], `worker users: ${users}`);
    } finally {
      await server.stop();
    }
  });

  test('finding 13: the deployed file logs no request; security headers', async () => {
    const prefix = mkdtempSync(join(tmpdir(), 'wegweiser-nginx-logs-'));
    const server = await startServer(undefined, { prefix });
    try {
      for (const path of ['/suche?q=Geheimsuche', '/merkliste?ids=geheime-liste', '/nicht-da-geheim.js']) {
        await (await fetch(server.url + path)).arrayBuffer();
      }
      const response = await fetch(server.url + '/');
      assert.equal(response.headers.get('server'), 'nginx', 'server_tokens off: no version');
      assert.equal(response.headers.get('cross-origin-opener-policy'), 'same-origin');
      const policy = response.headers.get('permissions-policy');
      for (const feature of ['geolocation', 'camera', 'microphone', 'payment', 'usb', 'browsing-topics', 'interest-cohort']) {
        assert.match(policy, new RegExp(`(^|, )${feature}=\\(\\)`), feature);
      }
    } finally {
      await server.stop();
    }
    const logs = join(prefix, 'logs');
    const written = existsSync(logs) ? readdirSync(logs).map((f) => readFileSync(join(logs, f), 'utf8')).join('') : '';
    assert.doesNotMatch(written, /Geheim|geheim/, 'no search or shortlist in a log');
  });
});
describe('crash screen', () => {
  // A panic stops the release build's wasm with a trap: a WebAssembly.RuntimeError thrown
  // out of an event handler, a timer or a task, or rejecting a promise. The tests throw one
  // the same ways.
  test('a crash shows a calm message whose link loads the start page anew', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await page.goto(`/service/${firstService.id}`);
    const name = page.getByRole('heading', { level: 1, name: nameOf(firstService.name) });
    await name.waitFor();
    await page.evaluate(() => (window.sameDocument = true));
    // An error of another kind is not a crash of the app.
    await page.evaluate(() => setTimeout(() => { throw new TypeError('not the app'); }));
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
    assert.ok(await name.isVisible());

    await page.evaluate(() => setTimeout(() => { throw new WebAssembly.RuntimeError('unreachable'); }));
    const sorry = 'Entschuldigung, hier ist etwas schiefgelaufen.';
    await page.getByRole('heading', { level: 1, name: sorry }).waitFor();
    assert.equal(await page.locator('html').getAttribute('data-app'), 'crashed');
    assert.equal(await page.title(), sorry);
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1', 'a screen reader starts at the message');
    assert.equal(await page.locator('.ww-crash').getAttribute('lang'), 'de');
    assert.equal(await page.locator('meta[http-equiv="refresh"]').count(), 0, 'a person reloads');
    await expectNoAxeViolations(page, 'crash screen');
    const entries = await page.evaluate(() => history.length);
    await page.getByRole('link', { name: 'Seite neu laden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hilfe und Angebote in Kaiserslautern' }).waitFor();
    assert.equal(await page.evaluate(() => window.sameDocument), undefined, 'the page was loaded anew');
    // In place of the crashed address: "back" does not lead into the crash.
    assert.equal(await page.evaluate(() => history.length), entries);
    await context.close();
  });

  test('a stack that overflows shows the crash screen too', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await page.goto('/suche');
    await page.evaluate(() => setTimeout(function deeper() { deeper(); }));
    await page.getByRole('heading', { level: 1, name: 'Entschuldigung, hier ist etwas schiefgelaufen.' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('data-app'), 'crashed');
    await context.close();
  });

  // Issue 29, finding 6: the app that cannot start at all.
  for (const [what, pattern, answer] of [
    ['a wasm that does not compile', /_bg\.wasm$/, { status: 200, contentType: 'application/wasm', body: 'not a module' }],
    ['glue that does not load', /\/wegweiser-[0-9a-f]+\.js$/, null],
  ]) {
    test(`${what}: the page rendered at build time stays, with a notice and a way to load it again`, async () => {
      const { page, context } = await openPage(env.browser, env.url);
      await page.route(pattern, (route) => (answer ? route.fulfill(answer) : route.abort()));
      await page.gotoPrerendered(`/service/${firstService.id}`);
      const notice = page.locator('.ww-start-failed[role="alert"]');
      await notice.waitFor();
      assert.match(await notice.textContent(), /nicht ganz geladen/);
      assert.equal(await page.locator('html').getAttribute('data-app'), 'failed');
      await page.getByRole('heading', { level: 1, name: nameOf(firstService.name) }).waitFor();
      assert.equal(await page.locator('meta[http-equiv="refresh"]').count(), 0, 'a person reloads');
      await expectNoAxeViolations(page, `start failed: ${what}`);
      await page.unroute(pattern);
      await page.getByRole('link', { name: 'Seite noch einmal laden' }).click();
      await page.locator('html[data-app="live"]').waitFor();
      assert.equal(await notice.count(), 0);
      await context.close();
    });
  }

  test('a kiosk whose app cannot start tries again by itself', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await page.route(/_bg\.wasm$/, (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: 'not a module' }));
    await page.gotoPrerendered('/?kiosk=1&idle=60');
    await page.locator('.ww-start-failed').waitFor();
    assert.equal(await page.locator('meta[http-equiv="refresh"]').getAttribute('content'), '30;url=/?kiosk=1&idle=60');
    await context.close();
  });

  test('a crashed kiosk returns to its start screen by itself', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await page.goto('/suche?kiosk=1&idle=60');
    await page.evaluate(() => { Promise.reject(new WebAssembly.RuntimeError('unreachable')); });
    await page.getByText('Der Wegweiser beginnt gleich von vorn.').waitFor();
    const refresh = await page.locator('meta[http-equiv="refresh"]').getAttribute('content');
    assert.match(refresh, /^30;url=\/\?/);
    assert.match(refresh, /kiosk=1/);
    assert.match(refresh, /idle=60/);
    await context.close();
  });
});
