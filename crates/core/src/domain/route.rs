//! Every address of the app, typed: one place that builds and reads paths and queries, so
//! a link, a navigation, the kiosk's start and the tests all agree on `/suche?need=…`.
//! The router (`src/router.rs`) reads addresses with [`Route::parse`] and shows the page of
//! [`Route::page`], so a link and the page it opens cannot drift apart.

use super::agenda::AgendaQuery;
use super::query_string;
use super::search::Query;
use super::shortlist::shared_ids;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// `/`: the start page.
    Home,
    /// `/suche?q=…&need=…`: the results of a search (the URL holds the whole search).
    Results(Query),
    /// `/service/<id>`: one service.
    Service(String),
    /// `/merkliste`, or `/merkliste?ids=a,b` for a list someone shared.
    Shortlist(Option<Vec<String>>),
    /// `/info`: about the data, accessibility, imprint and privacy.
    About,
    /// `/einstellungen`: text size, colours, language.
    Settings,
    /// `/termin/<id>`: one event, also when it has taken place (a link someone kept).
    Event(String),
    /// `/termine?need=…&when=week`: what happens in the next days.
    Agenda(AgendaQuery),
    /// `/wochenplan`: the shortlist as a plan for the week; `?ids=a,b` for a shared one.
    WeekPlan(Option<Vec<String>>),
    /// Anything else: the not-found page.
    NotFound,
}

/// The first path segment of each page's address.
pub const RESULTS: &str = "suche";
pub const SERVICE: &str = "service";
pub const SHORTLIST: &str = "merkliste";
pub const ABOUT: &str = "info";
pub const SETTINGS: &str = "einstellungen";
pub const EVENT: &str = "termin";
pub const AGENDA: &str = "termine";
pub const WEEK_PLAN: &str = "wochenplan";

impl Route {
    /// The address, as a root-relative link (`/suche?need=pflege`).
    pub fn href(&self) -> String {
        match self {
            Route::Home => "/".to_string(),
            Route::Results(query) => match query.to_query_string() {
                q if q.is_empty() => format!("/{RESULTS}"),
                q => format!("/{RESULTS}?{q}"),
            },
            Route::Service(id) => format!("/{SERVICE}/{id}"),
            Route::Shortlist(None) => format!("/{SHORTLIST}"),
            Route::Shortlist(Some(ids)) => format!("/{SHORTLIST}?ids={}", ids.join(",")),
            Route::About => format!("/{ABOUT}"),
            Route::Settings => format!("/{SETTINGS}"),
            Route::Event(id) => format!("/{EVENT}/{id}"),
            Route::WeekPlan(None) => format!("/{WEEK_PLAN}"),
            Route::WeekPlan(Some(ids)) => format!("/{WEEK_PLAN}?ids={}", ids.join(",")),
            Route::Agenda(query) => match query.to_query_string() {
                q if q.is_empty() => format!("/{AGENDA}"),
                q => format!("/{AGENDA}?{q}"),
            },
            Route::NotFound => "/404".to_string(),
        }
    }

    /// The file of this address's page rendered at build time, relative to `dist/`, for
    /// the addresses that have one: the start page, all services and each need's results,
    /// every service, the shortlist, About and Settings. `deploy/nginx-site.conf` and
    /// `public/sw.js` serve these files by the same rule; every other address gets the app
    /// shell (`app.html`), which renders it.
    pub fn page_file(&self) -> Option<String> {
        fn need_only(q: &Query) -> Option<&String> {
            let only = *q
                == Query {
                    need: q.need.clone(),
                    ..Query::default()
                };
            q.need.as_ref().filter(|_| only)
        }
        match self {
            Route::Home => Some("index.html".to_string()),
            Route::Results(query) if *query == Query::default() => {
                Some(format!("{RESULTS}/index.html"))
            }
            Route::Results(query) => {
                need_only(query).map(|need| format!("{RESULTS}/need/{need}.html"))
            }
            Route::Service(id) => Some(format!("{SERVICE}/{id}/index.html")),
            Route::Shortlist(None) => Some(format!("{SHORTLIST}/index.html")),
            Route::About => Some(format!("{ABOUT}/index.html")),
            Route::Settings => Some(format!("{SETTINGS}/index.html")),
            _ => None,
        }
    }

    /// The page this route shows, whatever its query: the router builds a page anew when
    /// this changes, and a page reads its query itself (a new search updates the results
    /// page in place, and keeps the focus where it is).
    pub fn page(&self) -> Route {
        match self {
            Route::Results(_) => Route::Results(Query::default()),
            Route::Shortlist(_) => Route::Shortlist(None),
            Route::Agenda(_) => Route::Agenda(AgendaQuery::default()),
            Route::WeekPlan(_) => Route::WeekPlan(None),
            other => other.clone(),
        }
    }

    /// The ids of a shared list (`?ids=a,b` on the shortlist or the week plan).
    pub fn shared_ids(&self) -> Option<Vec<String>> {
        match self {
            Route::Shortlist(ids) | Route::WeekPlan(ids) => ids.clone(),
            _ => None,
        }
    }

    /// The id of the service or event shown (`/service/<id>`, `/termin/<id>`).
    pub fn id(&self) -> Option<&str> {
        match self {
            Route::Service(id) | Route::Event(id) => Some(id),
            _ => None,
        }
    }

    /// Reads a root-relative address (`/suche?q=pflege`); a path the app does not have is
    /// [`Route::NotFound`], and a query is read forgivingly (see [`Query`]).
    pub fn parse(address: &str) -> Route {
        let address = address.split('#').next().unwrap_or(address);
        let (path, query) = address.split_once('?').unwrap_or((address, ""));
        let mut segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        // A page rendered at build time, asked for by its file (`/service/x/index.html`,
        // `/index.html`) is the page of its folder.
        if segments.last() == Some(&"index.html") {
            segments.pop();
        }
        match segments.as_slice() {
            [] => Route::Home,
            // A need's results page by its file (`/suche/need/pflege.html`, see `page_file`).
            [RESULTS, "need", file] if query.is_empty() && file.ends_with(".html") => {
                let need = &file[..file.len() - ".html".len()];
                Route::Results(Query::from_query_string(&format!("need={need}")))
            }
            [RESULTS] => Route::Results(Query::from_query_string(query)),
            [SERVICE, id] => Route::Service((*id).to_string()),
            [SHORTLIST] => Route::Shortlist(ids_of(query)),
            [ABOUT] => Route::About,
            [SETTINGS] => Route::Settings,
            [EVENT, id] => Route::Event((*id).to_string()),
            [AGENDA] => Route::Agenda(AgendaQuery::from_query_string(query)),
            [WEEK_PLAN] => Route::WeekPlan(ids_of(query)),
            _ => Route::NotFound,
        }
    }
}

/// The `ids=a,b` of a shared list, read as carefully as the shortlist reads it.
fn ids_of(query: &str) -> Option<Vec<String>> {
    query_string::value(query, "ids").map(|ids| shared_ids(&ids))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::search::OpenFilter;

    /// Issue 29, finding 15: nginx serves a page rendered at build time at its file's own
    /// address too; the app read those as "not found" once it took the page over.
    #[test]
    fn a_page_asked_for_by_its_file_is_that_page() {
        let routes = [
            Route::Home,
            Route::Results(Query::default()),
            Route::Results(Query::from_query_string("need=pflege")),
            Route::Service("gemeindeschwester-plus".into()),
            Route::Shortlist(None),
            Route::About,
            Route::Settings,
        ];
        for route in routes {
            let file = route.page_file().expect("a page rendered at build time");
            assert_eq!(Route::parse(&format!("/{file}")), route, "/{file}");
        }
        assert_eq!(Route::parse("/suche/need/pflege.html?q=x"), Route::NotFound);
        assert_eq!(Route::parse("/suche/need/pflege"), Route::NotFound);
        assert_eq!(Route::parse("/info/other.html"), Route::NotFound);
    }

    #[test]
    fn every_route_round_trips_through_its_address() {
        let routes = [
            Route::Home,
            Route::Results(Query::default()),
            Route::Results(Query {
                text: "Pflege & Demenz".into(),
                need: Some("pflege".into()),
                open: Some(OpenFilter::Now),
                ..Query::default()
            }),
            Route::Service("gemeindeschwester-plus".into()),
            Route::Shortlist(None),
            Route::Shortlist(Some(vec!["a".into(), "b-2".into()])),
            Route::About,
            Route::Settings,
            Route::Event("werkstatt-zukunft-des-ehrenamts".into()),
            Route::Agenda(AgendaQuery::from_query_string(
                "need=beratung&when=week&free=1",
            )),
            Route::WeekPlan(None),
            Route::WeekPlan(Some(vec!["a".into(), "b-2".into()])),
        ];
        for route in routes {
            assert_eq!(Route::parse(&route.href()), route, "{}", route.href());
        }
    }

    #[test]
    fn a_page_is_its_route_without_the_query() {
        let page = |address: &str| Route::parse(address).page();
        assert_eq!(page("/suche?q=Rat&need=pflege"), page("/suche"));
        assert_eq!(page("/merkliste?ids=a,b"), page("/merkliste"));
        assert_eq!(page("/termine?when=week"), page("/termine"));
        assert_eq!(page("/wochenplan?ids=a"), page("/wochenplan"));
        assert_ne!(page("/service/a"), page("/service/b"));
        assert_ne!(page("/termin/a"), page("/service/a"));
        assert_ne!(page("/merkliste"), page("/wochenplan"));
        assert_eq!(page("/nirgends"), Route::NotFound);
    }

    #[test]
    fn ids_and_shared_lists_of_an_address() {
        assert_eq!(Route::parse("/service/a-1").id(), Some("a-1"));
        assert_eq!(Route::parse("/termin/e").id(), Some("e"));
        assert_eq!(Route::parse("/suche").id(), None);
        let shared = Some(vec!["a".to_string(), "b".to_string()]);
        assert_eq!(Route::parse("/merkliste?ids=a,b").shared_ids(), shared);
        assert_eq!(Route::parse("/wochenplan?ids=a%2Cb").shared_ids(), shared);
        assert_eq!(Route::parse("/merkliste").shared_ids(), None);
        assert_eq!(Route::parse("/suche?ids=a").shared_ids(), None);
    }

    #[test]
    fn pages_rendered_at_build_time_have_their_files() {
        let need = |id: &str| {
            Route::Results(Query {
                need: Some(id.into()),
                ..Query::default()
            })
        };
        assert_eq!(Route::Home.page_file().as_deref(), Some("index.html"));
        assert_eq!(
            need("pflege").page_file().as_deref(),
            Some("suche/need/pflege.html")
        );
        assert_eq!(
            Route::Service("a-1".into()).page_file().as_deref(),
            Some("service/a-1/index.html")
        );
        // A search with more than a need, a shared list, the agenda: the app shell.
        let searched = Route::Results(Query {
            text: "Pflege".into(),
            need: Some("pflege".into()),
            ..Query::default()
        });
        for route in [
            searched,
            Route::Shortlist(Some(vec!["a".into()])),
            Route::Agenda(AgendaQuery::default()),
            Route::Event("e".into()),
            Route::NotFound,
        ] {
            assert_eq!(route.page_file(), None, "{}", route.href());
        }
    }

    #[test]
    fn addresses_as_people_and_the_router_see_them() {
        assert_eq!(Route::Results(Query::default()).href(), "/suche");
        assert_eq!(
            Route::Service("seniorenbeirat".into()).href(),
            "/service/seniorenbeirat"
        );
        assert_eq!(
            Route::parse("/suche?need=pflege#main"),
            Route::Results(Query {
                need: Some("pflege".into()),
                ..Query::default()
            })
        );
        assert_eq!(Route::parse("/service/a/b"), Route::NotFound);
        assert_eq!(Route::parse("/nirgendwo"), Route::NotFound);
        assert_eq!(
            Route::parse("/merkliste?ids=a,A?b,a"),
            Route::Shortlist(Some(vec!["a".into()])),
            "a shared list keeps only well-formed ids, each once"
        );
    }
}
