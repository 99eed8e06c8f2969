//! Reading a search text as a question: "Gibt es einen Seniorentreff in Brackel?" is a
//! place to meet (a need), in Brackel (a filter), and "Gibt es einen" carries no topic.
//! What is left of the words, and what they were understood as, is a [`Reading`]; the
//! index ranks by its topics, and the results page shows them, each removable.

use super::fold::fold;
use super::vocabulary::{Phrase, Vocabulary, Word};

/// Words read of a question: more than anyone asks in one go; a pasted text is cut here.
pub const MAX_QUESTION_WORDS: usize = 24;
/// Words a phrase may skip between two of its own: "Pflegegrad für meine Mutter beantragen".
const MAX_GAP: usize = 3;

/// Small words that only lead to a filter's words, removed with them: "in Brackel", "am
/// Wochenende", "on Monday", "в субботу".
const CONNECTORS: [&str; 14] = [
    "in", "im", "am", "an", "ab", "um", "bei", "on", "at", "in", "в", "во", "у", "на",
];

/// One word of the text as typed, with where it stands in it.
#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    /// Byte range in the text.
    pub start: usize,
    pub end: usize,
    pub word: Word,
}

/// The words of `text`, folded, with their places (at most [`MAX_QUESTION_WORDS`]).
pub fn tokens(text: &str) -> Vec<Token> {
    let mut found = Vec::new();
    let mut start = None;
    for (at, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(at),
            (false, Some(from)) => {
                start = None;
                let folded = fold(&text[from..at]);
                let mut cut = folded.as_str();
                if let Some((end, _)) = folded.char_indices().nth(super::fold::MAX_WORD_CHARS) {
                    cut = &folded[..end];
                }
                // Folding never splits a word ("Straße" → "strasse").
                found.push(Token {
                    start: from,
                    end: at,
                    word: Word::new(cut),
                });
                if found.len() == MAX_QUESTION_WORDS {
                    break;
                }
            }
            _ => {}
        }
    }
    found
}

/// A district as the reader meets it: its id, and the words of each of its labels.
pub type DistrictWords = (String, Vec<Box<[Box<str>]>>);

/// A filter said in words ("heute", "in Brackel"): the query-string pair and the words.
#[derive(Clone, Debug, PartialEq)]
pub struct SaidFilter {
    pub key: String,
    pub value: String,
    pub tokens: Vec<usize>,
}

/// What a topic stands for: needs (from the vocabulary or the dataset's phrases), or a
/// word to find in the services' texts.
#[derive(Clone, Debug, PartialEq)]
pub enum TopicKind {
    /// Indices of the dataset's needs (each with the needs below it).
    Needs(Vec<u16>),
    /// The folded word.
    Word(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Topic {
    pub kind: TopicKind,
    /// The words of the text it was read from.
    pub tokens: Vec<usize>,
}

/// A question as understood.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Reading {
    pub tokens: Vec<Token>,
    pub filters: Vec<SaidFilter>,
    pub topics: Vec<Topic>,
    /// Words that carry no topic, left out ("wer", "kann", "mich").
    pub ignored: Vec<usize>,
}

/// What a phrase of the vocabulary leads to: a filter or a concept, by its place there.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Leads {
    Filter(usize),
    Concept(usize),
}

/// A phrase of the vocabulary by its place: what it leads to, and its number there.
#[derive(Clone, Copy, Debug)]
pub struct PhraseAt {
    pub leads: Leads,
    pub phrase: usize,
}

impl PhraseAt {
    fn phrase<'a>(&self, vocabulary: &'a Vocabulary) -> &'a Phrase {
        match self.leads {
            Leads::Filter(f) => &vocabulary.filters[f].phrases[self.phrase],
            Leads::Concept(c) => &vocabulary.concepts[c].phrases[self.phrase],
        }
    }
}

/// The phrases a question is read with, in the order they are tried: every filter's, and
/// those of the concepts that lead to a need of this dataset; the phrase with more words
/// that carry a topic first ("Pflegegrad beantragen" before "ich pflege"), then the longer;
/// the file's order decides only between equals. Worked out once, by the index.
pub fn phrase_order(vocabulary: &Vocabulary, concept_needs: &[Box<[u16]>]) -> Vec<PhraseAt> {
    let mut order = Vec::new();
    for (f, filter) in vocabulary.filters.iter().enumerate() {
        order.extend((0..filter.phrases.len()).map(|phrase| PhraseAt {
            leads: Leads::Filter(f),
            phrase,
        }));
    }
    for (c, concept) in vocabulary.concepts.iter().enumerate() {
        if concept_needs.get(c).is_some_and(|n| !n.is_empty()) {
            order.extend((0..concept.phrases.len()).map(|phrase| PhraseAt {
                leads: Leads::Concept(c),
                phrase,
            }));
        }
    }
    order.sort_by_key(|at| {
        let words = &at.phrase(vocabulary).0;
        let topical = words
            .iter()
            .filter(|w| !vocabulary.is_stop(&w.folded))
            .count();
        std::cmp::Reverse((topical, words.len()))
    });
    order
}

/// What the reader needs of the dataset, prepared once by the index.
pub struct Context<'a> {
    pub vocabulary: &'a Vocabulary,
    /// The vocabulary's phrases in the order they are tried ([`phrase_order`]).
    pub phrases: &'a [PhraseAt],
    /// Per concept of the vocabulary, the needs it leads to in this dataset (empty: none).
    pub concept_needs: &'a [Box<[u16]>],
    /// Per district, the words of its labels (one list per language).
    pub district_words: &'a [DistrictWords],
    /// Whether the dataset's texts have this folded word: a phrase of one such word stays a
    /// word ("Sprechstunde", "einsam"), so keyword searches rank as they always did.
    pub known: &'a dyn Fn(&str) -> bool,
}

/// Where `phrase` stands among the free tokens, in order, with gaps of at most
/// [`MAX_GAP`] words.
fn find(phrase: &Phrase, tokens: &[Token], used: &[bool], loose: bool) -> Option<Vec<usize>> {
    'start: for first in 0..tokens.len() {
        if used[first] || !phrase.0[0].is_met_by(&tokens[first].word, loose) {
            continue;
        }
        let mut at = vec![first];
        for word in &phrase.0[1..] {
            let from = at[at.len() - 1] + 1;
            let next = (from..tokens.len().min(from + MAX_GAP + 1))
                .find(|&i| !used[i] && word.is_met_by(&tokens[i].word, loose));
            match next {
                Some(i) => at.push(i),
                None => continue 'start,
            }
        }
        return Some(at);
    }
    None
}

/// The district named by the words at `start`: its whole label, or the beginning of its
/// label when no other district's label begins the same way ("Innenstadt-West" for
/// "Innenstadt-West/Kotten", but not "Nord" when there is "Nord 2").
fn district_at(
    start: usize,
    tokens: &[Token],
    used: &[bool],
    districts: &[DistrictWords],
) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize)> = None;
    for (index, (_, labels)) in districts.iter().enumerate() {
        for label in labels {
            let length = label
                .iter()
                .zip(&tokens[start..])
                .zip(&used[start..])
                .take_while(|((l, t), u)| !**u && ***l == *t.word.folded)
                .count();
            if length == 0 || best.is_some_and(|(_, l)| l >= length) {
                continue;
            }
            let said = &label[..length];
            let shared = districts.iter().enumerate().any(|(other, (_, labels))| {
                other != index && labels.iter().any(|l| l.starts_with(said))
            });
            if !shared {
                best = Some((index, length));
            }
        }
    }
    best
}

/// Reads `text` as a question. Without a vocabulary (none loaded) it still leaves out the
/// built-in stop words and reads district names.
pub fn read(text: &str, context: &Context) -> Reading {
    let tokens = tokens(text);
    let mut used = vec![false; tokens.len()];
    let mut reading = Reading::default();

    // Districts first: "Innenstadt-West" must not be read as a topic "west".
    let mut start = 0;
    while start < tokens.len() {
        match district_at(start, &tokens, &used, context.district_words) {
            Some((district, length)) if reading.filters.iter().all(|f| f.key != "district") => {
                let said: Vec<usize> = (start..start + length).collect();
                said.iter().for_each(|&i| used[i] = true);
                reading.filters.push(SaidFilter {
                    key: "district".into(),
                    value: context.district_words[district].0.clone(),
                    tokens: said,
                });
                start += length;
            }
            _ => start += 1,
        }
    }

    // Then phrases, in their order: filters ("am Wochenende") and needs ("zu Hause entlasten").
    let vocabulary = context.vocabulary;
    // Words the texts have, kept as words: taken out of the phrases' way, given back after.
    let mut kept = Vec::new();
    // Words met as written or by their stem first, then by a longer form: "Pflegegrad" is
    // the phrase "Pflegegrad" before it is the "pflege" of "ich pflege".
    for loose in [false, true] {
        for phrase_at in context.phrases {
            let phrase = phrase_at.phrase(vocabulary);
            while let Some(at) = find(phrase, &tokens, &used, loose) {
                at.iter().for_each(|&i| used[i] = true);
                let concept = matches!(phrase_at.leads, Leads::Concept(_));
                if concept && at.len() == 1 && (context.known)(&tokens[at[0]].word.folded) {
                    kept.push(at[0]);
                    continue;
                }
                match phrase_at.leads {
                    Leads::Filter(f) => {
                        let filter = &vocabulary.filters[f];
                        if reading.filters.iter().all(|s| s.key != filter.key) {
                            reading.filters.push(SaidFilter {
                                key: filter.key.clone(),
                                value: filter.value.clone(),
                                tokens: at,
                            });
                        } else {
                            reading.ignored.extend(at);
                        }
                    }
                    Leads::Concept(c) => {
                        let needs = context.concept_needs[c].to_vec();
                        match reading
                            .topics
                            .iter_mut()
                            .find(|t| t.kind == TopicKind::Needs(needs.clone()))
                        {
                            Some(topic) => topic.tokens.extend(at),
                            None => reading.topics.push(Topic {
                                kind: TopicKind::Needs(needs),
                                tokens: at,
                            }),
                        }
                    }
                }
            }
        }
    }

    kept.iter().for_each(|&i| used[i] = false);
    // What is left: words with a topic, and words without.
    for (i, token) in tokens.iter().enumerate() {
        if used[i] {
            continue;
        }
        if vocabulary.is_stop(&token.word.folded) {
            reading.ignored.push(i);
        } else {
            reading.topics.push(Topic {
                kind: TopicKind::Word(token.word.folded.to_string()),
                tokens: vec![i],
            });
        }
    }
    // Only words without a topic ("Hilfe"): they are the search after all.
    if reading.topics.is_empty() && reading.filters.is_empty() {
        for i in std::mem::take(&mut reading.ignored) {
            reading.topics.push(Topic {
                kind: TopicKind::Word(tokens[i].word.folded.to_string()),
                tokens: vec![i],
            });
        }
    }
    reading
        .topics
        .sort_by_key(|t| t.tokens.iter().min().copied());
    reading.ignored.sort_unstable();
    reading.tokens = tokens;
    reading
}

impl Reading {
    /// `text` (the text read) without the words at `drop`, and without a small word right
    /// before them that only led to them ("in Brackel", "am Wochenende").
    pub fn text_without(&self, text: &str, drop: &[usize]) -> String {
        let mut gone: Vec<usize> = drop.to_vec();
        for &i in drop {
            let before = i
                .checked_sub(1)
                .and_then(|b| self.tokens.get(b).map(|t| (b, t)));
            if let Some((b, token)) = before {
                if CONNECTORS.contains(&&*token.word.folded) && !drop.contains(&b) {
                    gone.push(b);
                }
            }
        }
        gone.sort_unstable();
        gone.dedup();
        // Neighbouring words go with what joins them ("Innenstadt-West").
        let mut ranges: Vec<(usize, usize)> = Vec::new();
        for (n, &i) in gone.iter().enumerate() {
            let Some(token) = self.tokens.get(i) else {
                continue;
            };
            match ranges.last_mut() {
                Some(last) if n > 0 && gone[n - 1] + 1 == i => last.1 = token.end,
                _ => ranges.push((token.start, token.end)),
            }
        }
        let mut kept = String::new();
        let mut from = 0;
        for (start, end) in ranges {
            kept.push_str(&text[from..start]);
            from = end;
        }
        kept.push_str(&text[from..]);
        if !kept.chars().any(char::is_alphanumeric) {
            return String::new();
        }
        // One space between words, none before a mark ("Wer hilft mir?").
        let mut joined = String::new();
        for word in kept.split_whitespace() {
            if !joined.is_empty() && !word.starts_with(['?', '!', '.', ',']) {
                joined.push(' ');
            }
            joined.push_str(word);
        }
        joined
    }
}
