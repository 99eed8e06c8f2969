// The town hall kiosk: touch only, an on-screen keyboard, an idle reset that forgets the
// visitor, no way out of the app (links become QR codes that decode to their targets),
// and 14 mm targets at the kiosk's resolution.
import { before, after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { openPage, serveAndBrowse } from './support/browser.mjs';
import { startServer, ROOT } from './support/server.mjs';
import { expectNoAxeViolations } from './support/axe.mjs';

const require = createRequire(import.meta.url);
const JSQR = readFileSync(require.resolve('jsqr/dist/jsQR.js'), 'utf8');
const DORTMUND = readFileSync(resolve(ROOT, 'tests/fixtures/dortmund.json'), 'utf8');
const dataset = JSON.parse(readFileSync(resolve(ROOT, 'public/data/services.json'), 'utf8'));
const TARGET_PX = Math.ceil(14 * 3.78);
const env = serveAndBrowse(before, after, startServer);

async function kioskPage(options = {}) {
  return openPage(env.browser, env.url, { hasTouch: true, viewport: { width: 1080, height: 1920 }, ...options });
}

async function start(page, query = 'kiosk=1') {
  await page.goto(`/?${query}`);
  await page.getByRole('button', { name: 'Berühren Sie den Bildschirm, um zu suchen' }).tap();
  await page.getByRole('searchbox').waitFor();
}

/** The bundled dataset as a city that names where its app is published (the bundled file
 * names no such address: the app is not published there). */
const PUBLIC_URL = 'https://wegweiser.example.org';
async function servePublicUrl(page) {
  const body = JSON.stringify({ ...dataset, meta: { ...dataset.meta, public_url: `${PUBLIC_URL}/` } });
  await page.route('**/data/services.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
}

const keyboard = (page) => page.getByRole('group', { name: 'Bildschirm-Tastatur' });

async function typeOnScreen(page, text) {
  for (const letter of text.toLowerCase()) {
    await keyboard(page).getByRole('button', { name: letter, exact: true }).tap();
  }
}

describe('touch and the on-screen keyboard', () => {
  test('the attract screen offers one action and the languages by their own names', async () => {
    const { page, context } = await kioskPage();
    await page.goto('/?kiosk=1');
    await page.getByRole('button', { name: 'Berühren Sie den Bildschirm, um zu suchen' }).waitFor();
    for (const name of ['Deutsch', 'Leichte Sprache', 'English', 'Türkçe', 'Русский', 'Українська', 'العربية']) {
      await page.getByRole('button', { name, exact: true }).waitFor();
    }
    await page.getByRole('button', { name: 'Русский' }).tap();
    await page.waitForFunction(() => document.documentElement.lang === 'ru');
    await page.getByRole('group', { name: 'Экранная клавиатура' }).getByRole('button', { name: 'ж', exact: true }).waitFor();
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).userSelect), 'none');
    // A screen with 5 px per mm: 14 mm targets are 70 px.
    await page.goto('/?kiosk=1&pxmm=5');
    const start = page.getByRole('button', { name: 'Deutsch', exact: true });
    assert.ok((await start.boundingBox()).height >= 70, 'targets follow the configured screen');
    await context.close();
  });

  test('typing "Pflge" with taps only finds care services; umlauts, delete and clear', async () => {
    const { page, context } = await kioskPage();
    await page.route('**/data/services.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: DORTMUND }));
    await start(page);
    const field = page.getByRole('searchbox');
    assert.equal(await field.getAttribute('inputmode'), 'none', 'no system keyboard');
    await typeOnScreen(page, 'ü');
    assert.equal(await field.inputValue(), 'Ü');
    await keyboard(page).getByRole('button', { name: 'ß' }).tap();
    assert.equal(await field.inputValue(), 'Üß');
    await keyboard(page).getByRole('button', { name: 'Letztes Zeichen löschen' }).tap();
    assert.equal(await field.inputValue(), 'Ü');
    await keyboard(page).getByRole('button', { name: 'Alles löschen' }).tap();
    assert.equal(await field.inputValue(), '');
    await typeOnScreen(page, 'pflge');
    assert.equal(await field.inputValue(), 'Pflge');
    await keyboard(page).getByRole('button', { name: 'Suchen' }).tap();
    await page.getByRole('heading', { level: 1, name: 'Angebote zu „Pflge“' }).waitFor();
    await page.getByRole('link', { name: 'Häuslicher Entlastungsdienst', exact: true }).waitFor();
    await context.close();
  });

  test('the Arabic keyboard has Arabic letters and the page turns right-to-left', async () => {
    const { page, context } = await kioskPage();
    await page.goto('/?kiosk=1');
    await page.getByRole('button', { name: 'العربية' }).tap();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    const arabicKeyboard = page.getByRole('group', { name: 'لوحة المفاتيح على الشاشة' });
    await arabicKeyboard.getByRole('button', { name: 'ب', exact: true }).tap();
    await arabicKeyboard.getByRole('button', { name: 'ي', exact: true }).tap();
    assert.equal(await page.getByRole('searchbox').inputValue(), 'بي');
    await context.close();
  });

  test('a hardware keyboard works too', async () => {
    const { page, context } = await kioskPage();
    await start(page);
    await page.getByRole('searchbox').fill('Seniorenbeirat');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Angebote zu „Seniorenbeirat“' }).waitFor();
    await context.close();
  });
});

describe('idle reset', () => {
  test('warns with a countdown, "Weiter" extends, running out forgets everything', async () => {
    const { page, context } = await kioskPage();
    let cancelled = 0;
    await page.exposeFunction('__speechCancelled', () => { cancelled += 1; });
    await page.addInitScript(() => {
      window.SpeechSynthesisUtterance = function (text) { this.text = text; };
      Object.defineProperty(window, 'speechSynthesis', {
        value: { getVoices: () => [{ lang: 'de-DE', localService: true }], speak() {}, cancel: () => window.__speechCancelled() },
      });
    });
    await page.clock.install({ time: new Date('2026-12-01T10:00:00+01:00') });
    await start(page, 'kiosk=1&idle=60');
    const historyAtStart = await page.evaluate(() => history.length);

    // A visitor: a search, a saved service, bigger text and dark colours, speech, scrolling.
    await page.getByRole('searchbox').fill('Sprechstunde');
    await page.getByRole('button', { name: 'Suchen', exact: true }).first().tap();
    await page.getByRole('button', { name: /^Merken: / }).first().tap();
    await page.getByRole('link', { name: 'Merkliste (1)' }).waitFor();
    await page.getByRole('link', { name: 'Einstellungen' }).tap();
    await page.getByRole('radio', { name: '150 %' }).check();
    await page.getByRole('radio', { name: 'Dunkel' }).check();
    await page.getByRole('button', { name: 'Diese Seite vorlesen' }).tap();
    await page.evaluate(() => window.scrollTo(0, 400));
    assert.equal(await page.evaluate(() => history.length), historyAtStart, 'kiosk navigation adds no history');

    await page.clock.runFor(61_000);
    const dialog = page.getByRole('dialog', { name: 'Sind Sie noch da?' });
    await dialog.waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Weiter');
    assert.match(await dialog.innerText(), /In \d+ Sekunden beginnt der Wegweiser von vorn/);
    // The live region is filled by the app's tick: wait for it, never read it at once.
    await page.waitForFunction(() => /In 30 Sekunden/.test(document.querySelector('.ww-idle [role=status]')?.textContent ?? ''));
    await page.getByRole('button', { name: 'Weiter' }).tap();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('link', { name: 'Merkliste (1)' }).waitFor();

    const speechBefore = cancelled;
    await page.clock.runFor(61_000 + 31_000);
    await page.getByRole('button', { name: 'Berühren Sie den Bildschirm, um zu suchen' }).waitFor();
    const state = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      size: document.documentElement.getAttribute('data-text-size'),
      theme: document.documentElement.getAttribute('data-theme'),
      local: Object.keys(localStorage),
      session: Object.keys(sessionStorage),
      history: history.length,
      scroll: window.scrollY,
      path: location.pathname,
    }));
    assert.deepEqual(state, { lang: 'de', size: null, theme: null, local: [], session: ['wegweiser.kiosk'], history: historyAtStart, scroll: 0, path: '/' });
    assert.ok(cancelled > speechBefore, 'speech stopped');
    await page.getByRole('button', { name: 'Berühren Sie den Bildschirm, um zu suchen' }).tap();
    assert.equal(await page.getByRole('searchbox').inputValue(), '', 'no search left');
    await page.getByRole('link', { name: 'Merkliste', exact: true }).waitFor();
    await context.close();
  });
});

describe('idle reset on a clock that steps', () => {
  test('a step of the device clock backwards does not delay the reset', async () => {
    const { page, context } = await kioskPage();
    await page.clock.install({ time: new Date('2026-12-01T10:00:00+01:00') });
    await start(page, 'kiosk=1&idle=60');
    await page.getByRole('searchbox').fill('Sprechstunde');
    await page.getByRole('button', { name: 'Suchen', exact: true }).first().tap();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    // A time server corrects the clock an hour back (Date.now(), not the monotonic clock).
    await page.clock.setSystemTime(new Date('2026-12-01T09:00:00+01:00'));
    await page.clock.runFor(61_000 + 31_000);
    await page.getByRole('button', { name: 'Berühren Sie den Bildschirm, um zu suchen' }).waitFor();
    assert.equal(await page.evaluate(() => location.pathname), '/');
    await context.close();
  });
});

describe('no way out', () => {
  test('every view keeps every link inside the app; QR codes decode to their targets', async () => {
    // The test decodes each QR code from a data: image of its SVG, which the app's policy
    // (img-src 'self': the app needs no data: images) does not allow: bypassed for the test.
    const { page, context } = await kioskPage({ bypassCSP: true });
    await servePublicUrl(page);
    const paths = ['/', '/suche', '/merkliste?ids=gemeindeschwester-plus', '/wochenplan?ids=gemeindeschwester-plus', '/termine', '/info', '/einstellungen', '/nirgendwo', ...dataset.services.map((s) => `/service/${s.id}`)];
    await start(page);
    let codes = 0;
    for (const path of paths) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      const links = await page.evaluate(() =>
        [...document.querySelectorAll('a[href]')].map((a) => ({ href: a.getAttribute('href'), target: a.target, download: a.hasAttribute('download') })),
      );
      for (const link of links) {
        assert.ok(link.href.startsWith('/') || link.href.startsWith('#'), `${path}: ${link.href} leaves the app`);
        assert.equal(link.target, '', `${path}: a new window`);
        assert.equal(link.download, false, `${path}: a download`);
      }
      const decoded = await page.evaluate(async (jsqrSource) => {
        if (!window.jsQR) (0, eval)(jsqrSource);
        const results = [];
        for (const figure of document.querySelectorAll('[data-qr-target]')) {
          const svg = figure.querySelector('svg').cloneNode(true);
          svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
          svg.setAttribute('width', '400');
          svg.setAttribute('height', '400');
          const image = new Image();
          image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg.outerHTML);
          await image.decode();
          const canvas = document.createElement('canvas');
          canvas.width = canvas.height = 400;
          const ctx = canvas.getContext('2d');
          ctx.drawImage(image, 0, 0, 400, 400);
          const { data } = ctx.getImageData(0, 0, 400, 400);
          const code = window.jsQR(data, 400, 400);
          results.push({ expected: figure.dataset.qrTarget, got: code?.data });
        }
        return results;
      }, JSQR);
      for (const { expected, got } of decoded) assert.equal(got, expected, `${path}: QR code`);
      codes += decoded.length;
    }
    assert.ok(codes >= 20, `QR codes decoded: ${codes}`);
    // The detail page offers the service's own Wegweiser link to take home.
    await page.goto('/service/seniorenbeirat-sprechstunde');
    await page.getByRole('heading', { name: 'Zum Mitnehmen' }).waitFor();
    const takeAway = await page.locator('.ww-take-away [data-qr-target]').getAttribute('data-qr-target');
    assert.equal(takeAway, `${PUBLIC_URL}/service/seniorenbeirat-sprechstunde`);
    await page.getByText('Anrufen: 0631 5 94 51').first().waitFor();
    assert.equal(await page.locator('a[href^="tel:"], a[href^="mailto:"], a[href^="http"]').count(), 0);
    await context.close();
  });
});

describe('no way out, nothing left behind (review findings 8 and 9)', () => {
  test('finding 8: no share sheet, clipboard or print dialog; the list goes home as a QR code', async () => {
    const { page, context } = await kioskPage();
    await servePublicUrl(page);
    await start(page);
    await page.goto('/merkliste?ids=gemeindeschwester-plus');
    await page.getByRole('heading', { level: 1, name: 'Merkliste' }).waitFor();
    await page.getByRole('heading', { name: 'Zum Mitnehmen' }).waitFor();
    const target = await page.locator('.ww-take-away [data-qr-target]').getAttribute('data-qr-target');
    assert.equal(target, `${PUBLIC_URL}/merkliste?ids=gemeindeschwester-plus`);
    for (const name of ['Teilen', 'Drucken', 'Adresse kopieren']) {
      assert.equal(await page.getByRole('button', { name, exact: true }).count(), 0, `${name} on the shortlist`);
    }
    await page.goto('/service/gemeindeschwester-plus');
    await page.getByRole('heading', { name: 'Zum Mitnehmen' }).waitFor();
    for (const name of ['Teilen', 'Drucken', 'Adresse kopieren']) {
      assert.equal(await page.getByRole('button', { name, exact: true }).count(), 0, `${name} on the detail page`);
    }
    // No calendar download either: the take-away QR code carries the entry home.
    assert.equal(await page.getByRole('link', { name: 'In den Kalender' }).count(), 0, 'calendar file on the kiosk');
    await context.close();
  });

  test('finding 8: a middle click opens nothing; the reset empties the clipboard', async () => {
    const { page, context } = await kioskPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await start(page);
    // A real middle click on a link: the kiosk's handler (capture phase) must have
    // prevented it by the time it bubbles to the window.
    await page.evaluate(() => {
      window.__auxclicks = [];
      window.addEventListener('auxclick', (event) => window.__auxclicks.push(event.defaultPrevented));
    });
    await page.getByRole('link', { name: /^Merkliste/ }).click({ button: 'middle' });
    await page.waitForFunction(() => window.__auxclicks.length > 0);
    assert.deepEqual(await page.evaluate(() => window.__auxclicks), [true], 'auxclick is caught');
    assert.equal(context.pages().length, 1, 'no second tab');
    // Whatever a visitor put on the clipboard (a link, an address) ...
    await page.evaluate(() => navigator.clipboard.writeText('https://example.org/merkliste?ids=privat'));
    await page.getByRole('button', { name: 'Neu beginnen' }).tap();
    await page.getByRole('button', { name: 'Berühren Sie den Bildschirm, um zu suchen' }).waitFor();
    // ... is gone for the next one.
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), '');
    await context.close();
  });

  test("finding 9: ?kiosk=1 on a personal device leaves the owner's storage alone", async () => {
    const { page, context } = await kioskPage();
    await page.goto('/');
    await page.evaluate(() => {
      localStorage.setItem('wegweiser.shortlist', '["gemeindeschwester-plus"]');
      localStorage.setItem('wegweiser.settings', '{"text_size":150}');
      localStorage.setItem('eine-andere-app', 'bleibt');
      sessionStorage.setItem('eine-andere-app', 'bleibt auch');
    });
    await start(page);
    await page.getByRole('button', { name: 'Neu beginnen' }).tap();
    await page.getByRole('button', { name: 'Berühren Sie den Bildschirm, um zu suchen' }).waitFor();
    const kept = await page.evaluate(() => ({
      shortlist: localStorage.getItem('wegweiser.shortlist'),
      settings: localStorage.getItem('wegweiser.settings'),
      other: localStorage.getItem('eine-andere-app'),
      otherSession: sessionStorage.getItem('eine-andere-app'),
    }));
    assert.deepEqual(kept, {
      shortlist: '["gemeindeschwester-plus"]',
      settings: '{"text_size":150}',
      other: 'bleibt',
      otherSession: 'bleibt auch',
    });
    await context.close();
  });
});

describe('the gate at kiosk size: 14 mm targets', () => {
  for (const [orientation, viewport] of [['portrait', { width: 1080, height: 1920 }], ['landscape', { width: 1920, height: 1080 }]]) {
    test(`${orientation}: every view, and the idle dialog, with 0 axe violations`, async () => {
      const { page, context } = await kioskPage({ viewport });
      await page.clock.install({ time: new Date('2026-12-01T10:00:00+01:00') });
      await page.goto('/?kiosk=1&idle=60');
      await page.getByRole('button', { name: 'Berühren Sie den Bildschirm, um zu suchen' }).waitFor();
      await expectNoAxeViolations(page, `kiosk attract ${orientation}`, { minTargetSize: TARGET_PX });
      await page.getByRole('button', { name: 'Berühren Sie den Bildschirm, um zu suchen' }).tap();
      for (const path of ['/', '/suche?need=beratung', '/service/sprechzeit-vorsorge-betreuung', '/merkliste?ids=gemeindeschwester-plus', '/info', '/einstellungen']) {
        await page.goto(path);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await expectNoAxeViolations(page, `kiosk ${path} ${orientation}`, { minTargetSize: TARGET_PX });
      }
      await page.clock.runFor(61_000);
      await page.getByRole('dialog', { name: 'Sind Sie noch da?' }).waitFor();
      await expectNoAxeViolations(page, `kiosk idle dialog ${orientation}`, { minTargetSize: TARGET_PX });
      await context.close();
    });
  }
});

describe('issue 29, finding 10: no take-away code that a phone cannot open', () => {
  test('on a local address without meta.public_url there is no "Zum Mitnehmen"; with it, the code carries the public address', async () => {
    // The test server is 127.0.0.1, as a kiosk's own nginx is; the bundled file names no public address.
    const { page, context } = await kioskPage();
    await start(page);
    for (const path of ['/service/gemeindeschwester-plus', '/merkliste?ids=gemeindeschwester-plus', '/wochenplan?ids=gemeindeschwester-plus']) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      assert.equal(await page.getByRole('heading', { name: 'Zum Mitnehmen' }).count(), 0, `${path}: a code of ${env.url}`);
      assert.equal(await page.locator('[data-qr-target^="http://127.0.0.1"]').count(), 0, `${path}: a loopback address in a code`);
    }
    await servePublicUrl(page);
    await page.goto('/wochenplan?ids=gemeindeschwester-plus');
    await page.getByRole('heading', { name: 'Zum Mitnehmen' }).waitFor();
    const target = await page.locator('.ww-take-away [data-qr-target]').getAttribute('data-qr-target');
    assert.equal(target, `${PUBLIC_URL}/wochenplan?ids=gemeindeschwester-plus`);
    await context.close();
  });
});

describe('issue 29, finding 9: the reset always ends at the start screen', () => {
  test('a clipboard that never answers does not hold the reset: its watchdog loads the start screen', async () => {
    const { page, context } = await kioskPage();
    // Emptying the clipboard is the reset's first wait: here it never settles.
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => new Promise(() => {}) } });
    });
    await page.clock.install({ time: new Date('2026-12-01T10:00:00+01:00') });
    await start(page);
    await page.goto('/service/gemeindeschwester-plus');
    await page.getByRole('button', { name: 'Neu beginnen' }).tap();
    await page.clock.runFor(3_000);
    assert.equal(await page.evaluate(() => location.pathname), '/service/gemeindeschwester-plus', 'still waiting for the clipboard');
    await page.clock.runFor(8_000);
    await page.getByRole('button', { name: 'Berühren Sie den Bildschirm, um zu suchen' }).waitFor();
    assert.equal(await page.evaluate(() => location.pathname), '/');
    await context.close();
  });
});
