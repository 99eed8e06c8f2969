// The accessibility gate (language: de): axe-core with wcag2a, wcag2aa, wcag21a, wcag21aa,
// wcag22aa, wcag2aaa and best-practice (so color-contrast-enhanced and target-size with a
// 44 px minimum run) on every view, in every theme, at 100 % and 200 % text.
import { describe, test } from 'node:test';
import { before, after } from 'node:test';
import { openPage, serveAndBrowse } from './support/browser.mjs';
import { startServer } from './support/server.mjs';
import { expectNoAxeViolations } from './support/axe.mjs';
import { visit } from './support/views.mjs';
import { withSettings, VIEWS } from './support/settings.mjs';

const LANGUAGE = 'de';
const env = serveAndBrowse(before, after, startServer);

for (const theme of ['standard', 'contrast', 'dark']) {
  for (const size of [100, 200]) {
    describe(`${LANGUAGE}, ${theme}, ${size} %`, () => {
      test('every view has 0 axe violations', async () => {
        const { page, context } = await openPage(env.browser, env.url);
        await withSettings(page, { language: LANGUAGE, theme, text_size: size });
        for (const [name, path] of VIEWS) {
          await visit(page, path);
          await expectNoAxeViolations(page, `${name} ${LANGUAGE} ${theme} ${size}`);
        }
        await context.close();
      });
    });
  }
}
