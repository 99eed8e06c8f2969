// Readable by everyone: settings that apply at once and persist, seven languages (Arabic
// right-to-left), Leichte Sprache, read aloud, reflow and text spacing, focus always
// visible, forced colours, and the page semantics a screen reader sees.
import { before, after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openPage, serveAndBrowse } from './support/browser.mjs';
import { startServer, ROOT } from './support/server.mjs';
import { expectNoAxeViolations } from './support/axe.mjs';
import { visit, expectNoHorizontalScroll, screenshot } from './support/views.mjs';
import { withSettings, VIEWS } from './support/settings.mjs';

const env = serveAndBrowse(before, after, startServer);

const htmlAttr = (page, name) => page.evaluate((n) => document.documentElement.getAttribute(n), name);

describe('settings', () => {
  test('text size, colours and language apply at once and persist on the device', async () => {
    const { page, context, errors } = await openPage(env.browser, env.url);
    await visit(page, '/');
    await page.getByRole('link', { name: 'Einstellungen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Einstellungen' }).waitFor();
    await page.getByRole('radio', { name: '150 %' }).check();
    assert.equal(await htmlAttr(page, 'data-text-size'), '150');
    const before = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    await page.getByRole('radio', { name: '200 %' }).check();
    const after = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    assert.ok(after > before * 1.3, `text grows: ${before} → ${after}`);
    await page.getByRole('radio', { name: 'Dunkel' }).check();
    assert.equal(await htmlAttr(page, 'data-theme'), 'dark');
    await page.getByRole('radio', { name: 'العربية' }).check();
    await page.waitForFunction(() => document.documentElement.lang === 'ar');
    assert.equal(await htmlAttr(page, 'dir'), 'rtl');
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    assert.deepEqual(
      [await htmlAttr(page, 'lang'), await htmlAttr(page, 'dir'), await htmlAttr(page, 'data-theme'), await htmlAttr(page, 'data-text-size')],
      ['ar', 'rtl', 'dark', '200'],
    );
    // A panic would stop the wasm with a trap (a RuntimeError) and show the crash screen.
    assert.deepEqual(errors.map(String), [], 'changing settings never panics');
    assert.notEqual(await htmlAttr(page, 'data-app'), 'crashed');
    await context.close();
  });

  for (const [id, lang, dir] of [['de', 'de', 'ltr'], ['de-easy', 'de', 'ltr'], ['en', 'en', 'ltr'], ['tr', 'tr', 'ltr'], ['ru', 'ru', 'ltr'], ['uk', 'uk', 'ltr'], ['ar', 'ar', 'rtl']]) {
    test(`language ${id}: <html lang="${lang}" dir="${dir}">, the start page in that language`, async () => {
      const { page, context } = await openPage(env.browser, env.url);
      await withSettings(page, { language: id });
      await visit(page, '/');
      assert.equal(await htmlAttr(page, 'lang'), lang);
      assert.equal(await htmlAttr(page, 'dir'), dir);
      const heading = await page.getByRole('heading', { level: 1 }).innerText();
      assert.match(heading, /Kaiserslautern/);
      if (!id.startsWith('de')) assert.doesNotMatch(heading, /Hilfe und Angebote/);
      await context.close();
    });
  }

  test('German dataset text under an English UI carries lang="de"', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await withSettings(page, { language: 'en' });
    await visit(page, '/service/mietertreff-bau-ag');
    assert.equal(await page.getByRole('heading', { level: 1 }).getAttribute('lang'), null, 'the English name is used');
    await visit(page, '/service/sprechzeit-vorsorge-betreuung');
    const role = page.getByText('AWO – außerhalb der Sprechzeit', { exact: true });
    assert.equal(await role.getAttribute('lang'), 'de', 'a German-only contact role');
    await context.close();
  });

  test('Leichte Sprache uses the easy summary of an entry', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await withSettings(page, { language: 'de-easy' });
    await visit(page, '/service/stadtteilbuero-innenstadt-west');
    await page.getByText('Das Stadt·teil·büro ist für alle Menschen im Stadt·teil da.').waitFor();
    await context.close();
  });
});

describe('languages on demand', () => {
  /** The language files the page asks for, by path. */
  const languageRequests = (page) => {
    const asked = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/i18n/')) asked.push(path);
    });
    return asked;
  };

  test('German comes with the app; another language is fetched when chosen, once', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    const asked = languageRequests(page);
    await visit(page, '/einstellungen');
    await page.getByRole('radio', { name: 'Deutsch' }).waitFor();
    // The app has taken over the page (its own mark), so it had every chance to ask.
    await page.waitForFunction(() => performance.getEntriesByName('wegweiser:live').length > 0);
    assert.deepEqual(asked, [], 'a German visit asks for no language file');
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    assert.equal(await htmlAttr(page, 'lang'), 'en');
    await page.getByRole('radio', { name: 'Deutsch' }).check();
    await page.getByRole('heading', { level: 1, name: 'Einstellungen' }).waitFor();
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    assert.deepEqual(asked, ['/i18n/en.json'], 'fetched once, then kept for the visit');
    await context.close();
  });

  test('a returning reader starts in their language, fetched with the data', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    const asked = languageRequests(page);
    await withSettings(page, { language: 'uk' });
    // The language of the page when the app has taken it over: its first build.
    await page.addInitScript(() => {
      new PerformanceObserver((list) => {
        if (list.getEntriesByName('wegweiser:live').length) window.__langAtLive = document.documentElement.lang;
      }).observe({ type: 'mark', buffered: true });
    });
    await visit(page, '/einstellungen');
    await page.waitForFunction(() => window.__langAtLive !== undefined);
    assert.equal(await page.evaluate(() => window.__langAtLive), 'uk');
    await page.getByRole('heading', { level: 1, name: 'Налаштування' }).waitFor();
    assert.deepEqual(asked, ['/i18n/uk.json'], 'fetched once, before the first build');
    await context.close();
  });

  test('a language that cannot be fetched: the reader hears so, and the language stays', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await page.route('**/i18n/tr.json', (route) => route.abort('internetdisconnected'));
    await visit(page, '/einstellungen');
    await page.waitForFunction(() => performance.getEntriesByName('wegweiser:live').length > 0);
    // A click, not `check()`: the choice is checked, then goes back when the file fails,
    // which may happen before `check()` looks.
    await page.getByRole('radio', { name: 'Türkçe' }).click();
    await page.getByRole('status').filter({ hasText: 'Diese Sprache lässt sich gerade nicht laden.' }).waitFor();
    await page.getByRole('radio', { name: 'Deutsch', checked: true }).waitFor();
    assert.equal(await htmlAttr(page, 'lang'), 'de');
    await page.getByRole('heading', { level: 1, name: 'Einstellungen' }).waitFor();
    await context.close();
  });

  test('a stored language that cannot be fetched stays the reader\'s choice', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await withSettings(page, { language: 'tr' });
    await page.route('**/i18n/tr.json', (route) => route.abort('internetdisconnected'));
    await visit(page, '/einstellungen');
    await page.getByRole('status').filter({ hasText: 'Diese Sprache lässt sich gerade nicht laden.' }).waitFor();
    assert.equal(await htmlAttr(page, 'lang'), 'de');
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('wegweiser.settings')).language);
    assert.equal(stored, 'tr', 'kept for the next visit');
    await page.unroute('**/i18n/tr.json');
    await page.reload();
    await page.waitForFunction(() => document.documentElement.lang === 'tr');
    await context.close();
  });
});

describe('read aloud', () => {
  // A scripted speech engine: a German network voice listed first, then a local one; it
  // records what it is asked to say and with which voice.
  const fakeSpeech = () => {
    window.__spoken = [];
    window.__cancelled = 0;
    window.SpeechSynthesisUtterance = function (text) { this.text = text; };
    Object.defineProperty(window, 'speechSynthesis', {
      value: {
        getVoices: () => [
          { lang: 'de-DE', name: 'Cloud', localService: false },
          { lang: 'de-DE', name: 'Test', localService: true },
        ],
        speak: (u) => { window.__spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name }); window.__current = u; },
        cancel: () => { window.__cancelled += 1; },
      },
    });
  };

  test('speaks name, state, hours and contact in the UI language; stop and repeat', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await page.addInitScript(fakeSpeech);
    await visit(page, '/service/seniorenbeirat-sprechstunde');
    await page.getByRole('main').getByRole('button', { name: 'Vorlesen', exact: true }).click();
    const spoken = await page.evaluate(() => window.__spoken);
    assert.equal(spoken.length, 1);
    assert.equal(spoken[0].lang, 'de-DE');
    assert.equal(spoken[0].voice, 'Test', 'finding 14: the local voice, never the network one');
    // A phone number digit by digit in its groups, as people say it (issue 29, finding 22).
    for (const part of ['Seniorenbeirat – Beratungssprechstunde', 'Jeden 1. Dienstag im Monat: 12–14 Uhr', 'Dorothee Ruster-Hebel', '0 6 3 1, 5, 9 4, 5 1']) {
      assert.ok(spoken[0].text.includes(part), `${part} in: ${spoken[0].text}`);
    }
    await page.getByRole('button', { name: 'Vorlesen beenden' }).click();
    await page.getByRole('main').getByRole('button', { name: 'Noch einmal vorlesen', exact: true }).click();
    assert.equal((await page.evaluate(() => window.__spoken)).length, 2);
    const cancelled = await page.evaluate(() => window.__cancelled);
    await page.getByRole('link', { name: 'Start' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hilfe und Angebote in Kaiserslautern' }).waitFor();
    assert.ok((await page.evaluate(() => window.__cancelled)) > cancelled, 'leaving the view stops speech');
    await context.close();
  });

  test('issue 29, finding 22: a helpline without an area code is tap-to-call and said digit by digit', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await page.addInitScript(fakeSpeech);
    const dataset = JSON.parse(readFileSync(resolve(ROOT, 'public/data/services.json'), 'utf8'));
    const service = dataset.services.find((s) => s.id === 'seniorenbeirat-sprechstunde');
    service.contacts = [{ role: 'Ärztlicher Bereitschaftsdienst', phone: '116 117' }];
    const body = JSON.stringify(dataset);
    await page.route('**/data/services.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
    await visit(page, '/service/seniorenbeirat-sprechstunde');
    const call = page.getByRole('main').locator('a[href="tel:116117"]');
    await call.first().waitFor();
    assert.match(await call.first().textContent(), /116 117/);
    await page.getByRole('main').getByRole('button', { name: 'Vorlesen', exact: true }).click();
    const [spoken] = await page.evaluate(() => window.__spoken);
    assert.ok(spoken.text.includes('Ärztlicher Bereitschaftsdienst, 1 1 6, 1 1 7'), spoken.text);
    await context.close();
  });

  for (const [label, voices] of [
    ['without a voice for the language', [{ lang: 'en-US', localService: true }]],
    ['finding 14: with only a network voice for the language', [{ lang: 'de-DE', localService: false }]],
  ]) {
    test(`${label} the button is replaced by an explanation`, async () => {
      const { page, context } = await openPage(env.browser, env.url);
      await page.addInitScript((voices) => {
        window.__spoken = [];
        window.SpeechSynthesisUtterance = function (text) { this.text = text; };
        Object.defineProperty(window, 'speechSynthesis', {
          value: { getVoices: () => voices, speak: (u) => window.__spoken.push(u.text), cancel() {} },
        });
      }, voices);
      await visit(page, '/service/seniorenbeirat-sprechstunde');
      await page.getByText('Ihr Gerät hat keine Stimme für diese Sprache').waitFor();
      assert.equal(await page.getByRole('button', { name: 'Vorlesen', exact: true }).count(), 0);
      assert.deepEqual(await page.evaluate(() => window.__spoken), [], 'nothing was spoken');
      await context.close();
    });
  }
});

describe('layout, focus and semantics on every view', () => {
  for (const [name, path] of VIEWS) {
    test(`${name}: reflow, text spacing, focus, landmarks`, async () => {
      const { page, context } = await openPage(env.browser, env.url, { viewport: { width: 320, height: 640 }, bypassCSP: true });
      await withSettings(page, { text_size: 200 });
      await visit(page, path);
      await expectNoHorizontalScroll(page, `${name} at 320×640, 200 %`);
      await page.setViewportSize({ width: 640, height: 256 });
      await expectNoHorizontalScroll(page, `${name} at 640×256`);
      // WCAG 1.4.12 text spacing (a user style sheet; the page's CSP is bypassed for it only).
      await page.addStyleTag({ content: '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }' });
      await page.setViewportSize({ width: 320, height: 640 });
      await expectNoHorizontalScroll(page, `${name} with text spacing`);
      const clipped = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((el) => {
            const s = getComputedStyle(el);
            return ['hidden', 'clip'].includes(s.overflowX) && el.scrollWidth > el.clientWidth + 1 && !el.classList.contains('ww-visually-hidden');
          })
          .map((el) => el.className || el.tagName),
      );
      assert.deepEqual(clipped, [], `${name}: clipped text`);

      // Keyboard walk: every stop shows a focus ring of at least 2 px and is not covered.
      await page.setViewportSize({ width: 820, height: 1180 });
      await visit(page, path);
      let stops = 0;
      for (let i = 0; i < 80; i += 1) {
        await page.keyboard.press('Tab');
        const info = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return null;
          el.scrollIntoView({ block: 'center' });
          const r = el.getBoundingClientRect();
          const s = getComputedStyle(el);
          const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return {
            id: el.outerHTML.slice(0, 80),
            ring: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,
            visible: top === el || el.contains(top) || (top && top.contains(el)),
          };
        });
        if (!info) break;
        stops += 1;
        assert.ok(info.ring, `${name}: no focus ring on ${info.id}`);
        assert.ok(info.visible, `${name}: focused element hidden: ${info.id}`);
      }
      assert.ok(stops > 3, `${name}: only ${stops} tab stops`);

      // What a screen reader sees: landmarks, one h1, named controls.
      const snapshot = await page.locator('body').ariaSnapshot();
      for (const landmark of ['- banner', '- navigation', '- main', '- contentinfo']) {
        assert.ok(snapshot.includes(landmark), `${name}: ${landmark} missing in\n${snapshot}`);
      }
      assert.equal((snapshot.match(/heading ".*" \[level=1\]/g) ?? []).length, 1, `${name}: one h1`);
      assert.doesNotMatch(snapshot, /- (button|textbox|combobox|searchbox|radio)\s*(\[|$)/m, `${name}: an unnamed control`);
      await context.close();
    });
  }

  test('the results count and confirmations are live regions', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await visit(page, '/suche?need=beratung');
    const snapshot = await page.getByRole('main').ariaSnapshot();
    assert.match(snapshot, /- status: \d+ Angebote/);
    assert.equal(await page.locator('[role=status][aria-live=polite]').count(), 1, 'the announcer');
    await context.close();
  });

  test('forced colours (Windows high contrast): 0 axe violations', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await page.emulateMedia({ forcedColors: 'active' });
    for (const [name, path] of VIEWS.slice(0, 4)) {
      await visit(page, path);
      await expectNoAxeViolations(page, `${name} forced colours`);
    }
    await context.close();
  });

  test('reduced motion: nothing animates', async () => {
    const { page, context } = await openPage(env.browser, env.url, { reducedMotion: 'reduce' });
    await visit(page, '/');
    const animated = await page.evaluate(() =>
      [...document.querySelectorAll('*')].filter((el) => {
        const s = getComputedStyle(el);
        return (s.animationName !== 'none' && s.animationDuration !== '0s') || parseFloat(s.transitionDuration) > 0;
      }).length,
    );
    assert.equal(animated, 0);
    await context.close();
  });

  test('Arabic at phone size: mirrored layout, phone numbers left-to-right (screenshots)', async () => {
    const { page, context } = await openPage(env.browser, env.url, { viewport: { width: 390, height: 844 } });
    await withSettings(page, { language: 'ar' });
    for (const [name, path] of [['start', '/'], ['results', '/suche?need=beratung'], ['detail', '/service/seniorenbeirat-sprechstunde']]) {
      await visit(page, path);
      await screenshot(page, `ar-${name}-phone`);
    }
    const call = page.getByRole('main').locator('a[href^="tel:"]').first();
    assert.equal(await call.evaluate((el) => getComputedStyle(el).direction), 'rtl');
    assert.match(await call.innerText(), /0631 5 94 51/);
    const mainRight = await page.getByRole('heading', { level: 1 }).evaluate((el) => el.getBoundingClientRect().right);
    assert.ok(mainRight > 300, 'the heading starts at the right');
    await context.close();
  });
});
