// The steps of a build that depend on the dataset, on a folder that holds the app's files:
// the web app manifest and icons from the city, every public page rendered to static HTML
// with the app's own components (src/bin/prerender.rs, natively: trunk's page is kept as
// app.html), the service worker's precache list from the files now there, and the hashed
// files compressed beside them. Run by the trunk post-build hook (scripts/postbuild.mjs),
// and by the large-city benchmark (scripts/perf.mjs) on a copy of dist/ with another city.
//   node scripts/render-pages.mjs DIR
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from './pwa/manifest.mjs';
import { writeServiceWorker } from './pwa/precache.mjs';
import { compressFiles } from './compress.mjs';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');

/** Renders `dir`'s pages from `dir/data/services.json`; says what it did, prefixed with `label`. */
export function renderPages(dir, label = 'render-pages') {
  const manifest = writeManifest(dir, join(dir, 'data/services.json'));
  console.log(`${label}: manifest "${manifest.name}" with ${manifest.icons.length} icons`);
  // The same Cargo.lock as the wasm build; the native build's own output stays in target/.
  // Without the release build's settings for the wasm's standard library (scripts/build.sh):
  // inherited, they made this native build compile a standard library of its own, apart
  // from the one the tests and tools build with (minutes after every dependency change).
  const nativeEnv = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(RUSTC_BOOTSTRAP|CARGO_UNSTABLE_BUILD_STD.*)$/.test(name)),
  );
  execFileSync('cargo', ['run', '--locked', '--quiet', '--bin', 'prerender', '--', dir], {
    cwd: ROOT,
    stdio: 'inherit',
    env: nativeEnv,
  });
  const { version, entries } = writeServiceWorker(dir);
  console.log(`${label}: service worker ${version} precaches ${entries.length} files`);
  console.log(`${label}: ${compressFiles(dir)} hashed files written compressed (.br, .gz) beside them`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/render-pages.mjs DIR');
    process.exit(2);
  }
  renderPages(resolve(dir));
}
