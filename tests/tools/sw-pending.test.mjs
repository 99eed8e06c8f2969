// The service worker in Node, with caches in memory (issue 29, finding 1): a newer dataset
// whose reading stops the page (a trap, no memory left, a hang) gets no answer from it.
// After three pages read it and went without an answer the worker counts it as refused,
// and no visit is offered it again; pages still open are still reading, and an answer in
// time settles it as before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import vm from 'node:vm';
import { memoryCaches } from './support/memory-caches.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const source = readFileSync(resolve(ROOT, 'public/sw.js'), 'utf8');
const v1 = readFileSync(resolve(ROOT, 'public/data/services.json'), 'utf8');
const v2 = JSON.stringify({ ...JSON.parse(v1), meta: { ...JSON.parse(v1).meta, data_date: '2027-01-15' } });
const SCOPE = 'https://wegweiser.example/';
const DATA = `${SCOPE}data/services.json`;

/** The worker with `v1` as its current dataset and a server that serves `served`. */
async function workerWith(served) {
  const handlers = {};
  const told = [];
  const open = new Set();
  const caches = memoryCaches();
  const context = {
    self: {
      registration: { scope: SCOPE },
      addEventListener: (type, handler) => (handlers[type] = handler),
      location: { origin: new URL(SCOPE).origin },
      clients: {
        matchAll: async () => [{ postMessage: (message) => told.push(message) }],
        get: async (id) => (open.has(id) ? { id } : undefined),
      },
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
  /** A request as the page `clientId` makes it; waits for what the worker does after answering. */
  const ask = async (url, clientId = 'page') => {
    const after = [];
    let answer;
    handlers.fetch({ request: { method: 'GET', url, mode: 'cors' }, clientId, respondWith: (p) => (answer = p), waitUntil: (p) => after.push(p) });
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
  return { ask, say, told, kept, open };
}

test('a newer file that three pages read and left without an answer is refused, and not offered again', async () => {
  const worker = await workerWith(v2);
  for (let visit = 1; visit <= 3; visit += 1) {
    const page = `page-${visit}`;
    worker.open.add(page);
    assert.equal(await worker.ask(DATA, page), v1, `visit ${visit}: the last good file`);
    assert.equal(worker.told.at(-1).type, 'data-updated', `visit ${visit}: offered`);
    // The page begins to read it, and stops: the crash screen reloads it, a new page.
    assert.equal(await worker.ask(`${DATA}?candidate=1`, page), v2, `visit ${visit}: read`);
    worker.open.delete(page);
  }
  // The fourth page: offered once more (the worker does not know yet), but three pages
  // went without an answer, so it gets the last good file.
  worker.open.add('page-4');
  assert.equal(await worker.ask(DATA, 'page-4'), v1);
  assert.equal(await worker.ask(`${DATA}?candidate=1`, 'page-4'), v1, 'not given it again');
  assert.equal(worker.told.at(-1).type, 'data-refused');
  assert.equal(await worker.kept('?pending'), null, 'no longer pending');
  assert.ok(await worker.kept('?refused'), 'remembered as refused');
  // Later visits: the server still has it, and it is not offered again.
  const before = worker.told.length;
  assert.equal(await worker.ask(DATA, 'page-4'), v1);
  assert.deepEqual(worker.told.slice(before).map((m) => m.type), ['data-refused']);
});

test('pages still open are still reading: four tabs told at once are no refusal', async () => {
  const worker = await workerWith(v2);
  const tabs = ['a', 'b', 'c', 'd'];
  tabs.forEach((tab) => worker.open.add(tab));
  await worker.ask(DATA, 'a');
  const { revision } = worker.told.at(-1);
  for (const tab of tabs) assert.equal(await worker.ask(`${DATA}?candidate=1`, tab), v2, tab);
  await worker.say({ type: 'page-read-ok', revision });
  assert.equal(await worker.kept('?pending'), null);
  assert.equal(await worker.ask(DATA, 'a'), v2, 'the newer file is the current one');
});

test('an answer in time settles the file as before', async () => {
  const worker = await workerWith(v2);
  worker.open.add('page');
  await worker.ask(DATA);
  const { revision } = worker.told.at(-1);
  await worker.ask(`${DATA}?candidate=1`);
  await worker.ask(DATA); // another visit: offered again, its readers kept
  await worker.ask(`${DATA}?candidate=1`);
  await worker.say({ type: 'page-read-ok', revision });
  assert.equal(await worker.kept('?pending'), null);
  assert.equal(await worker.kept('?readers'), null);
  assert.equal(await worker.ask(DATA), v2, 'the newer file is the current one');
});
