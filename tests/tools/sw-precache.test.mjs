// The service worker in Node, with caches in memory (issue 29, finding 26): a new version
// fetches only the shell files whose content hash changed and copies the rest from the
// old cache; a file whose bytes do not have the listed hash is fetched afresh, and refused;
// a failed file leaves no half-filled cache and never touches the running worker's; a
// service's page is kept when first visited (if it is this build's), any other address is
// the app shell's at once, the app shell answers offline or when the server is slow (and a
// late page is still kept), and the kept pages go when the page accepts a newer dataset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
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
    // A stale "not modified": the HTTP cache's old bytes, unless the request reloads.
    const stale = server.stale[path];
    if (stale !== undefined && request.cache !== 'reload') return new Response(stale, { status: 200 });
    const answer = () => (path in files ? new Response(files[path], { status: 200 }) : new Response('', { status: 404 }));
    if (server.hold === path) return new Promise((resolve) => held.push(() => resolve(answer())));
    return answer();
  };
  const server = { fetch, asked, files, stale: {}, offline: false, hold: null, release: () => held.splice(0).forEach((go) => go()) };
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
    clearTimeout,
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
  '/boot-1111.js': 'the loader',
  '/data/services.json': dataset,
  '/service/a/index.html': 'the page of service a, loaded by boot-1111.js',
};
/** The content hash scripts/pwa/precache.mjs lists. */
const revision = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);
const listed = (files, urls) => urls.map((url) => ({ url, revision: revision(files[`/${url}`]) }));
const LIST_A = listed(FILES, ['app.html', 'index.html', 'boot-1111.js']);
const PAGE_A = FILES['/service/a/index.html'];

test('a new version fetches only the changed files and copies the rest from the old cache', async () => {
  const caches = memoryCaches();
  const site = server({ ...FILES });
  await worker('a', LIST_A, caches, site).install();
  assert.deepEqual(site.asked.filter((p) => !p.startsWith('/data/')).sort(), ['/app.html', '/boot-1111.js', '/index.html']);
  site.asked.length = 0;
  site.files['/index.html'] = 'the start page, version B';
  const listB = listed(site.files, ['app.html', 'index.html', 'boot-1111.js']);
  const b = worker('b', listB, caches, site);
  await b.install();
  assert.deepEqual(site.asked.filter((p) => !p.startsWith('/data/')), ['/index.html'], 'only the changed file');
  const shell = await caches.open('wegweiser-shell-b');
  assert.equal(await (await shell.match(`${SCOPE}index.html`)).text(), 'the start page, version B');
  assert.equal(await (await shell.match(`${SCOPE}boot-1111.js`)).text(), 'the loader', 'copied from version A');
  await b.activate();
  assert.ok(!(await caches.keys()).includes('wegweiser-shell-a'), 'the old shell goes');
});

test('a file that fails leaves no half-filled cache, and the version is not installed', async () => {
  const caches = memoryCaches();
  const site = server({ ...FILES });
  delete site.files['/boot-1111.js'];
  await assert.rejects(worker('a', LIST_A, caches, site).install(), /boot-1111\.js: 404/);
  assert.ok(!(await caches.keys()).includes('wegweiser-shell-a'));
});

test("a failed install under a name already in use leaves that cache, the running worker's, as it is", async () => {
  const caches = memoryCaches();
  const site = server({ ...FILES });
  await worker('a', LIST_A, caches, site).install();
  // The same name again (a worker that differs only in what the test gives it), listing a
  // start page the server does not have.
  site.files['/index.html'] = 'changed on the server';
  const listing = listed({ ...FILES, '/index.html': 'the start page the list names' }, ['app.html', 'index.html', 'boot-1111.js']);
  await assert.rejects(worker('a', listing, caches, site).install(), /index\.html: not the listed content/);
  const shell = await caches.open('wegweiser-shell-a');
  assert.equal(await (await shell.match(`${SCOPE}index.html`)).text(), 'the start page');
});

test('stale bytes from the HTTP cache are fetched afresh; a file still not the listed one is refused', async () => {
  const caches = memoryCaches();
  const site = server({ ...FILES });
  site.stale['/index.html'] = 'yesterday\'s start page';
  await worker('a', LIST_A, caches, site).install();
  const shell = await caches.open('wegweiser-shell-a');
  assert.equal(await (await shell.match(`${SCOPE}index.html`)).text(), 'the start page', 'reloaded');
  const later = memoryCaches();
  site.files['/index.html'] = 'a half-finished deploy';
  await assert.rejects(worker('a', LIST_A, later, site).install(), /index\.html: not the listed content/);
});

test("a service's page is kept when first visited, and the app shell answers offline for one never visited", async () => {
  const caches = memoryCaches();
  const site = server({ ...FILES });
  const a = worker('a', LIST_A, caches, site);
  await a.install();
  const first = await a.navigate('/service/a');
  await first.settled;
  assert.equal(first.text, PAGE_A);
  site.offline = true;
  site.asked.length = 0;
  assert.equal((await a.navigate('/service/a')).text, PAGE_A, 'kept');
  assert.deepEqual(site.asked, [], 'from the cache, without asking');
  assert.equal((await a.navigate('/service/b')).text, 'the app shell', 'never visited: the app renders it');
  site.offline = false;
  assert.equal((await a.navigate('/service/unknown')).text, 'the app shell', "the server has no page: the app's own answer");
  // A page another build rendered (deployed meanwhile) loads that build's files: not this one's.
  site.files['/service/c/index.html'] = 'the page of service c, loaded by boot-2222.js';
  assert.equal((await a.navigate('/service/c')).text, 'the app shell');
  const pages = await caches.open('wegweiser-pages-a');
  assert.deepEqual(await pages.keys(), [SERVICE_PAGE], 'an unknown address and another build\'s page are not kept');
  // Any other address without a page of its own is the app's at once, without asking.
  site.asked.length = 0;
  assert.equal((await a.navigate('/termine')).text, 'the app shell');
  assert.deepEqual(site.asked, []);
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
  assert.equal((await a.navigate('/service/a')).text, PAGE_A);
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
  assert.equal((await a.navigate('/service/a')).text, PAGE_A);
  assert.deepEqual(site.asked, ['/service/a/index.html'], 'fetched afresh');
});
