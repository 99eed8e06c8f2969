// Puts reader settings into the page's storage before the app starts, the way a returning
// visitor's device has them.
export async function withSettings(page, settings) {
  await page.addInitScript((value) => {
    window.localStorage.setItem('wegweiser.settings', JSON.stringify(value));
  }, settings);
}

/** Every view of the app, with a path that shows it with content. */
export const VIEWS = [
  ['start', '/'],
  ['results', '/suche?need=beratung'],
  ['empty-results', '/suche?q=xyzzy'],
  ['detail', '/service/sprechzeit-vorsorge-betreuung'],
  ['event', '/termin/werkstatt-zukunft-des-ehrenamts'],
  ['agenda', '/termine'],
  ['agenda-filtered', '/termine?when=week&walkin=1&need=beratung'],
  ['shortlist', '/merkliste?ids=gemeindeschwester-plus'],
  ['week-plan', '/wochenplan?ids=gemeindeschwester-plus,stadtteilbuero-innenstadt-west,seniorennetzwerk'],
  ['about', '/info'],
  ['settings', '/einstellungen'],
  ['not-found', '/nirgendwo'],
];
