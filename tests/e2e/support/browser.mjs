// Debian's Chromium driven by playwright-core. Never downloads a browser.
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** A browser with a real (temporary) profile: installability is not judged in incognito. */
export async function launchPersistent(userDataDir, options = {}) {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'de-DE',
    ...options,
  });
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/**
 * A page that records every request, so tests can assert that nothing leaves the origin.
 * Service workers are blocked unless a test asks for them (`serviceWorkers: 'allow'`):
 * `page.route` cannot see a worker's requests.
 */
export async function openPage(browser, baseUrl, options = {}) {
  const context = await browser.newContext({ baseURL: baseUrl, locale: 'de-DE', serviceWorkers: 'block', ...options });
  const page = await context.newPage();
  if (options.javaScriptEnabled !== false) awaitTheApp(page);
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  return { context, page, requests, errors };
}

/**
 * One nginx server and one browser for the tests of a file: registers the `before`/`after`
 * hooks and returns an object whose `url` and `browser` are set once they run.
 */
export function serveAndBrowse(before, after, startServer) {
  const env = { url: '', browser: null, server: null };
  before(async () => {
    env.server = await startServer();
    env.url = env.server.url;
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.stop();
  });
  return env;
}

/**
 * A page's own HTML is rendered at build time and readable at once; the app takes it over
 * when its data is there and then says so on `<html data-app="live">`. `goto` and `reload`
 * end there, so a test acts on the live app; `page.gotoPrerendered` is the plain navigation
 * (for tests of the page before the take-over).
 */
export const LIVE = 'html[data-app="live"]';

function awaitTheApp(page) {
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.gotoPrerendered = goto;
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    await page.waitForSelector(LIVE, { state: 'attached' });
    return response;
  };
  page.reload = async (options) => {
    const response = await reload(options);
    await page.waitForSelector(LIVE, { state: 'attached' });
    return response;
  };
}
