// The accessibility gate for one UI language: axe-core with wcag2a, wcag2aa, wcag21a,
// wcag21aa, wcag22aa, wcag2aaa and best-practice (so color-contrast-enhanced and target-size
// with a 44 px minimum run) on every view, in every theme, at 100 % and 200 % text. One file
// per language calls it, so the languages run in parallel.
import { after, before, describe, test } from 'node:test';
import { openPage, serveAndBrowse } from './browser.mjs';
import { startServer } from './server.mjs';
import { expectNoAxeViolations } from './axe.mjs';
import { visit } from './views.mjs';
import { withSettings, VIEWS } from './settings.mjs';

export function accessibilityGate(language) {
  const env = serveAndBrowse(before, after, startServer);
  for (const theme of ['standard', 'contrast', 'dark']) {
    for (const size of [100, 200]) {
      describe(`${language}, ${theme}, ${size} %`, () => {
        test('every view has 0 axe violations', async () => {
          const { page, context } = await openPage(env.browser, env.url);
          await withSettings(page, { language, theme, text_size: size });
          for (const [name, path] of VIEWS) {
            await visit(page, path);
            await expectNoAxeViolations(page, `${name} ${language} ${theme} ${size}`);
          }
          await context.close();
        });
      });
    }
  }
}
