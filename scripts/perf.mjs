// The performance benchmark: prints figures, passes or fails nothing (targets are in the
// README and the issues, and the size budget is a separate check in the test command).
//
//   node scripts/perf.mjs [--runs 3] [--no-first-visit] [--no-lighthouse] [--no-cities] [--no-questions] [--no-build] [--app-build] [--sizes 1000,10000,50000]
//                         [--routes /,/suche?need=pflege] [--verbose]
//
// Needs a release build in dist/ (./scripts/build.sh) and Debian's Chromium.
// 1. Lighthouse 12 (mobile preset: simulated slow 4G, 4× CPU slowdown) on the start page, a
//    results page and a detail page, served by the project's nginx; the median of --runs.
// 2. Large cities: synthetic datasets (`synth N`) served in place of the dataset; the time
//    from navigation to the first results on /suche (the app's `wegweiser:live` mark: its
//    results are in the page), without and with 4× CPU slowdown (Chrome DevTools
//    Protocol), the wasm's memory and the memory of the tab's renderer process once the
//    app has settled: private (anonymous resident, the tab's own footprint) and resident in
//    all (with the browser's shared code), beside a page of one line for comparison.
//    --verbose adds where the time goes (data received, read, indexed, shown).
// 3. The first visit, measured where users feel it (--no-first-visit skips it): each route
//    opened in a fresh browser over slow 4G (150 ms, 1.6 Mbit/s down, 750 kbit/s up,
//    applied by Chromium's network emulation, not simulated) with 4× CPU slowdown: the
//    first paint, the time until the app has taken over and search answers (its
//    `wegweiser:live` mark), and the bytes on the wire until then; median of --runs.
// 4. Questions typed at 10,000 services with 4× CPU slowdown (--no-questions skips it): the
//    latency of each keystroke in the search field and of each question's answer.
// 5. A large city built for real (--no-build skips it): dist/'s app with a synthetic city of
//    10,000 services, its pages rendered as the build renders them (scripts/render-pages.mjs)
//    and timed; the folder's size and file count; the bytes and requests of a first visit
//    (the service worker's precache included, until it is installed); and the bytes of the
//    update after one service changed (the city rendered again; the start page and the
//    changed service's page, visited before, opened again). --app-build also times
//    ./scripts/build.sh (the app's release build, which does not depend on the city) first.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listFiles } from './pwa/precache.mjs';
import { renderPages } from './render-pages.mjs';
import { launch } from '../tests/e2e/support/browser.mjs';
import { startServer, ROOT } from '../tests/e2e/support/server.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Number(option('--runs', '3'));
const VERBOSE = args.includes('--verbose');
const SIZES = option('--sizes', '1000,10000,50000').split(',').map(Number);
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ROUTES = option('--routes', '/,/suche?need=pflege,/service/gemeindeschwester-plus').split(',');

/** The value a share `q` of `values` lies below (0.5: the median). */
const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const median = (values) => quantile(values, 0.5);

/** Which element Lighthouse took as the largest contentful paint (for --verbose). */
function lcpElement(lhr) {
  const items = lhr.audits['largest-contentful-paint-element']?.details?.items ?? [];
  const node = items.flatMap((i) => i.items ?? [i]).find((i) => i.node)?.node;
  return node ? `${node.selector} "${(node.nodeLabel ?? '').slice(0, 60)}"` : 'unknown';
}

async function lighthouseFigures(url) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const rows = [];
  for (const route of ROUTES) {
    const runs = [];
    const failed = [];
    for (let run = 0; run < RUNS; run += 1) {
      const chrome = await chromeLauncher.launch({
        chromePath: CHROMIUM,
        // A German device, as the city's readers have (the app follows the device's
        // language; the prerendered pages are German).
        chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--lang=de-DE', '--accept-lang=de-DE,de'],
        envVars: { ...process.env, LANGUAGE: 'de_DE', LANG: 'de_DE.UTF-8' },
      });
      try {
        const result = await lighthouse(`${url}${route}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
        });
        // A run Lighthouse could not finish (no paint, a protocol timeout) is reported and
        // left out of the median, never counted as a score of 0.
        const failure = result.lhr.runtimeError;
        if (failure) {
          failed.push(failure.code);
          console.log(`${route}: run ${run + 1} failed: ${failure.code} ${failure.message ?? ''}`);
          continue;
        }
        const audit = (id) => result.lhr.audits[id].numericValue;
        runs.push({
          score: Math.round(result.lhr.categories.performance.score * 100),
          fcp: audit('first-contentful-paint'),
          lcp: audit('largest-contentful-paint'),
          tbt: audit('total-blocking-time'),
          cls: audit('cumulative-layout-shift'),
          lcpElement: lcpElement(result.lhr),
          observed: result.lhr.audits.metrics?.details?.items?.[0],
          work: (result.lhr.audits['mainthread-work-breakdown']?.details?.items ?? [])
            .map((w) => `${w.group} ${Math.round(w.duration)}`)
            .join(', '),
          longTasks: (result.lhr.audits['long-tasks']?.details?.items ?? [])
            .slice(0, 4)
            .map((t) => `${Math.round(t.duration)} ms at ${Math.round(t.startTime)} (${String(t.url).split('/').pop()})`),
        });
      } finally {
        await chrome.kill();
      }
    }
    const pick = (key) => median(runs.map((r) => r[key]));
    if (VERBOSE) for (const r of runs) console.log(`${route}: LCP element ${r.lcpElement}; observed FCP ${r.observed?.observedFirstContentfulPaint} LCP ${r.observed?.observedLargestContentfulPaint} load ${r.observed?.observedLoad}; long tasks: ${r.longTasks.join(', ')}; main thread (ms): ${r.work}`);
    rows.push({ route, score: pick('score'), fcp: pick('fcp'), lcp: pick('lcp'), tbt: pick('tbt'), cls: pick('cls'), scores: [...runs.map((r) => r.score), ...failed.map((code) => `failed (${code})`)] });
  }
  console.log(`\nLighthouse 12, mobile preset, median of ${RUNS} run(s) (of those that finished):`);
  console.log('| route | performance | FCP | LCP | TBT | CLS | runs |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    console.log(
      `| \`${r.route}\` | ${r.score} | ${(r.fcp / 1000).toFixed(1)} s | ${(r.lcp / 1000).toFixed(1)} s | ${Math.round(r.tbt)} ms | ${r.cls.toFixed(3)} | ${r.scores.join(', ')} |`,
    );
  }
}

/** A synthetic city of `size` services (generated once into target/perf/). */
function syntheticCity(size) {
  const dir = resolve(ROOT, 'target/perf');
  mkdirSync(dir, { recursive: true });
  const file = resolve(dir, `synthetic-${size}.json`);
  if (!existsSync(file)) {
    const json = execFileSync('cargo', ['run', '--locked', '--quiet', '--release', '--bin', 'synth', '--', String(size)], {
      cwd: ROOT,
      maxBuffer: 1 << 30,
    });
    writeFileSync(file, json);
  }
  return readFileSync(file, 'utf8');
}

/**
 * The memory of the page's renderer process in MB (the largest renderer child): resident in
 * all, and private (anonymous resident memory, what Chrome's task manager counts as the
 * tab's footprint: without the browser's own code and fonts, which every tab shares).
 */
function rendererMemoryMb(browserPid) {
  try {
    const out = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,rss=,args='], { encoding: 'utf8' });
    const rows = out
      .split('\n')
      .map((line) => line.trim().match(/^(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/)?.slice(1))
      .filter(Boolean);
    const descendants = new Set([String(browserPid)]);
    for (let changed = true; changed; ) {
      changed = false;
      for (const [pid, ppid] of rows) if (descendants.has(ppid) && !descendants.has(pid)) descendants.add(pid), (changed = true);
    }
    const renderers = rows.filter(([pid, , , cmd]) => descendants.has(pid) && cmd.includes('--type=renderer'));
    const [pid, , rss] = renderers.sort((a, b) => Number(b[2]) - Number(a[2]))[0];
    const anon = readFileSync(`/proc/${pid}/status`, 'utf8').match(/RssAnon:\s+(\d+)/)?.[1];
    return { rss: Number(rss) / 1024, private: Number(anon) / 1024 };
  } catch {
    return { rss: NaN, private: NaN };
  }
}

/** The tab's memory once the app has settled (its search index built) and garbage is collected. */
async function settledMemory(page, cdp, browser) {
  await page.waitForTimeout(3000);
  await cdp.send('HeapProfiler.collectGarbage');
  await page.waitForTimeout(500);
  return rendererMemoryMb(browser.process?.()?.pid ?? 0);
}

/** The same for a page of one line, so the app's share can be told from the browser's. */
async function blankPageMemory() {
  const browser = await launch();
  const page = await browser.newPage();
  await page.setContent('<p>Wegweiser</p>');
  const memory = await settledMemory(page, await page.context().newCDPSession(page), browser);
  await browser.close();
  return memory;
}

/**
 * A copy of dist/ whose dataset is `city` (of `size` services), served by the project's
 * nginx as a deployment would serve it (compressed on the wire). Routing the file through
 * the test browser's protocol instead would add a transfer no reader has (about a second
 * for 50k).
 */
function distWithCity(size, city) {
  const dist = resolve(ROOT, `target/perf/dist-${size}`);
  rmSync(dist, { recursive: true, force: true });
  cpSync(resolve(ROOT, 'dist'), dist, { recursive: true });
  writeFileSync(resolve(dist, 'data/services.json'), city);
  return dist;
}

/** The app's own marks (`platform::mark`), in ms from navigation. */
const MARKS = () =>
  Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name.replace('wegweiser:', ''), m.startTime]));

/** Slow 4G as Lighthouse's mobile preset throttles it, applied for real. */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1e6) / 8, uploadThroughput: (750 * 1e3) / 8 };

async function firstVisitFigures(url) {
  console.log(`\nFirst visit over slow 4G (150 ms, 1.6 Mbit/s) at 4× CPU slowdown, median of ${RUNS} run(s):`);
  console.log('| route | first paint | live (search answers) | bytes on the wire until live |');
  console.log('| --- | --- | --- | --- |');
  for (const route of ROUTES) {
    const runs = [];
    for (let run = 0; run < RUNS; run += 1) {
      const browser = await launch();
      try {
        // A first visit: a new profile, the service worker allowed to install as it would.
        const context = await browser.newContext({ baseURL: url, locale: 'de-DE', viewport: { width: 412, height: 823 } });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await page.goto(route, { waitUntil: 'commit' });
        await page.locator('html[data-app="live"]').waitFor({ timeout: 120_000 });
        runs.push(
          await page.evaluate(() => {
            const live = performance.getEntriesByName('wegweiser:live')[0]?.startTime ?? NaN;
            const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
            const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
            const bytes = entries.filter((e) => e.responseEnd <= live).reduce((sum, e) => sum + (e.transferSize || 0), 0);
            return { live, paint, bytes };
          }),
        );
      } finally {
        await browser.close();
      }
    }
    const pick = (key) => median(runs.map((r) => r[key]));
    console.log(`| \`${route}\` | ${(pick('paint') / 1000).toFixed(2)} s | ${(pick('live') / 1000).toFixed(2)} s | ${Math.round(pick('bytes') / 1000)} KB |`);
    if (VERBOSE) console.log(`${route}: live ${runs.map((r) => Math.round(r.live)).join(', ')} ms`);
  }
}

async function cityFigures() {
  console.log('\nLarge cities: navigation to the first results on /suche (median of runs)');
  const blank = await blankPageMemory();
  console.log(`(a page of one line: ${Math.round(blank.private)} MB private, ${Math.round(blank.rss)} MB resident)`);
  console.log('| services | JSON (on the wire) | first results | at 4× CPU slowdown | wasm memory | tab memory (private) | renderer resident |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  const details = [];
  for (const size of SIZES) {
    const city = syntheticCity(size);
    const server = await startServer(distWithCity(size, city));
    const cells = [];
    let memory = { rss: NaN, private: NaN };
    let wasmMemory = NaN;
    let wire = NaN;
    try {
      for (const slowdown of [1, 4]) {
        const runs = [];
        for (let run = 0; run < RUNS; run += 1) {
          const browser = await launch();
          const context = await browser.newContext({ baseURL: server.url, serviceWorkers: 'block', viewport: { width: 412, height: 823 } });
          const page = await context.newPage();
          // Trunk's loader hands the started module over in this event: its memory is the wasm's.
          await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (event) => (window.__wasm = event.detail.wasm)));
          const cdp = await context.newCDPSession(page);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
          await page.goto('/suche', { waitUntil: 'commit' });
          // The app's own results (the synthetic city), not the page rendered at build time.
          await page.locator(`html[data-app="live"] .ww-card`).first().waitFor({ timeout: 120_000 });
          const figures = await page.evaluate(MARKS);
          runs.push(figures);
          if (slowdown === 1 && run === 0) {
            memory = await settledMemory(page, cdp, browser);
            wasmMemory = await page.evaluate(() => (window.__wasm?.memory?.buffer?.byteLength ?? NaN) / 1e6);
            wire = await page.evaluate(() => performance.getEntriesByType('resource').find((e) => e.name.endsWith('/data/services.json'))?.transferSize / 1e6);
          }
          await browser.close();
        }
        const live = median(runs.map((r) => r.live));
        cells.push(`${(live / 1000).toFixed(2)} s`);
        const typical = runs.find((r) => r.live === live);
        details.push(
          `${size} at ${slowdown}×: data answered ${Math.round(typical['data-answered'])} ms, its body in the wasm ${Math.round(typical['data-received'])} ms, read ${Math.round(typical['data-read'] - typical['data-received'])} ms, ` +
            `indexed ${Math.round(typical['data-indexed'] - typical['data-read'])} ms, shown ${Math.round(typical.live - typical['data-indexed'])} ms later, live at ${Math.round(typical.live)} ms`,
        );
      }
    } finally {
      await server.stop();
    }
    const mb = (Buffer.byteLength(city) / 1e6).toFixed(1);
    const mbText = (value) => (Number.isFinite(value) ? `${Math.round(value)} MB` : 'n/a');
    console.log(`| ${size.toLocaleString('en')} | ${mb} MB (${Number.isFinite(wire) ? wire.toFixed(1) : '?'} MB) | ${cells[0]} | ${cells[1]} | ${mbText(wasmMemory)} | ${mbText(memory.private)} | ${mbText(memory.rss)} |`);
  }
  if (VERBOSE) for (const line of details) console.log(line);
}

/** Questions typed at 10,000 services with 4× CPU slowdown: each keystroke's latency in
 * the search field (the Event Timing API: from the key to the next paint) and each
 * question's answer (from Enter to the count of its results in the status line). */
const QUESTIONS = [
  'Wer kann mich bei der Pflege zu Hause entlasten?',
  'Meine Mutter wird immer vergesslicher',
  'Gibt es einen Seniorentreff am Wochenende?',
  'Ich brauche Hilfe bei einer Patientenverfügung',
];
async function questionFigures() {
  const size = 10_000;
  const server = await startServer(distWithCity(size, syntheticCity(size)));
  const keystrokes = [];
  const answers = [];
  try {
    for (let run = 0; run < RUNS; run += 1) {
      const browser = await launch();
      const context = await browser.newContext({ baseURL: server.url, serviceWorkers: 'block', viewport: { width: 412, height: 823 } });
      const page = await context.newPage();
      await page.addInitScript(() => {
        window.__events = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (entry.name === 'keydown') window.__events.push(entry.duration);
        }).observe({ type: 'event', durationThreshold: 16, buffered: true });
      });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const field = page.locator('#ww-search-input');
      for (const question of QUESTIONS) {
        // From the list of every service each time, so the count always changes.
        await page.goto('/suche', { waitUntil: 'commit' });
        await page.locator('html[data-app="live"] .ww-card').first().waitFor({ timeout: 120_000 });
        await field.click();
        await page.keyboard.type(question, { delay: 30 });
        const before = await page.locator('[role="status"].ww-count').textContent();
        const start = await page.evaluate(() => performance.now());
        await page.keyboard.press('Enter');
        await page.waitForFunction(
          (old) => document.querySelector('[role="status"].ww-count')?.textContent !== old,
          before,
          { timeout: 60_000 },
        );
        answers.push((await page.evaluate(() => performance.now())) - start);
      }
      // Keystrokes under 16 ms are not reported by the browser: they count as 16 ms.
      const long = await page.evaluate(() => window.__events);
      const typed = QUESTIONS.reduce((n, q) => n + q.length, 0);
      keystrokes.push(...long, ...Array(Math.max(0, typed - long.length)).fill(16));
      await browser.close();
    }
  } finally {
    await server.stop();
  }
  console.log(`\nQuestions at ${size.toLocaleString('en')} services, 4× CPU slowdown (${RUNS} run(s), ${QUESTIONS.length} questions each):`);
  console.log(`  a keystroke in the search field: p50 ${Math.round(median(keystrokes))} ms, p95 ${Math.round(quantile(keystrokes, 0.95))} ms (${keystrokes.length} keys; under 16 ms counts as 16)`);
  console.log(`  a question's answer (Enter to its count): p50 ${Math.round(median(answers))} ms, p95 ${Math.round(quantile(answers, 0.95))} ms`);
}

/** Seconds since `start` (a `performance.now()`), to one decimal. */
const secondsSince = (start) => ((performance.now() - start) / 1000).toFixed(1);

/** Waits until no request has been in flight for `quiet` ms (the worker's fetches included). */
async function settled(inFlight, quiet = 1500) {
  let calm = 0;
  while (calm < quiet) {
    await new Promise((r) => setTimeout(r, 100)); // a poll interval
    calm = inFlight.size === 0 ? calm + 100 : 0;
  }
}

async function largeCityBuild() {
  const size = 10_000;
  if (args.includes('--app-build')) {
    const start = performance.now();
    execFileSync(resolve(ROOT, 'scripts/build.sh'), { cwd: ROOT, stdio: 'inherit' });
    console.log(`\nThe app's release build (./scripts/build.sh, the target folder warm): ${secondsSince(start)} s`);
  }
  const dir = resolve(ROOT, `target/perf/build-${size}`);
  rmSync(dir, { recursive: true, force: true });
  // The app's files; the bundled city's own pages (services, needs) and crawler files stay
  // behind, and the prerender writes the synthetic city's.
  const dist = resolve(ROOT, 'dist');
  const leftBehind = new Set(['service', 'suche', 'robots.txt'].map((name) => join(dist, name)));
  cpSync(dist, dir, { recursive: true, filter: (path) => !leftBehind.has(path) && !/\/sitemap(-\d+)?\.xml$/.test(path) });
  const city = JSON.parse(syntheticCity(size));
  writeFileSync(join(dir, 'data/services.json'), JSON.stringify(city));
  let start = performance.now();
  renderPages(dir, 'perf');
  const rendered = secondsSince(start);
  const files = listFiles(dir);
  const bytes = files.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);

  const server = await startServer(dir);
  const browser = await launch();
  const inFlight = new Set();
  const wire = { bytes: 0, requests: 0, unchanged: 0, unchangedBytes: 0 };
  try {
    const context = await browser.newContext({ baseURL: server.url, locale: 'de-DE', viewport: { width: 412, height: 823 } });
    // Every request of the page and of its service worker that reached the server, counted
    // as it arrives (the body as sent, compressed, and the headers); what the worker
    // answered from its caches moves nothing. "Not modified" answers are counted apart.
    context.on('request', (request) => inFlight.add(request));
    const done = async (request) => {
      const response = await request.response().catch(() => null);
      const sizes = await request.sizes().catch(() => null);
      if (response && sizes && !response.fromServiceWorker()) {
        const moved = sizes.responseBodySize + sizes.responseHeadersSize;
        wire.bytes += moved;
        wire.requests += 1;
        // (A "not modified" reaches the page as the cached 200: its body moved nothing.)
        if (sizes.responseBodySize === 0) {
          wire.unchanged += 1;
          wire.unchangedBytes += moved;
        }
        if (VERBOSE) console.log(`  ${request.serviceWorker() ? 'worker' : 'page'} ${request.url().replace(server.url, '')}: ${response.status()}, ${sizes.responseBodySize} + ${sizes.responseHeadersSize} bytes`);
      }
      inFlight.delete(request);
    };
    context.on('requestfinished', done);
    context.on('requestfailed', (request) => inFlight.delete(request));
    const page = await context.newPage();
    await page.goto('/', { waitUntil: 'commit' });
    await page.locator('html[data-app="live"]').waitFor({ timeout: 120_000 });
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 120_000 });
    await settled(inFlight);
    const first = { ...wire };
    // The service that will change, visited once: the worker keeps its page.
    const changed = city.services[Math.floor(size / 2)];
    await page.goto(`/service/${changed.id}`);
    await page.locator('html[data-app="live"]').waitFor({ timeout: 120_000 });
    await settled(inFlight);

    // That service changes (the one in the middle of the file), and the city is built again.
    changed.contacts = [{ role: 'Büro', phone: '0631 000000' }];
    writeFileSync(join(dir, 'data/services.json'), JSON.stringify(city));
    const version = () => readFileSync(join(dir, 'sw.js'), 'utf8').match(/const VERSION = '([0-9a-f]+)'/)?.[1];
    const versionBefore = version();
    start = performance.now();
    renderPages(dir, 'perf');
    const renderedAgain = secondsSince(start);
    const shellChanged = version() !== versionBefore;
    // The update: the start page opened again (the worker finds the new dataset, the app
    // reads and accepts it), then the changed service's page.
    const kept = () =>
      page.evaluate(async () => {
        const name = (await caches.keys()).find((k) => k.startsWith('wegweiser-data-'));
        return (await (await caches.open(name)).match('/data/services.json'))?.headers.get('x-wegweiser-revision');
      });
    const before = await kept();
    Object.assign(wire, { bytes: 0, requests: 0, unchanged: 0, unchangedBytes: 0 });
    await page.goto('/', { waitUntil: 'commit' });
    const deadline = Date.now() + 120_000;
    while ((await kept().catch(() => before)) === before) {
      if (Date.now() > deadline) throw new Error('the new dataset was not taken');
      await new Promise((r) => setTimeout(r, 100)); // a poll interval
    }
    const served = await page.goto(`/service/${changed.id}`);
    // The page as the worker gives it, before the app takes over: rendered from the new data.
    if (!(await served.text()).includes('0631 000000')) throw new Error('the worker gave the page rendered before the change');
    await page.locator('html[data-app="live"]').waitFor({ timeout: 120_000 });
    await settled(inFlight);
    const kb = (n) => `${Math.round(n / 1000).toLocaleString('en')} KB`;
    console.log(`\nA city of ${size.toLocaleString('en')} services, built for real (its pages rendered as the build renders them):`);
    console.log(`  pages rendered (manifest, prerender, sitemap, precache list, compression): ${rendered} s; again after one change: ${renderedAgain} s`);
    console.log(`  the built folder: ${files.length.toLocaleString('en')} files, ${(bytes / 1e6).toFixed(1)} MB`);
    const unchanged = (w) => `${w.unchanged} of them "not modified" (${kb(w.unchangedBytes)}, headers only)`;
    console.log(`  a first visit of /, until the worker is installed: ${kb(first.bytes)} on the wire in ${first.requests} requests, ${unchanged(first)} (target: 3,000 KB)`);
    console.log(`  the update after one service changed (the start page and that service's page opened again): ${kb(wire.bytes)} on the wire in ${wire.requests} requests,`);
    console.log(`    ${unchanged(wire)}; the rest is what changed, the dataset and the service's page: ${kb(wire.bytes - wire.unchangedBytes)}`);
    console.log(`    (the worker's shell ${shellChanged ? 'changed: a new version installed in the background' : 'did not change: no new version, only the dataset and the page'})`);
    await context.close();
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** Runs `figures` against the release build served by the project's nginx. */
async function withServer(figures) {
  const server = await startServer();
  try {
    await figures(server.url);
  } finally {
    await server.stop();
  }
}
if (!args.includes('--no-first-visit')) await withServer(firstVisitFigures);
if (!args.includes('--no-lighthouse')) await withServer(lighthouseFigures);
// Each city is served from its own copy of dist/.
if (!args.includes('--no-cities')) await cityFigures();
if (!args.includes('--no-questions')) await questionFigures();
if (!args.includes('--no-build')) await largeCityBuild();
