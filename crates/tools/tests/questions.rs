//! The labelled questions (tests/questions/questions.json) against the targets of
//! docs/views.md ("Questions"): success@3 at least 90 % over all and 80 % in each language, at most
//! 3 % of the questions with an answer find nothing, and every question that should find
//! nothing finds nothing.

use std::path::Path;
use wegweiser_core::testing::at;
use wegweiser_tools::questions::{ask_all, figures};

#[test]
fn questions_are_answered() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let outcomes = ask_all(&root, at("2026-11-23 10:30")).expect("the questions and cities load");
    let failures: Vec<String> = outcomes
        .iter()
        .filter(|o| !o.success)
        .map(|o| format!("[{}] {}", o.lang, o.shown))
        .collect();
    let (by_lang, all) = figures(&outcomes);
    let report = format!("{}\n{}", all.line(), failures.join("\n"));
    assert!(outcomes.len() >= 120, "at least 120 questions");
    assert!(all.success_at_3() >= 0.9, "{report}");
    for (lang, figures) in &by_lang {
        assert!(figures.answerable >= 8, "{lang}: at least 8 questions");
        assert!(
            figures.success_at_3() >= 0.8,
            "{lang}: {}\n{report}",
            figures.line()
        );
    }
    assert!(all.zero_rate() <= 0.03, "{report}");
    assert_eq!(all.nothing_found_nothing, all.nothing, "{report}");
    println!("{}", all.line());
    for (lang, figures) in &by_lang {
        println!("{lang}: {}", figures.line());
    }
}
