// Wegweiser's service worker, written by hand (no Workbox, nothing from a CDN).
// - The app shell of exactly one build is precached under a cache named after that build,
//   and only that cache answers: old and new files are never mixed. A new version installs
//   in the background and waits until the user chooses "update now".
//   Only what a first visit needs is precached: the app's files, the start page, the
//   results pages and the menu's pages; a service's own page is kept when it is first
//   visited (a large city has thousands). A new version copies each file whose content
//   hash it already holds from the old cache, and fetches only what changed.
// - A navigation gets the page rendered at build time for its path (`service/<id>/index.html`)
//   when there is one and the address has no query, else the cached app shell (`app.html`),
//   so every deep link works offline and never shows another page's content first: a
//   service's page not yet visited comes from the server, and offline (or on a line that
//   does not answer within a few seconds) the app shell renders it from the dataset.
// - The dataset is last-good: the page always gets the copy it last read without error
//   ("current"). A newer file from the server that passes the structural check below is
//   kept as "pending"; the page is told, reads it (`?candidate=1`) and answers
//   `page-read-ok` (pending becomes current) or `page-read-failed` (pending is dropped and
//   that file is not offered again). A file that three pages began to read and went
//   without an answer counts as refused too: reading it stopped them (a trap, no memory,
//   a hang). A broken file never replaces a good one. The data
//   cache is named after the build, like the shell; a new build starts from the last good
//   file of the one before, with the server's file as pending until the page has read it.
//   Every change to the data cache runs in one queue, so two tabs never interleave.
// The two lines below are filled in at build time by scripts/pwa/precache.mjs.
const VERSION = '__VERSION__';
const PRECACHE = /*__PRECACHE__*/ [];

const SHELL = `wegweiser-shell-${VERSION}`;
const DATA = `wegweiser-data-${VERSION}`;
/** The pages of single services, each kept when first visited (for this build's assets). */
const PAGES = `wegweiser-pages-${VERSION}`;
const OURS = /^wegweiser-(shell|data|pages)-/;
/** Each precached file is labelled with the content hash it was listed with. */
const PRECACHED = 'x-wegweiser-precache';
/** How long a navigation waits for a page not yet kept before the app shell answers. */
const PAGE_PATIENCE_MS = 4000;
/** A service's page, the only kind of page not precached (`isEntryPage` in scripts/pwa/precache.mjs, the same rule). */
const ENTRY_PAGE = /^\/service\/[^/]+\/index\.html$/;
/** This build's loader, which every page it rendered names (`boot-<hash>.js`). */
const LOADER = PRECACHE.map((entry) => entry.url).find((url) => /^boot-[0-9a-f]+\.js$/.test(url)) ?? '\u0000';
const scoped = (path) => new URL(path, self.registration.scope).href;
const DATA_URL = scoped('data/services.json');
const PENDING_URL = `${DATA_URL}?pending`;
const REFUSED_URL = `${DATA_URL}?refused`;
const APP_URL = scoped('app.html');
const REVISION = 'x-wegweiser-revision';

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      await precache();
      await seedData();
    })(),
  );
});

/**
 * This build's shell. A file an older build's cache holds with the same content hash is
 * copied from there; only new and changed files are fetched, and each is kept only when
 * its bytes have the hash the list names. All or nothing: if one file fails, this version
 * is not installed at all (and a cache it began is removed; one that was there already, the
 * running worker's own, is left as it is).
 */
async function precache() {
  const existed = await caches.has(SHELL);
  const cache = await caches.open(SHELL);
  const older = [];
  for (const key of await caches.keys()) {
    if (key.startsWith('wegweiser-shell-')) older.push(await caches.open(key));
  }
  try {
    const results = await Promise.allSettled(
      PRECACHE.map(async ({ url, revision }) => {
        const key = scoped(url);
        for (const old of older) {
          const kept = await old.match(key);
          if (kept && kept.headers.get(PRECACHED) === revision) return cache.put(key, kept);
        }
        // Asked of the server, never taken from the HTTP cache unasked: a file the page has
        // just loaded is then a "not modified", not its bytes a second time. A "not
        // modified" can still hand back stale bytes (an ETag of time and size): what does
        // not have the listed hash is fetched afresh once, and refused if it still differs.
        let bytes = await fetched(key, 'no-cache', url);
        if ((await sha256(bytes.body, 16)) !== revision) {
          bytes = await fetched(key, 'reload', url);
          if ((await sha256(bytes.body, 16)) !== revision) throw new Error(`${url}: not the listed content`);
        }
        const headers = new Headers(bytes.headers);
        headers.set(PRECACHED, revision);
        return cache.put(key, new Response(bytes.body, { status: 200, headers }));
      }),
    );
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
  } catch (error) {
    if (!existed) await caches.delete(SHELL);
    throw error;
  }
}

/** The bytes and headers of `key` from the server, with the HTTP cache mode `mode`. */
async function fetched(key, mode, url) {
  const response = await fetch(new Request(key, { cache: mode }));
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return { body: await response.arrayBuffer(), headers: response.headers };
}

/**
 * This build's first dataset. The last good file of an older build stays current, and the
 * server's file waits as pending until the page has read it; with no older file (the first
 * install) the server's file is all there is.
 */
async function seedData() {
  const data = await caches.open(DATA);
  if (await data.match(DATA_URL)) return;
  let older = null;
  for (const key of await caches.keys()) {
    if (!key.startsWith('wegweiser-data-') || key === DATA) continue;
    older = (await (await caches.open(key)).match(DATA_URL)) || older;
  }
  if (older) await data.put(DATA_URL, older);
  try {
    const response = await fetch(DATA_URL, { cache: 'no-cache' });
    const text = response.ok ? await response.text() : '';
    if (!response.ok || !checkDataset(text).ok) return;
    const revision = await sha256(text);
    if (older && older.headers.get(REVISION) === revision) return;
    await data.put(older ? PENDING_URL : DATA_URL, await withRevision(text));
  } catch (error) {
    console.warn('Wegweiser: no dataset from the server while installing', error);
  }
}

/** Runs `change` after every change queued before it (one queue per worker). */
let queue = Promise.resolve();
function serially(change) {
  const next = queue.then(change, change);
  queue = next.catch(() => {});
  return next;
}

self.addEventListener('message', (event) => {
  const message = event.data || {};
  if (message.type === 'SKIP_WAITING') self.skipWaiting();
  else if (message.type === 'page-read-ok') event.waitUntil(serially(() => settlePending(message.revision, true)));
  else if (message.type === 'page-read-failed') event.waitUntil(serially(() => settlePending(message.revision, false)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        const mine = key === SHELL || key === DATA || key === PAGES;
        if (OURS.test(key) && !mine) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // Every answer falls back to the network when the worker's own part fails (a cache that
  // cannot be read, a full storage quota): never a network error while the server answers.
  const network = () => fetch(request);
  if (url.pathname === new URL(DATA_URL).pathname) {
    const answer = url.searchParams.has('candidate') ? candidate(event.clientId) : dataset(event);
    event.respondWith(answer.catch(network));
  } else if (request.mode === 'navigate') {
    event.respondWith(page(url, request, event).catch(network));
  } else {
    event.respondWith(fromShell(url.href, request).catch(network));
  }
});

/**
 * The file of an address's page rendered at build time (Route::page_file in the app, and
 * deploy/nginx-site.conf, by the same rule): a path without a query, or a need's results.
 */
function pageFile(url) {
  if (!url.search) return url.pathname.replace(/\/?$/, '/') + 'index.html';
  const need = url.search.match(/^\?need=([a-z0-9_-]{1,80})$/);
  return url.pathname === '/suche' && need ? `/suche/need/${need[1]}.html` : null;
}

/** The page rendered at build time for the address, else the app shell. */
async function page(url, request, event) {
  const cache = await caches.open(SHELL);
  const file = pageFile(url);
  if (file) {
    const key = new URL(file.slice(1), self.registration.scope).href;
    const hit = (await cache.match(key)) || (await (await caches.open(PAGES)).match(key));
    if (hit) return hit;
    // Only a service's page is left out of the shell (scripts/pwa/precache.mjs,
    // isEntryPage); any other address without one is the app's at once.
    if (ENTRY_PAGE.test(file)) {
      const visited = await firstVisit(key, event);
      if (visited) return visited;
    }
  }
  return (await cache.match(APP_URL)) || fetch(request);
}

/**
 * A page that is not precached (a service's), from the server, kept for the next time. Null
 * when the server has none (an unknown address: the app says so), is out of reach, or does
 * not answer within PAGE_PATIENCE_MS: the app shell then renders the page from the dataset,
 * and a late answer is still kept.
 */
async function firstVisit(key, event) {
  let timer;
  const answer = fetch(key)
    .then(async (response) => {
      if (!response.ok || response.redirected) return null;
      const text = await response.text();
      // A page of another build (deployed while this one still runs) loads that build's
      // files: never mixed with this one's, nor kept.
      if (!text.includes(LOADER)) return null;
      const page = () => new Response(text, { status: 200, headers: response.headers });
      await (await caches.open(PAGES)).put(key, page());
      return page();
    })
    .catch(() => null)
    .finally(() => clearTimeout(timer));
  event.waitUntil(answer);
  const late = new Promise((resolve) => (timer = setTimeout(() => resolve(null), PAGE_PATIENCE_MS)));
  return Promise.race([answer, late]);
}

async function fromShell(key, request) {
  const hit = await (await caches.open(SHELL)).match(key);
  return hit || fetch(request);
}

/** A text: a string, or a map of language to string. */
const isText = (value) =>
  typeof value === 'string' ||
  (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string'));
const SLUG = /^[a-z0-9][a-z0-9_-]{0,79}$/;
const isEntry = (entry) => entry !== null && typeof entry === 'object' && typeof entry.id === 'string' && SLUG.test(entry.id);

/**
 * A dataset is kept only if it is one: the header the app's loader insists on, and at least
 * one service it can show. The page's own reading (`page-read-ok`) is the final word.
 */
function checkDataset(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `not JSON: ${error.message}` };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { ok: false, reason: 'not an object' };
  // The loader reads the version as a whole number: `1.0` or `"1"` is not version 1.
  if (data.schema_version !== 1 || !/"schema_version"\s*:\s*1\s*[,}]/.test(text)) {
    return { ok: false, reason: `schema_version ${JSON.stringify(data.schema_version)}` };
  }
  const meta = data.meta;
  if (!meta || typeof meta !== 'object') return { ok: false, reason: 'no meta' };
  for (const key of ['region', 'time_zone', 'licence', 'data_date']) {
    if (typeof meta[key] !== 'string') return { ok: false, reason: `meta.${key} missing` };
  }
  if (!isText(meta.city)) return { ok: false, reason: 'meta.city missing' };
  if (meta.maintainer != null && !isText(meta.maintainer.name)) return { ok: false, reason: 'meta.maintainer broken' };
  if (!meta.help || !isText(meta.help.label)) return { ok: false, reason: 'meta.help missing' };
  for (const list of ['needs', 'districts', 'services']) {
    if (!Array.isArray(data[list])) return { ok: false, reason: `${list} is not a list` };
  }
  const showable = (s) => isEntry(s) && isText(s.name) && isText(s.summary) && Array.isArray(s.needs);
  if (!data.services.some(showable)) return { ok: false, reason: 'no service that can be shown' };
  return { ok: true };
}

/**
 * The first `digits` hex digits of the SHA-256 of `data` (a text, or bytes): 32 label a
 * dataset, 16 a precached file (as scripts/pwa/precache.mjs writes them).
 */
async function sha256(data, digits = 32) {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('').slice(0, digits);
}

/** A response for the cache holding `text`, labelled with its revision (a content hash). */
async function withRevision(text) {
  const headers = { 'content-type': 'application/json', [REVISION]: await sha256(text) };
  return new Response(text, { status: 200, headers });
}

async function tell(message) {
  for (const client of await self.clients.matchAll({ type: 'window' })) client.postMessage(message);
}

async function revisionOf(cache, key) {
  const hit = await cache.match(key);
  return hit ? hit.headers.get(REVISION) : null;
}

/** The pending file `revision` is not to be offered again: the last good one stays. */
async function refuse(cache, revision, why) {
  await cache.put(REFUSED_URL, new Response('', { headers: { [REVISION]: revision } }));
  await cache.delete(PENDING_URL);
  await cache.delete(READERS_URL);
  console.warn(`Wegweiser: the new dataset was refused (${why}); the last good one stays.`);
}

/** The page read the pending file (or failed to): promote it, or drop it for good. */
async function settlePending(revision, accepted) {
  const cache = await caches.open(DATA);
  const pending = await cache.match(PENDING_URL);
  if (!pending || pending.headers.get(REVISION) !== revision) return;
  if (accepted) {
    // The services' pages kept so far were rendered from older data: each is fetched
    // afresh at its next visit (a page the app has taken over shows the new data already).
    await caches.delete(PAGES);
    await cache.put(DATA_URL, pending);
    await cache.delete(PENDING_URL);
    await cache.delete(READERS_URL);
  } else {
    await refuse(cache, revision, 'the page could not read it');
  }
}

/**
 * Pages that may begin to read one pending file and go (closed, or reloaded after a crash)
 * without an answer (`page-read-ok` or `-failed`) before it counts as refused: reading it
 * may stop the page (a trap, no memory left, a hang), which then never answers, and would
 * be given the file on every visit. Pages still open are still reading: four tabs told at
 * once are no refusal. Who read which file is kept apart from the file, in a small entry.
 */
const MAX_GONE_READERS = 3;
const READERS_URL = `${DATA_URL}?readers`;

/** What the page `clientId` should try after `data-updated`: the pending file, else the current one. */
function candidate(clientId) {
  return serially(async () => {
    const cache = await caches.open(DATA);
    const pending = await cache.match(PENDING_URL);
    if (pending) {
      const revision = pending.headers.get(REVISION);
      const kept = await cache.match(READERS_URL);
      const record = kept ? await kept.json().catch(() => null) : null;
      const readers = record?.revision === revision && Array.isArray(record.readers) ? record.readers : [];
      const open = await Promise.all(readers.map(async (id) => Boolean(await self.clients.get(id))));
      const gone = open.filter((isOpen) => !isOpen).length;
      if (gone < MAX_GONE_READERS) {
        if (clientId && !readers.includes(clientId)) readers.push(clientId);
        await cache.put(READERS_URL, new Response(JSON.stringify({ revision, readers: readers.slice(-50) })));
        return pending;
      }
      await refuse(cache, revision, `${gone} pages that read it went without an answer`);
      await tell({ type: 'data-refused', reason: 'no answer' });
    }
    return (await cache.match(DATA_URL)) || fetch(DATA_URL, { cache: 'no-cache' });
  });
}

/** Fetches the server's dataset and keeps it as pending when it is new and looks readable. */
async function revalidate(cache) {
  const response = await fetch(DATA_URL, { cache: 'no-cache' });
  if (!response.ok) return;
  const text = await response.text();
  const check = checkDataset(text);
  if (!check.ok) {
    console.warn(`Wegweiser: the new dataset was refused (${check.reason}); the last good one stays.`);
    await tell({ type: 'data-refused', reason: check.reason });
    return;
  }
  const revision = await sha256(text);
  if (revision === (await revisionOf(cache, DATA_URL))) {
    await cache.delete(PENDING_URL);
    return;
  }
  if (revision === (await revisionOf(cache, REFUSED_URL))) {
    await tell({ type: 'data-refused', reason: 'refused before' });
    return;
  }
  // The same file as pending keeps its readers (see `candidate`).
  if ((await revisionOf(cache, PENDING_URL)) !== revision) await cache.put(PENDING_URL, await withRevision(text));
  await tell({ type: 'data-updated', revision });
}

async function dataset(event) {
  const cache = await caches.open(DATA);
  const current = await cache.match(DATA_URL);
  if (current) {
    event.waitUntil(serially(() => revalidate(cache)).catch((error) => console.warn('Wegweiser: dataset not revalidated', error)));
    return current;
  }
  // Nothing kept yet (the first visit): the server's file, kept when it looks readable.
  const response = await fetch(DATA_URL, { cache: 'no-cache' });
  if (response.ok) {
    const text = await response.clone().text();
    try {
      if (checkDataset(text).ok) await serially(async () => cache.put(DATA_URL, await withRevision(text)));
    } catch (error) {
      // A full storage quota: the page still gets the server's answer, kept or not.
      console.warn('Wegweiser: the dataset could not be kept', error);
    }
  }
  return response;
}
