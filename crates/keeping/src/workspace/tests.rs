use super::*;
use wegweiser_core::testing::{DORTMUND_JSON, KAISERSLAUTERN_JSON};

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

#[test]
fn an_untouched_file_is_written_back_byte_for_byte() {
    for text in [KAISERSLAUTERN_JSON, DORTMUND_JSON] {
        let document = open(text).unwrap();
        assert_eq!(canonical(&document), text);
    }
}

#[test]
fn confirming_one_entry_changes_only_that_entrys_lines() {
    let mut document = open(KAISERSLAUTERN_JSON).unwrap();
    let entry = EntryRef::item("services", 2);
    let mut history = History::default();
    let edits = confirm(
        &document,
        &entry,
        day("2026-12-07"),
        Some(day("2026-11-30")),
    );
    history.apply(&mut document, edits);
    let after = canonical(&document);
    let (old, new): (Vec<_>, Vec<_>) = (
        KAISERSLAUTERN_JSON.lines().collect(),
        after.lines().collect(),
    );
    let same_start = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
    let same_end = old
        .iter()
        .rev()
        .zip(new.iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    // Every changed line lies between services[2]'s id and services[3]'s.
    let id_line = |i: usize| {
        let id = document["services"][i]["id"].as_str().unwrap().to_string();
        new.iter()
            .position(|l| l.contains(&format!("\"id\": \"{id}\"")))
            .unwrap()
    };
    assert!(id_line(2) < same_start && new.len() - same_end < id_line(3));
    assert!(
        new[same_start..new.len() - same_end].contains(&"      \"last_verified\": \"2026-12-07\",")
    );
    assert!(
        after.contains("\"date\": \"2026-11-30\""),
        "the source's date is recorded"
    );
    assert_eq!(
        new.len(),
        old.len() + 2,
        "two lines added, none changed elsewhere"
    );

    assert!(history.undo(&mut document));
    assert_eq!(
        canonical(&document),
        KAISERSLAUTERN_JSON,
        "undo gives the file back"
    );
    assert!(history.redo(&mut document));
    assert_eq!(canonical(&document), after, "redo does it again");
    assert!(!history.redo(&mut document));
}

#[test]
fn files_that_are_not_datasets_are_refused_with_the_reason() {
    assert!(matches!(open("{ \"meta\": "), Err(Refusal::NotJson(e)) if e.contains("line 1")));
    assert_eq!(open("[1, 2]"), Err(Refusal::NotADataset));
    assert_eq!(open("{\"services\": []}"), Err(Refusal::NotADataset));
    let huge = " ".repeat(MAX_FILE_BYTES + 1);
    assert_eq!(open(&huge), Err(Refusal::TooLarge(MAX_FILE_BYTES + 1)));
    // Broken entries do not stop a file from being opened: the keeper mends them.
    assert!(open("{\"meta\": {}, \"services\": [[1]]}").is_ok());
}

#[test]
fn paths_of_findings_name_their_entry() {
    assert_eq!(
        EntryRef::of_path("services[3].hours.osm"),
        EntryRef::item("services", 3)
    );
    assert_eq!(
        EntryRef::of_path("locations[1] (rathaus).address"),
        EntryRef::item("locations", 1)
    );
    assert_eq!(EntryRef::of_path("meta.help").key(), "meta");
    assert_eq!(EntryRef::of_path("$").pointer(), "");
    assert_eq!(EntryRef::item("events", 0).pointer(), "/events/0");
}

#[test]
fn the_work_list_groups_entries_by_what_they_need() {
    let document = open(KAISERSLAUTERN_JSON).unwrap();
    let today = day("2026-12-07");
    let found = findings(KAISERSLAUTERN_JSON, today);
    let list = work_list(&document, &found, today);
    let count = |concern: &Concern| {
        list.iter()
            .find(|g| &g.concern == concern)
            .map_or(0, |g| g.entries.len())
    };
    let services = document["services"].as_array().unwrap();
    let events = document["events"].as_array().unwrap();
    let unverified = services
        .iter()
        .chain(events)
        .filter(|e| e.get("last_verified").is_none())
        .count();
    assert!(unverified > 0);
    assert_eq!(count(&Concern::NotVerified), unverified);
    assert_eq!(count(&Concern::Errors), 0);
    let warned: BTreeSet<_> = found
        .iter()
        .filter(|f| f.severity == crate::validate::Severity::Warning)
        .map(|f| EntryRef::of_path(&f.path))
        .collect();
    assert_eq!(count(&Concern::Warnings), warned.len());
    let easy = services
        .iter()
        .filter(|s| s.get("easy_summary").is_none())
        .count();
    assert_eq!(count(&Concern::NoEasySummary), easy);
    assert!(
        list.iter()
            .any(|g| g.concern == Concern::MissingTranslation("en".into()))
            || services.iter().all(|s| s["name"].get("en").is_some())
    );

    // Confirmed today, an entry leaves the "not verified" group.
    let mut document = document;
    let mut history = History::default();
    let edits = confirm(&document, &EntryRef::item("services", 0), today, None);
    history.apply(&mut document, edits);
    let text = canonical(&document);
    let list = work_list(&document, &findings(&text, today), today);
    let group = list
        .iter()
        .find(|g| g.concern == Concern::NotVerified)
        .unwrap();
    assert_eq!(group.entries.len(), unverified - 1);
    assert!(!group
        .entries
        .iter()
        .any(|(e, _)| *e == EntryRef::item("services", 0)));
    // A year and a day later it is back.
    let later = day("2027-12-08");
    let list = work_list(&document, &findings(&text, later), later);
    assert_eq!(
        list.iter()
            .find(|g| g.concern == Concern::NotVerified)
            .unwrap()
            .entries
            .len(),
        unverified
    );
}

#[test]
fn errors_come_first_with_the_path_of_their_first_finding() {
    let broken = KAISERSLAUTERN_JSON.replacen("\"phone\": \"0631 365-0\"", "\"phone\": \"365\"", 1);
    let document = open(&broken).unwrap();
    let today = day("2026-12-07");
    let list = work_list(&document, &findings(&broken, today), today);
    assert_eq!(list[0].concern, Concern::Errors);
    assert_eq!(
        list[0].entries,
        vec![(
            EntryRef::of_path("meta"),
            Some("meta.help.phone".to_string())
        )]
    );
}
use std::collections::BTreeSet;
