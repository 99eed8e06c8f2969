// scripts/publish-data.sh (issue 29, finding 13): a new file goes into the build only when
// `check` finds no error in it; otherwise nothing changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const BUNDLED = resolve(ROOT, 'public/data/services.json');

test('a file with errors is refused and the bundled file stays as it is', () => {
  const before = readFileSync(BUNDLED);
  for (const broken of ['tests/fixtures/hostile/not-json.json', 'tests/fixtures/hostile/services-not-a-list.json']) {
    const run = spawnSync(resolve(ROOT, 'scripts/publish-data.sh'), [broken], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 1, `${broken}: ${run.stderr}`);
    assert.match(run.stderr, /has errors \(above\); public\/data\/services\.json is unchanged/);
    assert.deepEqual(readFileSync(BUNDLED), before, broken);
  }
  const missing = spawnSync(resolve(ROOT, 'scripts/publish-data.sh'), ['nowhere.json'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /^usage: /);
});
