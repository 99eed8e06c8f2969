// Pages rendered at build time (src/bin/prerender.rs): a deep link reads without any
// script, its links lead between prerendered pages, each page has its own head, and the
// app takes a page over without a jump and without losing what the reader typed.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LIVE, openPage, serveAndBrowse } from './support/browser.mjs';
import { startServer, ROOT } from './support/server.mjs';

const dataset = JSON.parse(readFileSync(resolve(ROOT, 'public/data/services.json'), 'utf8'));
const env = serveAndBrowse(before, after, startServer);

/** Sums the page's layout shifts (what Lighthouse calls CLS) from its first paint on. */
const RECORD_SHIFTS = () => {
  window.__shifts = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) window.__shifts += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
};

/**
 * The headings whose top is on the screen, with their top: the layout-shift API does not
 * see a page whose nodes are all replaced (none of them "moved"), so the test looks itself.
 */
async function headingsOnScreen(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('h1, h2, h3, footer')]
      .map((el) => [el.textContent.trim().slice(0, 40), Math.round(el.getBoundingClientRect().top + window.scrollY)])
      .filter(([, top]) => top < window.innerHeight),
  );
}

describe('without JavaScript', () => {
  test('a deep-linked service page reads, calls and links to other prerendered pages', async () => {
    const { page, context, requests } = await openPage(env.browser, env.url, { javaScriptEnabled: false });
    await page.goto('/service/gemeindeschwester-plus');
    await page.getByRole('heading', { level: 1, name: 'Gemeindeschwester plus – Sprechstunde' }).waitFor();
    assert.equal(await page.title(), 'Gemeindeschwester plus – Sprechstunde – Wegweiser');
    // The hours in words, never a claim about "now" (the page was rendered at build time).
    await page.getByText('Dienstag: 10–12 Uhr', { exact: true }).waitFor();
    assert.equal(await page.getByText(/Jetzt geöffnet|Geschlossen/).count(), 0, 'no state of a past moment');
    const call = page.getByRole('link', { name: 'Anrufen: 0631-365 23 86' });
    assert.equal(await call.getAttribute('href'), 'tel:+496313652386');
    const mail = page.getByRole('link', { name: /E-Mail an i\.weisenstein@/ });
    assert.equal(await mail.getAttribute('href'), 'mailto:i.weisenstein@kaiserslautern.de');
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    assert.ok(description.startsWith('Beratung für Menschen ab 80 Jahren'), description);
    assert.equal(await page.locator('html').getAttribute('lang'), 'de');
    assert.equal(await page.locator('html').getAttribute('dir'), 'ltr');

    // From one prerendered page to the next, as plain links.
    await page.getByRole('link', { name: 'Über den Wegweiser' }).click();
    await page.waitForURL(/\/info$/);
    await page.getByRole('heading', { level: 1, name: 'Über den Wegweiser' }).waitFor();
    await page.getByRole('link', { name: 'Start', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/');
    assert.ok((await page.getByRole('heading', { level: 1 }).textContent()).length > 0);
    await page.getByRole('link', { name: 'Merkliste' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Merkliste' }).waitFor();
    // A need's results, and from a result to its service.
    await page.goto('/suche?need=beratung');
    const cards = page.locator('.ww-card');
    assert.ok((await cards.count()) > 0, 'the results of a need');
    assert.equal(await page.getByText('Öffnungszeiten auf der Seite des Angebots').count(), await cards.count(), 'no state of a past moment');
    const first = cards.first().getByRole('link').first();
    const name = await first.textContent();
    await first.click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    assert.deepEqual(requests.filter((u) => !u.startsWith(env.url)), [], 'nothing leaves the origin');
    await context.close();
  });

  test('Enter in the start page\'s search asks for the results page (issue 29, finding 14)', async () => {
    const { page, context } = await openPage(env.browser, env.url, { javaScriptEnabled: false });
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Wonach suchen Sie?' }).fill('Demenz');
    await Promise.all([page.waitForURL('**/suche?q=Demenz'), page.keyboard.press('Enter')]);
    assert.equal(new URL(page.url()).pathname, '/suche');
    await context.close();
  });

  test('every service has its page, and the sitemap lists them', async () => {
    const { page, context } = await openPage(env.browser, env.url, { javaScriptEnabled: false });
    const response = await page.request.get('/sitemap.xml');
    assert.match(response.headers()['content-type'], /^application\/xml/);
    const sitemap = await response.text();
    for (const service of dataset.services) {
      assert.ok(sitemap.includes(`/service/${service.id}</loc>`), `${service.id} in the sitemap`);
    }
    const robots = await (await page.request.get('/robots.txt')).text();
    assert.match(robots, /^User-agent: \*$/m);
    // Searches and personal lists are nobody's to crawl (issue 29, finding 17).
    for (const personal of ['/suche?', '/merkliste?', '/wochenplan?']) {
      assert.match(robots, new RegExp(`^Disallow: ${personal.replace('?', '\\?')}$`, 'm'), personal);
    }
    const last = dataset.services.at(-1);
    await page.goto(`/service/${last.id}`);
    const name = typeof last.name === 'string' ? last.name : last.name.de;
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), name);
    await context.close();
  });
});

describe('pages rendered at build time say nothing about "now" (issue 29, finding 12)', () => {
  test('no calendar file and no "past" mark without JavaScript; the app offers the file once it knows the date', async () => {
    const { page, context } = await openPage(env.browser, env.url, { javaScriptEnabled: false });
    for (const service of dataset.services) {
      const html = await (await page.request.get(`/service/${service.id}`)).text();
      assert.ok(html.includes('<h1'), `${service.id}: a page rendered at build time`);
      assert.doesNotMatch(html, /data:text\/calendar|download=|<a [^>]*>In den Kalender/, `${service.id}: a calendar file as of the build`);
      assert.doesNotMatch(html, /\(vorbei\)/, `${service.id}: a date marked past as of the build`);
    }
    await context.close();
    const live = await openPage(env.browser, env.url);
    await live.page.goto('/service/gemeindeschwester-plus');
    const link = live.page.getByRole('link', { name: 'In den Kalender' });
    await link.first().waitFor();
    assert.match(await link.first().getAttribute('href'), /^data:text\/calendar/);
    await live.context.close();
  });
});

describe('a data-only deploy (issue 29, finding 13)', () => {
  test('without JavaScript a page names the date of the data it shows; the app shows the new file, and a removed service as gone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wegweiser-data-only-'));
    cpSync(resolve(ROOT, 'dist'), dir, { recursive: true });
    // A keeper put a new file on the server without a build: one service less, a new date.
    const newer = structuredClone(dataset);
    const removed = newer.services.pop();
    newer.meta.data_date = '2026-12-01';
    writeFileSync(join(dir, 'data/services.json'), JSON.stringify(newer));
    const server = await startServer(dir);
    try {
      const still = await openPage(env.browser, server.url, { javaScriptEnabled: false });
      await still.page.goto(`/service/${removed.id}`);
      await still.page.getByRole('heading', { level: 1, name: typeof removed.name === 'string' ? removed.name : removed.name.de }).waitFor();
      await still.page.getByText('Daten zusammengestellt am 22. November 2026').waitFor();
      await still.context.close();
      const live = await openPage(env.browser, server.url);
      await live.page.goto(`/service/${removed.id}`);
      await live.page.getByRole('heading', { level: 1, name: 'Diese Seite gibt es nicht' }).waitFor();
      await live.page.getByText('Daten zusammengestellt am 1. Dezember 2026').waitFor();
      await live.context.close();
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the take-over', () => {
  test('the page does not jump when the app takes it over', async () => {
    // A phone as Lighthouse's mobile preset has it (412 × 823), and a tablet.
    const screens = [{ width: 412, height: 823 }, { width: 820, height: 1180 }];
    const paths = ['/', '/suche?need=beratung', '/suche?need=pflege', '/suche', '/service/gemeindeschwester-plus', '/service/sprechzeit-vorsorge-betreuung', '/info', '/merkliste', '/einstellungen'];
    for (const [path, viewport] of paths.flatMap((p) => screens.map((s) => [p, s]))) {
      const { page, context, errors } = await openPage(env.browser, env.url, { viewport });
      await page.addInitScript(RECORD_SHIFTS);
      // A device with a German voice: the prerendered page offers "Vorlesen", and so does the
      // app. (Without a voice the app puts its explanation where the button was, which may
      // take a line more: the one change a page may make on a device that cannot read aloud.)
      await page.addInitScript(() => {
        Object.defineProperty(window, 'speechSynthesis', {
          value: { getVoices: () => [{ lang: 'de-DE', localService: true }], speak() {}, cancel() {}, addEventListener() {} },
        });
      });
      // Where every heading of the visible screen is on the prerendered page, and after.
      let release;
      const held = new Promise((resolve) => (release = resolve));
      await page.route('**/data/services.json', async (route) => {
        await held;
        await route.continue();
      });
      await page.gotoPrerendered(path);
      const before = await headingsOnScreen(page);
      release();
      await page.waitForSelector(LIVE, { state: 'attached' });
      const after = await headingsOnScreen(page);
      const moved = before
        .map(([text, top], i) => [text, Math.abs((after[i]?.[1] ?? Infinity) - top)])
        .filter(([, by]) => by > 1);
      const shifts = await page.evaluate(() => window.__shifts);
      console.log(`take-over of ${path} at ${viewport.width}×${viewport.height}: layout shift ${shifts.toFixed(4)}, headings moved ${moved.length} of ${before.length}`);
      assert.deepEqual(moved, [], `${path} at ${viewport.width}: headings on screen moved`);
      assert.deepEqual(after.slice(0, before.length).map(([t]) => t), before.map(([t]) => t), `${path}: the same headings`);
      assert.ok(shifts <= 0.02, `${path} at ${viewport.width}: layout shift ${shifts.toFixed(3)}`);
      assert.deepEqual(errors, [], `${path}: no page errors`);
      await context.close();
    }
  });

  test('text typed before the take-over stays, and so does the focus', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    // Hold the dataset back until the reader has typed into the prerendered page.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route('**/data/services.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.gotoPrerendered('/');
    const field = page.getByRole('searchbox', { name: 'Wonach suchen Sie?' });
    await field.click();
    await field.pressSequentially('Pflege da');
    assert.equal(await page.locator(LIVE).count(), 0, 'typed before the take-over');
    release();
    await page.waitForSelector(LIVE, { state: 'attached' });
    assert.equal(await field.inputValue(), 'Pflege da');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'ww-search-input');
    await page.keyboard.type('heim');
    assert.equal(await field.inputValue(), 'Pflege daheim', 'the caret stayed at the end');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === 'Pflege daheim');
    await context.close();
  });

  test('the dataset is asked for once, as the page opens, before the app\'s own files', async () => {
    for (const address of ['/service/gemeindeschwester-plus', '/merkliste?ids=gemeindeschwester-plus']) {
      const { page, context, requests, errors } = await openPage(env.browser, env.url);
      await page.goto(address);
      const data = requests.filter((url) => new URL(url).pathname === '/data/services.json');
      assert.deepEqual(data, [`${env.url}/data/services.json`], `${address}: one request, the loader's`);
      const wasm = requests.findIndex((url) => url.endsWith('.wasm'));
      assert.ok(wasm > requests.indexOf(data[0]), `${address}: the data before the wasm`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      assert.deepEqual(errors, []);
      await context.close();
    }
  });

  test('a page asked for by its file is that page once the app has taken it over (issue 29, finding 15)', async () => {
    const pages = {
      '/index.html': 'Hilfe und Angebote in Kaiserslautern',
      '/service/gemeindeschwester-plus/index.html': 'Gemeindeschwester plus – Sprechstunde',
    };
    for (const [address, heading] of Object.entries(pages)) {
      const { page, context, errors } = await openPage(env.browser, env.url);
      await page.goto(address);
      await page.locator('html[data-app="live"]').waitFor();
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), heading, address);
      assert.deepEqual(errors, []);
      await context.close();
    }
  });

  test('an address with a query gets the app shell, never another page', async () => {
    const { page, context } = await openPage(env.browser, env.url, { javaScriptEnabled: false });
    await page.goto('/merkliste?ids=gemeindeschwester-plus');
    assert.equal(await page.locator('main').count(), 0, 'no prerendered content for a query');
    await page.goto('/suche?need=pflege&free=1');
    assert.equal(await page.locator('main').count(), 0, 'a need with a filter');
    await page.goto('/termine');
    assert.equal(await page.locator('main').count(), 0, 'a page without a prerendered file');
    await context.close();
  });
});
