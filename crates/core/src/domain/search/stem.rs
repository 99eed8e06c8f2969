//! Word stems, so that inflected forms meet: "vergesslicher" and "Vergesslichkeit",
//! "entlasten" and "Entlastung". Snowball's German stemmer (the `rust-stemmers` crate as
//! published) on folded words. German only: it is the language of both bundled cities'
//! texts and of Leichte Sprache; English, Turkish, Russian, Ukrainian and Arabic questions
//! meet their needs through the vocabulary's phrases, whose longer words also match by
//! their beginning (`vocabulary::Word::is_met_by`). Each further stemmer costs wasm:
//! measured in docs/views.md ("Questions").

use rust_stemmers::{Algorithm, Stemmer};
use std::sync::OnceLock;

/// The stem of a folded word ("vergesslicher" → "vergess"); short words stay as they are.
pub fn stem(folded: &str) -> String {
    static GERMAN: OnceLock<Stemmer> = OnceLock::new();
    if folded.chars().nth(3).is_none() {
        return folded.to_string();
    }
    GERMAN
        .get_or_init(|| Stemmer::create(Algorithm::German))
        .stem(folded)
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::stem;
    use crate::domain::search::fold::fold;

    #[test]
    fn inflected_forms_meet() {
        assert_eq!(stem("vergesslicher"), stem("vergesslich"));
        assert_eq!(stem("entlasten"), stem("entlaste"));
        assert!(fold("Entlastung").starts_with(&stem("entlasten")));
        assert!(fold("Vergesslichkeit").starts_with(&stem("vergesslicher")));
        assert_eq!(stem("einsame"), stem("einsam"));
        assert_eq!(stem("bus"), "bus", "short words stay");
    }
}
