use super::*;
use serde_json::{json, Value};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 21).unwrap()
}

fn valid() -> Value {
    json!({
        "schema_version": 1,
        "meta": {
            "city": "Musterstadt", "region": "DE-RP", "time_zone": "Europe/Berlin", "licence": "CC0",
            "data_date": "2026-11-01",
            "maintainer": {"name": "Redaktion", "url": "https://example.org"},
            "correction_email": "redaktion@example.org",
            "help": {"label": "Rathaus", "phone": "0631 365-0"},
            "public_url": "https://wegweiser.example.org/"
        },
        "needs": [{"id": "beratung", "label": "Beratung"}, {"id": "schuldner", "label": "Schulden", "parent": "beratung"}],
        "districts": [{"id": "mitte", "label": "Mitte"}],
        "locations": [{"id": "buero", "name": "Büro", "address": {"address_1": "Markt 1", "city": "Musterstadt"}, "district": "mitte"}],
        "services": [{
            "id": "a", "name": "Beratung A", "summary": "Hilft.", "needs": ["beratung"], "location_id": "buero",
            "contacts": [{"role": "Büro", "phone": "0631 123456", "email": "a@example.org"}],
            "hours": {"osm": "Mo-Fr 10:00-12:00; PH off", "text": "Mo–Fr 10–12 Uhr"},
            "url": "https://example.org/a",
            "last_verified": "2026-10-01", "source": {"name": "Test", "date": "2026-10-01"}
        }]
    })
}

fn check(value: &Value) -> Vec<Finding> {
    check_dataset(&value.to_string(), today())
}

fn messages(findings: &[Finding]) -> Vec<String> {
    findings.iter().map(ToString::to_string).collect()
}

#[test]
fn a_valid_dataset_has_no_findings() {
    assert_eq!(messages(&check(&valid())), Vec::<String>::new());
}

#[test]
fn short_numbers_that_work_from_any_phone_are_phone_numbers() {
    let mut ds = valid();
    ds["services"][0]["contacts"] = json!([
        {"role": "Ärztlicher Bereitschaftsdienst", "phone": "116 117"},
        {"role": "Notruf", "phone": "112"},
        {"role": "Büro", "phone": "365 23 86"}
    ]);
    assert_eq!(
        messages(&check(&ds)),
        ["error: services[0].contacts[2].phone: \"365 23 86\" is not a phone number that can be dialled (area code needed)"]
    );
}

#[test]
fn an_icon_the_app_does_not_draw_is_warned_of() {
    let mut ds = valid();
    ds["needs"][0]["icon"] = json!("info");
    assert_eq!(messages(&check(&ds)), Vec::<String>::new());
    ds["needs"][0]["icon"] = json!("rakete");
    let found = messages(&check(&ds));
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].starts_with(
            "warning: needs[0].icon: \"rakete\" is not one of the app's icons (info, care, "
        ),
        "{found:#?}"
    );
}

/// Issue 29, finding 25: registration ahead is read; with walk-in it contradicts, and a
/// lead time over 90 days is likely a typing error. Both in German for the workspace.
#[test]
fn registration_ahead_is_read_and_checked() {
    let mut ds = valid();
    ds["services"][0]["access"] = json!({"registration": true, "registration_days": 2});
    assert_eq!(messages(&check(&ds)), Vec::<String>::new());
    ds["services"][0]["access"] = json!({"walk_in": true, "registration_days": 120});
    let found = messages(&check(&ds));
    assert_eq!(
        found,
        [
            format!("warning: services[0].access.walk_in: {WALK_IN_AND_REGISTRATION}"),
            "warning: services[0].access.registration_days: registration 120 days ahead: over 90, a typing error?".to_string(),
        ]
    );
    assert_eq!(
        crate::messages::in_german("registration 120 days ahead: over 90, a typing error?"),
        "Anmeldung 120 Tage vorher: über 90, ein Tippfehler?"
    );
    assert!(crate::messages::in_german(WALK_IN_AND_REGISTRATION)
        .starts_with("offene Sprechstunde und Anmeldung vorher"));
}

#[test]
fn a_district_taken_from_a_postcode_is_a_note() {
    let mut ds = valid();
    ds["districts"][0]["postcodes"] = json!(["67655"]);
    ds["locations"][0]
        .as_object_mut()
        .unwrap()
        .remove("district");
    ds["locations"][0]["address"]["postal_code"] = json!("67655");
    assert_eq!(
        messages(&check(&ds)),
        ["note: locations[0].district: \"mitte\" taken from the postcode 67655"]
    );
}

#[test]
fn a_dataset_without_its_public_address_is_warned_of() {
    let mut ds = valid();
    ds["meta"].as_object_mut().unwrap().remove("public_url");
    let found = check(&ds);
    assert_eq!(
        messages(&found),
        [format!("warning: meta.public_url: {NO_PUBLIC_URL}")]
    );
    ds["meta"]["public_url"] = json!("http://127.0.0.1:8080/");
    assert_eq!(check(&ds)[0].severity, Severity::Error, "not https");
}

#[test]
fn the_bundled_dataset_has_no_errors() {
    let text = wegweiser_core::testing::KAISERSLAUTERN_JSON;
    let errors: Vec<String> = check_dataset(text, today())
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(ToString::to_string)
        .collect();
    assert_eq!(errors, Vec::<String>::new());
}

#[test]
fn unknown_references_are_errors_with_paths() {
    let mut ds = valid();
    ds["services"][0]["needs"] = json!(["beratung", "fliegen"]);
    ds["services"][0]["location_id"] = json!("nirgends");
    ds["locations"][0]["district"] = json!("atlantis");
    let found = messages(&check(&ds));
    assert!(
        found.contains(&"error: services[0].needs[1]: unknown need \"fliegen\"".to_string()),
        "{found:#?}"
    );
    assert!(
        found
            .contains(&"error: services[0].location_id: unknown location \"nirgends\"".to_string()),
        "{found:#?}"
    );
    assert!(
        found.contains(&"error: locations[0].district: unknown district \"atlantis\"".to_string()),
        "{found:#?}"
    );
}

#[test]
fn duplicate_ids_are_errors() {
    let mut ds = valid();
    let copy = ds["services"][0].clone();
    ds["services"].as_array_mut().unwrap().push(copy);
    assert!(
        messages(&check(&ds)).contains(&"error: services[1].id: duplicate id \"a\"".to_string())
    );
}

#[test]
fn unparseable_hours_report_the_parse_error() {
    let mut ds = valid();
    ds["services"][0]["hours"]["osm"] = json!("Mo–Fr 10-12");
    let found = check(&ds);
    let hours = found
        .iter()
        .find(|f| f.path == "services[0].hours.osm")
        .expect("a finding on the hours");
    assert_eq!(hours.severity, Severity::Error);
    assert!(hours.message.contains("not a hyphen"), "{}", hours.message);

    ds["services"][0]["hours"]["osm"] = json!("Mo-Fr 10-12");
    let found = check(&ds);
    assert!(found
        .iter()
        .any(|f| f.path == "services[0].hours.osm" && f.severity == Severity::Error));
}

#[test]
fn comment_only_hours_are_refused_whatever_the_weekday() {
    // Today (2026-11-21) is a Saturday; the second rule is for Tuesdays only.
    for osm in ["\"nach Vereinbarung\"", "Tu \"nach Vereinbarung\""] {
        let mut ds = valid();
        ds["services"][0]["hours"]["osm"] = json!(osm);
        let found = messages(&check(&ds));
        assert!(
            found
                .iter()
                .any(|m| m.contains("write unknown \"nach Vereinbarung\"")),
            "{osm}: {found:#?}"
        );
    }
}

#[test]
fn bad_contacts_and_links_are_errors() {
    let mut ds = valid();
    ds["services"][0]["contacts"][0]["phone"] = json!("bitte fragen");
    ds["services"][0]["contacts"][0]["email"] = json!("keine-adresse");
    ds["services"][0]["url"] = json!("javascript:alert(1)");
    ds["meta"]["maintainer"]["url"] = json!("http://example.org");
    let found = messages(&check(&ds));
    for path in [
        "services[0].contacts[0].phone",
        "services[0].contacts[0].email",
        "services[0].url",
        "meta.maintainer.url",
    ] {
        assert!(
            found
                .iter()
                .any(|m| m.starts_with(&format!("error: {path}:"))),
            "{path} in {found:#?}"
        );
    }
}

#[test]
fn stale_and_missing_verification_dates_are_warnings() {
    let mut ds = valid();
    ds["services"][0]["last_verified"] = json!("2025-10-01");
    let found = check(&ds);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Warning);
    assert!(found[0].message.contains("over 12 months"));

    ds["services"][0]
        .as_object_mut()
        .unwrap()
        .remove("last_verified");
    assert_eq!(check(&ds)[0].severity, Severity::Warning);

    ds["services"][0]["last_verified"] = json!("2027-01-01");
    assert_eq!(
        check(&ds)[0].severity,
        Severity::Error,
        "a date in the future"
    );
}

#[test]
fn missing_german_text_and_unknown_region_are_errors() {
    let mut ds = valid();
    ds["services"][0]["name"] = json!({"en": "Advice A"});
    ds["meta"]["region"] = json!("XX-YY");
    let found = messages(&check(&ds));
    assert!(
        found.contains(&"error: services[0].name: text has no \"de\" version".to_string()),
        "{found:#?}"
    );
    assert!(
        found
            .iter()
            .any(|m| m.starts_with("error: meta: no holiday rules for region \"XX-YY\"")),
        "{found:#?}"
    );
}

/// `valid()` with a second, readable service, so one entry can be broken on its own.
fn with_second_service() -> Value {
    let mut ds = valid();
    let mut second = ds["services"][0].clone();
    second["id"] = json!("zweiter-dienst");
    ds["services"].as_array_mut().unwrap().push(second);
    ds
}

#[test]
fn unreadable_entries_and_files_are_errors() {
    let mut ds = with_second_service();
    ds["services"][0]["needs"] = json!("beratung");
    let found = check(&ds);
    assert_eq!(found[0].path, "services[0]");
    assert!(found[0].message.contains("left out"));

    let broken = check_dataset("{\"schema_version\": 1,", today());
    assert_eq!(broken.len(), 1);
    assert_eq!(broken[0].path, "$");
    assert!(
        broken[0].message.contains("line 1"),
        "{}",
        broken[0].message
    );
}

#[test]
fn ids_must_be_safe_in_links() {
    let mut ds = with_second_service();
    ds["services"][0]["id"] = json!("a,b/c");
    let found = messages(&check(&ds));
    assert!(
        found.iter().any(|m| m.starts_with("error: ")
            && m.contains("id \"a,b/c\" may only have a-z, 0-9, - and _")),
        "{found:#?}"
    );
}

#[test]
fn a_rotation_anchor_off_the_slot_day_is_a_warning() {
    let mut ds = valid();
    ds["services"][0]["hours"]["osm"] = json!("We 09:00-10:30");
    ds["services"][0]["rotation"] =
        json!({"hosts": [{"name": "AWO"}, {"name": "DRK"}], "anchor": "2026-01-08"});
    let found = check(&ds);
    assert!(
        found
            .iter()
            .any(|f| f.path == "services[0].rotation.anchor" && f.severity == Severity::Warning),
        "{found:#?}"
    );
}

#[test]
fn need_cycles_are_found() {
    let mut ds = valid();
    ds["needs"][0]["parent"] = json!("schuldner");
    let found = messages(&check(&ds));
    assert!(found.iter().any(|m| m.contains("cycle")), "{found:#?}");
}

#[test]
fn ask_at_names_another_service() {
    let mut value = valid();
    value["services"][0]["ask_at"] = json!("a");
    let mut second = value["services"][0].clone();
    second["id"] = json!("b");
    second["ask_at"] = json!("nowhere");
    value["services"].as_array_mut().unwrap().push(second);
    assert_eq!(
        messages(&check(&value)),
        [
            "error: services[0].ask_at: \"a\" is not another service of this file",
            "error: services[1].ask_at: \"nowhere\" is not another service of this file",
        ]
    );
    value["services"][0]["ask_at"] = json!("b");
    value["services"][1]["ask_at"] = json!("a");
    assert_eq!(messages(&check(&value)), Vec::<String>::new());
}

/// The texts the bundled data was taken from (copies of the seeds, see
/// tests/fixtures/sources/README.md).
fn source_texts() -> SourceTexts {
    SourceTexts::new([
        include_str!("../../../../tests/fixtures/sources/000_9840aa79d4425382.txt"),
        include_str!("../../../../tests/fixtures/sources/001_772e376b0afa2a42.txt"),
        include_str!("../../../../tests/fixtures/sources/002_47549f168ce0b942.txt"),
        include_str!("../../../../tests/fixtures/sources/003_5b6d1ce30de775ac.txt"),
        include_str!("../../../../tests/fixtures/sources/004_8bcc1829e3e8af0e.txt"),
    ])
}

#[test]
fn every_claim_of_both_datasets_is_quoted_word_for_word_from_its_source() {
    let readme = include_str!("../../../../docs/data.md");
    for (file, text, public_facts) in [
        (
            "services.json",
            wegweiser_core::testing::KAISERSLAUTERN_JSON,
            vec![
                "meta.help",
                "locations[1] (rathaus).address",
                "locations[1] (rathaus).district",
            ],
        ),
        (
            "dortmund.json",
            wegweiser_core::testing::DORTMUND_JSON,
            vec![],
        ),
    ] {
        let findings = check_sourcing(text, Some(&source_texts()));
        let problems: Vec<String> = findings
            .iter()
            .filter(|f| f.severity != Severity::Note)
            .map(ToString::to_string)
            .collect();
        assert_eq!(problems, Vec::<String>::new(), "{file}");
        let notes: Vec<&str> = findings
            .iter()
            .filter(|f| f.severity == Severity::Note)
            .map(|f| f.path.as_str())
            .collect();
        assert_eq!(notes, public_facts, "{file}: the deliberate public facts");
        for path in public_facts {
            assert!(
                readme.contains(&format!("`{path}`")),
                "docs/data.md lists the public fact {path} with its reason"
            );
        }
    }
}

#[test]
fn a_need_phrase_has_one_to_six_words() {
    let mut value = valid();
    value["needs"][0]["phrases"] =
        json!({"de": ["niemand zum Reden", "  ", "eins zwei drei vier fünf sechs sieben"]});
    let found = messages(&check(&value));
    assert!(
        found
            .iter()
            .any(|m| m.contains("needs[0].phrases.de[1]") && m.contains("at least one word")),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|m| m.contains("needs[0].phrases.de[2]") && m.contains("7 words")),
        "{found:?}"
    );
    assert!(
        !found.iter().any(|m| m.contains("phrases.de[0]")),
        "{found:?}"
    );
}

#[test]
fn a_finding_names_the_entrys_place_in_the_file_after_an_entry_left_out() {
    let mut file: serde_json::Value =
        serde_json::from_str(wegweiser_core::testing::KAISERSLAUTERN_JSON).unwrap();
    file["services"][0]["id"] = "BAD ID".into();
    let second = file["services"][1].clone();
    let phone_at = second["contacts"].as_array().map_or(0, Vec::len);
    file["services"][1]["contacts"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({"role": "Büro", "phone": "12"}));
    let findings = check_dataset(
        &file.to_string(),
        NaiveDate::from_ymd_opt(2026, 12, 7).unwrap(),
    );
    let paths: Vec<&str> = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| f.path.as_str())
        .collect();
    assert_eq!(
        paths,
        [
            "services[0]".to_string(),
            format!("services[1].contacts[{phone_at}].phone")
        ]
    );
}
