// Size budget of the release build: prints raw and gzip -9 sizes of what a visitor
// downloads, and of the keepers' workspace apart; fails when a budget is exceeded.
//   node scripts/budget.mjs dist
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync } from 'node:zlib';

// Budgets in bytes, gzip -9: regression guards, set at the measured size plus at most 5 %,
// and only ever lowered. The wasm: 435.8 KB gzip on 2026-12-07 with leptos_router and the
// hours crates as published (issue 28, the one time the budget went up, from 380 KB to
// 445 KB, that figure plus 2 %: it was 370.8 KB with a router of our own and a copied
// hours crate with a hand-written parser); 418.3 KB after the cuts of docs/performance.md,
// the budget that plus 0.9 %; 421.9 KB with issue 29's second round (the README gives the
// figure). It is mostly Leptos's renderer,
// router and the app's views, the hours grammar (pest), Rust's formatting, the glue to
// JavaScript, the formatting code of seven languages and the kiosk (QR encoder,
// keyboard); it downloads once and is then served from the offline cache (`node
// scripts/wasm-weights.mjs` shows where it goes).
//
// HTML is a page per address since the build renders every public page (a visitor loads
// one, then the app): its budget is for the largest page (4.19 KB gzip on 2026-11-22, the
// results page listing every service), not the sum of all.
const BUDGETS = { '.wasm': 422_000, '.js': 25_000, '.css': 20_000, '.html': 4_400, '.json': 60_000 };
// The keepers' workspace (dist/pflege/, crates/pflege): its own bundle, which visitors never
// download (scripts/pwa/check-precache.mjs proves that). Each kind at the finished bundle's
// measured size plus 5 %, as issue 27 sets it (2026-12-07): the wasm 537.7 KB gzip (the
// validator, the sourcing check, the hours grammar and builder, the spreadsheet, the
// checks' messages in German, the visitors' own card, service page and "Termine" day for
// the preview and the next 14 days, and Leptos), the scripts 12.1 KB, the styles 7.0 KB,
// the page 1.5 KB. (A first figure, 484.4 KB, was set the same day before the workspace
// showed the visitors' own components.) The wasm's budget lowered since: 533.7 KB with
// the language texts' layout of docs/performance.md, plus 1 %.
const KEEPERS_BUDGETS = { '.wasm': 539_000, '.js': 12_700, '.css': 7_400, '.html': 1_600 };
/** Kinds whose budget is per file (the largest), not for all files together. */
const PER_FILE = new Set(['.html']);
const KEEPERS = 'pflege';

const dist = process.argv[2] || 'dist';
let over = 0;
over += check("The visitors' app", dist, BUDGETS, KEEPERS);
over += check("The keepers' workspace (/pflege/)", join(dist, KEEPERS), KEEPERS_BUDGETS, null);
process.exit(over ? 1 : 0);

/** Measures the files of `root` (without the folder `skip`) against `budgets`; gives how many are over. */
function check(title, root, budgets, skip) {
  const files = [];
  (function walk(dir) {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (dir !== root || name !== skip) walk(path);
      } else files.push(path);
    }
  })(root);

  const totals = {};
  for (const path of files) {
    const ext = extname(path);
    if (!(ext in budgets)) continue;
    const data = readFileSync(path);
    const gz = gzipSync(data, { level: 9 }).length;
    totals[ext] ??= { raw: 0, gz: 0, files: [] };
    if (PER_FILE.has(ext)) {
      totals[ext].count = (totals[ext].count ?? 0) + 1;
      if (gz <= totals[ext].gz) continue;
      totals[ext] = { raw: data.length, gz, count: totals[ext].count, files: [] };
    } else {
      totals[ext].raw += data.length;
      totals[ext].gz += gz;
    }
    totals[ext].files.push(`${path.slice(root.length + 1)} ${kb(data.length)} (${kb(gz)} gzip)`);
  }

  let over = 0;
  console.log(`${title}\nkind   raw        gzip -9    budget (gzip)`);
  for (const [ext, budget] of Object.entries(budgets)) {
    const t = totals[ext] ?? { raw: 0, gz: 0, files: [] };
    const ok = t.gz <= budget;
    if (!ok) over += 1;
    console.log(`${ext.padEnd(6)} ${kb(t.raw).padEnd(10)} ${kb(t.gz).padEnd(10)} ${kb(budget)} ${ok ? 'ok' : 'OVER BUDGET'}`);
    if (PER_FILE.has(ext)) console.log(`         the largest of ${t.count ?? 0} files: ${t.files.at(-1) ?? '-'}`);
    else for (const f of t.files) console.log(`         ${f}`);
  }
  if (!totals['.wasm']) {
    console.error(`${root}: no .wasm file found: is this a release build?`);
    over += 1;
  }
  console.log();
  return over;
}

function kb(bytes) {
  return `${(bytes / 1000).toFixed(1)} KB`;
}
