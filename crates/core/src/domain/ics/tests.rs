//! The calendar files of Kaiserslautern's entries: their shape by RFC 5545. That they
//! parse and give the right dates is checked with an independent parser
//! (`tests/tools/ics.test.mjs`, ical.js).

use super::*;
use crate::domain::load::load_dataset;

fn kaiserslautern() -> Directory {
    Directory::new(
        load_dataset(include_str!("../../../../../public/data/services.json"))
            .unwrap()
            .dataset,
    )
}

fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
}

const LABELS: Labels = Labels {
    unsure: "nicht sicher – bitte vorher anrufen",
    holidays: "An Feiertagen bitte vorher anrufen.",
};

fn ics_of(directory: &Directory, id: &str) -> String {
    let index = directory.index_of(id).unwrap();
    service_ics(
        directory,
        index,
        &LABELS,
        at("2026-12-01 08:00").date(),
        at("2026-12-01 07:00"),
        "wegweiser.example",
    )
    .unwrap()
}

/// Unfolded content lines.
fn lines(ics: &str) -> Vec<String> {
    ics.replace("\r\n ", "")
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn every_line_ends_in_crlf_and_is_folded_at_75_octets() {
    let kl = kaiserslautern();
    for service in &kl.dataset.services {
        let Some(index) = kl.index_of(&service.id) else {
            continue;
        };
        let Some(ics) = service_ics(
            &kl,
            index,
            &LABELS,
            at("2026-12-01 08:00").date(),
            at("2026-12-01 07:00"),
            "h",
        ) else {
            continue;
        };
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
            assert!(!line.contains('\n'));
        }
    }
}

#[test]
fn the_time_zone_is_given_with_its_summer_time_rule() {
    let ics = ics_of(&kaiserslautern(), "gemeindeschwester-plus");
    let lines = lines(&ics);
    let zone: Vec<&str> = lines
        .iter()
        .skip_while(|l| *l != "BEGIN:VTIMEZONE")
        .take_while(|l| *l != "END:VTIMEZONE")
        .map(String::as_str)
        .collect();
    assert_eq!(
        zone,
        [
            "BEGIN:VTIMEZONE",
            "TZID:Europe/Berlin",
            "BEGIN:DAYLIGHT",
            "DTSTART:19700329T020000",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0200",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "DTSTART:19701025T030000",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
        ]
    );
}

#[test]
fn a_weekly_hour_and_a_first_tuesday_are_recurring_events() {
    let kl = kaiserslautern();
    let weekly = lines(&ics_of(&kl, "gemeindeschwester-plus"));
    assert!(
        weekly.contains(&"DTSTART;TZID=Europe/Berlin:20261201T100000".to_string()),
        "{weekly:#?}"
    );
    assert!(weekly.contains(&"DTEND;TZID=Europe/Berlin:20261201T120000".to_string()));
    assert!(weekly.contains(&"RRULE:FREQ=WEEKLY;BYDAY=TU".to_string()));
    assert!(weekly.contains(&"SUMMARY:Gemeindeschwester plus – Sprechstunde".to_string()));
    assert!(weekly.contains(
        &"LOCATION:Stadtteilbüro Innenstadt-West\\, Königstraße 93\\, Kaiserslautern".to_string()
    ));
    // The source says nothing about holidays: the entry says so instead of leaving them out.
    assert!(weekly.iter().any(
        |l| l.starts_with("DESCRIPTION:") && l.ends_with("An Feiertagen bitte vorher anrufen.")
    ));
    let monthly = lines(&ics_of(&kl, "seniorenbeirat-sprechstunde"));
    assert!(
        monthly.contains(&"RRULE:FREQ=MONTHLY;BYDAY=1TU".to_string()),
        "{monthly:#?}"
    );
    assert!(monthly.contains(&"DTSTART;TZID=Europe/Berlin:20261201T120000".to_string()));
    let landsmannschaft = lines(&ics_of(&kl, "landsmannschaft-sprechstunde"));
    assert!(landsmannschaft.contains(&"RRULE:FREQ=MONTHLY;BYDAY=2MO".to_string()));
    assert!(landsmannschaft.contains(&"DTSTART;TZID=Europe/Berlin:20261214T100000".to_string()));
}

#[test]
fn an_uncertain_hour_never_looks_certain() {
    let kl = kaiserslautern();
    let office = lines(&ics_of(&kl, "stadtteilbuero-innenstadt-west"));
    let saturday: Vec<&String> = office
        .iter()
        .skip_while(|l| !l.contains("BYDAY=SA"))
        .take_while(|l| *l != "END:VEVENT")
        .collect();
    assert!(!saturday.is_empty(), "{office:#?}");
    assert!(saturday.iter().any(|l| *l == "STATUS:TENTATIVE"));
    assert!(saturday
        .iter()
        .any(|l| l.starts_with("SUMMARY:nicht sicher – bitte vorher anrufen – ")));
}

#[test]
fn an_event_gets_its_coming_dates_and_text_is_escaped() {
    let mut kl = kaiserslautern();
    let event = &mut kl.dataset.events[0];
    event.name = crate::domain::text::LocalText::plain("Werkstatt; Teil 1, mit \\ Pause");
    let event = kl.dataset.events[0].clone();
    let zone = kl.calendar.as_ref().unwrap().zone();
    let past = lines(&event_ics(
        &kl.dataset,
        zone,
        &event,
        at("2026-12-01 08:00"),
        at("2026-12-01 07:00"),
        "h",
    ));
    assert!(
        !past.iter().any(|l| l == "BEGIN:VEVENT"),
        "the 2023 dates are past"
    );
    let back_then = lines(&event_ics(
        &kl.dataset,
        zone,
        &event,
        at("2023-07-24 15:00"),
        at("2023-07-24 13:00"),
        "h",
    ));
    let starts: Vec<&String> = back_then
        .iter()
        .filter(|l| l.starts_with("DTSTART;"))
        .collect();
    assert_eq!(
        starts,
        [
            "DTSTART;TZID=Europe/Berlin:20230724T180000",
            "DTSTART;TZID=Europe/Berlin:20230816T130000",
            "DTSTART;TZID=Europe/Berlin:20230816T180000",
        ]
    );
    assert!(back_then.contains(&"SUMMARY:Werkstatt\\; Teil 1\\, mit \\\\ Pause".to_string()));
    assert!(back_then
        .iter()
        .any(|l| l.starts_with("UID:werkstatt-zukunft-des-ehrenamts-1@h")));
}
