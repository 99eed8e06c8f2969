// The keepers' workspace's speed in Chromium, on the release build served by nginx:
// - open: from choosing a file to its work list on screen;
// - edit: from "Stimmt noch" on one entry to the page showing the work list checked anew.
// Prints each run and the median; with --max-open-ms / --max-edit-ms it fails when a median
// is over. No throttling: the figures are this machine's.
//   node scripts/pflege-bench.mjs [--file target/e2e/synthetic-10000.json] [--runs 3]
import { basename, resolve } from 'node:path';
import { existsSync, statSync } from 'node:fs';
import { startServer, ROOT } from '../tests/e2e/support/server.mjs';
import { launch, openPage } from '../tests/e2e/support/browser.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const file = resolve(ROOT, option('file', 'target/e2e/synthetic-10000.json'));
const runs = Number(option('runs', '3'));
const maxOpen = option('max-open-ms');
const maxEdit = option('max-edit-ms');
if (!existsSync(file)) {
  console.error(`pflege-bench: ${file} is missing (cargo run --release --bin synth -- 10000 > ${file})`);
  process.exit(2);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const server = await startServer();
const browser = await launch();
const opens = [];
const edits = [];
try {
  for (let run = 1; run <= runs; run += 1) {
    const { page, context } = await openPage(browser, server.url);
    await page.goto('/pflege/');
    await page.evaluate(() => {
      document.querySelector('#open-file').addEventListener('change', () => (window.chosenAt = performance.now()), { capture: true });
    });
    await page.locator('#open-file').setInputFiles(file);
    const name = basename(file);
    const shownAt = await page.waitForFunction(
      (name) => document.querySelector(`.pf-all[data-file="${name}"]`) && document.querySelector('.pf-group') && performance.now(),
      name,
      { timeout: 120_000, polling: 'raf' },
    );
    const open = (await shownAt.jsonValue()) - (await page.evaluate(() => window.chosenAt));
    opens.push(open);
    await page.getByRole('region', { name: /^Kein Zitat/ }).locator('.pf-entry').first().click();
    await page.locator('#confirm-entry').waitFor();
    const edit = await page.evaluate(async () => {
      const verified = () => document.querySelector('#entry-verified')?.textContent ?? '';
      const before = verified();
      const start = performance.now();
      document.querySelector('#confirm-entry').click();
      // The app's effects run as microtasks: after the next task the page shows the edit
      // (the loop only guards against a slower schedule).
      do await new Promise((done) => setTimeout(done, 0));
      while (verified() === before);
      return performance.now() - start;
    });
    edits.push(edit);
    console.log(`run ${run}: open ${open.toFixed(0)} ms, re-check after one edit ${edit.toFixed(1)} ms`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
const size = (statSync(file).size / 1e6).toFixed(1);
console.log(`pflege: ${basename(file)} (${size} MB): open to work list median ${median(opens).toFixed(0)} ms, one edit re-checked median ${median(edits).toFixed(1)} ms (${runs} runs)`);
let failed = false;
if (maxOpen && median(opens) > Number(maxOpen)) {
  console.error(`pflege-bench: open median over ${maxOpen} ms`);
  failed = true;
}
if (maxEdit && median(edits) > Number(maxEdit)) {
  console.error(`pflege-bench: edit median over ${maxEdit} ms`);
  failed = true;
}
process.exit(failed ? 1 : 0);
