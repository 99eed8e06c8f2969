//! The examples under the search field, taken from the city's own needs, so each one finds
//! something in that city's file (a fixed list named needs another city may not have).

use crate::domain::dataset::Dataset;
use crate::domain::search::MAX_NEED_DEPTH;
use crate::i18n::Lang;
use std::collections::HashMap;

/// How many examples the search field shows.
pub const EXAMPLES: usize = 4;

/// The labels of the top-level needs with the most services (counting their sub-needs'),
/// in the reader's language where the dataset has it; a need without a service is never
/// one. Ties keep the dataset's order.
pub fn search_examples(dataset: &Dataset, ui: Lang, base: &str) -> Vec<String> {
    let at: HashMap<&str, usize> = dataset
        .needs
        .iter()
        .enumerate()
        .map(|(i, need)| (need.id.as_str(), i))
        .collect();
    // A need's top-level need: its parents walked as far as the search walks them.
    let top = |mut i: usize| {
        for _ in 0..MAX_NEED_DEPTH {
            match dataset.needs[i].parent.as_deref().and_then(|p| at.get(p)) {
                Some(&parent) => i = parent,
                None => break,
            }
        }
        i
    };
    let mut services = vec![0usize; dataset.needs.len()];
    for service in &dataset.services {
        let mut tops: Vec<usize> = service
            .needs
            .iter()
            .filter_map(|id| at.get(id.as_str()).map(|&i| top(i)))
            .collect();
        tops.sort_unstable();
        tops.dedup();
        for i in tops {
            services[i] += 1;
        }
    }
    let mut ranked: Vec<usize> = (0..dataset.needs.len())
        .filter(|&i| services[i] > 0 && dataset.needs[i].parent.is_none())
        .collect();
    ranked.sort_by_key(|&i| std::cmp::Reverse(services[i]));
    ranked
        .into_iter()
        .take(EXAMPLES)
        .map(|i| {
            dataset.needs[i]
                .label
                .resolve(ui.code(), base)
                .text
                .to_string()
        })
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
                let examples = search_examples(&directory.dataset, ui, directory.base_lang());
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
        let de = search_examples(&directory.dataset, Lang::De, directory.base_lang());
        let en = search_examples(&directory.dataset, Lang::En, directory.base_lang());
        assert_eq!(de.len(), EXAMPLES, "{de:?}");
        assert_ne!(de, en, "English labels where the dataset has them");
        let hint = (Lang::De.strings().search_examples)(&de);
        assert_eq!(hint, format!("Zum Beispiel: {}", de.join(", ")));
        let arabic = (Lang::Ar.strings().search_examples)(&de);
        assert!(arabic.contains("، "), "{arabic}");
    }
}
