//! The app's routing, on leptos_router: its `<Router>` follows the address bar, the history
//! and clicks on links inside the app; `app.rs` declares the pages with its `<FlatRoutes>`;
//! and the pages read the address through its hooks, as a typed [`Route`].
//!
//! [`Route`] stays the one place where an address is read and written: [`use_route`] reads
//! leptos_router's location with [`Route::parse`], and links are written with
//! [`Route::href`]. Natively (the prerender) leptos_router renders the address given as its
//! `RequestUrl`.

use crate::domain::route::Route;
use crate::platform::document;
use crate::platform::kiosk_links::{self, LinkClick};
use leptos::prelude::*;
use leptos_router::{hooks, NavigateOptions};

#[derive(Clone, Copy)]
struct RouteContext {
    route: Memo<Route>,
    /// The kiosk's: every move replaces the history entry.
    kiosk: bool,
}

fn context() -> RouteContext {
    use_context().expect("the router's hooks are used below <Router>")
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
/// writes it): leptos_router's `use_navigate`, which on the kiosk replaces the history
/// entry. After the move the page is shown from its top, or from its `#fragment`.
pub fn use_navigate() -> impl Fn(&str) + Clone + 'static {
    navigate_replacing(context().kiosk)
}

/// A function that puts another address in place of the current one (the history entry
/// is replaced, everywhere): for an address the app rewrites itself, so "back" does not
/// lead to the address it was rewritten from, and from there forward again.
pub fn use_replace() -> impl Fn(&str) + Clone + 'static {
    navigate_replacing(true)
}

/// leptos_router's `use_navigate`, replacing the history entry or not.
fn navigate_replacing(replace: bool) -> impl Fn(&str) + Clone + 'static {
    let navigate = hooks::use_navigate();
    move |href: &str| {
        navigate(
            href,
            NavigateOptions {
                replace,
                ..NavigateOptions::default()
            },
        )
    }
}

/// leptos_router's `<Router>`, with the typed route provided to everything inside. On the
/// kiosk (`kiosk`) every move replaces the current history entry, so no trail of a visitor
/// is left behind, and every link stays inside the app ([`kiosk_links::link_click`]).
#[component]
pub fn Router(#[prop(optional)] kiosk: bool, children: Children) -> impl IntoView {
    view! {
        <leptos_router::components::Router>
            <RouteProvider kiosk=kiosk>{children()}</RouteProvider>
        </leptos_router::components::Router>
    }
}

#[component]
fn RouteProvider(kiosk: bool, children: Children) -> impl IntoView {
    let location = hooks::use_location();
    let route = Memo::new(move |_| {
        let path = location.pathname.get();
        location.search.with(|search| match search.as_str() {
            "" => Route::parse(&path),
            search => Route::parse(&format!("{path}?{search}")),
        })
    });
    provide_context(RouteContext { route, kiosk });
    if kiosk {
        // In the capture phase, before any handler of the page and before leptos_router's
        // own, which leaves a click alone once its default is prevented.
        let navigate = use_navigate();
        document::listen_window("click", true, move |event| {
            match kiosk_links::link_click(&event) {
                LinkClick::Browser => {}
                LinkClick::App(href) => {
                    event.prevent_default();
                    navigate(&href);
                }
                LinkClick::Nothing => event.prevent_default(),
            }
        });
    }
    children()
}

/// A link of the site's navigation: leptos_router's `<A>`, which says when it leads to the
/// page shown (`aria-current="page"`: the same path, whatever the query).
#[component]
pub fn NavLink(href: String, class: &'static str, children: Children) -> impl IntoView {
    use leptos_router::components::A;
    view! { <A href=href exact=true attr:class=class>{children()}</A> }
}
