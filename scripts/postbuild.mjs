// Trunk post-build hook (see Trunk.toml): runs on trunk's staging folder before it becomes
// dist/. It
// 1. moves trunk's inline loader script into a hashed file, so the Content Security Policy
//    can forbid every inline script (`script-src 'self'`), whatever the build; the loader
//    asks for the dataset at once and for the app's files right after the page's first
//    paint (the wasm compiled while it streams in), so a page rendered at build time shows
//    at once; trunk's preload links go; the loader begins with the crash screen's handler
//    (loader/crash-screen.js), so it listens before the app runs;
// 2. then does what depends on the dataset (scripts/render-pages.mjs): the web app manifest
//    and icons from the dataset's city; every public page rendered to static HTML with the
//    app's own components, natively (src/bin/prerender.rs), keeping trunk's page as
//    app.html; the service worker's precache list from the files built (it hashes them);
//    the hashed files compressed beside them, brotli and gzip -9 (scripts/compress.mjs).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderPages } from './render-pages.mjs';
import { scriptsToFiles, underPolicy } from './csp.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('postbuild: TRUNK_STAGING_DIR is not set (run through trunk).');
  process.exit(1);
}
const publicUrl = process.env.TRUNK_PUBLIC_URL || '/';
const indexPath = join(staging, 'index.html');
let html = readFileSync(indexPath, 'utf8');

/**
 * Trunk's loader imports the app's glue and then fetches the wasm; this one asks for the
 * dataset at once, and for the glue and the wasm right after the first paint (the wasm
 * compiled while it streams in), and starts the app once both are there.
 */
function afterFirstPaint(body) {
  const staticImport = /import init, \* as bindings from '([^']+)';/;
  const found = body.match(staticImport);
  const wasmPath = /init\(\{ module_or_path: '([^']+_bg\.wasm)' \}\)/;
  const wasm = body.match(wasmPath);
  if (!found || !wasm) {
    console.error("postbuild: trunk's loader no longer reads `import init, * as bindings from '…'` and `init({ module_or_path: '…' })`.");
    process.exit(1);
  }
  const waitForPaint = [
    '// The dataset is asked for at once, beside the page and the app\'s files: the app would',
    '// ask only once it runs, and a large city\'s file would then arrive that much later. The',
    '// app takes this answer (platform/data.rs). A fetch does not hold back the load event,',
    '// as a preload link would. The worker\'s messages are kept until the app listens',
    '// (platform/service_worker.rs): the worker may answer this request with "newer data".',
    'const start = { data: null, body: null, vocabulary: null, messages: [] };',
    'globalThis.wegweiserStart = start;',
    'try {',
    "  navigator.serviceWorker?.addEventListener('message', (event) => start.messages?.push(event.data));",
    '} catch {} // no workers here (a sandbox, plain http): nothing to keep',
    "start.data = fetch(new URL('data/services.json', document.baseURI)).catch(() => null);",
    '// Its body too, while the app\'s files load and compile: the app reads the bytes when it',
    '// runs (null when the answer is not a good one; the app then reads nothing of it).',
    'start.body = start.data.then((answer) => (answer?.ok ? answer.arrayBuffer() : null)).catch(() => null);',
    '// The app\'s files as soon as the page has painted (a frame, then a task), not at the',
    '// load event: the page rendered at build time shows first, and nothing of the app is',
    '// in the way of its first paint (asked for earlier, the wasm counted against the',
    '// largest paint in Lighthouse\'s model: 3.0 s). The wasm is compiled on the browser\'s',
    '// own threads while its bytes arrive (a host that serves it as another type gets it',
    '// compiled once it is all there).',
    'await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));',
    '// The vocabulary of questions with them: the app reads it before it is live, and asked',
    '// for by the app itself it would wait a round trip after the wasm (platform/data.rs).',
    "start.vocabulary = fetch(new URL('vocabulary.json', document.baseURI)).catch(() => null);",
    `const bindingsLoaded = import('${found[1]}');`,
    `const compiled = fetch(new URL('${wasm[1]}', document.baseURI)).then((answer) =>`,
    "  answer.headers.get('Content-Type')?.startsWith('application/wasm')",
    '    ? WebAssembly.compileStreaming(answer)',
    '    : answer.arrayBuffer().then((bytes) => WebAssembly.compile(bytes)),',
    ');',
    "compiled.catch(() => {}); // a failure is the app's start to report, below",
    '// The glue that does not load, a wasm that does not compile, link or start: the page',
    '// says so (loader/crash-screen.js), and the error goes on to the console.',
    'const startFailed = (error) => { showStartFailed(); throw error; };',
    'const bindings = await bindingsLoaded.catch(startFailed);',
    'const init = bindings.default;',
  ].join('\n');
  const startFailed = readFileSync(join(import.meta.dirname, 'loader/start-failed.js'), 'utf8');
  return startFailed + body.replace(staticImport, waitForPaint).replace(wasmPath, 'init({ module_or_path: compiled }).catch(startFailed)');
}

const boot = scriptsToFiles(html, { dir: staging, publicUrl, body: afterFirstPaint });
html = boot.page;
// The app's files are fetched when the loader asks for them (after the first paint).
const preloads = /<link rel="(modulepreload|preload)" href="[^"]*(\.js|_bg\.wasm)"[^>]*>/g;
const dropped = (html.match(preloads) ?? []).length;
html = html.replace(preloads, '');
console.log(`postbuild: dropped ${dropped} preload link(s) of the app's files`);
// The Content Security Policy also as a <meta> element: the policy of
// deploy/nginx-site.conf (one source), without `frame-ancestors`, which a <meta> cannot carry.
html = underPolicy(html, 'postbuild');
writeFileSync(indexPath, html);
console.log(`postbuild: moved ${boot.moved} inline script(s) into files`);

renderPages(staging, 'postbuild');
