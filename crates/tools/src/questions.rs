//! The labelled questions (`tests/questions/questions.json`) asked of the two bundled
//! cities and a synthetic one, as the app asks them (the filters a question says are set
//! first, then the search runs), and the figures of how well they are answered: success@3,
//! MRR, the zero-result rate, the precision of the first three. `bench` prints them; a test
//! holds them to the targets of docs/views.md ("Questions").

use crate::synthetic::generate;
use chrono::NaiveDateTime;
use serde::Deserialize;
use std::collections::BTreeMap;
use wegweiser_core::domain::dataset::Service;
use wegweiser_core::domain::directory::Directory;
use wegweiser_core::domain::load::load_dataset;
use wegweiser_core::domain::search::vocabulary::Vocabulary;
use wegweiser_core::domain::search::Query;

/// The question set, relative to the project root.
pub const QUESTIONS_PATH: &str = "tests/questions/questions.json";
/// The base vocabulary the app fetches.
pub const VOCABULARY_PATH: &str = "public/vocabulary.json";

#[derive(Deserialize)]
pub struct Question {
    pub city: String,
    pub lang: String,
    pub q: String,
    /// What a person asking would accept; none: the question should find nothing.
    #[serde(default)]
    pub accept: Option<Accept>,
    #[serde(default)]
    pub kinds: Vec<String>,
    /// The district filter the question should set.
    #[serde(default)]
    pub district: Option<String>,
    /// The open filter the question should set (`today`, `weekend`, `tu`).
    #[serde(default)]
    pub open: Option<String>,
}

#[derive(Deserialize)]
pub struct Accept {
    #[serde(default)]
    pub needs: Vec<String>,
    #[serde(default)]
    pub ids: Vec<String>,
}

impl Accept {
    fn accepts(&self, service: &Service) -> bool {
        self.ids.contains(&service.id) || service.needs.iter().any(|n| self.needs.contains(n))
    }
}

/// How one question went.
pub struct Outcome {
    pub lang: String,
    pub answerable: bool,
    /// An acceptable service among the first three (and the filters it should set); for a
    /// question that should find nothing: nothing found.
    pub success: bool,
    pub reciprocal_rank: f64,
    pub zero: bool,
    pub precision_at_3: Option<f64>,
    pub shown: String,
}

/// Figures of a group of questions.
#[derive(Default)]
pub struct Figures {
    pub answerable: usize,
    pub success: usize,
    pub reciprocal_ranks: f64,
    pub zero: usize,
    pub precision_sum: f64,
    pub precision_count: usize,
    pub nothing: usize,
    pub nothing_found_nothing: usize,
}

impl Figures {
    pub fn add(&mut self, outcome: &Outcome) {
        if outcome.answerable {
            self.answerable += 1;
            self.success += usize::from(outcome.success);
            self.reciprocal_ranks += outcome.reciprocal_rank;
            self.zero += usize::from(outcome.zero);
            if let Some(p) = outcome.precision_at_3 {
                self.precision_sum += p;
                self.precision_count += 1;
            }
        } else {
            self.nothing += 1;
            self.nothing_found_nothing += usize::from(outcome.success);
        }
    }
    pub fn success_at_3(&self) -> f64 {
        ratio(self.success, self.answerable)
    }
    pub fn mrr(&self) -> f64 {
        self.reciprocal_ranks / self.answerable.max(1) as f64
    }
    pub fn zero_rate(&self) -> f64 {
        ratio(self.zero, self.answerable)
    }
    pub fn precision_at_3(&self) -> f64 {
        self.precision_sum / self.precision_count.max(1) as f64
    }
    pub fn line(&self) -> String {
        format!(
            "success@3 {:.3}, MRR {:.3}, zero-result rate {:.3}, precision@3 {:.3} ({} questions with an answer); nothing found for {} of {} that should find nothing",
            self.success_at_3(),
            self.mrr(),
            self.zero_rate(),
            self.precision_at_3(),
            self.answerable,
            self.nothing_found_nothing,
            self.nothing
        )
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

/// The cities the questions are asked of: the two bundled ones and a synthetic one of
/// 1,000 services (seed 1).
pub fn directories(
    root: &std::path::Path,
    vocabulary: &Vocabulary,
) -> Result<BTreeMap<String, Directory>, String> {
    let read =
        |path: &str| std::fs::read_to_string(root.join(path)).map_err(|e| format!("{path}: {e}"));
    let mut cities = BTreeMap::new();
    for (city, path) in [
        ("kaiserslautern", "public/data/services.json"),
        ("dortmund", "tests/fixtures/dortmund.json"),
    ] {
        let loaded = load_dataset(&read(path)?).map_err(|e| format!("{path}: {e}"))?;
        cities.insert(
            city.to_string(),
            Directory::from_loaded_with(loaded, vocabulary.clone()),
        );
    }
    cities.insert(
        "synthetic".to_string(),
        Directory::with_vocabulary(generate(1_000, 1), vocabulary.clone()),
    );
    Ok(cities)
}

/// Reads the questions and the vocabulary under `root` and asks every question at `now`.
pub fn ask_all(root: &std::path::Path, now: NaiveDateTime) -> Result<Vec<Outcome>, String> {
    let read =
        |path: &str| std::fs::read_to_string(root.join(path)).map_err(|e| format!("{path}: {e}"));
    let vocabulary = Vocabulary::read(read(VOCABULARY_PATH)?.as_bytes()).map_err(|e| e.0)?;
    let questions: Vec<Question> = serde_json::from_str(&read(QUESTIONS_PATH)?)
        .map_err(|e| format!("{QUESTIONS_PATH}: {e}"))?;
    let cities = directories(root, &vocabulary)?;
    questions
        .iter()
        .map(|question| {
            let directory = cities
                .get(&question.city)
                .ok_or_else(|| format!("unknown city {}", question.city))?;
            Ok(ask(directory, question, now))
        })
        .collect()
}

/// Asks one question as the app does: its filters set, then the search.
pub fn ask(directory: &Directory, question: &Question, now: NaiveDateTime) -> Outcome {
    let query = directory.read_question(&Query {
        text: question.q.clone(),
        ..Query::default()
    });
    let hits = directory.search(&query, now);
    let services = directory.services();
    let shown: Vec<String> = hits
        .iter()
        .take(3)
        .map(|h| {
            format!(
                "{}{}",
                if h.is_maybe() { "?" } else { "" },
                services[h.index].id
            )
        })
        .collect();
    let shown = format!(
        "{:?} [{}] → {} hits {:?}",
        question.q,
        Query {
            text: String::new(),
            ..query.clone()
        }
        .to_query_string(),
        hits.len(),
        shown
    );
    let Some(accept) = &question.accept else {
        return Outcome {
            lang: question.lang.clone(),
            answerable: false,
            success: hits.is_empty(),
            reciprocal_rank: 0.0,
            zero: hits.is_empty(),
            precision_at_3: None,
            shown,
        };
    };
    let good: Vec<bool> = hits
        .iter()
        .map(|h| accept.accepts(&services[h.index]))
        .collect();
    let filters_right = question
        .district
        .as_ref()
        .is_none_or(|d| query.district.as_ref() == Some(d))
        && question
            .open
            .as_ref()
            .is_none_or(|o| query.open.map(|f| f.key()) == Some(o.as_str()));
    let first = good.iter().position(|g| *g);
    let top = good.len().min(3);
    Outcome {
        lang: question.lang.clone(),
        answerable: true,
        success: filters_right && first.is_some_and(|rank| rank < 3),
        reciprocal_rank: first.map_or(0.0, |rank| 1.0 / (rank + 1) as f64),
        zero: hits.is_empty(),
        precision_at_3: (top > 0)
            .then(|| good[..top].iter().filter(|g| **g).count() as f64 / top as f64),
        shown,
    }
}

/// Figures per language and over all.
pub fn figures(outcomes: &[Outcome]) -> (BTreeMap<String, Figures>, Figures) {
    let mut by_lang: BTreeMap<String, Figures> = BTreeMap::new();
    let mut all = Figures::default();
    for outcome in outcomes {
        by_lang
            .entry(outcome.lang.clone())
            .or_default()
            .add(outcome);
        all.add(outcome);
    }
    (by_lang, all)
}
