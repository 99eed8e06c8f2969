//! How a search was understood, said above its results: "Gesucht: Demenz · Entlastung ·
//! Stadtteil: Brackel". Each part is a link to the same search without it. The filter bar
//! shows these parts as its removable choices.

use super::shown;
use crate::domain::directory::Directory;
use crate::domain::search::question::TopicKind;
use crate::domain::search::{OpenFilter, Query};
use crate::i18n::Lang;

/// One part of the search as understood, and the search without it.
#[derive(Clone, Debug, PartialEq)]
pub struct Part {
    pub label: String,
    pub without: Query,
}

/// The parts of `query`: the topics of its words (a need by its label, a word as typed),
/// then the filters its words set or were chosen. The filters that a toggle of the filter
/// bar shows (open now or today, walk-in, free, step-free, home visits) are left to it.
pub fn understood(directory: &Directory, query: &Query, lang: Lang) -> Vec<Part> {
    let t = lang.strings();
    let ds = &directory.dataset;
    let base = directory.base_lang();
    let mut parts: Vec<Part> = Vec::new();
    if !query.text.trim().is_empty() {
        let reading = directory.read(&query.text);
        for topic in &reading.topics {
            let label = match &topic.kind {
                TopicKind::Needs(needs) => needs
                    .iter()
                    .min()
                    .and_then(|&n| ds.needs.get(usize::from(n)))
                    .map(|need| shown(&need.label, lang, base).text),
                TopicKind::Word(_) => {
                    let words: Vec<&str> = topic
                        .tokens
                        .iter()
                        .filter_map(|&i| reading.tokens.get(i))
                        .map(|token| &query.text[token.start..token.end])
                        .collect();
                    Some(words.join(" "))
                }
            };
            let Some(label) = label else { continue };
            if parts.iter().any(|p| p.label == label) {
                continue;
            }
            parts.push(Part {
                label,
                without: Query {
                    text: reading.text_without(&query.text, &topic.tokens),
                    ..query.clone()
                },
            });
        }
    }
    let mut filter = |label: String, without: Query| parts.push(Part { label, without });
    if let Some(need) = query.need.as_deref().and_then(|id| ds.need(id)) {
        filter(
            (t.chip_need)(&shown(&need.label, lang, base).text),
            Query {
                need: None,
                ..query.clone()
            },
        );
    }
    if let Some(district) = query.district.as_deref().and_then(|id| ds.district(id)) {
        filter(
            (t.chip_district)(&shown(&district.label, lang, base).text),
            Query {
                district: None,
                ..query.clone()
            },
        );
    }
    if let Some(open) = query
        .open
        .filter(|o| !matches!(o, OpenFilter::Now | OpenFilter::Today))
    {
        filter(
            open_label(open, lang),
            Query {
                open: None,
                ..query.clone()
            },
        );
    }
    if let Some(language) = &query.language {
        filter(
            (t.chip_language)(&(t.language_name)(language)),
            Query {
                language: None,
                ..query.clone()
            },
        );
    }
    parts
}

/// An open filter in words: "Heute geöffnet", "Geöffnet am Dienstag".
pub fn open_label(open: OpenFilter, lang: Lang) -> String {
    let t = lang.strings();
    match open {
        OpenFilter::Now => t.filter_open_now.to_string(),
        OpenFilter::Today => t.filter_open_today.to_string(),
        OpenFilter::Weekend => t.filter_open_weekend.to_string(),
        OpenFilter::Evening => t.filter_open_evening.to_string(),
        OpenFilter::Day(day) => (t.filter_open_day)(t.weekdays[usize::from(day.min(6))]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::dortmund_directory;

    #[test]
    fn a_question_is_said_back_in_parts_each_removable() {
        let directory = dortmund_directory();
        let asked = Query {
            text: "Meine Mutter wird vergesslich, wer kann uns in Brackel entlasten?".into(),
            ..Query::default()
        };
        let query = directory.read_question(&asked);
        assert_eq!(query.district.as_deref(), Some("brackel"));
        let parts = understood(&directory, &query, Lang::De);
        let labels: Vec<&str> = parts.iter().map(|p| p.label.as_str()).collect();
        assert_eq!(
            labels,
            ["Demenz", "entlasten", "Stadtteil: Brackel"],
            "{parts:?}"
        );
        // Each part's link is the search without it: fewer topics find at least as much.
        let at = crate::testing::at("2026-11-23 10:30");
        let all = directory.search(&query, at).len();
        for part in &parts {
            assert!(directory.search(&part.without, at).len() >= all, "{part:?}");
            assert!(understood(&directory, &part.without, Lang::De).len() < parts.len());
        }
    }

    #[test]
    fn a_search_without_words_lists_its_filters_but_not_the_toggles() {
        let directory = dortmund_directory();
        let query = Query {
            district: Some("brackel".into()),
            open: Some(OpenFilter::Today),
            free: true,
            language: Some("tr".into()),
            ..Query::default()
        };
        let parts = understood(&directory, &query, Lang::De);
        let labels: Vec<&str> = parts.iter().map(|p| p.label.as_str()).collect();
        assert_eq!(labels, ["Stadtteil: Brackel", "Sprache: Türkisch"]);
        assert_eq!(parts[1].without.language, None);
        assert_eq!(parts[1].without.district.as_deref(), Some("brackel"));
    }
}
