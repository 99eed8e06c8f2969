//! The examples under the search field, taken from the city's own needs, so each one finds
//! something in that city's file (a fixed list named needs another city may not have).

use crate::domain::directory::Directory;
use crate::i18n::Lang;

/// How many examples the search field shows.
pub const EXAMPLES: usize = 4;

/// The labels of the top-level needs with the most services (as the need filter finds
/// them: with their sub-needs'), in the reader's language where the dataset has it; a need
/// without a service is never one. Ties keep the dataset's order.
pub fn search_examples(directory: &Directory, ui: Lang) -> Vec<String> {
    let ds = &directory.dataset;
    let mut ranked: Vec<(usize, &str)> = ds
        .needs
        .iter()
        .filter(|need| need.parent.is_none())
        .map(|need| {
            let family = directory.index.need_family(&need.id);
            let services = ds
                .services
                .iter()
                .filter(|s| s.needs.iter().any(|n| family.contains(&n.as_str())))
                .count();
            let label = need.label.resolve(ui.code(), directory.base_lang()).text;
            (services, label)
        })
        .filter(|&(services, _)| services > 0)
        .collect();
    ranked.sort_by_key(|&(services, _)| std::cmp::Reverse(services));
    ranked
        .into_iter()
        .take(EXAMPLES)
        .map(|(_, label)| label.to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::search::Query;
    use crate::testing::{at, dortmund_directory, kaiserslautern_directory};

    /// Issue 29, finding 21: every example finds something in the city it is shown for,
    /// in every language, in both bundled cities.
    #[test]
    fn every_example_finds_a_service_in_its_city() {
        for directory in [kaiserslautern_directory(), dortmund_directory()] {
            for ui in Lang::ALL {
                let examples = search_examples(&directory, ui);
                assert!(
                    !examples.is_empty(),
                    "{}: no examples",
                    directory.dataset.meta.language
                );
                assert!(examples.len() <= EXAMPLES);
                for example in &examples {
                    let query = Query {
                        text: example.clone(),
                        ..Query::default()
                    };
                    let found = directory.search(&query, at("2026-11-23 10:30"));
                    assert!(
                        !found.is_empty(),
                        "{}: {example:?} finds nothing",
                        ui.code()
                    );
                }
            }
        }
    }

    #[test]
    fn the_examples_say_what_the_city_has_and_follow_the_reader_s_language() {
        let directory = kaiserslautern_directory();
        let de = search_examples(&directory, Lang::De);
        let en = search_examples(&directory, Lang::En);
        assert_eq!(de.len(), EXAMPLES, "{de:?}");
        assert_ne!(de, en, "English labels where the dataset has them");
        let hint = (Lang::De.strings().search_examples)(&de);
        assert_eq!(hint, format!("Zum Beispiel: {}", de.join(", ")));
        let arabic = (Lang::Ar.strings().search_examples)(&de);
        assert!(arabic.contains("، "), "{arabic}");
    }
}
