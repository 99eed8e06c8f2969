// Trunk post-build hook of the keepers' workspace (crates/pflege/Trunk.toml), on trunk's
// staging folder before it becomes dist/pflege/. Like the visitors' (scripts/postbuild.mjs),
// it moves trunk's inline loader into a hashed file behind the crash screen's handler, so
// the CSP forbids every inline script; puts the CSP on the page as a <meta>; and writes the
// hashed files compressed beside them; and fills in its own worker's precache list
// (crates/pflege/sw.js). No pages rendered, nothing in the visitors' worker.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compressFiles } from './compress.mjs';
import { scriptsToFiles, underPolicy } from './csp.mjs';
import { listFiles } from './pwa/precache.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('pflege-postbuild: TRUNK_STAGING_DIR is not set (run through trunk).');
  process.exit(1);
}
const publicUrl = process.env.TRUNK_PUBLIC_URL || '/pflege/';
const indexPath = join(staging, 'index.html');
let html = readFileSync(indexPath, 'utf8');
html = underPolicy(scriptsToFiles(html, { dir: staging, publicUrl }).page, 'pflege-postbuild');
writeFileSync(indexPath, html);
const files = listFiles(staging).filter((f) => f !== 'sw.js' && !/\.(br|gz)$/.test(f));
const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 16);
const worker = readFileSync(join(import.meta.dirname, '../crates/pflege/sw.js'), 'utf8')
  .replace("'__VERSION__'", `'${version}'`)
  .replace('/*__PRECACHE__*/ []', JSON.stringify(files));
writeFileSync(join(staging, 'sw.js'), worker);
console.log(`pflege-postbuild: its worker ${version} precaches ${files.length} files`);
console.log(`pflege-postbuild: ${compressFiles(staging)} hashed files written compressed (.br, .gz) beside them`);
