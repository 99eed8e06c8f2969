// Writes the service worker's precache list from the files actually built, never by hand.
//   node scripts/pwa/precache.mjs DIST   (also run by the trunk post-build hook)
// Every file of the build is listed with a content hash; the worker's version is the hash
// of the whole list, so any change of any file is a new version.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const TEMPLATE = join(ROOT, 'public/sw.js');

/** The keepers' workspace: its own build (crates/pflege), which visitors never download. */
export const KEEPERS_DIR = 'pflege/';

/**
 * The page of one service (`service/<id>/index.html`). A large city has thousands: precached,
 * they would be tens of MB on every first visit and after every deploy. The worker keeps
 * each when it is first visited (public/sw.js), and offline the app renders any of them
 * from the dataset it keeps.
 */
export const isEntryPage = (path) => /^service\/[^/]+\/index\.html$/.test(path);

/** Files that are not part of the app shell: the worker itself, the dataset, the pages of
 * single services, the keepers' workspace, and what only crawlers read (robots.txt, the
 * sitemap's files). The shell holds the app's files, the start page, the results pages and
 * the other pages of the menu. */
export function isShellFile(path) {
  // `.br` and `.gz` files are the same files compressed for the wire (scripts/compress.mjs).
  return (
    path !== 'sw.js' &&
    !isEntryPage(path) &&
    path !== 'robots.txt' &&
    !/^sitemap(-\d+)?\.xml$/.test(path) &&
    !path.startsWith('data/') &&
    !path.startsWith(KEEPERS_DIR) &&
    !path.startsWith('.') &&
    !/\.(br|gz)$/.test(path)
  );
}

export function listFiles(dir) {
  const files = [];
  (function walk(current) {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(dir, path).split('\\').join('/'));
    }
  })(dir);
  return files.sort();
}

export function revision(path) {
  return createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16);
}

export function writeServiceWorker(dir) {
  const entries = listFiles(dir)
    .filter(isShellFile)
    .map((url) => ({ url, revision: revision(join(dir, url)) }));
  const template = readFileSync(TEMPLATE, 'utf8');
  // The worker's own code is part of its version: a new worker never shares a cache name
  // (and so a cache) with the one running.
  const version = createHash('sha256').update(JSON.stringify(entries)).update(template).digest('hex').slice(0, 16);
  const source = template
    .replace("'__VERSION__'", `'${version}'`)
    .replace('/*__PRECACHE__*/ []', JSON.stringify(entries));
  writeFileSync(join(dir, 'sw.js'), source);
  return { version, entries };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] || 'dist';
  const { version, entries } = writeServiceWorker(dir);
  const bytes = entries.reduce((sum, e) => sum + statSync(join(dir, e.url)).size, 0);
  console.log(`precache: version ${version}, ${entries.length} files, ${(bytes / 1000).toFixed(1)} KB`);
}
