//! The workspace's state and the actions on it: open a file, keep the draft, edit, undo,
//! download. The views (`views/`) show it.

use crate::bridge;
use crate::session::{Checked, Session, DRAFT_KEY, ORIGINAL_KEY};
use crate::texts::Lang;
use crate::views;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wegweiser_core::domain::settings::Settings;
use wegweiser_keeping::validate::{Finding, Severity};
use wegweiser_keeping::workspace::{self, Edit, EntryRef};

/// Where the draft stands on this device.
#[derive(Clone, Debug, PartialEq)]
pub enum Keeping {
    Nothing,
    /// Kept at this time (ms since 1970).
    Kept(f64),
    /// The browser would not keep it: its reason.
    Failed(String),
}

/// A message about the last action; a refused file brings the findings `check` gives it,
/// a spreadsheet the report of its rows.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Message {
    pub text: String,
    pub alert: bool,
    pub findings: Vec<Finding>,
    pub lines: Vec<String>,
}

impl Message {
    pub fn alert(text: impl Into<String>) -> Message {
        Message {
            text: text.into(),
            alert: true,
            ..Message::default()
        }
    }
}

/// The workspace's state, shared by every view.
#[derive(Clone, Copy)]
pub struct Ws {
    pub lang: RwSignal<Lang>,
    pub session: RwSignal<Option<Session>>,
    /// A draft kept on this device, offered back when the page opens.
    pub offered: RwSignal<Option<Session>>,
    pub message: RwSignal<Option<Message>>,
    pub keeping: RwSignal<Keeping>,
    pub selected: RwSignal<Option<EntryRef>>,
    /// A download held back until the keeper confirms the problem named.
    pub held: RwSignal<Option<String>>,
    /// What the check says of the session now: set when a file opens, updated by each edit.
    pub checked: RwSignal<Option<Checked>>,
    pub today: chrono::NaiveDate,
}

pub fn use_ws() -> Ws {
    expect_context::<Ws>()
}

impl Ws {
    pub fn t(&self, de: &'static str, en: &'static str) -> &'static str {
        self.lang.get().t(de, en)
    }

    /// Opens `text` as the session, or says why not; the session open before stays then.
    /// A spreadsheet (`.csv`, or text that is no JSON but has a header of columns) is read
    /// into the open draft's services instead.
    pub fn open(&self, name: &str, text: &str) {
        let lang = self.lang.get_untracked();
        let sheet = name.to_lowercase().ends_with(".csv")
            || (!text.trim_start().starts_with(['{', '['])
                && text
                    .lines()
                    .next()
                    .is_some_and(|header| header.contains("id") && header.contains([';', ','])));
        if sheet {
            self.import_sheet(name, text);
            return;
        }
        match Session::open(name, text, bridge::now_ms()) {
            Ok(session) => {
                let count = session.document["services"].as_array().map_or(0, Vec::len);
                let original = session.original.clone();
                self.start(session);
                self.offered.set(None);
                self.selected.set(None);
                self.held.set(None);
                self.message.set(Some(Message {
                    text: match lang {
                        Lang::De => format!("„{name}“ ist geöffnet: {count} Angebote."),
                        Lang::En => format!("\"{name}\" is open: {count} services."),
                    },
                    ..Message::default()
                }));
                // The file as opened is kept once; each edit then keeps only its history.
                let ws = *self;
                spawn_local(async move {
                    match bridge::store_draft(ORIGINAL_KEY, &original).await {
                        Ok(()) => ws.keep(),
                        Err(reason) => ws.keeping.set(Keeping::Failed(reason)),
                    }
                });
            }
            Err(refusal) => self.message.set(Some(Message {
                text: lang.refusal(name, &refusal),
                alert: true,
                findings: if text.len() <= workspace::MAX_FILE_BYTES {
                    workspace::findings(text, self.today)
                } else {
                    Vec::new()
                },
                ..Message::default()
            })),
        }
    }

    /// Reads a services spreadsheet into the open draft: the good rows are taken, each bad
    /// row is reported with its row, column and reason, and its service stays as it was.
    fn import_sheet(&self, name: &str, text: &str) {
        let lang = self.lang.get_untracked();
        let result = self.session.with_untracked(|s| {
            s.as_ref()
                .map(|s| workspace::import_sheet(&s.document, text))
        });
        let import = match result {
            None => {
                self.message.set(Some(Message::alert(lang.t(
                    "Öffnen Sie zuerst den Datensatz (die veröffentlichte Datei oder eine JSON-Datei): die Tabelle enthält nur die Angebote.",
                    "Open the dataset first (the published file or a JSON file): the spreadsheet holds only the services.",
                ))));
                return;
            }
            Some(Err(reason)) => {
                self.message.set(Some(Message::alert(match lang {
                    Lang::De => format!(
                        "„{name}“ kann nicht gelesen werden: {}. Ihr Entwurf bleibt, wie er war.",
                        lang.message(&reason)
                    ),
                    Lang::En => {
                        format!("\"{name}\" cannot be read: {reason}. Your draft stays as it was.")
                    }
                })));
                return;
            }
            Some(Ok(import)) => import,
        };
        let mut lines: Vec<String> = import
            .report
            .errors
            .iter()
            .map(|e| lang.message(e))
            .collect();
        lines.extend(
            import
                .report
                .changes
                .iter()
                .map(|c| format!("{} {c}", lang.t("geändert:", "rewritten:"))),
        );
        lines.extend(
            import
                .report
                .warnings
                .iter()
                .map(|w| format!("{} {w}", lang.t("Warnung:", "warning:"))),
        );
        lines.extend(import.removed.iter().map(|id| {
            format!(
                "{} {id}",
                lang.t(
                    "nicht mehr in der Tabelle, gelöscht:",
                    "no longer in the spreadsheet, removed:"
                )
            )
        }));
        self.message.set(Some(Message {
            text: match lang {
                Lang::De => format!(
                    "„{name}“: {} Zeilen übernommen, {} Zeilen mit Fehlern. Deren Angebote bleiben, wie sie waren.",
                    import.taken, import.kept
                ),
                Lang::En => format!(
                    "\"{name}\": {} rows taken, {} rows with errors. Their services stay as they were.",
                    import.taken, import.kept
                ),
            },
            alert: import.kept > 0,
            lines,
            ..Message::default()
        }));
        self.edit(|_| import.edits);
    }

    /// Downloads the draft's services as a spreadsheet.
    pub fn export_sheet(&self) {
        let result = self
            .session
            .with_untracked(|s| s.as_ref().map(|s| workspace::export_sheet(&s.document)));
        match result {
            Some(Ok(sheet)) => bridge::download("services.csv", &sheet, "text/csv;charset=utf-8"),
            Some(Err(reason)) => self.message.set(Some(Message::alert(format!(
                "{} {reason}",
                self.lang.get_untracked().t(
                    "Die Tabelle kann nicht erstellt werden:",
                    "The spreadsheet cannot be made:"
                )
            )))),
            None => {}
        }
    }

    /// Makes `session` the open one, checked as a whole.
    pub fn start(&self, session: Session) {
        self.checked.set(Some(session.check(self.today)));
        self.session.set(Some(session));
    }

    /// Keeps the session's history as the draft on this device, at once.
    pub fn keep(&self) {
        let Some(draft) = self
            .session
            .with_untracked(|s| s.as_ref().map(Session::to_draft))
        else {
            return;
        };
        let keeping = self.keeping;
        spawn_local(async move {
            keeping.set(match bridge::store_draft(DRAFT_KEY, &draft).await {
                Ok(()) => Keeping::Kept(bridge::now_ms()),
                Err(reason) => Keeping::Failed(reason),
            });
        });
    }

    /// Applies one step of edits, checks again and keeps the draft.
    pub fn edit(&self, change: impl FnOnce(&Session) -> Vec<Edit>) {
        self.step(|s| {
            let edits = change(s);
            (!edits.is_empty()).then(|| s.apply(edits))
        });
    }

    pub fn undo(&self) {
        self.step(|s| s.history.undo_step(&mut s.document));
    }

    pub fn redo(&self) {
        self.step(|s| s.history.redo_step(&mut s.document));
    }

    /// Changes the session by `change` (which gives the edits it made, if any), then checks
    /// again (the edited entry alone where that is the same), keeps the draft and keeps
    /// focus where the keeper is.
    fn step(&self, change: impl FnOnce(&mut Session) -> Option<Vec<Edit>>) {
        let mut made = None;
        self.session.update(|s| {
            if let Some(s) = s {
                made = change(s);
            }
        });
        let Some(edits) = made else {
            return;
        };
        let today = self.today;
        let checked = self.checked;
        self.session.with_untracked(|s| {
            if let Some(s) = s {
                checked.update(|c| match c {
                    Some(c) => c.update(&s.document, &edits, today),
                    None => *c = Some(s.check(today)),
                });
            }
        });
        self.held.set(None);
        self.keep();
        bridge::keep_focus();
    }

    /// The problem that keeps the visitors' app from showing the file as it is now, if any.
    pub fn problem(&self) -> Option<String> {
        let lang = self.lang.get_untracked();
        self.checked.with_untracked(|c| {
            c.as_ref()?
                .findings
                .iter()
                .find(|f| f.severity == Severity::Error)
                .map(|f| format!("{}: {}", f.path, lang.message(&f.message)))
        })
    }

    /// Hands the file over: a download, or saved in place. A file with an error is held
    /// until the keeper confirms (`force`).
    pub fn save(&self, in_place: bool, force: bool) {
        if !force {
            if let Some(problem) = self.problem() {
                self.held.set(Some(problem));
                return;
            }
        }
        self.held.set(None);
        let Some((name, text)) = self
            .session
            .with_untracked(|s| s.as_ref().map(|s| (s.name.clone(), s.text())))
        else {
            return;
        };
        let ws = *self;
        let done = move || {
            ws.session.update(|s| {
                if let Some(s) = s {
                    s.downloaded_ms = Some(bridge::now_ms());
                }
            });
            ws.keep();
        };
        if in_place {
            spawn_local(async move {
                match bridge::save_in_place(&name, &text).await {
                    Ok(true) => done(),
                    Ok(false) => {}
                    Err(reason) => ws.message.set(Some(Message::alert(format!(
                        "{} {reason}",
                        ws.lang
                            .get_untracked()
                            .t("Nicht gespeichert:", "Not saved:")
                    )))),
                }
            });
        } else {
            bridge::download(&name, &text, "application/json");
            done();
        }
    }
}

#[component]
pub fn App() -> impl IntoView {
    let settings = bridge::app_settings();
    let lang = RwSignal::new(Lang::from_settings(settings.as_deref()));
    let applied = Settings::from_storage(settings.as_deref());
    wegweiser::platform::document::set_root_attribute("data-theme", applied.theme.attribute());
    let size = applied.text_size.to_string();
    wegweiser::platform::document::set_root_attribute(
        "data-text-size",
        (applied.text_size != 100).then_some(size.as_str()),
    );

    let session = RwSignal::new(None::<Session>);
    let today = bridge::today();
    let checked = RwSignal::new(None::<Checked>);
    let ws = Ws {
        lang,
        session,
        offered: RwSignal::new(None),
        message: RwSignal::new(None),
        keeping: RwSignal::new(Keeping::Nothing),
        selected: RwSignal::new(None),
        held: RwSignal::new(None),
        checked,
        today,
    };
    provide_context(ws);
    bridge::register_worker();
    Effect::new(move || {
        wegweiser::platform::document::set_root_attribute("lang", Some(lang.get().code()))
    });

    // A draft kept here before is offered back, not opened unasked.
    spawn_local(async move {
        let kept = bridge::load_draft(DRAFT_KEY).await;
        let original = bridge::load_draft(ORIGINAL_KEY).await;
        match kept.and_then(|kept| Ok(kept.zip(original?))) {
            Ok(Some((kept, original))) => match Session::from_draft(&kept, &original) {
                Some(draft) => ws.offered.set(Some(draft)),
                None => ws.message.set(Some(Message::alert(lang.get_untracked().t(
                    "Ein Entwurf auf diesem Gerät ist beschädigt und kann nicht gelesen werden.",
                    "A draft on this device is damaged and cannot be read.",
                )))),
            },
            Ok(None) => {}
            Err(reason) => ws.keeping.set(Keeping::Failed(reason)),
        }
    });

    view! {
        <a class="ww-skip-link" href="#main">{move || ws.t("Zum Inhalt", "Skip to content")}</a>
        <header class="pf-header">
            <p class="pf-brand">"Wegweiser · "{move || ws.t("Datenpflege", "Data keeping")}</p>
            <views::LanguageSwitch/>
        </header>
        <main id="main" tabindex="-1" class="pf-main">
            <h1>{move || ws.t("Daten pflegen", "Keep the data")}</h1>
            <p class="pf-lead">{move || ws.t(
                "Hier prüfen und ändern Sie den Datensatz des Wegweisers im Browser, ohne Server und ohne Programme. Alles bleibt auf diesem Gerät, bis Sie die Datei herunterladen.",
                "Here you check and change the Wegweiser's dataset in the browser, with no server and no programs. Everything stays on this device until you download the file.",
            )}</p>
            <views::Offered/>
            <views::Opener/>
            <views::MessageView/>
            <Show when=move || session.with(Option::is_some)>
                <views::DraftBar/>
                <div class="pf-columns">
                    <views::WorkListView/>
                    <views::EntryPanel/>
                </div>
                <views::AllFindings/>
            </Show>
            <views::Publishing/>
        </main>
    }
}
