// The kiosk's configuration (deploy/kiosk/, docs/kiosk.md): the browser policy keeps the
// kiosk inside the app and, with a printer, lets nothing but a real printer print; the
// systemd unit waits for the app's server and prints without a dialog (issue 29, findings 6
// and 7); the set-up page shows the files as they are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (path) => readFileSync(resolve(ROOT, path), 'utf8');
const APP = 'http://127.0.0.1:8080';

test('the policies allow the app alone, and printing only to a real printer', () => {
  for (const file of ['deploy/kiosk/policy.json', 'deploy/kiosk/policy-printer.json']) {
    const policy = JSON.parse(read(file));
    assert.deepEqual(policy.URLBlocklist, ['*'], file);
    assert.deepEqual(policy.URLAllowlist, [APP], file);
    assert.equal(policy.DownloadRestrictions, 3, `${file}: no downloads`);
    assert.equal(policy.DeveloperToolsAvailability, 2, file);
    assert.deepEqual(policy.ExtensionInstallBlocklist, ['*'], file);
  }
  assert.equal(JSON.parse(read('deploy/kiosk/policy.json')).PrintingEnabled, false);
  const printer = JSON.parse(read('deploy/kiosk/policy-printer.json'));
  assert.equal(printer.PrintingEnabled, true);
  for (const type of ['pdf', 'extension', 'cloud', 'privet']) {
    assert.ok(printer.PrinterTypeDenyList.includes(type), `${type} printers denied`);
  }
  assert.ok(!printer.PrinterTypeDenyList.includes('local'), 'the local printer stays');
});

test('the unit waits for the app, prints without a dialog and comes back when it stops', () => {
  const unit = read('deploy/kiosk/wegweiser-kiosk.service');
  const line = (key) => unit.split('\n').find((l) => l.startsWith(`${key}=`))?.slice(key.length + 1);
  assert.match(line('ExecStartPre'), new RegExp(`until curl -fsS -o /dev/null ${APP}/; do sleep 1; done`));
  assert.equal(line('TimeoutStartSec'), 'infinity');
  const start = line('ExecStart').split(' ');
  for (const flag of ['--kiosk', '--kiosk-printing', '--incognito', '--noerrdialogs', '--disable-pinch']) {
    assert.ok(start.includes(flag), `ExecStart has ${flag}`);
  }
  assert.ok(start.at(-1).startsWith(`${APP}/?kiosk=1`), start.at(-1));
  assert.equal(line('Restart'), 'always');
});

test('the set-up page shows each file as it is', () => {
  const page = read('docs/kiosk.md');
  for (const file of ['deploy/kiosk/policy.json', 'deploy/kiosk/policy-printer.json', 'deploy/kiosk/wegweiser-kiosk.service']) {
    assert.ok(page.includes(`\n${read(file)}\`\`\``), `docs/kiosk.md shows ${file} as it is`);
    assert.ok(page.includes(`(../${file})`), `docs/kiosk.md links ${file}`);
  }
});
