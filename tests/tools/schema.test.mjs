// The JSON Schema for editors (public/data/services.schema.json) accepts the bundled
// dataset and the test fixtures, and rejects the mistakes editors make.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (path) => JSON.parse(readFileSync(resolve(ROOT, path), 'utf8'));
const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
const validate = ajv.compile(read('public/data/services.schema.json'));
const errorsOf = (data) => (validate(data) ? [] : validate.errors.map((e) => `${e.instancePath} ${e.message}`));

test('the bundled dataset follows the schema', () => {
  assert.deepEqual(errorsOf(read('public/data/services.json')), []);
});

test('a second city follows the schema too', () => {
  assert.deepEqual(errorsOf(read('tests/fixtures/dortmund.json')), []);
});

test('the schema rejects typical editing mistakes', () => {
  const base = read('public/data/services.json');
  const broken = structuredClone(base);
  broken.services[0].needs = [];
  broken.services[1].access = { appointment: 'sometimes' };
  broken.services[2].url = 'http://example.org';
  broken.services[3].last_verified = '21.11.2026';
  broken.services[4].nmae = 'typo';
  const errors = errorsOf(broken);
  for (const path of ['/services/0/needs', '/services/1/access/appointment', '/services/2/url', '/services/3/last_verified', '/services/4']) {
    assert.ok(errors.some((e) => e.startsWith(path + ' ')), `${path} in ${errors.join('\n')}`);
  }
});
