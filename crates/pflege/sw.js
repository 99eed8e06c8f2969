// The keepers' workspace's own service worker (scope /pflege/), so the workspace opens
// offline once it has been opened. The visitors' worker (public/sw.js) never lists these
// files: a visitor never downloads them.
// - This build's files are precached at install (the list is filled in at build time by
//   scripts/pflege-postbuild.mjs) and answered from the cache: their names carry their hash.
// - The page itself and the published dataset (`../data/services.json?published`) come
//   from the network first, so a keeper always gets the newest; offline, the copy last
//   fetched answers.
const VERSION = '__VERSION__';
const PRECACHE = /*__PRECACHE__*/ [];
const CACHE = `wegweiser-pflege-${VERSION}`;
const scoped = (path) => new URL(path, self.registration.scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(PRECACHE.map((file) => new Request(scoped(file), { cache: 'reload' })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith('wegweiser-pflege-') && key !== CACHE) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(answer(request));
});

async function answer(request) {
  const cache = await caches.open(CACHE).catch(() => null);
  const hashed = PRECACHE.some((file) => scoped(file) === request.url && file !== 'index.html');
  if (hashed) {
    const hit = await cache?.match(request);
    if (hit) return hit;
  }
  const key = request.mode === 'navigate' ? scoped('index.html') : request.url;
  try {
    const response = await fetch(request);
    if (response.ok && !hashed) await cache?.put(key, response.clone()).catch(() => {});
    return response;
  } catch (error) {
    const hit = await cache?.match(key);
    if (hit) return hit;
    throw error;
  }
}
