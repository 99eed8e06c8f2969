//! The everyday words that turn a question into a search: words that carry no topic ("Wer
//! kann mich…"), phrases that lead to a need ("das Gedächtnis lässt nach" → dementia), and
//! words that are filters ("heute", "kostenlos"). The app ships a base vocabulary in every
//! UI language (`public/vocabulary.json`, read by [`Vocabulary::read`]); a dataset adds
//! phrases to its own needs (`needs[].phrases`). Needs are found by the dataset's own ids,
//! labels and synonyms, so another city's file works unchanged.

use super::fold::{fold, for_each_word};
use super::stem::stem;
use crate::domain::dataset::Dataset;
use serde_json::Value;

/// Words kept of one phrase: more is a sentence, not a phrase.
pub const MAX_PHRASE_WORDS: usize = 6;
/// Entries read of each list: far more than a vocabulary needs, little enough that a broken
/// or hostile file cannot make every search slow.
const MAX_ENTRIES: usize = 4_000;

/// A phrase as it is matched: its folded words, each with its stem.
#[derive(Clone, Debug, PartialEq)]
pub struct Phrase(pub Box<[Word]>);

#[derive(Clone, Debug, PartialEq)]
pub struct Word {
    pub folded: Box<str>,
    pub stem: Box<str>,
}

impl Word {
    pub fn new(folded: &str) -> Word {
        Word {
            folded: folded.into(),
            stem: stem(folded).into(),
        }
    }

    /// Whether a query word means this phrase word: the same stem ("entlasten",
    /// "entlastet"), or a longer form of a word of five letters or more ("vergesslich" in
    /// "vergesslicher", "unutkan" in "unutkanlık": Turkish and Russian add endings).
    /// Only `loose`ly by a longer form.
    pub fn is_met_by(&self, query: &Word, loose: bool) -> bool {
        query.folded == self.folded
            || query.stem == self.stem
            || (loose
                && self.folded.chars().nth(4).is_some()
                && query.folded.starts_with(&*self.folded))
    }
}

impl Phrase {
    fn read(text: &str) -> Option<Phrase> {
        let mut words = Vec::new();
        for_each_word(&fold(text), |w| words.push(Word::new(w)));
        (!words.is_empty() && words.len() <= MAX_PHRASE_WORDS).then(|| Phrase(words.into()))
    }
}

/// A need as everyday words lead to it: the phrases, and the words that find it in a
/// dataset.
#[derive(Clone, Debug)]
pub struct Concept {
    pub keys: Vec<String>,
    pub phrases: Vec<Phrase>,
}

/// A filter said in words: the query-string pair it sets (`open=today`) and its phrases.
#[derive(Clone, Debug)]
pub struct FilterWords {
    pub key: String,
    pub value: String,
    pub phrases: Vec<Phrase>,
}

/// The vocabulary of every language at once: a question in Turkish finds its need while the
/// page is in German, and a German word in the English page.
#[derive(Clone, Debug, Default)]
pub struct Vocabulary {
    /// Sorted, each once.
    stop: Vec<Box<str>>,
    pub concepts: Vec<Concept>,
    pub filters: Vec<FilterWords>,
}

/// Why a vocabulary file was refused.
#[derive(Debug)]
pub struct VocabularyError(pub String);

impl std::fmt::Display for VocabularyError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The filters a question may set, as query-string pairs (see `Query::from_pairs`).
pub const FILTER_KEYS: [&str; 5] = ["open", "free", "walkin", "home", "stepfree"];

impl Vocabulary {
    /// Reads the base vocabulary: `{"stop": {lang: "words …"}, "needs": [{"keys": […],
    /// "phrases": {lang: […]}}], "filters": {"key=value": {lang: […]}}}`. Lists beyond
    /// [`MAX_ENTRIES`], phrases of more than [`MAX_PHRASE_WORDS`] words, filters the query
    /// does not know and values of the wrong kind are left out. (Read as a JSON value, whose
    /// reader the dataset's loader already has: a reader of its own cost the wasm 4 KB.)
    pub fn read(json: &[u8]) -> Result<Vocabulary, VocabularyError> {
        let file: Value =
            serde_json::from_slice(json).map_err(|e| VocabularyError(e.to_string()))?;
        let Some(file) = file.as_object() else {
            return Err(VocabularyError("not a JSON object".into()));
        };
        let mut vocabulary = Vocabulary::default();
        for words in strings(file.get("stop")) {
            for_each_word(&fold(words), |w| {
                if vocabulary.stop.len() < MAX_ENTRIES {
                    vocabulary.stop.push(w.into());
                }
            });
        }
        vocabulary.stop.sort_unstable();
        vocabulary.stop.dedup();
        let needs = file.get("needs").and_then(Value::as_array);
        for entry in needs.into_iter().flatten().take(MAX_ENTRIES) {
            vocabulary.concepts.push(Concept {
                keys: strings(entry.get("keys")).into_iter().map(fold).collect(),
                phrases: phrases(entry.get("phrases")),
            });
        }
        let filters = file.get("filters").and_then(Value::as_object);
        for (pair, by_language) in filters.into_iter().flatten() {
            let Some((key, value)) = pair.split_once('=') else {
                continue;
            };
            if !FILTER_KEYS.contains(&key) {
                continue;
            }
            vocabulary.filters.push(FilterWords {
                key: key.to_string(),
                value: value.to_string(),
                phrases: phrases(Some(by_language)),
            });
        }
        Ok(vocabulary)
    }

    /// This vocabulary with the dataset's own phrases added, each leading to its need.
    pub fn with_dataset(mut self, dataset: &Dataset) -> Vocabulary {
        for need in &dataset.needs {
            if need.phrases.is_empty() {
                continue;
            }
            self.concepts.push(Concept {
                keys: vec![fold(&need.id)],
                phrases: (need.phrases.values().flatten())
                    .take(MAX_ENTRIES)
                    .filter_map(|t| Phrase::read(t))
                    .collect(),
            });
        }
        self
    }

    /// Words that carry no topic: question words, pronouns, "brauche", "Hilfe".
    pub fn is_stop(&self, folded: &str) -> bool {
        self.stop.binary_search_by(|w| (**w).cmp(folded)).is_ok()
            || super::fold::is_stopword(folded)
    }
}

/// The texts in `value`: itself when it is one, else those in its array or object, and in
/// theirs (`{"de": ["…", "…"]}`), at most [`MAX_ENTRIES`].
fn strings(value: Option<&Value>) -> Vec<&str> {
    fn collect<'a>(value: &'a Value, into: &mut Vec<&'a str>) {
        match value {
            Value::String(text) if into.len() < MAX_ENTRIES => into.push(text),
            Value::Array(items) => items.iter().for_each(|item| collect(item, into)),
            Value::Object(map) => map.values().for_each(|item| collect(item, into)),
            _ => {}
        }
    }
    let mut texts = Vec::new();
    if let Some(value) = value {
        collect(value, &mut texts);
    }
    texts
}

fn phrases(value: Option<&Value>) -> Vec<Phrase> {
    strings(value)
        .into_iter()
        .filter_map(Phrase::read)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_vocabulary_reads_stop_words_phrases_and_filters() {
        let json = r#"{
            "stop": {"de": "ich brauche", "en": "I need"},
            "needs": [{"keys": ["Demenz"], "phrases": {"de": ["vergesslich", "das Gedächtnis lässt nach"]}}],
            "filters": {"open=today": {"de": ["heute"]}, "free=1": {"de": ["kostenlos"]}}
        }"#;
        let vocabulary = Vocabulary::read(json.as_bytes()).unwrap();
        assert!(vocabulary.is_stop("brauche") && vocabulary.is_stop("need"));
        assert!(!vocabulary.is_stop("vergesslich"));
        assert_eq!(vocabulary.concepts[0].keys, ["demenz"]);
        let words: Vec<usize> = vocabulary.concepts[0]
            .phrases
            .iter()
            .map(|p| p.0.len())
            .collect();
        assert_eq!(words, [1, 4]);
        let mut filters: Vec<(&str, &str)> = vocabulary
            .filters
            .iter()
            .map(|f| (f.key.as_str(), f.value.as_str()))
            .collect();
        filters.sort_unstable();
        assert_eq!(filters, [("free", "1"), ("open", "today")]);
    }

    #[test]
    fn a_broken_file_is_refused_and_wrong_values_are_left_out() {
        for broken in ["", "[1, 2]", "{\"stop\": ", "\"words\""] {
            assert!(Vocabulary::read(broken.as_bytes()).is_err(), "{broken:?}");
        }
        // Values of the wrong kind, unknown filters and over-long phrases: left out.
        let json = r#"{
            "stop": 7,
            "needs": [{"keys": "pflege", "phrases": {"de": [1, "Pflege", "eins zwei drei vier fünf sechs sieben"]}}, 3],
            "filters": {"colour=red": {"de": ["rot"]}, "nonsense": {"de": ["x"]}, "walkin=1": "ohne Termin"}
        }"#;
        let vocabulary = Vocabulary::read(json.as_bytes()).unwrap();
        assert!(!vocabulary.is_stop("pflege"));
        assert_eq!(vocabulary.concepts[0].keys, ["pflege"]);
        assert_eq!(vocabulary.concepts[0].phrases.len(), 1);
        assert!(vocabulary.concepts[1].phrases.is_empty());
        assert_eq!(vocabulary.filters.len(), 1);
        assert_eq!(vocabulary.filters[0].phrases.len(), 1);
    }
}
