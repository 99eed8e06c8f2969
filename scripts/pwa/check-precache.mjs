// Fails when any built file is missing from the service worker's precache list, listed
// with a stale hash, or listed but not built.   node scripts/pwa/check-precache.mjs dist
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isShellFile, KEEPERS_DIR, listFiles, revision } from './precache.mjs';

const dir = process.argv[2] || 'dist';
const source = readFileSync(join(dir, 'sw.js'), 'utf8');
const match = source.match(/const PRECACHE = (\[.*\]);/);
if (!match) {
  console.error('check-precache: sw.js has no filled-in precache list');
  process.exit(1);
}
const listed = new Map(JSON.parse(match[1]).map((e) => [e.url, e.revision]));
const built = listFiles(dir).filter(isShellFile);
const problems = [];
for (const file of built) {
  if (!listed.has(file)) problems.push(`built but not precached: ${file}`);
  else if (listed.get(file) !== revision(join(dir, file))) problems.push(`precached with a stale hash: ${file}`);
}
for (const file of listed.keys()) if (!built.includes(file)) problems.push(`precached but not built: ${file}`);
// Visitors never download the keepers' workspace: none of its files is in their precache,
// and no visitor page names one (the About page links to /pflege/ itself, a page, not a file).
for (const file of listed.keys()) if (file.startsWith(KEEPERS_DIR) || /\bwegweiser-pflege-/.test(file)) problems.push(`the keepers' workspace in the visitors' precache: ${file}`);
for (const page of listFiles(dir).filter((f) => f.endsWith('.html') && !f.startsWith(KEEPERS_DIR))) {
  const html = readFileSync(join(dir, page), 'utf8');
  if (/(src|href)="[^"]*pflege\/[^"]+"/.test(html)) problems.push(`${page} loads a file of the keepers' workspace`);
}
if (!listFiles(dir).some((f) => f.startsWith(KEEPERS_DIR) && f.endsWith('_bg.wasm'))) problems.push(`no keepers' workspace built in ${dir}/${KEEPERS_DIR}`);
const bytes = built.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
console.log(`precache: ${listed.size} files listed, ${built.length} built, ${(bytes / 1000).toFixed(1)} KB`);
for (const p of problems) console.error(p);
process.exit(problems.length ? 1 : 0);
