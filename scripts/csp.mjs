// The Content Security Policy of deploy/nginx-site.conf, as a <meta> element may carry it:
// one source for the header and for every page's <meta> (the visitors' pages and /pflege/).
import { readFileSync } from 'node:fs';
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
