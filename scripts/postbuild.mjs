// Trunk post-build hook (see Trunk.toml): runs on trunk's staging folder before it becomes
// dist/. It
// 1. moves trunk's inline loader script into a hashed file, so the Content Security Policy
//    can forbid every inline script (`script-src 'self'`), whatever the build; the loader
//    starts the app after the page's first paint, and trunk's preloads of the app's files
//    go, so a page rendered at build time shows at once and its download does not compete
//    with what the reader sees first; the loader begins with the crash screen's handler
//    (loader/crash-screen.js), so it listens before the app runs;
// 2. writes the web app manifest and icons from the dataset's city;
// 3. renders every public page to static HTML with the app's own components, natively
//    (src/bin/prerender.rs), keeping trunk's page as app.html;
// 4. writes the service worker's precache list from the files built (last: it hashes them).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeManifest } from './pwa/manifest.mjs';
import { writeServiceWorker } from './pwa/precache.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('postbuild: TRUNK_STAGING_DIR is not set (run through trunk).');
  process.exit(1);
}
const publicUrl = process.env.TRUNK_PUBLIC_URL || '/';
const indexPath = join(staging, 'index.html');
let html = readFileSync(indexPath, 'utf8');

const inlineModule = /<script type="module"(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g;
/** Trunk's loader imports the app's glue at once; this one waits for the first paint. */
function afterFirstPaint(body) {
  const staticImport = /import init, \* as bindings from '([^']+)';/;
  const found = body.match(staticImport);
  if (!found) {
    console.error("postbuild: trunk's loader no longer reads `import init, * as bindings from '…'`.");
    process.exit(1);
  }
  const waitForPaint = [
    '// The dataset is asked for at once, beside the page and the app\'s files: the app would',
    '// ask only once it runs, and a large city\'s file would then arrive that much later. The',
    '// app takes this answer (platform/data.rs). A fetch does not hold back the load event,',
    '// as a preload link would. The worker\'s messages are kept until the app listens',
    '// (platform/service_worker.rs): the worker may answer this request with "newer data".',
    'const start = { data: null, body: null, messages: [] };',
    'globalThis.wegweiserStart = start;',
    'try {',
    "  navigator.serviceWorker?.addEventListener('message', (event) => start.messages?.push(event.data));",
    '} catch {} // no workers here (a sandbox, plain http): nothing to keep',
    "start.data = fetch(new URL('data/services.json', document.baseURI)).catch(() => null);",
    '// Its body too, while the app\'s files load and compile: the app reads the bytes when it',
    '// runs (null when the answer is not a good one; the app then reads nothing of it).',
    'start.body = start.data.then((answer) => (answer?.ok ? answer.arrayBuffer() : null)).catch(() => null);',
    '// Start after the first paint: the page rendered at build time shows first.',
    'await new Promise((resolve) => {',
    '  const later = () => requestAnimationFrame(() => setTimeout(resolve, 0));',
    "  if (document.readyState === 'complete') later();",
    "  else addEventListener('load', later, { once: true });",
    '});',
    `const bindings = await import('${found[1]}');`,
    'const init = bindings.default;',
  ].join('\n');
  return body.replace(staticImport, waitForPaint);
}

const crashScreen = readFileSync(join(import.meta.dirname, 'loader/crash-screen.js'), 'utf8');
let moved = 0;
html = html.replace(inlineModule, (_all, attributes, rawBody) => {
  const body = crashScreen + afterFirstPaint(rawBody);
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
  const name = `boot-${hash}.js`;
  writeFileSync(join(staging, name), body.trim() + '\n');
  moved += 1;
  const kept = attributes.replace(/\s(nonce|integrity)="[^"]*"/g, '');
  return `<script type="module"${kept} src="${publicUrl}${name}"></script>`;
});
// The app's files are fetched when the loader asks for them (after the first paint).
const preloads = /<link rel="(modulepreload|preload)" href="[^"]*(\.js|_bg\.wasm)"[^>]*>/g;
const dropped = (html.match(preloads) ?? []).length;
html = html.replace(preloads, '');
console.log(`postbuild: dropped ${dropped} preload link(s) of the app's files`);
if (/<script(?![^>]*\ssrc=)[^>]*>/.test(html)) {
  console.error('postbuild: an inline script is left in index.html; the CSP would block it.');
  process.exit(1);
}
writeFileSync(indexPath, html);
console.log(`postbuild: moved ${moved} inline script(s) into files`);

const manifest = writeManifest(staging, join(staging, 'data/services.json'));
console.log(`postbuild: manifest "${manifest.name}" with ${manifest.icons.length} icons`);
// The same Cargo.lock as the wasm build; the native build's own output stays in target/.
execFileSync('cargo', ['run', '--locked', '--quiet', '--bin', 'prerender', '--', staging], {
  stdio: 'inherit',
});
const { version, entries } = writeServiceWorker(staging);
console.log(`postbuild: service worker ${version} precaches ${entries.length} files`);
