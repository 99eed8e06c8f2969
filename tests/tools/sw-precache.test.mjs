// The service worker in Node, with caches in memory (issue 29, finding 26): a new version
// fetches only the shell files whose content hash changed and copies the rest from the
// old cache; a failed file leaves no half-filled cache; a service's page is kept when first
// visited, the app shell answers offline or when the server is slow (and a late page is
// still kept), and the kept pages go when the page accepts a newer dataset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import vm from 'node:vm';
import { memoryCaches } from './support/memory-caches.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const source = readFileSync(resolve(ROOT, 'public/sw.js'), 'utf8');
const dataset = readFileSync(resolve(ROOT, 'public/data/services.json'), 'utf8');
const SCOPE = 'https://wegweiser.example/';
const SERVICE_PAGE = `${SCOPE}service/a/index.html`;

/**
 * A server of `files` (path → body; a missing path is a 404, `null` a network error) that
 * records what it was asked; `hold` paths answer only when `release()` is called.
 */
function server(files) {
  const asked = [];
  const held = [];
  const fetch = async (request) => {
    const url = typeof request === 'string' ? request : request.url;
    const path = new URL(url).pathname;
    asked.push(path);
    if (server.offline) throw new TypeError('Failed to fetch');
    const answer = () => (path in files ? new Response(files[path], { status: 200 }) : new Response('', { status: 404 }));
    if (server.hold === path) return new Promise((resolve) => held.push(() => resolve(answer())));
    return answer();
  };
  const server = { fetch, asked, files, offline: false, hold: null, release: () => held.splice(0).forEach((go) => go()) };
  return server;
}

/** The worker of build `version` with its precache list, over `caches` and `site`. */
function worker(version, precache, caches, site, { patience = setTimeout } = {}) {
  const handlers = {};
  const context = {
    self: {
      registration: { scope: SCOPE },
      addEventListener: (type, handler) => (handlers[type] = handler),
      location: { origin: new URL(SCOPE).origin },
      clients: { matchAll: async () => [], claim: async () => {} },
    },
    caches,
    fetch: (request) => site.fetch(request),
    console: { warn() {} },
    setTimeout: patience,
    Response, Request, Headers, URL, TextEncoder, crypto, DOMException,
  };
  const filled = source.replace("'__VERSION__'", `'${version}'`).replace('/*__PRECACHE__*/ []', JSON.stringify(precache));
  vm.runInNewContext(filled, context);
  const extended = (handler, event) => {
    const after = [];
    handler({ ...event, waitUntil: (p) => after.push(p) });
    return Promise.all(after);
  };
  return {
    install: () => extended(handlers.install, {}),
    activate: () => extended(handlers.activate, {}),
    say: (message) => extended(handlers.message, { data: message }),
    /** A navigation to `path`: the answer's text, and a promise of what the worker does after. */
    navigate: async (path) => {
      const after = [];
      let answer;
      handlers.fetch({ request: { method: 'GET', url: `${SCOPE}${path.slice(1)}`, mode: 'navigate' }, respondWith: (p) => (answer = p), waitUntil: (p) => after.push(p) });
      const text = await (await answer).text();
      return { text, settled: Promise.all(after) };
    },
  };
}

const FILES = {
  '/app.html': 'the app shell',
  '/index.html': 'the start page',
  '/app-1111.js': 'the app',
  '/data/services.json': dataset,
  '/service/a/index.html': 'the page of service a',
};
const LIST_A = [
  { url: 'app.html', revision: 'r1' },
  { url: 'index.html', revision: 'r1' },
  { url: 'app-1111.js', revision: 'r1' },
];

test('a new version fetches only the changed files and copies the rest from the old cache', async () => {
  const caches = memoryCaches();
  const site = server({ ...FILES });
  await worker('a', LIST_A, caches, site).install();
  assert.deepEqual(site.asked.filter((p) => !p.startsWith('/data/')).sort(), ['/app-1111.js', '/app.html', '/index.html']);
  site.asked.length = 0;
  site.files['/index.html'] = 'the start page, version B';
  const listB = LIST_A.map((e) => (e.url === 'index.html' ? { ...e, revision: 'r2' } : e));
  const b = worker('b', listB, caches, site);
  await b.install();
  assert.deepEqual(site.asked.filter((p) => !p.startsWith('/data/')), ['/index.html'], 'only the changed file');
  const shell = await caches.open('wegweiser-shell-b');
  assert.equal(await (await shell.match(`${SCOPE}index.html`)).text(), 'the start page, version B');
  assert.equal(await (await shell.match(`${SCOPE}app-1111.js`)).text(), 'the app', 'copied from version A');
  await b.activate();
  assert.ok(!(await caches.keys()).includes('wegweiser-shell-a'), 'the old shell goes');
});

test('a file that fails leaves no half-filled cache, and the version is not installed', async () => {
  const caches = memoryCaches();
  const site = server({ ...FILES });
  delete site.files['/app-1111.js'];
  await assert.rejects(worker('a', LIST_A, caches, site).install(), /app-1111\.js: 404/);
  assert.ok(!(await caches.keys()).includes('wegweiser-shell-a'));
});

test("a service's page is kept when first visited, and the app shell answers offline for one never visited", async () => {
  const caches = memoryCaches();
  const site = server({ ...FILES });
  const a = worker('a', LIST_A, caches, site);
  await a.install();
  const first = await a.navigate('/service/a');
  await first.settled;
  assert.equal(first.text, 'the page of service a');
  site.offline = true;
  site.asked.length = 0;
  assert.equal((await a.navigate('/service/a')).text, 'the page of service a', 'kept');
  assert.deepEqual(site.asked, [], 'from the cache, without asking');
  assert.equal((await a.navigate('/service/b')).text, 'the app shell', 'never visited: the app renders it');
  site.offline = false;
  assert.equal((await a.navigate('/service/unknown')).text, 'the app shell', "the server has no page: the app's own answer");
  const pages = await caches.open('wegweiser-pages-a');
  assert.deepEqual(await pages.keys(), [SERVICE_PAGE], 'an unknown address is not kept');
});

test('a slow server: the app shell answers at once, and the late page is still kept', async () => {
  const caches = memoryCaches();
  const site = server({ ...FILES });
  // The worker's patience runs out at once.
  const a = worker('a', LIST_A, caches, site, { patience: (go) => go() });
  await a.install();
  site.hold = '/service/a/index.html';
  const slow = await a.navigate('/service/a');
  assert.equal(slow.text, 'the app shell');
  site.release();
  await slow.settled;
  assert.equal((await a.navigate('/service/a')).text, 'the page of service a');
});

test('the kept pages go when the page accepts a newer dataset', async () => {
  const caches = memoryCaches();
  const site = server({ ...FILES });
  const a = worker('a', LIST_A, caches, site);
  await a.install();
  await (await a.navigate('/service/a')).settled;
  // A newer dataset waits as pending; the page reads it and says so.
  const data = await caches.open('wegweiser-data-a');
  await data.put(`${SCOPE}data/services.json?pending`, new Response(dataset, { headers: { 'x-wegweiser-revision': 'new' } }));
  await a.say({ type: 'page-read-ok', revision: 'new' });
  assert.ok(!(await caches.keys()).includes('wegweiser-pages-a'));
  site.asked.length = 0;
  assert.equal((await a.navigate('/service/a')).text, 'the page of service a');
  assert.deepEqual(site.asked, ['/service/a/index.html'], 'fetched afresh');
});
