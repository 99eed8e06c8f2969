// Shared steps for the view tests: waiting for the app, measuring reflow, screenshots.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './server.mjs';

/** Opens a path and waits until the page's h1 is there (the app has rendered). */
export async function visit(page, path) {
  await page.goto(path);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}

/** WCAG 1.4.10: no horizontal scrolling at the current width. */
export async function expectNoHorizontalScroll(page, label) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  assert.ok(scrollWidth <= innerWidth, `${label}: page is ${scrollWidth}px wide in a ${innerWidth}px viewport`);
}

export async function screenshot(page, name) {
  const dir = resolve(ROOT, 'test-results/screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: resolve(dir, `${name}.png`), fullPage: true });
}
