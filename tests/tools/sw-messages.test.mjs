// The page and the service worker speak with named messages. Each name is written once in
// Rust (`src/platform/service_worker.rs`, module `messages`); the worker must use exactly
// those names, in both directions, or an update would silently never arrive.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const rust = readFileSync(resolve(ROOT, 'src/platform/service_worker.rs'), 'utf8');
const worker = readFileSync(resolve(ROOT, 'public/sw.js'), 'utf8');

const names = new Set([...rust.slice(rust.indexOf('pub mod messages')).matchAll(/pub const \w+: &str = "([^"]+)";/g)].map((m) => m[1]));

test('every message the worker reads or sends is one the page names, and the other way round', () => {
  const read = [...worker.matchAll(/message\.type === '([^']+)'/g)].map((m) => m[1]);
  const sent = [...worker.matchAll(/tell\(\{ type: '([^']+)'/g)].map((m) => m[1]);
  assert.ok(read.length >= 3 && sent.length >= 2, `found ${read.length} read and ${sent.length} sent`);
  for (const name of [...read, ...sent]) assert.ok(names.has(name), `sw.js uses '${name}', which the page does not name`);
  for (const name of names) assert.ok(read.includes(name) || sent.includes(name), `the page names '${name}', which sw.js never uses`);
  assert.equal(names.size, 5);
});
