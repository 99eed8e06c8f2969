// The project's own scripts: the set-up's version check (review finding 2) and locked,
// script-free installs and builds (review finding 15).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const read = (path) => readFileSync(resolve(ROOT, path), 'utf8');

test('finding 2: have_version sees a long-talking tool under pipefail (no SIGPIPE)', () => {
  const bin = mkdtempSync(join(tmpdir(), 'wegweiser-tool-'));
  const tool = join(bin, 'talkative');
  // The version first, then far more than a pipe buffer: grep -q would stop reading early.
  writeFileSync(tool, '#!/usr/bin/env bash\necho "talkative 1.2.3"\nfor i in $(seq 200000); do echo "line $i of the licence"; done\n');
  chmodSync(tool, 0o755);
  const check = (version) =>
    spawnSync('bash', ['-c', `set -euo pipefail; . scripts/lib.sh; for i in 1 2 3 4 5; do have_version talkative "${version}"; done`], {
      cwd: ROOT,
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
    }).status;
  assert.equal(check('talkative 1.2.3'), 0, 'found, five times in a row');
  assert.notEqual(check('talkative 9.9.9'), 0, 'another version is not the pinned one');
  assert.notEqual(spawnSync('bash', ['-c', '. scripts/lib.sh; have_version no-such-tool-here 1'], { cwd: ROOT }).status, 0);
});

test('finding 2: no set-up or build script pipes a command into grep -q (it would stop reading early)', () => {
  for (const script of ['scripts/setup.sh', 'scripts/lib.sh', 'scripts/build.sh', 'scripts/run.sh', 'scripts/test.sh', 'scripts/nginx.sh']) {
    const piped = read(script)
      .split('\n')
      .filter((line) => !line.trim().startsWith('#') && /\|\s*grep\s+-[a-zA-Z]*q/.test(line));
    assert.deepEqual(piped, [], script);
  }
});

test('finding 15: every cargo command of the test run is locked, trunk too; npm runs no install scripts', () => {
  const cargoCalls = read('scripts/test.sh')
    .split('\n')
    .filter((line) => /\bcargo (test|run|build|clippy)\b/.test(line) && !line.trim().startsWith('#'));
  assert.ok(cargoCalls.length >= 8, `cargo calls found: ${cargoCalls.length}`);
  for (const line of cargoCalls) assert.match(line, /--locked/, line);
  assert.match(read('Trunk.toml'), /^locked = true$/m);
  const npm = read('scripts/setup.sh').split('\n').filter((line) => /\bnpm ci\b/.test(line));
  assert.equal(npm.length, 1);
  assert.match(npm[0], /--ignore-scripts/);
  assert.match(read('scripts/setup.sh'), /cargo install trunk --version "\$TRUNK_VERSION" --locked/);
  const lock = JSON.parse(read('package-lock.json'));
  const withScripts = Object.entries(lock.packages).filter(([, p]) => p.hasInstallScript).map(([name]) => name);
  assert.deepEqual(withScripts, [], 'no locked npm package needs an install script');
});
