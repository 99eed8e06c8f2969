// Accessibility scan with axe-core injected into the page, using the tags of
// ../shared/docs/ACCESSIBILITY.md. Fails on any violation; `incomplete` results are kept in
// the report (test-results/axe/) for a person to read.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { ROOT } from './server.mjs';

const require = createRequire(import.meta.url);
// Evaluated through the DevTools protocol: the app's CSP (rightly) blocks injected scripts.
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'wcag2aaa', 'best-practice'];

/** Scans the page and asserts no violations. `label` names the route and state. */
export async function expectNoAxeViolations(page, label, { minTargetSize = 44 } = {}) {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.evaluate(AXE_SOURCE);
  }
  const results = await page.evaluate(
    async ({ tags, minTargetSize }) => {
      window.axe.configure({ checks: [{ id: 'target-size', options: { minSize: minTargetSize } }] });
      return window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] });
    },
    { tags: AXE_TAGS, minTargetSize },
  );
  const dir = resolve(ROOT, 'test-results/axe');
  mkdirSync(dir, { recursive: true });
  const file = label.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  writeFileSync(
    resolve(dir, `${file}.json`),
    JSON.stringify({ label, url: page.url(), violations: results.violations, incomplete: results.incomplete }, null, 2),
  );
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  assert.equal(results.violations.length, 0, `axe violations on ${label}:\n  ${summary.join('\n  ')}`);
  return results;
}
