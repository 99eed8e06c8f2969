//! prerender: renders every public page of the app to static HTML at build time, with the
//! same Leptos components the browser runs, so a deep link shows its content before any
//! wasm arrives (and without scripting at all). Run by the trunk post-build hook on trunk's
//! staging folder:
//!
//!     cargo run --bin prerender -- DIST [DATASET]
//!
//! It keeps trunk's page as `app.html` (the shell every other address is served with), and
//! writes each page at its `Route::page_file` (`index.html`, `suche/index.html`,
//! `suche/need/<need>.html`, `service/<id>/index.html`, `merkliste/`, `info/`,
//! `einstellungen/`), `404.html`, `sitemap.xml` (past 50,000 pages the index of
//! `sitemap-1.xml`, …: `wegweiser::sitemap`) and `robots.txt`. Each page has its
//! own title, description, canonical address (from the dataset's `public_url`) and the
//! language and direction of the dataset.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    native::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use leptos::prelude::*;
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;
    use std::sync::Arc;
    use wegweiser::app::AppShell;
    use wegweiser::domain::directory::Directory;
    use wegweiser::domain::load::load_dataset;
    use wegweiser::domain::route::{self, Route};
    use wegweiser::domain::search::Query;
    use wegweiser::i18n::Lang;
    use wegweiser::platform::{clock, document};
    use wegweiser::sitemap::{self, escape};
    use wegweiser::view_model::shown;

    /// One page to write: its address, its file, and what its head says.
    struct Page {
        route: Route,
        file: String,
        description: Option<String>,
        /// Listed in the sitemap (not the 404 page).
        public: bool,
    }

    fn pages(directory: &Directory, lang: Lang) -> Vec<Page> {
        let base = directory.base_lang();
        let t = lang.strings();
        let city = shown(&directory.dataset.meta.city, lang, base).text;
        let mut routes: Vec<(Route, Option<String>)> = vec![
            (Route::Home, None),
            (Route::Results(Query::default()), None),
        ];
        for need in &directory.dataset.needs {
            let label = shown(&need.label, lang, base).text;
            routes.push((
                Route::Results(Query {
                    need: Some(need.id.clone()),
                    ..Query::default()
                }),
                Some(format!("{label}: {}", (t.page_title)(&city))),
            ));
        }
        for service in directory.services() {
            routes.push((
                Route::Service(service.id.clone()),
                Some(shown(&service.summary, lang, base).text),
            ));
        }
        routes.extend([
            (Route::Shortlist(None), None),
            (Route::About, None),
            (Route::Settings, None),
        ]);
        let mut pages: Vec<Page> = routes
            .into_iter()
            .filter_map(|(route, description)| {
                Some(Page {
                    file: route.page_file()?,
                    route,
                    description,
                    public: true,
                })
            })
            .collect();
        pages.push(Page {
            route: Route::NotFound,
            file: "404.html".to_string(),
            description: None,
            public: false,
        });
        pages
    }

    /// The app's markup for `path`, and the title the page set.
    fn render(directory: &Arc<Directory>, path: &str, build_ms: i64) -> (String, Option<String>) {
        let owner = Owner::new_root(Some(Arc::new(hydration_context::SsrSharedContext::new())));
        let html = owner.with(|| {
            wegweiser::state::provide_prerender_state(directory.clone(), build_ms);
            provide_context(leptos_router::location::RequestUrl::new(path));
            view! { <AppShell /> }.to_html()
        });
        owner.cleanup();
        (html, document::take_rendered_title())
    }

    /// Replaces the first `<tag …>…</tag>`-like span from `start` to `end` (inclusive).
    fn replace_span(html: &str, start: &str, end: &str, with: &str) -> Option<String> {
        let from = html.find(start)?;
        let to = from + html[from..].find(end)? + end.len();
        Some(format!("{}{with}{}", &html[..from], &html[to..]))
    }

    struct Head<'a> {
        lang: &'a str,
        dir: &'a str,
        title: &'a str,
        description: Option<&'a str>,
        canonical: Option<String>,
    }

    /// trunk's page with this page's head and the rendered body; the `<noscript>` note goes,
    /// since the page reads without scripting.
    fn page_html(shell: &str, head: &Head, body: &str) -> Option<String> {
        let html = replace_span(
            shell,
            "<html",
            ">",
            &format!("<html lang=\"{}\" dir=\"{}\">", head.lang, head.dir),
        )?;
        let html = replace_span(
            &html,
            "<title>",
            "</title>",
            &format!("<title>{}</title>", escape(head.title)),
        )?;
        let html = match head.description {
            Some(description) => replace_span(
                &html,
                "<meta name=\"description\"",
                ">",
                &format!(
                    "<meta name=\"description\" content=\"{}\" />",
                    escape(description)
                ),
            )?,
            None => html,
        };
        let html = match &head.canonical {
            Some(url) => html.replacen(
                "</head>",
                &format!(
                    "  <link rel=\"canonical\" href=\"{}\" />\n  </head>",
                    escape(url)
                ),
                1,
            ),
            None => html,
        };
        let html = replace_span(&html, "<noscript>", "</noscript>", "").unwrap_or(html);
        Some(html.replacen("<body>", &format!("<body>{body}"), 1))
    }

    /// The dataset's public address without a trailing slash, when it is an https URL.
    fn public_base(directory: &Directory) -> Option<String> {
        directory
            .dataset
            .meta
            .public_url
            .as_deref()
            .filter(|u| u.starts_with("https://"))
            .map(|u| u.trim_end_matches('/').to_string())
    }

    fn write(path: &Path, text: &str) -> Result<(), String> {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
    }

    fn run(dist: &Path, dataset: &Path) -> Result<usize, String> {
        let text =
            std::fs::read_to_string(dataset).map_err(|e| format!("{}: {e}", dataset.display()))?;
        let loaded = load_dataset(&text).map_err(|e| format!("{}: {e}", dataset.display()))?;
        let directory = Arc::new(Directory::from_loaded(loaded));
        // The pages are in the language the app shows a reader who chose none and whose
        // device asks for none (SettingsStore::lang); on arrival the app switches to the
        // reader's.
        let lang = Lang::De;
        let t = lang.strings();
        let shell_path = dist.join("index.html");
        let shell = std::fs::read_to_string(&shell_path)
            .map_err(|e| format!("{}: {e}", shell_path.display()))?;
        // The page for every address that has no page of its own (served by the host's
        // fallback and by the service worker): trunk's page as it came.
        let shell = match std::fs::read_to_string(dist.join("app.html")) {
            Ok(kept) => kept,
            Err(_) => {
                write(&dist.join("app.html"), &shell)?;
                shell
            }
        };
        let _ = any_spawner::Executor::init_futures_executor();
        let build_ms = clock::now_unix_ms();
        let base = public_base(&directory);
        let city = shown(&directory.dataset.meta.city, lang, directory.base_lang()).text;
        let mut sitemap = Vec::new();
        let all = pages(&directory, lang);
        for page in &all {
            let path = page.route.href();
            let (body, title) = render(&directory, &path, build_ms);
            let title = title.unwrap_or_else(|| (t.page_title)(&city));
            let head = Head {
                lang: lang.code(),
                dir: lang.dir(),
                title: &title,
                description: page.description.as_deref(),
                canonical: base
                    .as_ref()
                    .filter(|_| page.public)
                    .map(|b| format!("{b}{path}")),
            };
            let html = page_html(&shell, &head, &body)
                .ok_or_else(|| format!("{}: not the page trunk writes", shell_path.display()))?;
            write(&dist.join(&page.file), &html)?;
            if page.public {
                sitemap.push(path);
            }
        }
        for (name, xml) in sitemap::files(base.as_deref(), &sitemap) {
            write(&dist.join(name), &xml)?;
        }
        write(&dist.join("robots.txt"), &robots_txt(base.as_deref()))?;
        Ok(all.len())
    }

    /// Everything may be read; searches and shared lists (`?q=`, `?ids=` on the shortlist and
    /// the week plan) are people's own.
    fn robots_txt(base: Option<&str>) -> String {
        let sitemap = base
            .map(|b| format!("Sitemap: {b}/sitemap.xml\n"))
            .unwrap_or_default();
        format!(
            "User-agent: *\nAllow: /\nDisallow: /{}?\nDisallow: /{}?\nDisallow: /{}?\n{sitemap}",
            route::RESULTS,
            route::SHORTLIST,
            route::WEEK_PLAN
        )
    }

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let Some(dist) = args.first().map(PathBuf::from) else {
            eprintln!("usage: prerender DIST [DATASET]   (DATASET: DIST/data/services.json)");
            return ExitCode::from(2);
        };
        let dataset = args
            .get(1)
            .map(PathBuf::from)
            .unwrap_or_else(|| dist.join("data/services.json"));
        match run(&dist, &dataset) {
            Ok(count) => {
                println!("prerender: {count} pages, sitemap.xml and robots.txt");
                ExitCode::SUCCESS
            }
            Err(error) => {
                eprintln!("prerender: {error}");
                ExitCode::FAILURE
            }
        }
    }
}
