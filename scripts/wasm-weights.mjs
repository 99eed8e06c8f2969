// What the wasm weighs, by crate: reads the function bodies and the name section of the
// module cargo built (before wasm-bindgen and wasm-opt, which drop the names), demangles
// the names with binutils' c++filt, and prints the code per crate and per module of the
// app. A benchmark for the table in docs/performance.md, not a check.
//
//   node scripts/wasm-weights.mjs [--top N] [target/wasm32-unknown-unknown/release/wegweiser.wasm]
//
// --top N also lists the N largest functions, the first place to look for the next cut.
//
// Needs a release build first (./scripts/build.sh). Sizes are before wasm-opt, so they
// are larger than the file served; the shares are what to look at.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args.splice(topAt, 2)[1]) : 0;
const file = args[0] ?? resolve(ROOT, 'target/wasm32-unknown-unknown/release/wegweiser.wasm');
const bytes = readFileSync(file);

let at = 8; // after the magic number and the version
const leb = () => {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return value;
};
/** A length-prefixed run of bytes (a name), and the position after it. */
const bytesOf = () => {
  const length = leb();
  const run = bytes.subarray(at, at + length);
  at += length;
  return run;
};
const skipLimits = () => {
  const flags = bytes[at++];
  leb();
  if (flags & 1) leb();
};

let importedFunctions = 0;
const bodies = [];
const names = new Map();
let dataBytes = 0;
while (at < bytes.length) {
  const section = bytes[at++];
  const size = leb();
  const end = at + size;
  if (section === 2) {
    for (let count = leb(); count > 0; count -= 1) {
      bytesOf(); // module name
      bytesOf(); // field name
      const kind = bytes[at++];
      if (kind === 0) (leb(), (importedFunctions += 1));
      else if (kind === 1) (at++, skipLimits());
      else if (kind === 2) skipLimits();
      else if (kind === 3) at += 2;
    }
  } else if (section === 10) {
    for (let count = leb(); count > 0; count -= 1) {
      const length = leb();
      bodies.push(length);
      at += length;
    }
  } else if (section === 11) {
    dataBytes += size;
  } else if (section === 0) {
    const name = bytesOf().toString();
    while (name === 'name' && at < end) {
      const sub = bytes[at++];
      const subSize = leb();
      const subEnd = at + subSize;
      if (sub === 1) {
        for (let count = leb(); count > 0; count -= 1) {
          const index = leb();
          names.set(index, bytesOf().toString());
        }
      }
      at = subEnd;
    }
  }
  at = end;
}
if (names.size === 0) {
  console.error(`${file} has no name section: use the module cargo built, before wasm-opt.`);
  process.exit(1);
}

const mangled = bodies.map((_, i) => names.get(i + importedFunctions) ?? '?');
const demangled = execFileSync('c++filt', { input: mangled.join('\n'), maxBuffer: 1 << 28 }).toString().split('\n');
const byCrate = new Map();
const byModule = new Map();
const add = (map, key, size) => map.set(key, (map.get(key) ?? 0) + size);
// wasm-bindgen's descriptors (`__wbindgen_describe_…`) only tell the wasm-bindgen CLI the
// types of the imports and exports; it reads and removes them, so they never ship.
const ships = (i) => !/^__wbindgen_describe/.test(mangled[i]);
let describes = 0;
bodies.forEach((size, i) => {
  if (!ships(i)) {
    describes += size;
    return;
  }
  const name = (demangled[i] ?? '?').replace(/\[[0-9a-f]{16}\]/g, '');
  const path = name.match(/^[<&\s]*(?:mut\s+)?(?:dyn\s+)?([A-Za-z_0-9]+)(?:::([A-Za-z_0-9]+))?/);
  let crate = path?.[1] ?? '?';
  if (/^(__wbindgen|__wbg)/.test(name)) crate = 'wasm-bindgen glue';
  else if (['T', 'F', 'str', 'f32', 'f64', 'u8', 'usize'].includes(crate)) crate = 'generic impls (T, F, str, …)';
  add(byCrate, crate, size);
  if (crate === 'wegweiser' || crate === 'wegweiser_core') add(byModule, `${crate}::${path[2]}`, size);
});

const code = bodies.reduce((sum, size) => sum + size, 0) - describes;
const kib = (size) => `${(size / 1024).toFixed(1)} KiB`;
const share = (size) => `${((100 * size) / code).toFixed(1)} %`;
console.log(`${file}: code ${kib(code)} in ${bodies.length} functions, data ${kib(dataBytes)}`);
console.log(`(not counted: ${kib(describes)} of wasm-bindgen's descriptors, which the wasm-bindgen CLI removes)`);
console.log('\n| share of code | size | crate |\n| --- | --- | --- |');
for (const [crate, size] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, 18)) {
  console.log(`| ${share(size)} | ${kib(size)} | ${crate} |`);
}
console.log('\n| share of code | size | part of the app |\n| --- | --- | --- |');
for (const [part, size] of [...byModule].sort((a, b) => b[1] - a[1]).slice(0, 10)) {
  console.log(`| ${share(size)} | ${kib(size)} | ${part} |`);
}
if (top > 0) {
  console.log(`\n| size | function (the ${top} largest) |\n| --- | --- |`);
  const largest = bodies.map((size, i) => [size, i]).filter(([, i]) => ships(i));
  for (const [size, i] of largest.sort((a, b) => b[0] - a[0]).slice(0, top)) {
    const name = (demangled[i] ?? '?').replace(/\[[0-9a-f]{16}\]/g, '').replace(/\|/g, '\\|');
    console.log(`| ${kib(size)} | ${name.length > 160 ? `${name.slice(0, 157)}...` : name} |`);
  }
}
