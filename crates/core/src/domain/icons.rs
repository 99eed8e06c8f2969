//! Which of the app's icons stands beside a need's name (never instead of it). A dataset
//! names one from the app's set (`needs[].icon`); where it names none, or one the app does
//! not have, the need's own words choose a fitting one, and where they fit none, there is
//! none: never an empty shape that says nothing.

use super::dataset::Need;

/// The icons the app draws (`components/icon.rs`), by the names a dataset gives them.
pub const NEED_ICONS: [&str; 13] = [
    "info",
    "care",
    "memory",
    "document",
    "people",
    "heart",
    "hand",
    "tablet",
    "globe",
    "house",
    "bus",
    "health",
    "home-help",
];

/// Beginnings of words in a need's name (or its synonyms), in lower case, and the icon
/// they call for; the first that a name holds wins, so the longer phrases come first.
const WORDS: &[(&str, &str)] = &[
    ("hilfe zu hause", "home-help"),
    ("hilfe im haushalt", "home-help"),
    ("haushalt", "home-help"),
    ("pflege", "care"),
    ("demenz", "memory"),
    ("gedächtnis", "memory"),
    ("vergess", "memory"),
    ("vorsorge", "document"),
    ("betreuung", "document"),
    ("vollmacht", "document"),
    ("recht", "document"),
    ("treff", "people"),
    ("begegnung", "people"),
    ("freizeit", "people"),
    ("gesellig", "people"),
    ("einsam", "people"),
    ("ehrenamt", "hand"),
    ("engagement", "hand"),
    ("freiwillig", "hand"),
    ("handy", "tablet"),
    ("computer", "tablet"),
    ("digital", "tablet"),
    ("internet", "tablet"),
    ("migration", "globe"),
    ("sprache", "globe"),
    ("integration", "globe"),
    ("wohnen", "house"),
    ("wohnung", "house"),
    ("unterwegs", "bus"),
    ("mobilität", "bus"),
    ("fahrdienst", "bus"),
    ("gesundheit", "health"),
    ("arzt", "health"),
    ("ärzt", "health"),
    ("hospiz", "heart"),
    ("trauer", "heart"),
    ("beratung", "info"),
    ("information", "info"),
];

/// The icon beside `need`: its own when the app has it, else one its German words call
/// for, else none.
pub fn need_icon(need: &Need) -> Option<&'static str> {
    if let Some(own) = need.icon.as_deref() {
        if let Some(known) = NEED_ICONS.iter().find(|name| **name == own) {
            return Some(known);
        }
    }
    let mut words: Vec<String> = need
        .label
        .all()
        .map(|(_, text)| text.to_lowercase())
        .collect();
    for synonyms in need.synonyms.values() {
        words.extend(synonyms.iter().map(|s| s.to_lowercase()));
    }
    WORDS
        .iter()
        .find(|(start, _)| words.iter().any(|text| starts_a_word(text, start)))
        .map(|(_, icon)| *icon)
}

/// Whether `text` has a word that begins with `start` ("Treffen" for "treff", not "Betreff").
fn starts_a_word(text: &str, start: &str) -> bool {
    text.match_indices(start).any(|(at, _)| {
        text[..at]
            .chars()
            .next_back()
            .is_none_or(|before| !before.is_alphanumeric())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::text::LocalText;

    fn need(label: &str, icon: Option<&str>) -> Need {
        Need {
            id: "x".into(),
            label: LocalText::plain(label),
            synonyms: Default::default(),
            phrases: Default::default(),
            parent: None,
            icon: icon.map(str::to_string),
        }
    }

    #[test]
    fn a_need_names_its_icon_from_the_apps_set() {
        assert_eq!(need_icon(&need("Irgendwas", Some("bus"))), Some("bus"));
        assert_eq!(
            need_icon(&need("Pflege", Some("rakete"))),
            Some("care"),
            "an icon the app does not have: the words choose"
        );
    }

    #[test]
    fn without_one_the_words_choose_or_there_is_none() {
        for (label, icon) in [
            ("Beratung", Some("info")),
            ("Treffen und Freizeit", Some("people")),
            ("Pflege", Some("care")),
            ("Demenz", Some("memory")),
            ("Ehrenamt", Some("hand")),
            ("Migration und Sprache", Some("globe")),
            ("Hilfe zu Hause", Some("home-help")),
            ("Vorsorge und Betreuung", Some("document")),
            ("Hilfe mit Handy und Computer", Some("tablet")),
            ("Unterwegs sein", Some("bus")),
            ("Gesundheit", Some("health")),
            ("Pflegeberatung", Some("care")),
            ("Betreffend Sonstiges", None),
            (
                "Für lesbische, schwule, bi, trans und queere Menschen",
                None,
            ),
        ] {
            assert_eq!(need_icon(&need(label, None)), icon, "{label}");
        }
    }

    #[test]
    fn the_schema_names_the_set() {
        let schema = include_str!("../../../../public/data/services.schema.json");
        let described = schema
            .lines()
            .find(|line| line.contains("One of the app's icons:"))
            .expect("the icon's description");
        for name in NEED_ICONS {
            assert!(
                described.contains(&format!(" {name},"))
                    || described.contains(&format!(" {name}.")),
                "{name}"
            );
        }
    }

    #[test]
    fn synonyms_choose_too() {
        let mut n = need("Miteinander", None);
        n.synonyms.insert(
            "de".into(),
            vec!["Seniorentreff".into(), "Begegnung".into()],
        );
        assert_eq!(need_icon(&n), Some("people"));
    }
}
