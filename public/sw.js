// Wegweiser's service worker, written by hand (no Workbox, nothing from a CDN).
// - The app shell of exactly one build is precached under a cache named after that build,
//   and only that cache answers: old and new files are never mixed. A new version installs
//   in the background and waits until the user chooses "update now".
// - Navigations get the cached index.html, so every deep link works offline.
// - The dataset is stale-while-revalidate: the cached copy answers at once; a fresh copy
//   replaces it only when it is a readable dataset (a broken file keeps the old one).
// The two lines below are filled in at build time by scripts/pwa/precache.mjs.
const VERSION = '__VERSION__';
const PRECACHE = /*__PRECACHE__*/ [];

const SHELL = `wegweiser-shell-${VERSION}`;
const DATA = 'wegweiser-data-v1';
const scoped = (path) => new URL(path, self.registration.scope).href;
const DATA_URL = scoped('data/services.json');
const INDEX_URL = scoped('index.html');

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(SHELL);
      // All or nothing: if one file fails, this version is not installed at all.
      await cache.addAll(PRECACHE.map((entry) => new Request(scoped(entry.url), { cache: 'reload' })));
      const data = await caches.open(DATA);
      if (!(await data.match(DATA_URL))) {
        try {
          const response = await fetch(DATA_URL, { cache: 'no-cache' });
          if (response.ok && checkDataset(await response.clone().text()).ok) await data.put(DATA_URL, response);
        } catch (error) {
          console.warn('Wegweiser: no dataset to keep offline yet', error);
        }
      }
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith('wegweiser-shell-') && key !== SHELL) await caches.delete(key);
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
  if (url.pathname === new URL(DATA_URL).pathname) {
    event.respondWith(dataset(event));
  } else if (request.mode === 'navigate') {
    event.respondWith(fromShell(INDEX_URL, request));
  } else {
    event.respondWith(fromShell(url.href, request));
  }
});

async function fromShell(key, request) {
  const hit = await (await caches.open(SHELL)).match(key);
  return hit || fetch(request);
}

/** A dataset is kept only if it is one: JSON with the fields every view needs. */
function checkDataset(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `not JSON: ${error.message}` };
  }
  if (!data || typeof data !== 'object') return { ok: false, reason: 'not an object' };
  if (data.schema_version !== 1) return { ok: false, reason: `schema_version ${data.schema_version}` };
  const meta = data.meta;
  if (!meta || !meta.city || !meta.region || !meta.time_zone || !meta.data_date) return { ok: false, reason: 'meta incomplete' };
  for (const list of ['needs', 'districts', 'services']) {
    if (!Array.isArray(data[list])) return { ok: false, reason: `${list} is not a list` };
  }
  return { ok: true };
}

async function tell(message) {
  for (const client of await self.clients.matchAll({ type: 'window' })) client.postMessage(message);
}

async function dataset(event) {
  const cache = await caches.open(DATA);
  const cached = await cache.match(DATA_URL);
  // Read the cached copy now: once it is handed to the page, its body is used up.
  const cachedText = cached ? await cached.clone().text() : null;
  const revalidate = async () => {
    const response = await fetch(DATA_URL, { cache: 'no-cache' });
    if (!response.ok) return response;
    const text = await response.clone().text();
    const check = checkDataset(text);
    if (!check.ok) {
      console.warn(`Wegweiser: the new dataset was refused (${check.reason}); the cached one stays.`);
      return response;
    }
    const changed = cachedText !== text;
    if (changed) {
      await cache.put(DATA_URL, response.clone());
      if (cached) await tell({ type: 'data-updated' });
    }
    return response;
  };
  if (cached) {
    event.waitUntil(revalidate().catch((error) => console.warn('Wegweiser: dataset not revalidated', error)));
    return cached;
  }
  return revalidate();
}
