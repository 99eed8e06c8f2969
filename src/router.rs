//! The app's router: the address is a signal, read as a typed [`Route`].
//!
//! In the browser the address is the address bar's. A click on a link inside the app, a
//! [`use_navigate`] call and the browser's back and forward buttons change it without
//! loading a page; natively (the prerender) it is the page's address, given as
//! [`RequestAddress`]. `app.rs` shows the page of the route. Only the page's kind and its
//! id choose the page ([`Route::page`]): a new search on the results page updates that
//! page, which reads its query, instead of building it anew.
//!
//! A router of our own, not `leptos_router`: the app's addresses are already typed in
//! `domain::route`, and this is all of routing it needs (README, "The wasm").

use crate::domain::route::Route;
use crate::platform::document;
use crate::platform::history::{self, LinkClick};
use leptos::prelude::*;

/// The address to render when there is no address bar: the prerender's page.
#[derive(Clone, Debug)]
pub struct RequestAddress(pub String);

/// The address shown, in parts.
#[derive(Clone, Copy)]
pub struct Location {
    /// The path (`/suche`).
    pub pathname: Memo<String>,
}

#[derive(Clone, Copy)]
struct RouterContext {
    /// Root-relative, with the query and without a fragment (`/suche?need=pflege`).
    address: RwSignal<String>,
    /// The kiosk's: every move replaces the history entry.
    kiosk: bool,
    location: Location,
    route: Memo<Route>,
}

fn context() -> RouterContext {
    use_context().expect("the router's hooks are used below <Router>")
}

pub fn use_location() -> Location {
    context().location
}

/// The route of the address shown.
pub fn use_route() -> Memo<Route> {
    context().route
}

/// What `part` reads from the route (a page's query), kept as it was when the address
/// moves on to another page and the page that reads it is being replaced.
pub fn use_route_part<T>(part: fn(&Route) -> Option<&T>) -> Memo<T>
where
    T: Clone + Default + PartialEq + Send + Sync + 'static,
{
    let route = use_route();
    Memo::new(move |last: Option<&T>| route.with(|r| part(r).or(last).cloned().unwrap_or_default()))
}

/// A function that shows another address of the app (root-relative, as [`Route::href`]
/// writes it).
pub fn use_navigate() -> impl Fn(&str) + Clone + 'static {
    let RouterContext { address, kiosk, .. } = context();
    move |href: &str| go(address, href, kiosk)
}

/// Shows `href`: in the address bar (a new entry, unless asked to replace or it is the
/// address shown already), then the page, then the top of the page or its `#fragment`.
fn go(address: RwSignal<String>, href: &str, replace: bool) {
    let without_fragment = href.split('#').next().unwrap_or(href);
    let same = address.with_untracked(|shown| shown == without_fragment);
    history::show(href, replace || same);
    follow_address_bar(address);
    let href = href.to_string();
    // After the new page is in the document.
    request_animation_frame(move || history::scroll_for(&href));
}

/// The address as the browser shows it (percent-encoded): after a move, and after back or
/// forward.
fn follow_address_bar(address: RwSignal<String>) {
    if let Some(now) = history::current_address() {
        if address.with_untracked(|shown| *shown != now) {
            address.set(now);
        }
    }
}

/// Provides the address and the route to everything inside, and, in the browser, follows
/// the history and takes over clicks on links inside the app. On the kiosk (`kiosk`) every
/// move replaces the current history entry, so no trail of a visitor is left behind, and
/// every link stays inside the app ([`history::link_click`]).
#[component]
pub fn Router(#[prop(optional)] kiosk: bool, children: Children) -> impl IntoView {
    let start = history::current_address()
        .or_else(|| use_context::<RequestAddress>().map(|request| request.0))
        .unwrap_or_else(|| Route::Home.href());
    let address = RwSignal::new(start);
    let location = Location {
        pathname: Memo::new(move |_| address.with(|a| path_of(a).to_string())),
    };
    let route = Memo::new(move |_| address.with(|a| Route::parse(a)));
    provide_context(RouterContext {
        address,
        kiosk,
        location,
        route,
    });
    // Back and forward: the browser has restored the address (and the scroll position).
    document::listen_window("popstate", false, move |_| follow_address_bar(address));
    // On the kiosk in the capture phase, before any handler of the page. Elsewhere a link's
    // own `on:click` that prevents the default must not rely on running first: Leptos may
    // handle it at the window too (the skip link's goes to a fragment of the page shown,
    // which the router leaves alone anyway).
    document::listen_window("click", kiosk, move |event| {
        match history::link_click(&event, kiosk) {
            LinkClick::Browser => {}
            LinkClick::App(href) => {
                event.prevent_default();
                go(address, &href, kiosk);
            }
            LinkClick::Nothing => event.prevent_default(),
        }
    });
    children()
}

fn path_of(address: &str) -> &str {
    address.split(['?', '#']).next().unwrap_or(address)
}

/// A link that says when it leads to the page shown (`aria-current="page"`): the same
/// path, whatever the query.
#[component]
pub fn NavLink(href: String, class: &'static str, children: Children) -> impl IntoView {
    let location = use_location();
    let path = path_of(&href).trim_end_matches('/').to_string();
    let current = move || {
        location
            .pathname
            .with(|shown| shown.trim_end_matches('/') == path)
            .then_some("page")
    };
    view! { <a href=href class=class aria-current=current>{children()}</a> }
}
