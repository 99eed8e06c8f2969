// The first things people see, on the devices named in issue 31 (point 5): every link and
// button on its own is a target at least 44 px high on a phone and a tablet; a monthly
// service's week without an opening is said once, not seven times; text is
// hyphenated by its language and addresses never are; the kiosk's attract screen fills a
// portrait screen. Screenshots of the start page and a service page at each size are kept
// in test-results/screenshots/ for a person to look at.
import { before, after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, serveAndBrowse, LIVE } from './support/browser.mjs';
import { startServer } from './support/server.mjs';
import { screenshot } from './support/views.mjs';
import { VIEWS } from './support/settings.mjs';

const env = serveAndBrowse(before, after, startServer);

const DEVICES = [
  ['phone', { width: 390, height: 844 }],
  ['tablet', { width: 820, height: 1180 }],
];

/**
 * Links and buttons that stand on their own (not a link inside a sentence) and are lower
 * than `min` px: a control inside a label counts by its label's box.
 */
function smallTargets(min) {
  const found = [];
  for (const el of document.querySelectorAll('a[href], button, select, input:not([type=hidden]), summary')) {
    if (el.closest('[hidden], .ww-visually-hidden')) continue;
    const box = (el.closest('label') ?? el).getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const parent = el.parentElement;
    const inSentence =
      el.tagName === 'A' && getComputedStyle(el).display === 'inline' && parent.textContent.trim() !== el.textContent.trim();
    if (!inSentence && box.height < min) found.push(`${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 40)}": ${Math.round(box.height)} px`);
  }
  return found;
}

describe('targets of at least 44 px', () => {
  for (const [device, viewport] of DEVICES) {
    test(`${device} (${viewport.width} px): every link and button on its own, on every view`, async () => {
      const { page, context } = await openPage(env.browser, env.url, { viewport });
      const problems = [];
      for (const [name, path] of VIEWS) {
        await page.goto(path);
        await page.locator(LIVE).waitFor();
        for (const small of await page.evaluate(smallTargets, 44)) problems.push(`${name}: ${small}`);
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('the measure finds a link alone on its line that is lower than 44 px', async () => {
    const { page, context } = await openPage(env.browser, env.url, { javaScriptEnabled: false });
    await page.setContent('<p><a href="/a" style="display:inline;line-height:1">alone</a></p><p>In a <a href="/b">sentence</a>.</p>');
    assert.deepEqual(await page.evaluate(smallTargets, 44), [`a "alone": ${await page.locator('a').first().evaluate((a) => Math.round(a.getBoundingClientRect().height))} px`]);
    await context.close();
  });
});

describe('the next 7 days of a monthly service', () => {
  test('a week without an opening is said once; a week with one keeps its list of days', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    const next = page.getByRole('region', { name: 'Öffnungszeiten' });
    // Monday 7 December 2026: the first Tuesday of the month was last week.
    await page.clock.setFixedTime(new Date('2026-12-07T10:00:00+01:00'));
    await page.goto('/service/seniorenbeirat-sprechstunde');
    await page.locator(LIVE).waitFor();
    await next.getByText('In den nächsten 7 Tagen geschlossen.').waitFor();
    assert.equal(await next.locator('dl.ww-days').count(), 0, 'no list of seven closed days');
    assert.equal(await next.getByText('geschlossen', { exact: true }).count(), 0);
    // When it opens next is said above it.
    await next.getByText(/öffnet am 5\. Januar 2027/).waitFor();
    // Monday 30 November: Tuesday 1 December is in the week.
    await page.clock.setFixedTime(new Date('2026-11-30T10:00:00+01:00'));
    await page.goto('/service/seniorenbeirat-sprechstunde');
    await page.locator(LIVE).waitFor();
    assert.equal(await next.locator('dl.ww-days .ww-days__row').count(), 7);
    assert.equal(await next.getByText('In den nächsten 7 Tagen geschlossen.').count(), 0);
    await context.close();
  });
});

describe('hyphenation', () => {
  test('text is hyphenated in the language of the page; addresses and numbers never are', async () => {
    const { page, context } = await openPage(env.browser, env.url, { viewport: { width: 390, height: 844 } });
    await page.goto('/service/betreuungsverein-awo');
    await page.locator(LIVE).waitFor();
    const style = await page.evaluate(() => {
      const hyphens = (selector) => {
        const el = document.querySelector(selector);
        return el ? getComputedStyle(el).hyphens : `no ${selector}`;
      };
      return {
        lang: document.documentElement.lang,
        text: hyphens('main p'),
        heading: hyphens('main h1'),
        phone: hyphens('main a[href^="tel:"]'),
        mail: hyphens('main a[href^="mailto:"]'),
      };
    });
    assert.deepEqual(style, { lang: 'de', text: 'auto', heading: 'auto', phone: 'manual', mail: 'manual' });
    await context.close();
  });
});

describe('the kiosk in portrait, 1080 × 1920', () => {
  test('the attract screen fills the screen: no empty half, the title at the top, the largest target in the middle', async () => {
    const { page, context } = await openPage(env.browser, env.url, { viewport: { width: 1080, height: 1920 }, hasTouch: true });
    await page.goto('/?kiosk=1');
    const start = page.getByRole('button', { name: 'Berühren Sie den Bildschirm, um zu suchen' });
    await start.waitFor();
    const layout = await page.evaluate(() => {
      const boxes = [...document.querySelector('.ww-attract').children].map((el) => el.getBoundingClientRect());
      const gaps = boxes.slice(1).map((box, i) => box.top - boxes[i].bottom);
      return { top: boxes[0].top, bottom: boxes.at(-1).bottom, gaps, height: innerHeight };
    });
    assert.ok(layout.top < layout.height * 0.15, `the title starts at ${layout.top} px`);
    assert.ok(Math.max(...layout.gaps) < layout.height * 0.1, `no gap of a tenth of the screen: ${layout.gaps}`);
    const startBox = await start.boundingBox();
    assert.ok(startBox.height >= 1920 * 0.2, `the invitation is ${startBox.height} px high`);
    const title = await page.locator('.ww-attract h1').evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
    assert.ok(title >= 60, `the title is ${title} px, readable from two metres`);
    // Each language's name whole, on one line of its own button.
    const broken = await page.locator('.ww-attract__language').evaluateAll((buttons) =>
      buttons.filter((b) => !b.textContent.includes(' ') && b.getBoundingClientRect().height > 2 * parseFloat(getComputedStyle(b).fontSize) * 1.6).map((b) => b.textContent),
    );
    assert.deepEqual(broken, []);
    await screenshot(page, 'kiosk-1080x1920-start');
    await context.close();
  });
});

describe('screenshots for a person to look at', () => {
  const sizes = [
    ['kiosk', { width: 1080, height: 1920 }, '?kiosk=1'],
    ['tablet', { width: 820, height: 1180 }, ''],
    ['phone', { width: 390, height: 844 }, ''],
  ];
  for (const [device, viewport, query] of sizes) {
    test(`${device} ${viewport.width}×${viewport.height}: the start page and a service page`, async () => {
      const { page, context } = await openPage(env.browser, env.url, { viewport, hasTouch: device === 'kiosk' });
      for (const [name, path] of [['start', '/'], ['service', '/service/seniorenbeirat-sprechstunde']]) {
        await page.goto(`${path}${query}`);
        await page.locator(LIVE).waitFor();
        await screenshot(page, `${device}-${viewport.width}x${viewport.height}-${name}`);
        const wide = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
        assert.ok(wide <= 0, `${device} ${name}: ${wide} px too wide`);
      }
      await context.close();
    });
  }
});
