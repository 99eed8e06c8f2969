//! The calendar files of Kaiserslautern's entries: their shape by RFC 5545. That they
//! parse and give the right dates is checked with an independent parser
//! (`tests/tools/ics.test.mjs`, ical.js).

use super::*;
use crate::testing::{at, kaiserslautern_directory as kaiserslautern};

const LABELS: Labels = Labels {
    unsure: "nicht sicher – bitte vorher anrufen",
    appointment: "nur mit Termin",
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
    // The rule ends with the year the engine vouched for (UTC, as RFC 5545 wants with a TZID).
    assert!(
        weekly.contains(&"RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20271201T225900Z".to_string()),
        "{weekly:#?}"
    );
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
        monthly
            .iter()
            .any(|l| l.starts_with("RRULE:FREQ=MONTHLY;BYDAY=1TU;UNTIL=")),
        "{monthly:#?}"
    );
    assert!(monthly.contains(&"DTSTART;TZID=Europe/Berlin:20261201T120000".to_string()));
    let landsmannschaft = lines(&ics_of(&kl, "landsmannschaft-sprechstunde"));
    assert!(landsmannschaft
        .iter()
        .any(|l| l.starts_with("RRULE:FREQ=MONTHLY;BYDAY=2MO;UNTIL=")));
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
    // A date's UID names its start, so reordering the dates in the file keeps each UID.
    assert!(
        back_then.contains(&"UID:werkstatt-zukunft-des-ehrenamts-20230724T180000@h".to_string())
    );
}

fn with_hours(expression: &str, appointment: bool) -> Directory {
    let mut kl = kaiserslautern();
    let index = kl.index_of("gemeindeschwester-plus").unwrap();
    let service = &mut kl.dataset.services[index];
    service.hours.as_mut().unwrap().osm = Some(expression.to_string());
    if appointment {
        service.access.appointment = crate::domain::dataset::Appointment::Required;
    }
    Directory::new(kl.dataset)
}

#[test]
fn a_pattern_that_does_not_repeat_exactly_becomes_single_dates() {
    // Mondays change their hours in summer: no weekly rule may claim 10–12 for ever.
    let kl = with_hours("Mo 10:00-12:00; Jun-Aug Mo 14:00-16:00", false);
    let ics = lines(&ics_of(&kl, "gemeindeschwester-plus"));
    assert!(
        !ics.iter().any(|l| l.starts_with("RRULE:FREQ=WEEKLY")),
        "{ics:#?}"
    );
    let starts = ics
        .iter()
        .filter(|l| l.starts_with("DTSTART;TZID="))
        .count();
    assert_eq!(starts, 8, "the Mondays of the next 8 weeks");
}

#[test]
fn a_fifth_weekday_and_the_last_are_monthly_rules() {
    let kl = with_hours("We[5] 10:00-12:00", false);
    let ics = lines(&ics_of(&kl, "gemeindeschwester-plus"));
    assert!(
        ics.iter()
            .any(|l| l.starts_with("RRULE:FREQ=MONTHLY;BYDAY=5WE;UNTIL=")),
        "{ics:#?}"
    );
    // The next 5th Wednesday after 1 December 2026 is 30 December.
    assert!(ics.contains(&"DTSTART;TZID=Europe/Berlin:20261230T100000".to_string()));
    // "The last Friday": seen from January 2027 the engine's twelve weeks hold a 5th and
    // two 4th Fridays, all last ones, so the rule is -1.
    let kl = with_hours("Fr[-1] 10:00-12:00", false);
    let index = kl.index_of("gemeindeschwester-plus").unwrap();
    let january = service_ics(
        &kl,
        index,
        &LABELS,
        at("2027-01-01 08:00").date(),
        at("2027-01-01 07:00"),
        "h",
    )
    .unwrap();
    let ics = lines(&january);
    assert!(
        ics.iter()
            .any(|l| l.starts_with("RRULE:FREQ=MONTHLY;BYDAY=-1FR;UNTIL=")),
        "{ics:#?}"
    );
    assert!(ics.contains(&"DTSTART;TZID=Europe/Berlin:20270129T100000".to_string()));
    // Seen from December, the twelve weeks hold only one last Friday (Christmas is left out
    // of the pattern), 29 January, which is also a 5th; the next open last Friday that is
    // no 5th (26 February) says "the last". Until 22 Nov 2026 this read "every 5th
    // Friday", which the engine's dates refuted, so the file fell back to single dates.
    let ics = lines(&ics_of(&kl, "gemeindeschwester-plus"));
    assert!(
        ics.iter()
            .any(|l| l.starts_with("RRULE:FREQ=MONTHLY;BYDAY=-1FR;UNTIL=")),
        "{ics:#?}"
    );
    assert!(ics.contains(&"DTSTART;TZID=Europe/Berlin:20261225T100000".to_string()));
}

#[test]
fn a_closure_is_an_exception_and_hours_by_appointment_never_look_certain() {
    let kl = with_hours("Tu 10:00-12:00; 2026 Dec 08 off \"Fortbildung\"", false);
    let ics = lines(&ics_of(&kl, "gemeindeschwester-plus"));
    assert!(
        ics.contains(&"EXDATE;TZID=Europe/Berlin:20261208T100000".to_string()),
        "{ics:#?}"
    );
    let kl = with_hours("Tu 10:00-12:00", true);
    let ics = lines(&ics_of(&kl, "gemeindeschwester-plus"));
    assert!(ics.contains(&"STATUS:TENTATIVE".to_string()));
    assert!(ics
        .iter()
        .any(|l| l.starts_with("SUMMARY:nur mit Termin – ")));
}

#[test]
fn a_schedule_with_no_date_gives_no_file() {
    let kl = with_hours("2020 Jan 01 10:00-12:00", false);
    let index = kl.index_of("gemeindeschwester-plus").unwrap();
    assert!(service_ics(
        &kl,
        index,
        &LABELS,
        at("2026-12-01 08:00").date(),
        at("2026-12-01 07:00"),
        "h"
    )
    .is_none());
}

#[test]
fn folding_never_splits_a_character() {
    let mut out = String::new();
    fold(&format!("SUMMARY:{}", "ä".repeat(100)), &mut out);
    for line in out.split("\r\n").filter(|l| !l.is_empty()) {
        assert!(line.len() <= 75, "{} octets", line.len());
    }
    assert_eq!(
        out.replace("\r\n ", "").trim_end(),
        format!("SUMMARY:{}", "ä".repeat(100))
    );
}

#[test]
fn a_day_that_only_carries_a_comment_is_no_event() {
    // Wednesdays "nach Vereinbarung": no time to meet, so nothing in the calendar.
    let kl = with_hours("Mo 10:00-12:00; We \"nach Vereinbarung\"", false);
    let ics = lines(&ics_of(&kl, "gemeindeschwester-plus"));
    let starts: Vec<&String> = ics
        .iter()
        .filter(|l| l.starts_with("DTSTART;TZID="))
        .collect();
    assert_eq!(
        starts,
        ["DTSTART;TZID=Europe/Berlin:20261207T100000"],
        "{ics:#?}"
    );
    assert!(
        ics.iter()
            .any(|l| l.starts_with("RRULE:FREQ=WEEKLY;BYDAY=MO;")),
        "{ics:#?}"
    );
}

#[test]
fn the_comment_of_an_open_hour_is_in_its_title() {
    let kl = with_hours("Mo 10:00-12:00 \"nur mit Termin\"", false);
    let ics = lines(&ics_of(&kl, "gemeindeschwester-plus"));
    assert!(
        ics.contains(&"SUMMARY:Gemeindeschwester plus – Sprechstunde (nur mit Termin)".to_string()),
        "{ics:#?}"
    );
}
