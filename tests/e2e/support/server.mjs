// Serves a built folder with the project's own nginx configuration (scripts/nginx.sh), on a
// free loopback port, for one test file.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

export const ROOT = resolve(fileURLToPath(import.meta.url), '../../../..');

async function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/**
 * Serves `dist` on a free port. `prefix` (optional) is the folder nginx runs in, kept after
 * the test so it can look at what nginx wrote (its logs/).
 */
export async function startServer(dist = resolve(ROOT, 'dist'), { prefix } = {}) {
  const port = await freePort();
  const args = [dist, `127.0.0.1:${port}`, ...(prefix ? [prefix] : [])];
  const child = spawn(resolve(ROOT, 'scripts/nginx.sh'), args, { stdio: ['ignore', 'inherit', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilServing(url, child);
  return {
    url,
    /** Stops the server; calling it again is harmless. */
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Polls until nginx answers; fails loudly if it exits or never answers (30 s). */
async function waitUntilServing(url, child) {
  const deadline = Date.now() + 30_000;
  let lastError = null;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode} before serving ${url}`);
    try {
      const response = await fetch(url + '/');
      if (response.ok) return;
      lastError = new Error(`status ${response.status}`);
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGTERM');
  throw new Error(`nginx did not serve ${url} within 30 s: ${lastError}`);
}
