// The README is the front door and docs/ holds the depth: no link between them may be dead
// (a file that is not there, or a heading that is not in it), and every document in docs/
// is reachable from the README.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const DOCS = join(ROOT, 'docs');
const FILES = [join(ROOT, 'README.md'), ...readdirSync(DOCS).filter((f) => f.endsWith('.md')).map((f) => join(DOCS, f))];

/** The text outside code fences and inline code, where a link is a link. */
function prose(markdown) {
  return markdown
    .split(/^```.*$/m)
    .filter((_, i) => i % 2 === 0)
    .join('\n')
    .replace(/`[^`\n]*`/g, '');
}

/** A heading's anchor as GitHub writes it. */
function slug(heading) {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchors(file) {
  return new Set(
    prose(readFileSync(file, 'utf8'))
      .split('\n')
      .filter((line) => /^#{1,6} /.test(line))
      .map((line) => slug(line.replace(/^#+ /, ''))),
  );
}

/** Every relative link of a file: [target file, anchor or ''] with the link's text. */
function links(file) {
  const found = [];
  for (const [, target] of prose(readFileSync(file, 'utf8')).matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z]+:/i.test(target)) continue;
    const [path, anchor = ''] = target.split('#');
    found.push({ target, file: path ? resolve(dirname(file), path) : file, anchor });
  }
  return found;
}

test('the docs exist and say what they cover', () => {
  const docs = FILES.slice(1);
  assert.ok(docs.length >= 8, `${docs.length} documents in docs/`);
  for (const file of docs) {
    const [title, , what] = readFileSync(file, 'utf8').split('\n');
    assert.match(title, /^# \S/, `${relative(ROOT, file)} starts with its title`);
    assert.ok(what.length > 20, `${relative(ROOT, file)} says what it covers`);
  }
});

test('no link between the README and docs/ is dead', () => {
  let checked = 0;
  for (const file of FILES) {
    for (const link of links(file)) {
      const where = `${relative(ROOT, file)} → ${link.target}`;
      assert.ok(existsSync(link.file), `${where}: no such file`);
      if (link.anchor) {
        assert.ok(link.file.endsWith('.md'), `${where}: an anchor in a file that is no document`);
        assert.ok(anchors(link.file).has(link.anchor), `${where}: no such heading`);
      }
      checked += 1;
    }
  }
  console.log(`${checked} links checked in ${FILES.length} files`);
  assert.ok(checked >= 20, `only ${checked} links`);
});

test('every document in docs/ is linked from the README', () => {
  const linked = new Set(links(FILES[0]).map((link) => link.file));
  for (const file of FILES.slice(1)) {
    assert.ok(linked.has(file), `${relative(ROOT, file)} is not linked from the README`);
  }
});

test('the checker finds a dead file and a dead heading', () => {
  // The checker's own parts, on links that are dead on purpose.
  assert.equal(slug("Upstream's defects we work around"), 'upstreams-defects-we-work-around');
  assert.ok(!anchors(join(DOCS, 'hours.md')).has('no-such-heading'));
  assert.ok(!existsSync(resolve(DOCS, 'no-such-file.md')));
  assert.deepEqual(
    prose('a [x](in.md) `[y](code.md)`\n```\n[z](fence.md)\n```\n').match(/\]\(([^)]+)\)/g),
    ['](in.md)'],
  );
});
