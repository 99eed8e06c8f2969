//! The search index, built once when the dataset loads. Memory stays proportional to the
//! data: one entry per distinct word, one posting per (word, service), and the suffixes of
//! each distinct word for compound words ("büro" finds "Seniorenbüro").

use super::distance::{allowed_edits, within};
use super::fold::{fold, for_each_word, is_stopword, words};
use super::query::{OpenFilter, Query};
use super::question::{self, Reading, TopicKind};
use super::stem::stem;
use super::vocabulary::Vocabulary;
use crate::domain::dataset::{CostKind, Dataset, Location, Service};
use crate::domain::lookup::Lookup;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Where a word was found; earlier fields rank higher.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
#[repr(u8)]
pub enum Field {
    Name = 0,
    Need = 1,
    Organization = 2,
    District = 3,
    Address = 4,
    Summary = 5,
    Description = 6,
}

const WEIGHTS: [f32; 7] = [10.0, 6.0, 4.0, 4.0, 3.0, 3.0, 1.0];

/// How well a query word matched an indexed word.
const EXACT: f32 = 1.0;
const PREFIX: f32 = 0.85;
const INFIX: f32 = 0.7;
const ONE_TYPO: f32 = 0.6;
const TWO_TYPOS: f32 = 0.45;
const TYPO_IN_PREFIX: f32 = 0.5;
/// An indexed word that begins with the query word's stem ("entlast" of "entlasten").
const STEM: f32 = 0.8;
/// A need the service lists, but not first.
const SECONDARY_NEED: f32 = 0.85;
/// Both parts of a compound found apart.
const COMPOUND: f32 = 0.7;

/// Query words beyond this are ignored.
const MAX_QUERY_WORDS: usize = 10;

/// A service that meets only some of a question's topics is shown when the topics it
/// meets weigh at least this share of all (each weighs by how rare it is)...
const PARTIAL_SHARE: f32 = 0.5;
/// ...and it scores at least this share of the best such service.
const PARTIAL_SCORE: f32 = 0.5;
/// Below those, down to this share, it is "Vielleicht passend" ([`Hit::tier`] [`MAYBE`]).
const MAYBE_SHARE: f32 = 0.3;
/// What a word that no service has weighs, as a share of the rarest word's weight.
const UNKNOWN_WORD: f32 = 0.25;
/// With this many services that meet every topic, no "Vielleicht passend" is added.
const ENOUGH: usize = 3;
/// At most this many "Vielleicht passend".
const MAX_MAYBE: usize = 10;
/// The tier of a service that meets a question only in part: shown apart, after the rest.
pub const MAYBE: u8 = 3;

const WALK_IN: u8 = 1;
const FREE: u8 = 2;
const STEP_FREE: u8 = 4;
const HOME_VISITS: u8 = 8;

/// The flag bits of a service (or of a query's required flags).
fn flag_bits(walk_in: bool, free: bool, step_free: bool, home_visits: bool) -> u8 {
    [
        (walk_in, WALK_IN),
        (free, FREE),
        (step_free, STEP_FREE),
        (home_visits, HOME_VISITS),
    ]
    .into_iter()
    .filter(|(on, _)| *on)
    .fold(0, |bits, (_, bit)| bits | bit)
}

struct Doc {
    /// The folded words of the name, joined by single spaces.
    name: Box<str>,
    needs: Box<[u16]>,
    /// The need the service lists first: what it is mainly for.
    primary_need: Option<u16>,
    districts: Box<[u16]>,
    citywide: bool,
    flags: u8,
    languages: Box<[Box<str>]>,
}

pub struct SearchIndex {
    /// The words of every text and where they are. Built when a search first has words
    /// (or when asked to, once the first results show): results by need, by district or of
    /// everything do without them, so a large city's first results do not wait for them.
    words: OnceLock<Words>,
    docs: Vec<Doc>,
    need_ids: Vec<String>,
    need_family: Vec<Box<[u16]>>,
    need_words: Vec<Box<[Box<str>]>>,
    district_ids: Vec<String>,
    vocabulary: Vocabulary,
    /// Per concept of the vocabulary, the needs (with those below) it leads to here.
    concept_needs: Vec<Box<[u16]>>,
    /// The vocabulary's phrases in the order a question tries them.
    phrases: Vec<question::PhraseAt>,
    /// Per district, its id and the words of its labels.
    district_words: Vec<question::DistrictWords>,
}

/// Every distinct word of the dataset's texts, sorted, with the services it is in.
struct Words {
    terms: Vec<Box<str>>,
    term_chars: Vec<Box<[char]>>,
    /// A bit per letter (mod 64) of each term: a cheap necessary test before edit distance.
    term_masks: Vec<u64>,
    postings: Vec<Box<[(u32, Field)]>>,
    /// (term, byte offset) of every inner suffix of at least three letters, sorted.
    suffixes: Vec<(u32, u16)>,
    by_len: Vec<Vec<u32>>,
}

/// A topic of a question as the ranking meets it: what it stands for, and its words.
struct Topic {
    kind: TopicKind,
    words: Vec<String>,
}

/// One result: the service's index in the dataset, and why it ranks where it does.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Hit {
    pub index: usize,
    /// 0: the name is the query; 1: the name starts with it; 2: everything else;
    /// [`MAYBE`]: it meets the question only in part ("Vielleicht passend").
    pub tier: u8,
    pub score: f32,
}

impl Hit {
    /// Shown apart, under "Vielleicht passend".
    pub fn is_maybe(&self) -> bool {
        self.tier == MAYBE
    }
}

fn mask(chars: &[char]) -> u64 {
    chars.iter().fold(0, |m, c| m | 1 << (*c as u32 % 64))
}

/// The dataset's ids, numbered for the index.
struct Ids<'a> {
    need: Lookup<'a>,
    district: Lookup<'a>,
    location: Lookup<'a>,
    organization: Lookup<'a>,
}

impl<'a> Ids<'a> {
    fn of(dataset: &'a Dataset) -> Ids<'a> {
        Ids {
            need: Lookup::of_ids(&dataset.needs, |n| n.id.as_str()),
            district: Lookup::of_ids(&dataset.districts, |d| d.id.as_str()),
            location: Lookup::of_ids(&dataset.locations, |l| l.id.as_str()),
            organization: Lookup::of_ids(&dataset.organizations, |o| o.id.as_str()),
        }
    }

    /// The number of a need (the index keeps needs and districts in 16 bits).
    fn need(&self, id: &str) -> Option<u16> {
        u16::try_from(self.need.get(id)?).ok()
    }

    fn district(&self, id: &str) -> Option<u16> {
        u16::try_from(self.district.get(id)?).ok()
    }

    /// Where the service's location is in the dataset's list.
    fn location_at(&self, service: &Service) -> Option<usize> {
        self.location.get(service.location_id.as_deref()?)
    }

    /// Where the service's organisation is in the dataset's list.
    fn organization_at(&self, service: &Service) -> Option<usize> {
        self.organization.get(service.organization_id.as_deref()?)
    }

    fn location(&self, dataset: &'a Dataset, service: &Service) -> Option<&'a Location> {
        dataset.locations.get(self.location_at(service)?)
    }

    /// The districts of a service: its location's, then its own list (may repeat).
    fn districts(&self, dataset: &Dataset, service: &Service) -> Vec<u16> {
        self.location(dataset, service)
            .and_then(|l| l.district.as_deref())
            .into_iter()
            .chain(service.districts.iter().map(String::as_str))
            .filter_map(|district| self.district(district))
            .collect()
    }
}

/// Each need's labels in every language and its synonyms.
fn need_texts(dataset: &Dataset) -> Vec<Vec<String>> {
    dataset
        .needs
        .iter()
        .map(|need| {
            need.label
                .all()
                .map(|(_, t)| t.to_string())
                .chain(need.synonyms.values().flatten().cloned())
                .collect()
        })
        .collect()
}

impl Words {
    fn build(dataset: &Dataset) -> Words {
        let ids = Ids::of(dataset);
        // Words are numbered as they are first met. The texts that many services share (a
        // need's labels and synonyms, a district, an organisation, a location) are split
        // into words once each, not once per service that refers to them.
        let mut vocabulary: HashMap<String, u32> = HashMap::new();
        let mut term_ids = |texts: &mut dyn Iterator<Item = &str>| -> Box<[u32]> {
            let mut found = Vec::new();
            for text in texts {
                for_each_word(&fold(text), |word| {
                    if is_stopword(word) {
                        return;
                    }
                    let id = match vocabulary.get(word) {
                        Some(&id) => id,
                        None => {
                            let id = vocabulary.len() as u32;
                            vocabulary.insert(word.to_string(), id);
                            id
                        }
                    };
                    found.push(id);
                });
            }
            found.into()
        };
        let need_terms: Vec<Box<[u32]>> = need_texts(dataset)
            .iter()
            .map(|texts| term_ids(&mut texts.iter().map(String::as_str)))
            .collect();
        let district_terms: Vec<Box<[u32]>> = dataset
            .districts
            .iter()
            .map(|d| term_ids(&mut d.label.all().map(|(_, t)| t)))
            .collect();
        let organization_terms: Vec<Box<[u32]>> = dataset
            .organizations
            .iter()
            .map(|o| term_ids(&mut o.name.all().map(|(_, t)| t)))
            .collect();
        let location_terms: Vec<Box<[u32]>> = dataset
            .locations
            .iter()
            .map(|l| {
                let address = [
                    l.address.address_1.as_str(),
                    l.address.postal_code.as_deref().unwrap_or(""),
                ];
                term_ids(&mut address.into_iter().chain(l.name.all().map(|(_, t)| t)))
            })
            .collect();

        // Per word (by the number it was met with): the services it is in, each once, with
        // the best field it is in there. Services come in order, so each list is sorted.
        let mut lists: Vec<Vec<(u32, Field)>> = Vec::new();
        for (doc, service) in dataset.services.iter().enumerate() {
            let mut add = |field: Field, terms: &[u32]| {
                for &term in terms {
                    let term = term as usize;
                    if lists.len() <= term {
                        lists.resize_with(term + 1, Vec::new);
                    }
                    let list = &mut lists[term];
                    match list.last_mut() {
                        Some(last) if last.0 == doc as u32 => last.1 = last.1.min(field),
                        _ => list.push((doc as u32, field)),
                    }
                }
            };
            add(
                Field::Name,
                &term_ids(&mut service.name.all().map(|(_, t)| t)),
            );
            for need in &service.needs {
                if let Some(n) = ids.need(need.as_str()) {
                    add(Field::Need, &need_terms[n as usize]);
                }
            }
            if let Some(org) = ids.organization_at(service) {
                add(Field::Organization, &organization_terms[org]);
            }
            for district in ids.districts(dataset, service) {
                add(Field::District, &district_terms[district as usize]);
            }
            if let Some(at) = ids.location_at(service) {
                add(Field::Address, &location_terms[at]);
            }
            let summaries = std::iter::once(&service.summary).chain(&service.easy_summary);
            add(
                Field::Summary,
                &term_ids(&mut summaries.flat_map(|t| t.all().map(|(_, t)| t))),
            );
            let descriptions = service.description.iter().chain(&service.target_groups);
            add(
                Field::Description,
                &term_ids(&mut descriptions.flat_map(|t| t.all().map(|(_, t)| t))),
            );
        }

        // Terms in sorted order, each with its postings.
        let mut by_id: Vec<(String, u32)> = vocabulary.into_iter().collect();
        by_id.sort_unstable();
        // Words met only in texts no service refers to have no list yet.
        lists.resize_with(by_id.len(), Vec::new);
        let postings: Vec<Box<[(u32, Field)]>> = by_id
            .iter()
            .map(|(_, id)| std::mem::take(&mut lists[*id as usize]).into_boxed_slice())
            .collect();
        let terms: Vec<Box<str>> = by_id.into_iter().map(|(t, _)| t.into_boxed_str()).collect();
        let term_chars: Vec<Box<[char]>> = terms.iter().map(|t| t.chars().collect()).collect();
        let term_masks = term_chars.iter().map(|c| mask(c)).collect();
        let mut by_len: Vec<Vec<u32>> = Vec::new();
        let mut suffixes = Vec::new();
        for (id, chars) in term_chars.iter().enumerate() {
            if by_len.len() <= chars.len() {
                by_len.resize(chars.len() + 1, Vec::new());
            }
            by_len[chars.len()].push(id as u32);
            // Inner suffixes of at least three letters; words are short (see `words`), and
            // the count of letters left is kept, not recounted per letter.
            let term = &terms[id];
            let mut left = chars.len();
            for (offset, _) in term.char_indices() {
                if offset > 0 && left >= 3 && offset <= u16::MAX as usize {
                    suffixes.push((id as u32, offset as u16));
                }
                left -= 1;
            }
        }
        suffixes.sort_unstable_by(|a, b| {
            terms[a.0 as usize][a.1 as usize..].cmp(&terms[b.0 as usize][b.1 as usize..])
        });

        Words {
            terms,
            term_chars,
            term_masks,
            postings,
            suffixes,
            by_len,
        }
    }

    /// Indexed words that begin with `prefix`, each with `quality`.
    fn terms_starting(&self, prefix: &str, quality: f32) -> Vec<(u32, f32)> {
        let start = self.terms.partition_point(|t| &**t < prefix);
        self.terms[start..]
            .iter()
            .take_while(|t| t.starts_with(prefix))
            .enumerate()
            .map(|(i, _)| ((start + i) as u32, quality))
            .collect()
    }

    /// A compound word that no text has ("seniorentreff") split where both parts of four
    /// letters or more are found ("senioren", "treff"): the services with both, each with
    /// the weaker of its two matches. The longest second part wins.
    fn compound_parts(&self, word: &str) -> Option<Vec<(u32, f32)>> {
        let cuts: Vec<usize> = word.char_indices().map(|(at, _)| at).collect();
        // The services with a word that begins with `part`, each once with its best value.
        let values = |part: &str| {
            let mut values: Vec<(u32, f32)> = Vec::new();
            for (term, quality) in self.terms_starting(part, PREFIX) {
                for &(doc, field) in self.postings[term as usize].iter() {
                    values.push((doc, quality * WEIGHTS[field as usize] * COMPOUND));
                }
            }
            best_per_id(&mut values);
            values
        };
        for &cut in cuts.iter().skip(4).take(cuts.len().saturating_sub(7)) {
            let (first, second) = word.split_at(cut);
            let (left, right) = (values(first), values(second));
            let both: Vec<(u32, f32)> = right
                .into_iter()
                .filter_map(|(doc, v)| {
                    let at = left.binary_search_by_key(&doc, |&(d, _)| d).ok()?;
                    Some((doc, v.min(left[at].1)))
                })
                .collect();
            if !both.is_empty() {
                return Some(both);
            }
        }
        None
    }

    /// Indexed words that a query word matches, each with the quality of the match.
    fn matching_terms(&self, word: &str) -> Vec<(u32, f32)> {
        // Longer words from two letters on; the word itself always.
        let mut found = match word.chars().nth(1) {
            Some(_) => self.terms_starting(word, PREFIX),
            None => Vec::new(),
        };
        if let Ok(id) = self.terms.binary_search_by(|t| (**t).cmp(word)) {
            found.push((id as u32, EXACT));
        }
        let chars: Vec<char> = word.chars().collect();
        if chars.len() >= 4 {
            let suffix = |&(t, o): &(u32, u16)| &self.terms[t as usize][o as usize..];
            let start = self.suffixes.partition_point(|s| suffix(s) < word);
            for entry in &self.suffixes[start..] {
                if !suffix(entry).starts_with(word) {
                    break;
                }
                found.push((entry.0, INFIX));
            }
            let edits = allowed_edits(chars.len());
            let query_mask = mask(&chars);
            let lengths = chars.len().saturating_sub(edits)
                ..=(chars.len() + edits).min(self.by_len.len().saturating_sub(1));
            for len in lengths {
                for &id in &self.by_len[len] {
                    if (self.term_masks[id as usize] ^ query_mask).count_ones() as usize > 2 * edits
                    {
                        continue;
                    }
                    if let Some(distance) = within(&chars, &self.term_chars[id as usize], edits) {
                        if distance > 0 {
                            found.push((id, if distance == 1 { ONE_TYPO } else { TWO_TYPOS }));
                        }
                    }
                }
            }
            // Still typing, with a typo: "Plfegeber" or "pflgeb" → "pflegeberatung". A missing
            // or extra letter shifts the prefix, so prefixes of every nearby length are tried.
            if chars.len() >= 5 {
                let shortest = chars.len() - edits;
                for len in chars.len() + 1..self.by_len.len() {
                    for &id in &self.by_len[len] {
                        let term = &self.term_chars[id as usize];
                        let longest = (chars.len() + edits).min(term.len() - 1);
                        let typo = (shortest..=longest).any(|plen| {
                            let prefix = &term[..plen];
                            (mask(prefix) ^ query_mask).count_ones() as usize <= 2 * edits
                                && within(&chars, prefix, edits).is_some_and(|d| d > 0)
                        });
                        if typo {
                            found.push((id, TYPO_IN_PREFIX));
                        }
                    }
                }
            }
        }
        best_per_id(&mut found);
        found
    }
}

/// How many levels of needs above a need its search also finds it under: a taxonomy has two
/// or three (Pflege > Entlastung); a deeper chain is cut there, never walked to its end.
pub const MAX_NEED_DEPTH: usize = 8;

impl SearchIndex {
    /// The index without a vocabulary: words are searched as typed.
    pub fn build(dataset: &Dataset) -> SearchIndex {
        SearchIndex::build_with(dataset, Vocabulary::default())
    }

    /// The index that reads questions with `vocabulary` (and the dataset's own phrases).
    pub fn build_with(dataset: &Dataset, vocabulary: Vocabulary) -> SearchIndex {
        let ids = Ids::of(dataset);
        let mut docs = Vec::with_capacity(dataset.services.len());
        for service in &dataset.services {
            let location = ids.location(dataset, service);
            let mut districts = ids.districts(dataset, service);
            districts.sort_unstable();
            districts.dedup();
            let step_free = location
                .and_then(|l| l.accessibility.as_ref())
                .and_then(|a| a.step_free)
                == Some(true);
            let free = service
                .cost
                .as_ref()
                .is_some_and(|c| c.kind == CostKind::Free);
            let walk_in = service.access.welcomes_walk_ins();
            let flags = flag_bits(walk_in, free, step_free, service.access.home_visits);
            let mut needs: Vec<u16> = service
                .needs
                .iter()
                .filter_map(|n| ids.need(n.as_str()))
                .collect();
            let primary_need = needs.first().copied();
            needs.sort_unstable();
            let name = service.name.get(&dataset.meta.language);
            docs.push(Doc {
                name: words(name).join(" ").into(),
                needs: needs.into(),
                primary_need,
                districts: districts.into(),
                citywide: service.citywide,
                flags,
                languages: service
                    .languages
                    .iter()
                    .map(|l| l.as_str().into())
                    .collect(),
            });
        }

        // Needs and districts are numbered in 16 bits; one beyond that (a runaway file) is
        // in no family and no district filter finds it, rather than being taken for another.
        let mut need_family: Vec<Vec<u16>> = (0..dataset.needs.len())
            .map(|i| u16::try_from(i).into_iter().collect())
            .collect();
        for (child, need) in dataset.needs.iter().enumerate() {
            let Ok(child) = u16::try_from(child) else {
                break;
            };
            // Walk up the parents: the loader has broken every cycle, and the walk stops at
            // MAX_NEED_DEPTH, so a chain of 20,000 needs costs no more than a shallow tree.
            let mut parent = need.parent.as_deref();
            for _ in 0..MAX_NEED_DEPTH {
                let Some(p) = parent.and_then(|p| ids.need(p)) else {
                    break;
                };
                need_family[p as usize].push(child);
                parent = dataset.needs[p as usize].parent.as_deref();
            }
        }
        let vocabulary = vocabulary.with_dataset(dataset);
        let concept_needs: Vec<Box<[u16]>> = vocabulary
            .concepts
            .iter()
            .map(|concept| {
                let mut needs: Vec<u16> = dataset
                    .needs
                    .iter()
                    .enumerate()
                    .filter(|(_, need)| names_need(&concept.keys, need))
                    .filter_map(|(i, _)| need_family.get(i))
                    .flat_map(|family| family.iter().copied())
                    .collect();
                needs.sort_unstable();
                needs.dedup();
                needs.into_boxed_slice()
            })
            .collect();
        let district_words = dataset
            .districts
            .iter()
            .map(|d| {
                let labels = d
                    .label
                    .all()
                    .map(|(_, t)| words(t).into_iter().map(String::into_boxed_str).collect())
                    .collect();
                (d.id.clone(), labels)
            })
            .collect();
        let phrases = question::phrase_order(&vocabulary, &concept_needs);
        SearchIndex {
            vocabulary,
            concept_needs,
            phrases,
            district_words,
            words: OnceLock::new(),
            docs,
            need_ids: dataset.needs.iter().map(|n| n.id.clone()).collect(),
            need_family: need_family.into_iter().map(Vec::into_boxed_slice).collect(),
            need_words: need_texts(dataset)
                .iter()
                .map(|texts| {
                    texts
                        .iter()
                        .flat_map(|t| words(t))
                        .map(String::into_boxed_str)
                        .collect()
                })
                .collect(),
            district_ids: dataset.districts.iter().map(|d| d.id.clone()).collect(),
        }
    }

    /// The word index, built from `dataset` (the one this index was built from) the first
    /// time it is needed.
    fn words(&self, dataset: &Dataset) -> &Words {
        self.words.get_or_init(|| Words::build(dataset))
    }

    /// Builds the word index now, if it is not there yet: the app does this once its first
    /// results show, so the first words typed find it ready.
    pub fn prepare_words(&self, dataset: &Dataset) {
        self.words(dataset);
    }

    /// Letters of the longest indexed word (tests: per-word work stays bounded).
    #[cfg(test)]
    pub(crate) fn longest_term_chars(&self, dataset: &Dataset) -> usize {
        let words = self.words(dataset);
        words.term_chars.iter().map(|c| c.len()).max().unwrap_or(0)
    }

    fn passes(
        &self,
        doc: usize,
        query: &Query,
        need: Option<&[u16]>,
        district: Option<Option<u16>>,
        language: Option<&str>,
    ) -> bool {
        let d = &self.docs[doc];
        if let Some(family) = need {
            if !d.needs.iter().any(|n| family.contains(n)) {
                return false;
            }
        }
        if let Some(district) = district {
            let inside = district.is_some_and(|id| d.districts.contains(&id));
            if !(d.citywide || inside) {
                return false;
            }
        }
        let required = flag_bits(
            query.walk_in,
            query.free,
            query.step_free,
            query.home_visits,
        );
        if d.flags & required != required {
            return false;
        }
        language.is_none_or(|lang| d.languages.iter().any(|l| &**l == lang))
    }

    /// The need `id` and every need below it, as the need filter finds them (empty for an
    /// unknown id).
    pub fn need_family(&self, id: &str) -> Vec<&str> {
        self.need_ids
            .iter()
            .position(|n| n == id)
            .map(|i| {
                self.need_family[i]
                    .iter()
                    .map(|&n| self.need_ids[n as usize].as_str())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// `text` read as a question with this index's vocabulary and districts, in
    /// `dataset` (the one this index was built from).
    pub fn read(&self, dataset: &Dataset, text: &str) -> Reading {
        let words = self.words(dataset);
        let known = |word: &str| words.terms.binary_search_by(|t| (**t).cmp(word)).is_ok();
        question::read(
            text,
            &question::Context {
                vocabulary: &self.vocabulary,
                phrases: &self.phrases,
                concept_needs: &self.concept_needs,
                district_words: &self.district_words,
                known: &known,
            },
        )
    }

    /// `query` with the filters its words say moved out of the words and into the filters
    /// it has not set yet: "Seniorentreff in Brackel heute" becomes "Seniorentreff" in the
    /// district Brackel, open today. The filter bar then shows them, and each is removed
    /// like any filter.
    pub fn read_question(&self, dataset: &Dataset, query: &Query) -> Query {
        let reading = self.read(dataset, &query.text);
        if reading.filters.is_empty() {
            return query.clone();
        }
        let said: Vec<usize> = reading
            .filters
            .iter()
            .flat_map(|f| f.tokens.iter().copied())
            .collect();
        let mut pairs: Vec<(String, String)> = reading
            .filters
            .iter()
            .map(|f| (f.key.clone(), f.value.clone()))
            .collect();
        // The filters already set win over words (the last of a key wins).
        pairs.extend(query_string_pairs(query));
        let rest = reading.text_without(&query.text, &said);
        // "Was ist heute offen?": the filters were the whole question.
        let has_topic = question::tokens(&rest)
            .iter()
            .any(|t| !self.vocabulary.is_stop(&t.word.folded));
        pairs.push(("q".into(), if has_topic { rest } else { String::new() }));
        Query::from_pairs(pairs)
    }

    /// How much a doc meets `topic`: the best of its fields, weighted (0: not at all).
    fn meet_topic(
        &self,
        words: &Words,
        topic: &Topic,
        best: &mut [f32],
        strong: &mut [bool],
        touched: &mut Vec<u32>,
    ) {
        let mut raise = |doc: u32, value: f32, typo: bool| {
            strong[doc as usize] |= !typo;
            let slot = &mut best[doc as usize];
            if *slot == 0.0 {
                touched.push(doc);
            }
            if value > *slot {
                *slot = value;
            }
        };
        match &topic.kind {
            TopicKind::Needs(needs) => {
                // The words themselves too: a service named with them ranks first.
                for word in &topic.words {
                    for (term, quality) in words.matching_terms(word) {
                        for &(doc, field) in words.postings[term as usize].iter() {
                            raise(doc, quality * WEIGHTS[field as usize], quality < INFIX);
                        }
                    }
                }
                for (doc, d) in self.docs.iter().enumerate() {
                    if d.needs.iter().any(|n| needs.binary_search(n).is_ok()) {
                        // What a service is mainly for ranks before what it also does.
                        let primary = d
                            .primary_need
                            .is_some_and(|n| needs.binary_search(&n).is_ok());
                        let quality = if primary { EXACT } else { SECONDARY_NEED };
                        raise(doc as u32, quality * WEIGHTS[Field::Need as usize], false);
                    }
                }
            }
            TopicKind::Word(word) => {
                let mut terms = words.matching_terms(word);
                // Inflected: "entlasten" finds "Entlastung" by its stem.
                let stemmed = stem(word);
                if stemmed != *word && stemmed.chars().nth(3).is_some() {
                    terms.extend(words.terms_starting(&stemmed, STEM));
                }
                // A compound nobody wrote ("Seniorentreff"): both of its parts.
                if terms.is_empty() {
                    if let Some(parts) = words.compound_parts(word) {
                        for (doc, value) in parts {
                            raise(doc, value, false);
                        }
                        return;
                    }
                }
                for (term, quality) in terms {
                    for &(doc, field) in words.postings[term as usize].iter() {
                        raise(doc, quality * WEIGHTS[field as usize], quality < INFIX);
                    }
                }
            }
        }
    }

    /// Runs a search. `is_open(index, filter)` answers the open filters; it is asked only
    /// for services that passed everything else. The services `query` finds in `dataset`
    /// (the one this index was built from): those that meet every topic of its words first
    /// (tiers 0 to 2); when none does, those that meet the weightier part; then, apart,
    /// those that meet less ([`MAYBE`]).
    pub fn search(
        &self,
        dataset: &Dataset,
        query: &Query,
        is_open: impl Fn(usize, OpenFilter) -> bool,
    ) -> Vec<Hit> {
        let need =
            query
                .need
                .as_deref()
                .map(|id| match self.need_ids.iter().position(|n| n == id) {
                    Some(i) => &*self.need_family[i],
                    None => &[][..],
                });
        // An unknown district id finds only citywide services, never everything.
        let district = query.district.as_deref().map(|id| {
            self.district_ids
                .iter()
                .position(|d| d == id)
                .and_then(|i| u16::try_from(i).ok())
        });
        let language = query.language.as_deref();
        let reading = if query.text.trim().is_empty() {
            Reading::default()
        } else {
            self.read(dataset, &query.text)
        };
        // Filters said in words are set by `read_question`; a search given them as words
        // (a caller that did not ask) searches them as words.
        let word = |i: usize| reading.tokens[i].word.folded.to_string();
        let said = reading
            .filters
            .iter()
            .flat_map(|f| &f.tokens)
            .map(|&i| Topic {
                kind: TopicKind::Word(word(i)),
                words: vec![word(i)],
            });
        // Ten topics are more than anyone asks; a pasted essay must not cost seconds.
        let topics: Vec<Topic> = reading
            .topics
            .iter()
            .map(|t| Topic {
                kind: t.kind.clone(),
                words: t
                    .tokens
                    .iter()
                    .map(|&i| word(i))
                    .filter(|w| !self.vocabulary.is_stop(w))
                    .collect(),
            })
            .chain(said)
            .take(MAX_QUERY_WORDS)
            .collect();
        let open_ok = |doc: usize| query.open.is_none_or(|filter| is_open(doc, filter));
        let fits = |doc: usize| self.passes(doc, query, need, district, language) && open_ok(doc);

        let mut hits: Vec<Hit> = Vec::new();
        if topics.is_empty() {
            for doc in 0..self.docs.len() {
                if fits(doc) {
                    hits.push(Hit {
                        index: doc,
                        tier: 2,
                        score: 0.0,
                    });
                }
            }
        } else {
            let count = self.docs.len();
            let mut score = vec![0f32; count];
            let mut covered = vec![0f32; count];
            let mut matched = vec![0u8; count];
            let mut best = vec![0f32; count];
            // Met by more than a guessed typo: in a question of several topics, a service
            // met only by typos ("Wetter" for "weiter") is not an answer.
            let mut strong = vec![false; count];
            let mut touched: Vec<u32> = Vec::new();
            let mut total = 0f32;
            let index = self.words(dataset);
            // Rarer topics weigh more (BM25's inverse document frequency). A word that no
            // service has weighs as much as the rarest: the words are about something else.
            // In a question whose need was understood, it weighs a quarter of that: one such
            // word is small talk ("gestorben", "zurecht"), several still say it is about
            // something else. A need that the city has no service for weighs nothing: it was
            // understood, and the rest of the question still finds what there is.
            let rarest = (1.0 + (count as f32 + 0.5) / 0.5).ln();
            let understood = topics.iter().any(|t| matches!(t.kind, TopicKind::Needs(_)));
            let unknown = if understood {
                UNKNOWN_WORD * rarest
            } else {
                rarest
            };
            let mut wanted = 0;
            for topic in &topics {
                self.meet_topic(index, topic, &mut best, &mut strong, &mut touched);
                let found = touched.len() as f32;
                let weight = (1.0 + (count as f32 - found + 0.5) / (found + 0.5)).ln();
                match (touched.is_empty(), &topic.kind) {
                    (true, TopicKind::Word(_)) => total += unknown,
                    (true, TopicKind::Needs(_)) => {}
                    (false, _) => {
                        total += weight;
                        wanted += 1;
                    }
                }
                for &doc in &touched {
                    let doc = doc as usize;
                    matched[doc] += 1;
                    covered[doc] += weight;
                    score[doc] += weight * best[doc];
                    best[doc] = 0.0;
                }
                touched.clear();
            }
            // Names keep their small words ("Hilfe im Alter"), so the phrase does too.
            let phrase = reading
                .tokens
                .iter()
                .take(MAX_QUERY_WORDS)
                .map(|t| &*t.word.folded)
                .collect::<Vec<_>>()
                .join(" ");
            let candidates: Vec<usize> = (0..count)
                .filter(|&doc| matched[doc] > 0 && fits(doc))
                .collect();
            let meets_all =
                |doc: usize| usize::from(matched[doc]) == wanted && covered[doc] >= 0.999 * total;
            let complete_count = candidates.iter().filter(|&&doc| meets_all(doc)).count();
            let complete = complete_count > 0;
            // Enough that meet every topic: nothing "perhaps" below them.
            let room_for_maybe = complete_count < ENOUGH;
            let best_partial = candidates
                .iter()
                .map(|&doc| score[doc])
                .fold(0f32, f32::max);
            for doc in candidates {
                let share = covered[doc] / total;
                let tier = if meets_all(doc) {
                    let name = &*self.docs[doc].name;
                    if name == phrase {
                        0
                    } else if name.starts_with(&phrase) {
                        1
                    } else {
                        2
                    }
                } else if !complete
                    && share >= PARTIAL_SHARE
                    && score[doc] >= PARTIAL_SCORE * best_partial
                {
                    2
                } else if room_for_maybe && share >= MAYBE_SHARE && topics.len() > 1 {
                    MAYBE
                } else {
                    continue;
                };
                hits.push(Hit {
                    index: doc,
                    tier,
                    score: score[doc],
                });
            }
        }
        hits.sort_unstable_by(|a, b| {
            a.tier
                .cmp(&b.tier)
                .then(b.score.total_cmp(&a.score))
                .then_with(|| self.docs[a.index].name.cmp(&self.docs[b.index].name))
                .then(a.index.cmp(&b.index))
        });
        // The best "perhaps" only: they sort last.
        if let Some(first) = hits.iter().position(Hit::is_maybe) {
            hits.truncate(first + MAX_MAYBE);
        }
        hits
    }

    /// Needs whose words are nearest to the query text, best first (for an empty result).
    pub fn nearest_needs(&self, text: &str, limit: usize) -> Vec<usize> {
        let query_words: Vec<String> = words(text)
            .into_iter()
            .filter(|w| !is_stopword(w))
            .take(MAX_QUERY_WORDS)
            .collect();
        let mut scored: Vec<(usize, f32)> = self
            .need_words
            .iter()
            .enumerate()
            .map(|(need, need_words)| {
                let score = query_words
                    .iter()
                    .map(|q| {
                        let qc: Vec<char> = q.chars().collect();
                        need_words
                            .iter()
                            .map(|w| {
                                if **w == **q {
                                    1.0
                                } else if w.starts_with(q.as_str()) || q.starts_with(&**w) {
                                    0.8
                                } else if q.len() >= 4 && w.contains(q.as_str()) {
                                    0.6
                                } else {
                                    let wc: Vec<char> = w.chars().collect();
                                    match within(&qc, &wc, 2) {
                                        Some(d) if d <= allowed_edits(qc.len()).max(1) => {
                                            0.5 - 0.1 * d as f32
                                        }
                                        _ => 0.0,
                                    }
                                }
                            })
                            .fold(0.0f32, f32::max)
                    })
                    .sum::<f32>();
                (need, score)
            })
            .filter(|(_, score)| *score > 0.0)
            .collect();
        scored.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        scored
            .into_iter()
            .take(limit)
            .map(|(need, _)| need)
            .collect()
    }

    /// An estimate of the index's heap memory in bytes.
    pub fn memory_bytes(&self, dataset: &Dataset) -> usize {
        fn boxed_str(s: &str) -> usize {
            s.len() + 16
        }
        let words = self.words(dataset);
        words.terms.iter().map(|s| boxed_str(s)).sum::<usize>()
            + words
                .term_chars
                .iter()
                .map(|c| c.len() * 4 + 16)
                .sum::<usize>()
            + words.term_masks.len() * 8
            + words
                .postings
                .iter()
                .map(|p| p.len() * std::mem::size_of::<(u32, Field)>() + 16)
                .sum::<usize>()
            + words.suffixes.len() * std::mem::size_of::<(u32, u16)>()
            + words.by_len.iter().map(|b| b.len() * 4 + 24).sum::<usize>()
            + self
                .docs
                .iter()
                .map(|d| {
                    std::mem::size_of::<Doc>()
                        + d.name.len()
                        + d.needs.len() * 2
                        + d.districts.len() * 2
                        + d.languages.iter().map(|s| boxed_str(s)).sum::<usize>()
                })
                .sum::<usize>()
            + self
                .need_words
                .iter()
                .map(|w| w.iter().map(|s| boxed_str(s)).sum::<usize>())
                .sum::<usize>()
    }

    pub fn term_count(&self, dataset: &Dataset) -> usize {
        self.words(dataset).terms.len()
    }
}

/// `found` (ids with values) sorted by id, each id once with its best value.
fn best_per_id(found: &mut Vec<(u32, f32)>) {
    found.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)));
    found.dedup_by_key(|f| f.0);
}

/// Whether `keys` (folded) name `need`: its id, or one of its labels or synonyms.
fn names_need(keys: &[String], need: &crate::domain::dataset::Need) -> bool {
    let id = fold(&need.id);
    let spaced = id.replace('-', " ");
    keys.iter().any(|key| {
        *key == id
            || *key == spaced
            || need.label.all().any(|(_, t)| fold(t) == *key)
            || need.synonyms.values().flatten().any(|s| fold(s) == *key)
    })
}

/// The filters `query` has set, as query-string pairs (without its words).
fn query_string_pairs(query: &Query) -> Vec<(String, String)> {
    let without_words = Query {
        text: String::new(),
        ..query.clone()
    };
    crate::domain::query_string::read(&without_words.to_query_string())
}
