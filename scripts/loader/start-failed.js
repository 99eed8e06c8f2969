// The visitors' page when its app cannot start (scripts/postbuild.mjs puts this before the
// loader, after the crash screen's handler: the keepers' workspace has no page rendered at
// build time to keep). When the app cannot start (its glue does not load, its wasm does not compile or link,
// it stops before it prepared its screen), the loader calls `showStartFailed`: the page
// rendered at build time stays as it is, readable; a notice says what does not work and
// offers to load it again, and a kiosk tries again by itself (it has nobody to tap).
const KIOSK_SECONDS = 30;
const kioskStart = () => {
  if (new URLSearchParams(location.search).get('kiosk') === '1') return `/${location.search}`;
  try {
    const kept = sessionStorage.getItem('wegweiser.kiosk');
    return kept ? `/?${kept}` : null;
  } catch {
    return null; // no storage here: not a kiosk this page can know of
  }
};
const showStartFailed = () => {
  if (document.documentElement.dataset.app) return;
  document.documentElement.dataset.app = 'failed';
  const notice = document.createElement('p');
  notice.className = 'ww-notice ww-start-failed';
  notice.setAttribute('role', 'alert');
  notice.lang = 'de';
  notice.append('Diese Seite ist nicht ganz geladen: Sie können sie lesen, aber ihre Knöpfe und die Suche gehen gerade nicht. ');
  const again = document.createElement('a');
  again.href = location.href;
  again.textContent = 'Seite noch einmal laden';
  notice.append(again);
  (document.querySelector('main') ?? document.body).prepend(notice);
  const kiosk = kioskStart();
  if (kiosk) {
    const refresh = document.createElement('meta');
    refresh.httpEquiv = 'refresh';
    refresh.content = `${KIOSK_SECONDS};url=${kiosk}`;
    document.head.append(refresh);
  }
};
