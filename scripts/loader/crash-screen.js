// The crash screen (src/platform/panic_guard.rs). A panic stops the release build's wasm at
// once (scripts/build.sh: `-Cpanic=immediate-abort`) with a trap, a WebAssembly.RuntimeError,
// which reaches the page as an uncaught error (from an event handler, a timer, the start, a
// task: wasm-bindgen runs them from queueMicrotask) or as a rejected promise (from a
// promise's callback); a stack that overflows, a RangeError, the same way. The app
// prepared the screen as
// <template id="ww-crash"> when it started: it replaces the page, and on the kiosk a
// refresh returns to the start screen without a touch. From then on every click is the
// browser's alone: the app's own handlers would run into the stopped app, and this listener
// comes before theirs (the loader runs before the app), so the screen's link loads the
// start page anew, in place of the crashed address: "back" does not lead into the crash.
// `data-app="crashed"` on <html> is the one record of it (the app's take-over reads it too).
const crashed = () => document.documentElement.dataset.app === 'crashed';
addEventListener(
  'click',
  (event) => {
    if (!crashed()) return;
    event.stopImmediatePropagation();
    const link = event.target instanceof Element ? event.target.closest('.ww-crash a[href]') : null;
    const plain = event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
    if (link && plain) {
      event.preventDefault();
      location.replace(link.href);
    }
  },
  true,
);
const showCrashScreen = () => {
  const screen = document.getElementById('ww-crash');
  if (crashed() || !screen) return;
  document.documentElement.dataset.app = 'crashed';
  document.body.replaceChildren(screen.content.cloneNode(true));
  const heading = document.querySelector('.ww-crash h1');
  document.title = heading?.textContent ?? document.title;
  heading?.focus();
  if (screen.dataset.return) {
    const refresh = document.createElement('meta');
    refresh.httpEquiv = 'refresh';
    refresh.content = `${screen.dataset.after};url=${screen.dataset.return}`;
    document.head.append(refresh);
  }
};
// A trap, or a stack overflow (a RangeError in Chromium, an InternalError in Firefox).
const isCrash = (error) =>
  error instanceof WebAssembly.RuntimeError || error instanceof RangeError || error?.name === 'InternalError';
addEventListener('error', (event) => isCrash(event.error) && showCrashScreen());
addEventListener('unhandledrejection', (event) => isCrash(event.reason) && showCrashScreen());
