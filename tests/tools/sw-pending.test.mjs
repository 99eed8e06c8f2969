// The service worker in Node, with caches in memory (issue 29, finding 1): a newer dataset
// whose reading stops the page (a trap, no memory left, a hang) gets no answer from it.
// After three reads without an answer the worker counts it as refused, and no visit is
// offered it again; an answer in time settles it as before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import vm from 'node:vm';

const ROOT = resolve(import.meta.dirname, '../..');
const source = readFileSync(resolve(ROOT, 'public/sw.js'), 'utf8');
const v1 = readFileSync(resolve(ROOT, 'public/data/services.json'), 'utf8');
const v2 = JSON.stringify({ ...JSON.parse(v1), meta: { ...JSON.parse(v1).meta, data_date: '2027-01-15' } });
const SCOPE = 'https://wegweiser.example/';
const DATA = `${SCOPE}data/services.json`;

/** Caches in memory: each answer kept as its text and headers, given back anew each time. */
function memoryCaches() {
  const stores = new Map();
  const open = async (name) => {
    if (!stores.has(name)) stores.set(name, new Map());
    const store = stores.get(name);
    const key = (request) => (typeof request === 'string' ? request : request.url);
    return {
      match: async (request) => {
        const kept = store.get(key(request));
        return kept && new Response(kept.body, { status: kept.status, headers: kept.headers });
      },
      put: async (request, response) => {
        store.set(key(request), { body: await response.text(), status: response.status, headers: [...response.headers] });
      },
      delete: async (request) => store.delete(key(request)),
    };
  };
  return { open, keys: async () => [...stores.keys()], delete: async (name) => stores.delete(name) };
}

/** The worker with `v1` as its current dataset and a server that serves `served`. */
async function workerWith(served) {
  const handlers = {};
  const told = [];
  const caches = memoryCaches();
  const context = {
    self: {
      registration: { scope: SCOPE },
      addEventListener: (type, handler) => (handlers[type] = handler),
      location: { origin: new URL(SCOPE).origin },
      clients: { matchAll: async () => [{ postMessage: (message) => told.push(message) }] },
    },
    caches,
    fetch: async () => new Response(served, { status: 200 }),
    console: { warn() {} },
    Response, Request, Headers, URL, TextEncoder, crypto, DOMException,
  };
  vm.runInNewContext(source.replace("'__VERSION__'", "'test'"), context);
  const data = await caches.open('wegweiser-data-test');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(v1));
  const revision = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('').slice(0, 32);
  await data.put(DATA, new Response(v1, { headers: { 'x-wegweiser-revision': revision } }));
  /** A request as the page makes it; waits for what the worker does after answering. */
  const ask = async (url) => {
    const after = [];
    let answer;
    handlers.fetch({ request: { method: 'GET', url, mode: 'cors' }, respondWith: (p) => (answer = p), waitUntil: (p) => after.push(p) });
    const text = await (await answer).text();
    await Promise.all(after);
    return text;
  };
  const say = async (message) => {
    const after = [];
    handlers.message({ data: message, waitUntil: (p) => after.push(p) });
    await Promise.all(after);
  };
  const kept = async (suffix) => (await data.match(`${DATA}${suffix}`)) ?? null;
  return { ask, say, told, kept };
}

test('a newer file read three times without an answer is refused, and not offered again', async () => {
  const worker = await workerWith(v2);
  for (let visit = 1; visit <= 3; visit += 1) {
    assert.equal(await worker.ask(DATA), v1, `visit ${visit}: the last good file`);
    assert.equal(worker.told.at(-1).type, 'data-updated', `visit ${visit}: offered`);
    // The page begins to read it, and stops (no answer).
    assert.equal(await worker.ask(`${DATA}?candidate=1`), v2, `visit ${visit}: read`);
  }
  // The fourth visit: offered once more (the worker does not know yet), but the read that
  // would be the fourth without an answer gets the last good file.
  assert.equal(await worker.ask(DATA), v1);
  assert.equal(await worker.ask(`${DATA}?candidate=1`), v1, 'no fourth read');
  assert.equal(worker.told.at(-1).type, 'data-refused');
  assert.equal(await worker.kept('?pending'), null, 'no longer pending');
  assert.ok(await worker.kept('?refused'), 'remembered as refused');
  // Later visits: the server still has it, and it is not offered again.
  const before = worker.told.length;
  assert.equal(await worker.ask(DATA), v1);
  assert.deepEqual(worker.told.slice(before).map((m) => m.type), ['data-refused']);
  assert.equal(JSON.parse(await worker.ask(DATA)).meta.data_date, JSON.parse(v1).meta.data_date, 'the last good one stays');
});

test('an answer in time settles the file as before', async () => {
  const worker = await workerWith(v2);
  await worker.ask(DATA);
  const { revision } = worker.told.at(-1);
  await worker.ask(`${DATA}?candidate=1`);
  await worker.ask(DATA); // another visit: offered again, its count kept
  await worker.ask(`${DATA}?candidate=1`);
  await worker.say({ type: 'page-read-ok', revision });
  assert.equal(await worker.kept('?pending'), null);
  assert.equal(await worker.ask(DATA), v2, 'the newer file is the current one');
});
