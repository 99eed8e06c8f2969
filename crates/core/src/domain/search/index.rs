//! The search index, built once when the dataset loads. Memory stays proportional to the
//! data: one entry per distinct word, one posting per (word, service), and the suffixes of
//! each distinct word for compound words ("büro" finds "Seniorenbüro").

use super::distance::{allowed_edits, within};
use super::fold::{fold, for_each_word, is_stopword, words};
use super::query::{OpenFilter, Query};
use crate::domain::dataset::{CostKind, Dataset, Location, Service};
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

/// Query words beyond this are ignored.
const MAX_QUERY_WORDS: usize = 10;

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

/// One result: the service's index in the dataset, and why it ranks where it does.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Hit {
    pub index: usize,
    /// 0: the name is the query; 1: the name starts with it; 2: everything else.
    pub tier: u8,
    pub score: f32,
}

fn mask(chars: &[char]) -> u64 {
    chars.iter().fold(0, |m, c| m | 1 << (*c as u32 % 64))
}

/// The dataset's ids, numbered for the index.
struct Ids<'a> {
    need: HashMap<&'a str, u16>,
    district: HashMap<&'a str, u16>,
    location: HashMap<&'a str, usize>,
    organization: HashMap<&'a str, usize>,
}

impl<'a> Ids<'a> {
    fn of(dataset: &'a Dataset) -> Ids<'a> {
        fn numbered<'a, T: 'a, N: TryFrom<usize>>(
            entries: &'a [T],
            id: impl Fn(&'a T) -> &'a str,
        ) -> HashMap<&'a str, N> {
            entries
                .iter()
                .enumerate()
                .filter_map(|(i, entry)| Some((id(entry), N::try_from(i).ok()?)))
                .collect()
        }
        Ids {
            need: numbered(&dataset.needs, |n| n.id.as_str()),
            district: numbered(&dataset.districts, |d| d.id.as_str()),
            location: numbered(&dataset.locations, |l| l.id.as_str()),
            organization: numbered(&dataset.organizations, |o| o.id.as_str()),
        }
    }

    /// Where the service's location is in the dataset's list.
    fn location_at(&self, service: &Service) -> Option<usize> {
        self.location.get(service.location_id.as_deref()?).copied()
    }

    /// Where the service's organisation is in the dataset's list.
    fn organization_at(&self, service: &Service) -> Option<usize> {
        self.organization
            .get(service.organization_id.as_deref()?)
            .copied()
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
            .filter_map(|district| self.district.get(district).copied())
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
                if let Some(&n) = ids.need.get(need.as_str()) {
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

    /// Indexed words that a query word matches, each with the quality of the match.
    fn matching_terms(&self, word: &str) -> Vec<(u32, f32)> {
        let mut found: Vec<(u32, f32)> = Vec::new();
        let start = self.terms.partition_point(|t| &**t < word);
        for id in start..self.terms.len() {
            let term = &self.terms[id];
            if !term.starts_with(word) {
                break;
            }
            let quality = if &**term == word { EXACT } else { PREFIX };
            if quality == EXACT || word.chars().count() >= 2 {
                found.push((id as u32, quality));
            }
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
        found.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)));
        found.dedup_by_key(|f| f.0);
        found
    }
}

/// How many levels of needs above a need its search also finds it under: a taxonomy has two
/// or three (Pflege > Entlastung); a deeper chain is cut there, never walked to its end.
pub const MAX_NEED_DEPTH: usize = 8;

impl SearchIndex {
    pub fn build(dataset: &Dataset) -> SearchIndex {
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
                .filter_map(|n| ids.need.get(n.as_str()).copied())
                .collect();
            needs.sort_unstable();
            let name = service.name.get(&dataset.meta.language);
            docs.push(Doc {
                name: words(name).join(" ").into(),
                needs: needs.into(),
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
                let Some(&p) = parent.and_then(|p| ids.need.get(p)) else {
                    break;
                };
                need_family[p as usize].push(child);
                parent = dataset.needs[p as usize].parent.as_deref();
            }
        }
        SearchIndex {
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

    /// Runs a search. `is_open(index, filter)` answers the open-now/open-today filter; it is
    /// asked only for services that passed everything else.
    /// The services `query` finds in `dataset` (the one this index was built from).
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
        // Ten words are more than anyone types; a pasted essay must not cost seconds.
        let all_words: Vec<String> = words(&query.text)
            .into_iter()
            .take(MAX_QUERY_WORDS)
            .collect();
        let mut query_words: Vec<&String> = all_words.iter().filter(|w| !is_stopword(w)).collect();
        if query_words.is_empty() {
            query_words = all_words.iter().collect();
        }
        let open_ok = |doc: usize| query.open.is_none_or(|filter| is_open(doc, filter));

        let mut hits: Vec<Hit> = Vec::new();
        if query_words.is_empty() {
            for doc in 0..self.docs.len() {
                if self.passes(doc, query, need, district, language) && open_ok(doc) {
                    hits.push(Hit {
                        index: doc,
                        tier: 2,
                        score: 0.0,
                    });
                }
            }
        } else {
            let mut score = vec![0f32; self.docs.len()];
            let mut matched = vec![0u8; self.docs.len()];
            let mut best = vec![0f32; self.docs.len()];
            let mut touched: Vec<u32> = Vec::new();
            let index = self.words(dataset);
            for (k, word) in query_words.iter().enumerate() {
                for (term, quality) in index.matching_terms(word) {
                    for &(doc, field) in index.postings[term as usize].iter() {
                        let value = quality * WEIGHTS[field as usize];
                        let slot = &mut best[doc as usize];
                        if *slot == 0.0 {
                            touched.push(doc);
                        }
                        if value > *slot {
                            *slot = value;
                        }
                    }
                }
                for &doc in &touched {
                    let doc = doc as usize;
                    if usize::from(matched[doc]) == k {
                        matched[doc] += 1;
                        score[doc] += best[doc];
                    }
                    best[doc] = 0.0;
                }
                touched.clear();
            }
            let wanted = query_words.len();
            // Names keep their small words ("Hilfe im Alter"), so the phrase does too.
            let phrase = all_words.join(" ");
            for doc in 0..self.docs.len() {
                if usize::from(matched[doc]) != wanted
                    || !self.passes(doc, query, need, district, language)
                    || !open_ok(doc)
                {
                    continue;
                }
                let name = &*self.docs[doc].name;
                let tier = if name == phrase {
                    0
                } else if name.starts_with(&phrase) {
                    1
                } else {
                    2
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
