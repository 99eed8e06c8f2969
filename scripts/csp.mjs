// The Content Security Policy of deploy/nginx-site.conf, as a <meta> element may carry it:
// one source for the header and for every page's <meta> (the visitors' pages and /pflege/);
// and the page's scripts made to live under it (no inline script).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The policy without `frame-ancestors`, which a <meta> cannot carry. */
export function metaPolicy() {
  const site = readFileSync(join(import.meta.dirname, '../deploy/nginx-site.conf'), 'utf8');
  const header = site.match(/add_header Content-Security-Policy "([^"]+)" always;/);
  if (!header) {
    console.error('postbuild: deploy/nginx-site.conf has no Content-Security-Policy header to copy.');
    process.exit(1);
  }
  return header[1]
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive && !directive.startsWith('frame-ancestors'))
    .join('; ');
}

const INLINE_MODULE = /<script type="module"(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g;
const CRASH_SCREEN = join(import.meta.dirname, 'loader/crash-screen.js');

/**
 * Moves a page's inline module scripts (trunk's loader) into hashed files `boot-<hash>.js`
 * in `dir`, each behind the crash screen's handler (loader/crash-screen.js), so it listens
 * before the app runs; `body` turns trunk's loader into the one the page needs. Gives the
 * page and how many scripts were moved.
 */
export function scriptsToFiles(html, { dir, publicUrl, body = (loader) => loader }) {
  const crashScreen = readFileSync(CRASH_SCREEN, 'utf8');
  let moved = 0;
  const page = html.replace(INLINE_MODULE, (_all, attributes, loader) => {
    const script = crashScreen + body(loader);
    const name = `boot-${createHash('sha256').update(script).digest('hex').slice(0, 16)}.js`;
    writeFileSync(join(dir, name), script.trim() + '\n');
    moved += 1;
    const kept = attributes.replace(/\s(nonce|integrity)="[^"]*"/g, '');
    return `<script type="module"${kept} src="${publicUrl}${name}"></script>`;
  });
  return { page, moved };
}

/**
 * The page with the Content Security Policy as a <meta> too, for hosts that cannot set
 * headers (where both arrive, the browser enforces both, and they agree). `who` names the
 * build step; an inline script left on the page stops the build, as the policy would stop it.
 */
export function underPolicy(html, who) {
  const page = html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${metaPolicy()}" />`);
  if (/<script(?![^>]*\ssrc=)[^>]*>/.test(page)) {
    console.error(`${who}: an inline script is left in index.html; the CSP would block it.`);
    process.exit(1);
  }
  return page;
}
