// The service worker in Node, with a storage whose every write fails as a full quota does
// (issue 29, finding 4): the page must still get the server's answer, never a network
// error while the server is there. The worker's own file runs in a context with the few
// browser objects it uses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import vm from 'node:vm';

const ROOT = resolve(import.meta.dirname, '../..');
const source = readFileSync(resolve(ROOT, 'public/sw.js'), 'utf8');
const dataset = readFileSync(resolve(ROOT, 'public/data/services.json'), 'utf8');
const SCOPE = 'https://wegweiser.example/';

/** The worker's fetch handler, with caches that are empty and refuse every write (or, with
 * `unopenable`, cannot even be opened), and a server that answers with `served(url)`. */
function workerWithFullStorage(served, unopenable = false) {
  const handlers = {};
  const quota = () => Promise.reject(new DOMException('full', 'QuotaExceededError'));
  const cache = { match: async () => undefined, put: quota, delete: async () => false, addAll: quota };
  const context = {
    self: { registration: { scope: SCOPE }, addEventListener: (type, handler) => (handlers[type] = handler), location: { origin: new URL(SCOPE).origin } },
    caches: { open: async () => (unopenable ? quota() : cache), keys: async () => [], delete: async () => true },
    fetch: async (input) => served(typeof input === 'string' ? input : input.url),
    console: { warn() {} },
    Response, Request, URL, TextEncoder, crypto, DOMException,
  };
  vm.runInNewContext(source, context);
  return (url, mode = 'cors') => {
    let answer;
    handlers.fetch({ request: { method: 'GET', url, mode }, respondWith: (promise) => (answer = promise), waitUntil() {} });
    return answer;
  };
}

test('a storage that cannot keep the dataset still answers with the server\'s file', async () => {
  const ask = workerWithFullStorage(() => new Response(dataset, { status: 200 }));
  const response = await ask(`${SCOPE}data/services.json`);
  assert.equal(response.status, 200);
  assert.equal(await response.text(), dataset);
});

test('pages, the app\'s files and the newer dataset come from the network when the storage cannot be opened', async () => {
  const ask = workerWithFullStorage((url) => new Response(`served ${new URL(url).pathname}`), true);
  assert.equal(await (await ask(`${SCOPE}suche`, 'navigate')).text(), 'served /suche');
  assert.equal(await (await ask(`${SCOPE}vocabulary.json`)).text(), 'served /vocabulary.json');
  assert.equal(await (await ask(`${SCOPE}data/services.json?candidate=1`)).text(), 'served /data/services.json');
  assert.equal(await (await ask(`${SCOPE}data/services.json`)).text(), 'served /data/services.json');
});
