use super::*;
use std::collections::BTreeSet;
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
    assert_eq!(list[0].concern, Concern::Errors, "errors first");
    assert_eq!(
        list[0].entries,
        vec![(
            EntryRef::of_path("meta"),
            Some("meta.help.phone".to_string())
        )]
    );
}

#[test]
fn what_changed_names_each_entry_and_field_with_old_and_new_values() {
    let before = open(KAISERSLAUTERN_JSON).unwrap();
    let mut after = before.clone();
    let mut history = History::default();
    let first = before["services"][0]["id"].as_str().unwrap().to_string();
    let edits = confirm(
        &after,
        &EntryRef::item("services", 0),
        day("2026-12-07"),
        None,
    );
    history.apply(&mut after, edits);
    let (new, edits) = entries::add(&after, "services").unwrap();
    history.apply(&mut after, edits);
    let edits = entries::set_field(&after, &new, "name", Some(Value::String("Neu".into())));
    history.apply(&mut after, edits);
    let last = EntryRef::item("events", before["events"].as_array().unwrap().len() - 1);
    let gone = before["events"][last.index.unwrap()]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let edits = entries::delete(&after, &last);
    history.apply(&mut after, edits);
    let found = changes(&before, &after);
    assert_eq!(
        found,
        vec![
            EntryChange {
                kind: "services".into(),
                id: first,
                change: ChangeKind::Changed,
                fields: vec![FieldChange {
                    field: "last_verified".into(),
                    old: None,
                    new: Some("2026-12-07".into())
                }],
            },
            EntryChange {
                kind: "services".into(),
                id: "neu".into(),
                change: ChangeKind::Added,
                fields: vec![]
            },
            EntryChange {
                kind: "events".into(),
                id: gone,
                change: ChangeKind::Removed,
                fields: vec![]
            },
        ]
    );
    // Undone step by step, the file is as it was: a deleted entry comes back at its place.
    while history.undo(&mut after) {}
    assert_eq!(canonical(&after), KAISERSLAUTERN_JSON);
    assert!(changes(&before, &after).is_empty());
}

#[test]
fn fields_are_read_and_written_by_their_keys_and_findings_find_their_field() {
    let entry = serde_json::json!({"id": "a", "cost": {"kind": "free"}});
    let set = fields::set(&entry, "cost.text", Some(Value::String("5 Euro".into())));
    assert_eq!(
        fields::get(&set, "cost.text").and_then(Value::as_str),
        Some("5 Euro")
    );
    let cleared = fields::set(&fields::set(&set, "cost.text", None), "cost.kind", None);
    assert_eq!(
        cleared,
        serde_json::json!({"id": "a"}),
        "an emptied object goes"
    );
    let services = fields::fields("services");
    assert_eq!(
        fields::field_of(services, "hours.osm").map(|f| f.key),
        Some("hours")
    );
    assert_eq!(
        fields::field_of(services, "cost.kind").map(|f| f.key),
        Some("cost.kind")
    );
    assert_eq!(
        fields::field_of(services, "contacts[0].phone").map(|f| f.key),
        Some("contacts")
    );
    assert_eq!(fields::rest_of_path("services[3].hours.osm"), "hours.osm");
    assert_eq!(
        fields::rest_of_path("locations[1] (rathaus).address"),
        "address"
    );
    assert_eq!(fields::rest_of_path("meta.help.phone"), "help.phone");
    assert_eq!(fields::rest_of_path("services[2] (x)"), "");
    // Every kind has its fields, each with a label and help in both languages, and every
    // field of a list names a list that exists.
    for kind in ["meta"].into_iter().chain(KINDS) {
        assert!(!fields::fields(kind).is_empty(), "{kind}");
        for field in fields::fields(kind) {
            let words = [field.label.0, field.label.1, field.help.0, field.help.1];
            assert!(
                words.iter().all(|w| !w.trim().is_empty()),
                "{kind}.{}",
                field.key
            );
            if let fields::Input::OneOf(list) | fields::Input::SomeOf(list) = field.input {
                assert!(KINDS.contains(&list), "{kind}.{}", field.key);
            }
        }
    }
}

#[test]
fn texts_keep_their_form_plain_or_per_language() {
    let langs = vec!["de".to_string(), "en".to_string()];
    let plain = fields::text_value(
        &langs,
        &["Hallo".into(), String::new()],
        Some(&Value::String("x".into())),
    );
    assert_eq!(plain, Some(Value::String("Hallo".into())));
    let both = fields::text_value(&langs, &["Hallo".into(), "Hello".into()], None).unwrap();
    assert_eq!(both, serde_json::json!({"de": "Hallo", "en": "Hello"}));
    let was_map = fields::text_value(&langs, &["Hallo".into(), String::new()], Some(&both));
    assert_eq!(was_map, Some(serde_json::json!({"de": "Hallo"})));
    assert_eq!(
        fields::text_value(&langs, &[String::new(), String::new()], None),
        None
    );
    assert_eq!(fields::text_in(Some(&both), "en", "de"), "Hello");
    assert_eq!(
        fields::languages(&open(KAISERSLAUTERN_JSON).unwrap())[0],
        "de"
    );
}

#[test]
fn deleting_an_entry_others_name_says_who_names_it() {
    let document = open(KAISERSLAUTERN_JSON).unwrap();
    let need = document["services"][0]["needs"][0].as_str().unwrap();
    let index = document["needs"]
        .as_array()
        .unwrap()
        .iter()
        .position(|n| n["id"] == need)
        .unwrap();
    let referrers = entries::referrers(&document, &EntryRef::item("needs", index));
    assert!(referrers.contains(&EntryRef::item("services", 0)));
    let users = document["services"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["needs"].as_array().unwrap().iter().any(|n| n == need))
        .count();
    assert!(referrers.iter().filter(|r| r.kind == "services").count() == users);
    let (copy, edits) = entries::duplicate(&document, &EntryRef::item("services", 0)).unwrap();
    let mut after = document.clone();
    History::default().apply(&mut after, edits);
    assert_eq!(
        copy.get(&after).unwrap()["id"],
        format!("{}-kopie", document["services"][0]["id"].as_str().unwrap())
    );
}

#[test]
fn a_sheet_with_a_bad_row_takes_the_good_rows_and_keeps_the_bad_rows_entry() {
    let document = open(KAISERSLAUTERN_JSON).unwrap();
    let sheet = export_sheet(&document).unwrap();
    // Untouched, the sheet changes nothing.
    let same = import_sheet(&document, &sheet).unwrap();
    assert!(same.edits.is_empty(), "{:?}", same.report);
    assert_eq!(same.kept, 0);
    // Two cells changed, one row broken.
    let (header, records) = crate::csv::read(&sheet).unwrap();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let mut rows: Vec<Vec<String>> = std::iter::once(header.iter().map(str::to_string).collect())
        .chain(
            records
                .iter()
                .map(|r| r.iter().map(str::to_string).collect()),
        )
        .collect();
    rows[1][column("name")] = "Neuer Name".into();
    rows[1][column("url")] = "https://example.org/neu".into();
    rows[2][column("minimum_age")] = "sechzig".into();
    let edited = crate::csv::write(&rows, ';');
    let import = import_sheet(&document, &edited).unwrap();
    assert_eq!(import.kept, 1);
    assert_eq!(
        import.report.errors,
        ["row 3, minimum_age: \"sechzig\" is not a number"]
    );
    assert!(import.removed.is_empty());
    let mut after = document.clone();
    History::default().apply(&mut after, import.edits);
    assert_eq!(
        fields::text_in(after["services"][0].get("name"), "de", "de"),
        "Neuer Name"
    );
    assert_eq!(
        after["services"][1], document["services"][1],
        "the bad row's service stays as it was"
    );
    let changed = changes(&document, &after);
    assert_eq!(changed.len(), 1, "{changed:?}");
    // A broken quote: the sheet is refused as a whole, with where.
    let broken = sheet.replacen(';', ";\"", 1);
    assert!(import_sheet(&document, &broken)
        .unwrap_err()
        .contains("quoted field is not closed"));
}

/// A change to an entry's value.
type Change = Box<dyn Fn(&mut Value)>;

/// Checking only the edited entry gives exactly what checking the whole file gives, for
/// every service and event of both cities and edits of each kind; and it declines where
/// it could not (a new id).
#[test]
fn checking_the_edited_entry_alone_gives_the_whole_files_findings() {
    let today = day("2026-12-07");
    let mut compared = 0;
    for text in [KAISERSLAUTERN_JSON, DORTMUND_JSON] {
        let document = open(text).unwrap();
        let before = findings(text, today);
        let start = Checked::whole(&document, today);
        for kind in ["services", "events"] {
            let count = document[kind].as_array().map_or(0, Vec::len);
            for i in 0..count {
                let entry = EntryRef::item(kind, i);
                let old = entry.get(&document).unwrap().clone();
                let changes: Vec<Change> = vec![
                    Box::new(|e| e["last_verified"] = "2026-12-07".into()),
                    Box::new(|e| {
                        e["contacts"] = serde_json::json!([{"role": "Büro", "phone": "12"}])
                    }),
                    Box::new(|e| e["needs"] = serde_json::json!(["gibt-es-nicht"])),
                    Box::new(|e| {
                        e["hours"] =
                            serde_json::json!({"osm": "Mo 10:00-12:00 || Tu", "text": "montags"})
                    }),
                    Box::new(|e| e["name"] = 5.into()),
                    Box::new(|e| e["location_id"] = "gibt-es-nicht".into()),
                    Box::new(|e| e["ask_at"] = "gibt-es-nicht".into()),
                ];
                for change in &changes {
                    let mut new = old.clone();
                    change(&mut new);
                    let mut after = document.clone();
                    let edits = entries::replace(&after, &entry, new);
                    History::default().apply(&mut after, edits.clone());
                    let whole = findings(&canonical(&after), today);
                    // None only where the small file cannot be read as a whole.
                    if let Some(quick) = recheck(&after, &before, &edits, today) {
                        assert_eq!(quick, whole, "{kind}[{i}]");
                        compared += 1;
                    }
                    // The work list too, worked out for the entry alone.
                    let checked = start.after(&after, &edits, today);
                    assert_eq!(checked, Checked::whole(&after, today), "{kind}[{i}]");
                }
                let mut renamed = old.clone();
                renamed["id"] = "ganz-neu".into();
                let mut after = document.clone();
                let edits = entries::replace(&after, &entry, renamed);
                History::default().apply(&mut after, edits.clone());
                assert_eq!(
                    recheck(&after, &before, &edits, today),
                    None,
                    "a new id: the whole file"
                );
            }
        }
    }
    assert!(compared > 300, "{compared}");
}
