// Writes the app's hashed files (the wasm, its glue, the loader, the styles) compressed
// beside them, for servers that send a file's precompressed form (nginx's brotli_static
// and gzip_static, most static hosts): brotli at its best (`.br`; the wasm is a third
// smaller than with gzip) and gzip -9 (`.gz`, where a browser or host takes no brotli).
// Compressing once at build time costs the server nothing and beats on-the-fly gzip
// (level 1 by default: 476 KB for the wasm, 430 KB at -9, 333 KB with brotli).
//
// Only files whose name carries their content's hash: a file that can change under its
// name (a page, the service worker, the dataset the keepers replace) would be served from
// a stale `.br` beside it. Those are compressed on the fly.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './pwa/precache.mjs';

// As deploy/nginx-site.conf tells hashed files (trunk writes 8 to 16 hex digits).
const HASHED = /-[0-9a-f]{8,16}(_bg\.wasm|\.js|\.css)$/;

/** Compresses the hashed files of `dir`; gives how many were written. */
export function compressFiles(dir) {
  let written = 0;
  for (const file of listFiles(dir)) {
    if (!HASHED.test(file)) continue;
    const bytes = readFileSync(join(dir, file));
    const brotli = brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    });
    writeFileSync(join(dir, `${file}.br`), brotli);
    writeFileSync(join(dir, `${file}.gz`), gzipSync(bytes, { level: 9 }));
    written += 1;
  }
  return written;
}
