// Serves a built folder with the project's own nginx configuration (scripts/nginx.sh), on a
// free loopback port, for one test file.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { setTimeout as pause } from 'node:timers/promises';

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
 * the test so it can look at what nginx wrote (its logs/); without it a temporary folder
 * is used and removed.
 *
 * A port found free can be taken by another test file's server before nginx binds it, and
 * then that other server would answer our readiness check. So ready means: our nginx wrote
 * its pid file (it does so only after binding) and answers. Otherwise another port is tried.
 */
export async function startServer(dist = resolve(ROOT, 'dist'), { prefix } = {}) {
  // Started as root, nginx's workers run as www-data (scripts/nginx.sh), and a folder they
  // cannot read is served from a copy taken at the start. A test's folder (mkdtemp makes it
  // private) is opened to them, so what the test changes while it serves is what they serve.
  chmodSync(dist, 0o755);
  let lastError;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const folder = prefix ?? mkdtempSync(join(tmpdir(), 'wegweiser-nginx-'));
    const port = await freePort();
    const child = spawn(resolve(ROOT, 'scripts/nginx.sh'), [dist, `127.0.0.1:${port}`, folder], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const url = `http://127.0.0.1:${port}`;
    const stop = async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      if (!prefix) rmSync(folder, { recursive: true, force: true });
    };
    try {
      await waitUntilServing(url, child, join(folder, 'nginx.pid'));
      /** Stops the server; calling it again is harmless. */
      return { url, stop };
    } catch (error) {
      lastError = error;
      await stop();
    }
  }
  throw lastError;
}

/** Polls until our nginx has bound its port and answers; fails if it exits (30 s at most). */
async function waitUntilServing(url, child, pidFile) {
  const deadline = Date.now() + 30_000;
  let lastError = null;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode} before serving ${url}`);
    try {
      if (existsSync(pidFile)) {
        const response = await fetch(url + '/');
        if (response.ok) return;
        lastError = new Error(`status ${response.status}`);
      }
    } catch (error) {
      lastError = error;
    }
    await pause(50); // a poll interval
  }
  throw new Error(`nginx did not serve ${url} within 30 s: ${lastError}`);
}
