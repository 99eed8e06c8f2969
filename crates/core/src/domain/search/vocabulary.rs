//! The everyday words that turn a question into a search: words that carry no topic ("Wer
//! kann mich…"), phrases that lead to a need ("das Gedächtnis lässt nach" → dementia), and
//! words that are filters ("heute", "kostenlos"). The app ships a base vocabulary in every
//! UI language (`public/vocabulary.json`, read by [`Vocabulary::read`]); a dataset adds
//! phrases to its own needs (`needs[].phrases`). Needs are found by the dataset's own ids,
//! labels and synonyms, so another city's file works unchanged.

use super::fold::{fold, for_each_word};
use super::stem::stem;
use crate::domain::dataset::Dataset;
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};

/// Words kept of one phrase: more is a sentence, not a phrase.
pub const MAX_PHRASE_WORDS: usize = 6;
/// Entries read of each list: far more than a vocabulary needs, little enough that a broken
/// or hostile file cannot make every search slow.
const MAX_ENTRIES: usize = 4_000;

/// The file as written: per language, lists of words and phrases.
#[derive(Deserialize, Default)]
struct File {
    #[serde(default)]
    stop: BTreeMap<String, String>,
    #[serde(default)]
    needs: Vec<NeedEntry>,
    #[serde(default)]
    filters: BTreeMap<String, BTreeMap<String, Vec<String>>>,
}

#[derive(Deserialize)]
struct NeedEntry {
    /// Words that name the need in a dataset: an id, a label or a synonym ("demenz").
    keys: Vec<String>,
    phrases: BTreeMap<String, Vec<String>>,
}

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
    pub fn is_met_by(&self, query: &Word) -> bool {
        query.folded == self.folded
            || query.stem == self.stem
            || (self.folded.chars().nth(4).is_some() && query.folded.starts_with(&*self.folded))
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
    stop: HashSet<Box<str>>,
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
    /// Reads the base vocabulary. Lists beyond [`MAX_ENTRIES`], phrases of more than
    /// [`MAX_PHRASE_WORDS`] words and filters the query does not know are left out.
    pub fn read(json: &str) -> Result<Vocabulary, VocabularyError> {
        let file: File = serde_json::from_str(json).map_err(|e| VocabularyError(e.to_string()))?;
        let mut vocabulary = Vocabulary::default();
        for words in file.stop.values() {
            for_each_word(&fold(words), |w| {
                if vocabulary.stop.len() < MAX_ENTRIES {
                    vocabulary.stop.insert(w.into());
                }
            });
        }
        for entry in file.needs.into_iter().take(MAX_ENTRIES) {
            vocabulary.concepts.push(Concept {
                keys: entry.keys.iter().map(|k| fold(k)).collect(),
                phrases: phrases(entry.phrases.values().flatten()),
            });
        }
        for (pair, by_language) in file.filters {
            let Some((key, value)) = pair.split_once('=') else {
                continue;
            };
            if !FILTER_KEYS.contains(&key) {
                continue;
            }
            vocabulary.filters.push(FilterWords {
                key: key.to_string(),
                value: value.to_string(),
                phrases: phrases(by_language.values().flatten()),
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
                phrases: phrases(need.phrases.values().flatten()),
            });
        }
        self
    }

    /// Words that carry no topic: question words, pronouns, "brauche", "Hilfe".
    pub fn is_stop(&self, folded: &str) -> bool {
        self.stop.contains(folded) || super::fold::is_stopword(folded)
    }
}

fn phrases<'a>(texts: impl Iterator<Item = &'a String>) -> Vec<Phrase> {
    texts
        .take(MAX_ENTRIES)
        .filter_map(|t| Phrase::read(t))
        .collect()
}
