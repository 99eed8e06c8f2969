//! Every hours pattern of DATA.md and the seeds, evaluated in Rheinland-Pfalz.

use super::*;
use crate::domain::dataset::{Rotation, RotationHost};
use crate::testing::{at, day};
use chrono::Weekday;

fn rp() -> Calendar {
    Calendar::new("DE-RP", "Europe/Berlin").unwrap()
}

fn walk_in() -> Access {
    Access::default()
}

fn state(expression: &str, when: &str) -> HoursState {
    let hours = parse_hours(expression, &rp()).unwrap();
    state_at(&walk_in(), Some(&hours), at(when))
}

fn open_until(until: &str) -> HoursState {
    HoursState::Open {
        until: Some(at(until)),
        note: None,
    }
}

fn closed_opens(opens: &str) -> HoursState {
    HoursState::Closed {
        opens: Some(at(opens)),
        note: None,
    }
}

const STADTTEILBUERO: &str =
    "Mo-Fr 10:00-12:00,14:00-16:00; Th 10:00-12:00,14:00-18:00; Sa 10:00-12:00 unknown \"nicht immer\"; PH off";

fn slot(start: &str, end: &str) -> Slot {
    let minutes = |t: &str| {
        let (h, m) = t.split_once(':').unwrap();
        h.parse::<u16>().unwrap() * 60 + m.parse::<u16>().unwrap()
    };
    Slot {
        start: minutes(start),
        end: minutes(end),
        kind: SlotKind::Open,
        comment: None,
    }
}

#[test]
fn neighbourhood_office_open_and_closed_times() {
    // Monday 2026-11-23.
    assert_eq!(
        state(STADTTEILBUERO, "2026-11-23 10:30"),
        open_until("2026-11-23 12:00")
    );
    assert_eq!(
        state(STADTTEILBUERO, "2026-11-23 12:30"),
        closed_opens("2026-11-23 14:00")
    );
    assert_eq!(
        state(STADTTEILBUERO, "2026-11-23 16:30"),
        closed_opens("2026-11-24 10:00")
    );
    // "Closed until tomorrow" must not be shown in the morning before opening.
    assert_eq!(
        state(STADTTEILBUERO, "2026-11-24 08:00"),
        closed_opens("2026-11-24 10:00")
    );
}

#[test]
fn thursday_keeps_its_morning_and_adds_the_evening() {
    // Thursday 2026-11-26: 10-12 and 14-18.
    assert_eq!(
        state(STADTTEILBUERO, "2026-11-26 11:00"),
        open_until("2026-11-26 12:00")
    );
    assert_eq!(
        state(STADTTEILBUERO, "2026-11-26 17:00"),
        open_until("2026-11-26 18:00")
    );
    // Friday evening: the next *open* time skips Saturday's "maybe" and lands on Monday.
    assert_eq!(
        state(STADTTEILBUERO, "2026-11-27 17:00"),
        closed_opens("2026-11-30 10:00")
    );
}

#[test]
fn the_replacing_rule_trap_is_real_and_the_additional_rule_avoids_it() {
    // A later rule for the same day replaces the earlier one: Thursday morning is lost.
    let trap = "Mo-Fr 10:00-12:00,14:00-16:00; Th 16:00-18:00";
    assert_eq!(
        state(trap, "2026-11-26 11:00"),
        closed_opens("2026-11-26 16:00")
    );
    // The additional-rule separator `,` adds instead.
    let additional = "Mo-Fr 10:00-12:00,14:00-16:00, Th 16:00-18:00";
    assert_eq!(
        state(additional, "2026-11-26 11:00"),
        open_until("2026-11-26 12:00")
    );
    assert_eq!(
        state(additional, "2026-11-26 17:00"),
        open_until("2026-11-26 18:00")
    );
}

#[test]
fn saturday_sometimes_is_unknown_never_open() {
    assert_eq!(
        state(STADTTEILBUERO, "2026-11-28 11:00"),
        HoursState::Unknown {
            note: Some("nicht immer".to_string())
        }
    );
}

#[test]
fn first_tuesday_of_the_month() {
    let expr = "Tu[1] 12:00-14:00; PH off";
    assert_eq!(
        state(expr, "2026-12-01 13:00"),
        open_until("2026-12-01 14:00")
    );
    assert_eq!(
        state(expr, "2026-12-08 13:00"),
        closed_opens("2027-01-05 12:00")
    );
}

#[test]
fn second_monday_and_first_wednesday_and_last_friday() {
    assert_eq!(
        state("Mo[2] 10:00-12:00", "2026-12-07 11:00"),
        closed_opens("2026-12-14 10:00")
    );
    assert_eq!(
        state("Mo[2] 10:00-12:00", "2026-12-14 11:00"),
        open_until("2026-12-14 12:00")
    );
    assert_eq!(
        state("We[1] 09:00-10:30", "2026-11-25 09:30"),
        closed_opens("2026-12-02 09:00")
    );
    assert_eq!(
        state("We[1] 09:00-10:30", "2026-12-02 09:30"),
        open_until("2026-12-02 10:30")
    );
    assert_eq!(
        state("Fr[-1] 15:00-17:00", "2026-11-20 16:00"),
        closed_opens("2026-11-27 15:00")
    );
    assert_eq!(
        state("Fr[-1] 15:00-17:00", "2026-11-27 16:00"),
        open_until("2026-11-27 17:00")
    );
}

#[test]
fn hours_past_midnight() {
    let expr = "Fr-Sa 20:00-02:00";
    assert_eq!(
        state(expr, "2026-11-27 23:00"),
        open_until("2026-11-28 02:00")
    );
    assert_eq!(
        state(expr, "2026-11-28 01:30"),
        open_until("2026-11-28 02:00")
    );
    assert_eq!(
        state(expr, "2026-11-29 01:30"),
        open_until("2026-11-29 02:00"),
        "Saturday's night"
    );
    assert_eq!(
        state(expr, "2026-11-29 03:00"),
        closed_opens("2026-12-04 20:00")
    );
}

#[test]
fn rheinland_pfalz_holidays_close_with_ph_off() {
    let expr = "Mo-Fr 10:00-12:00; PH off";
    // Fronleichnam 2026 (Thursday 4 June) is a holiday in RP.
    assert_eq!(
        state(expr, "2026-06-04 11:00"),
        closed_opens("2026-06-05 10:00")
    );
    // Allerheiligen 2027 falls on a Monday.
    assert_eq!(
        state(expr, "2027-11-01 11:00"),
        closed_opens("2027-11-02 10:00")
    );
    // Easter Monday 2027 (29 March) and Whit Monday 2027 (17 May).
    assert_eq!(
        state(expr, "2027-03-29 11:00"),
        closed_opens("2027-03-30 10:00")
    );
    assert_eq!(
        state(expr, "2027-05-17 11:00"),
        closed_opens("2027-05-18 10:00")
    );
    // An ordinary Thursday is open.
    assert_eq!(
        state(expr, "2026-06-11 11:00"),
        open_until("2026-06-11 12:00")
    );
}

#[test]
fn berlin_has_no_fronleichnam() {
    let berlin = Calendar::new("DE-BE", "Europe/Berlin").unwrap();
    let hours = parse_hours("Mo-Fr 10:00-12:00; PH off", &berlin).unwrap();
    assert_eq!(
        state_at(&walk_in(), Some(&hours), at("2026-06-04 11:00")),
        open_until("2026-06-04 12:00")
    );
}

#[test]
fn year_end_runs_over_new_year_holiday_and_weekend() {
    // 31 Dec 2026 is a Thursday, 1 Jan 2027 a holiday (Friday), then the weekend.
    assert_eq!(
        state("Mo-Fr 10:00-12:00; PH off", "2026-12-31 13:00"),
        closed_opens("2027-01-04 10:00")
    );
}

#[test]
fn by_appointment_is_never_open() {
    let hours = parse_hours("Mo-Fr 08:00-18:00", &rp()).unwrap();
    let appointment = Access {
        appointment: Appointment::Required,
        ..Access::default()
    };
    assert_eq!(
        state_at(&appointment, Some(&hours), at("2026-11-23 10:00")),
        HoursState::ByAppointment
    );
    assert_eq!(
        state_at(&appointment, None, at("2026-11-23 10:00")),
        HoursState::ByAppointment
    );
}

#[test]
fn comment_only_rules_and_missing_hours_are_unknown() {
    let note = Some("nach Vereinbarung".to_string());
    assert_eq!(
        state("\"nach Vereinbarung\"", "2026-11-23 10:00"),
        HoursState::Unknown { note: note.clone() }
    );
    assert_eq!(
        state("unknown \"nach Vereinbarung\"", "2026-11-23 10:00"),
        HoursState::Unknown { note }
    );
    assert_eq!(
        state_at(&walk_in(), None, at("2026-11-23 10:00")),
        HoursState::NoHours
    );
    // A real 24/7 expression without a comment is open.
    assert_eq!(
        state("24/7", "2026-11-23 10:00"),
        HoursState::Open {
            until: None,
            note: None
        }
    );
}

#[test]
fn day_limited_comment_rules_are_never_open() {
    // Tuesday 2026-11-24, 10:00: the crate clips the current range to `now`.
    let note = Some("nach Vereinbarung".to_string());
    assert_eq!(
        state("Tu \"nach Vereinbarung\"", "2026-11-24 10:00"),
        HoursState::Unknown { note: note.clone() }
    );
    assert_eq!(
        state("Mo-Fr \"nach Vereinbarung\"", "2026-11-27 16:00"),
        HoursState::Unknown { note }
    );
    // The next opening skips a comment-only day.
    assert_eq!(
        state(
            "Mo 10:00-12:00; We \"nach Vereinbarung\"",
            "2026-11-23 13:00"
        ),
        closed_opens("2026-11-30 10:00")
    );
}

#[test]
fn a_comment_rule_leaves_a_real_opening_with_a_comment_alone() {
    // Monday 2026-11-23: the hotline is open, whatever Wednesday says.
    assert_eq!(
        state(
            "24/7 \"Notruf\"; We \"nach Vereinbarung\"",
            "2026-11-23 10:00"
        ),
        HoursState::Open {
            until: Some(at("2026-11-25 00:00")),
            note: Some("Notruf".to_string())
        }
    );
    // A weekend service of 30 hours is a real opening, not a comment-only day.
    assert_eq!(
        state(
            "Fr 18:00-48:00 \"Wochenenddienst\"; Tu \"nach Vereinbarung\"",
            "2026-11-23 10:00"
        ),
        HoursState::Closed {
            opens: Some(at("2026-11-27 18:00")),
            note: None
        }
    );
}

/// Why `expression` is refused as unreadable (the test fails if it is read).
fn refusal(expression: &str) -> String {
    parse_hours(expression, &rp()).expect_err(expression).detail
}

#[test]
fn dates_no_year_has_are_refused_not_read_as_every_day() {
    // The crate would read `Feb 30 10:00-12:00` as open 10-12 every day; opening_hours.js
    // refuses it ("Month Feb either has 28 or 29 days").
    for bad in [
        "Feb 30 10:00-12:00",
        "Apr 31 off; Mo-Fr 10:00-12:00",
        "Jan 10-Feb 30 10:00-12:00",
        "2027 Feb 29 10:00-12:00",
    ] {
        let detail = refusal(bad);
        assert!(detail.contains("is in no calendar"), "{bad}: {detail}");
    }
    for good in [
        "Feb 29 10:00-12:00",
        "2028 Feb 29 10:00-12:00",
        "Dec 24-26 off",
    ] {
        assert!(parse_hours(good, &rp()).is_ok(), "{good}");
    }
    assert_eq!(
        parse_hours("Feb 30 10:00-12:00", &rp()).unwrap_err().detail,
        "Feb 30 is in no calendar: the rule would be read as every day's"
    );
}

#[test]
fn school_holidays_are_refused_not_passed_over() {
    // The crate would say "open" on every school holiday of `SH off`; opening_hours.js knows
    // the holidays (Weihnachtsferien), the app does not.
    for bad in [
        "Mo-Fr 09:00-12:00; SH off",
        "SH 10:00-12:00; Mo-Fr 09:00-12:00",
    ] {
        let detail = refusal(bad);
        assert!(detail.starts_with("school holidays (SH)"), "{detail}");
    }
    // In a comment, "SH" is only words.
    assert!(parse_hours("Mo-Fr 09:00-12:00 \"SH-Büro\"", &rp()).is_ok());
}

#[test]
fn times_the_app_cannot_say_are_refused_not_invented() {
    // Each was read, and said untrue things (compared with opening_hours.js, 22 Nov 2026):
    // a fallback said "Geschlossen" with no next opening on a weekday evening, where it
    // applies; an open end said "bis 24 Uhr"; sunrise and sunset said 7 and 19 Uhr all year.
    for (bad, reason) in [
        (
            "Mo-Fr 08:00-17:00 || \"nach Vereinbarung\"",
            "fallback rules (||)",
        ),
        (
            "Mo-Fr 09:00-12:00 || Sa 10:00-12:00 unknown",
            "fallback rules (||)",
        ),
        ("Mo-Fr 18:00+", "an open end (18:00+)"),
        ("Mo-Fr 10:00-18:00+; Sa 10:00-12:00", "an open end (18:00+)"),
        ("Mo-Su sunrise-sunset", "sunrise, sunset"),
        ("Sa 10:00-dusk", "sunrise, sunset"),
        ("Mo-Fr (sunset-01:00)-20:00", "sunrise, sunset"),
    ] {
        let detail = refusal(bad);
        assert!(detail.starts_with(reason), "{bad}: {detail}");
    }
    // In a comment these are only words, and a rule may still end at midnight or later.
    for good in [
        "Mo-Fr 09:00-12:00 \"bis sunset || später+\"",
        "Fr 18:00-24:00",
        "Fr 20:00-02:00",
        "Mo-Fr 09:00-12:00, Th 14:00-18:00",
    ] {
        assert!(parse_hours(good, &rp()).is_ok(), "{good}");
    }
}

#[test]
fn unparseable_expressions_are_clear_errors_never_panics() {
    for bad in [
        "Mo–Fr 10:00-12:00",
        "Mo-Fr 10-12",
        "jeden Dienstag",
        "Mo-Fr 10:00-",
        "",
        "Tu[9] 10:00-12:00",
    ] {
        let error = parse_hours(bad, &rp()).unwrap_err();
        assert!(!error.detail.is_empty(), "{bad:?} gave an empty error");
        assert_eq!(error.expression, bad);
    }
    let dash = parse_hours("Mo–Fr 10:00-12:00", &rp()).unwrap_err();
    assert!(dash.detail.contains("not a hyphen"), "{}", dash.detail);
    let syntax = parse_hours("Mo-Fr 10:00-12:00 jeden Tag", &rp()).unwrap_err();
    assert!(
        syntax.detail.contains("\"jeden Tag\" at character 19"),
        "{}",
        syntax.detail
    );
}

/// Dates like `Jan Mo[1],` are read with a look-ahead at the next date, one level deeper
/// per date, and each date three times over (upstream's pest grammar, see
/// [`MAX_NTH_DATE_CHAIN`]): the longest such chain read, in the longest expression read,
/// must fit in a small stack (a tab's wasm has 1 MB; this test's debug build uses larger
/// frames than the release), and a longer chain or text is refused before it is read.
#[test]
fn the_longest_expressions_read_within_a_small_stack_and_longer_are_refused() {
    // `Jan Mo[1],Jan Mo[1],… 10:00-12:00 "xx…"` with `dates` dates, exactly `chars` long.
    let chain = |dates: usize, chars: usize| {
        let text = vec!["Jan Mo[1]"; dates].join(",");
        let comment = "x".repeat(chars - text.len() - r#" 10:00-12:00 """#.len());
        format!(r#"{text} 10:00-12:00 "{comment}""#)
    };
    let longest = chain(MAX_NTH_DATE_CHAIN, MAX_EXPRESSION_CHARS);
    assert_eq!(longest.chars().count(), MAX_EXPRESSION_CHARS);
    let read = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || parse_hours(&longest, &rp()).map(|_| ()))
        .expect("a thread")
        .join()
        .expect("no stack overflow");
    assert_eq!(read, Ok(()));
    let error = parse_hours(&chain(MAX_NTH_DATE_CHAIN, 20_000), &rp()).unwrap_err();
    assert!(
        error.detail.contains("longer than 1000"),
        "{}",
        error.detail
    );
    // One date more is refused at once (read, it would take 3 times as long; the 90 dates
    // that fit in 1,000 characters would never end), and so is the year's twelve.
    for dates in [MAX_NTH_DATE_CHAIN + 1, 12, 90] {
        let detail = refusal(&chain(dates, MAX_EXPRESSION_CHARS));
        assert!(detail.contains("dates like 'Jan Mo[1]'"), "{detail}");
    }
}

/// Upstream's defects met by our rules, each named: the look-ahead of a date chain (above),
/// and `10:00-12:00/24:00`, a repetition by 24 hours, which upstream's builder reports as an
/// error of its own implementation and asserts against in its debug builds (Cargo.toml
/// builds it without debug assertions, as the release is built, so the tests see what the
/// app sees): refused with a message, never a panic.
#[test]
fn upstream_defects_are_refusals_never_panics() {
    let detail = refusal("Mo 10:00-12:00/24:00");
    assert!(!detail.is_empty());
    // The same chain of dates, each in a rule of its own, is read: the message's advice.
    let months = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let rules: Vec<String> = months
        .iter()
        .map(|m| format!("{m} Mo[1] 14:00-16:00"))
        .collect();
    let hours = parse_hours(&rules.join("; "), &rp()).expect("rules of their own");
    // Monday 2027-03-01 is March's first Monday; Monday 2027-03-08 is not.
    assert_eq!(
        state_at(&walk_in(), Some(&hours), at("2027-03-01 15:00")),
        open_until("2027-03-01 16:00")
    );
    assert!(!state_at(&walk_in(), Some(&hours), at("2027-03-08 15:00")).is_open());
}

#[test]
fn evaluation_uses_berlin_time_across_both_dst_nights() {
    let calendar = rp();
    let hours = parse_hours("Mo-Su 08:00-18:00", &calendar).unwrap();
    let state_utc = |utc: &str| {
        let utc = at(utc).and_utc().timestamp_millis();
        state_at(&walk_in(), Some(&hours), calendar.local_now(utc).unwrap())
    };
    // 29 March 2026, 06:30 UTC is 08:30 summer time: open. (UTC+1 would say 07:30, closed.)
    assert_eq!(
        state_utc("2026-03-29 06:30"),
        open_until("2026-03-29 18:00")
    );
    assert_eq!(
        state_utc("2026-03-28 06:30"),
        closed_opens("2026-03-28 08:00")
    );
    // 25 October 2026, 06:30 UTC is 07:30 winter time: closed. (UTC+2 would say open.)
    assert_eq!(
        state_utc("2026-10-25 06:30"),
        closed_opens("2026-10-25 08:00")
    );
    assert_eq!(
        state_utc("2026-10-24 06:30"),
        open_until("2026-10-24 18:00")
    );
}

#[test]
fn unknown_calendar_settings_are_refused() {
    assert_eq!(
        Calendar::new("XX-YY", "Europe/Berlin").unwrap_err(),
        CalendarError::UnknownRegion("XX-YY".into())
    );
    assert!(matches!(
        Calendar::new("DE-RP", "Mars/Base").unwrap_err(),
        CalendarError::UnknownTimeZone(_)
    ));
}

#[test]
fn summary_of_the_neighbourhood_office() {
    let calendar = rp();
    let hours = parse_hours(STADTTEILBUERO, &calendar).unwrap();
    let summary = summarize(&hours, &calendar, day("2026-11-23"));
    let morning_afternoon = vec![slot("10:00", "12:00"), slot("14:00", "16:00")];
    assert_eq!(
        summary.weekly,
        vec![
            DayGroup {
                days: vec![Weekday::Mon, Weekday::Tue, Weekday::Wed],
                slots: morning_afternoon.clone()
            },
            DayGroup {
                days: vec![Weekday::Thu],
                slots: vec![slot("10:00", "12:00"), slot("14:00", "18:00")]
            },
            DayGroup {
                days: vec![Weekday::Fri],
                slots: morning_afternoon
            },
            DayGroup {
                days: vec![Weekday::Sat],
                slots: vec![Slot {
                    kind: SlotKind::Unknown,
                    comment: Some("nicht immer".into()),
                    ..slot("10:00", "12:00")
                }]
            },
        ]
    );
    assert!(summary.monthly.is_empty());
    assert!(!summary.irregular);
    assert!(
        summary.closed_on_holidays,
        "Christmas falls on weekdays in 2026"
    );
    assert!(summary.closures.is_empty());
}

#[test]
fn summary_finds_nth_weekday_rules() {
    let calendar = rp();
    for (expr, weekday, nth) in [
        ("Tu[1] 12:00-14:00; PH off", Weekday::Tue, 1),
        ("Mo[2] 10:00-12:00", Weekday::Mon, 2),
        ("We[1] 09:00-10:30", Weekday::Wed, 1),
        ("Fr[-1] 15:00-17:00", Weekday::Fri, -1),
    ] {
        let hours = parse_hours(expr, &calendar).unwrap();
        let summary = summarize(&hours, &calendar, day("2026-11-21"));
        assert!(summary.weekly.is_empty(), "{expr}");
        assert_eq!(summary.monthly.len(), 1, "{expr}");
        assert_eq!(
            (summary.monthly[0].weekday, summary.monthly[0].nth),
            (weekday, nth),
            "{expr}"
        );
        assert!(!summary.irregular, "{expr}");
    }
}

#[test]
fn summary_finds_a_summer_break() {
    let calendar = rp();
    let expr = "Mo-Fr 10:00-12:00; 2026 Jul 20-2026 Aug 07 off \"Sommerpause\"";
    let hours = parse_hours(expr, &calendar).unwrap();
    let summary = summarize(&hours, &calendar, day("2026-07-01"));
    assert_eq!(summary.weekly.len(), 1);
    assert_eq!(
        summary.closures,
        vec![Closure {
            from: day("2026-07-20"),
            to: day("2026-08-07"),
            comment: Some("Sommerpause".into())
        }]
    );
    assert!(!summary.closed_on_holidays, "no PH off in the expression");
}

#[test]
fn closed_on_holidays_only_when_a_ph_rule_closes_them() {
    // Found by comparing with opening_hours.js (22 Nov 2026): a closure by date said "An
    // Feiertagen geschlossen", though Ostermontag stays open, and the closure lost its
    // holidays ("bis 31. Dezember" for `Dec 24-Jan 02 off`).
    let calendar = rp();
    let summary_of = |expr: &str| {
        summarize(
            &parse_hours(expr, &calendar).unwrap(),
            &calendar,
            day("2026-11-23"),
        )
    };
    let closure = |from: &str, to: &str| Closure {
        from: day(from),
        to: day(to),
        comment: None,
    };
    let by_date = summary_of("Mo-Fr 10:00-12:00; Dec 25-26 off");
    assert!(!by_date.closed_on_holidays);
    assert_eq!(by_date.closures, [closure("2026-12-25", "2026-12-25")]);
    let over_new_year = summary_of("Mo-Fr 10:00-12:00; Dec 24-Jan 02 off");
    assert!(!over_new_year.closed_on_holidays);
    assert_eq!(
        over_new_year.closures,
        [closure("2026-12-24", "2027-01-01")]
    );
    // Open on holidays but for one date: that date is a closure, not every holiday.
    let one_holiday = summary_of("Mo-Fr 10:00-12:00; PH 10:00-11:00; Dec 25 off");
    assert!(!one_holiday.closed_on_holidays);
    assert_eq!(one_holiday.closures, [closure("2026-12-25", "2026-12-25")]);
    let ph_off = summary_of("Mo-Fr 10:00-12:00; PH off");
    assert!(ph_off.closed_on_holidays);
    assert!(ph_off.closures.is_empty());
}

#[test]
fn one_date_is_no_monthly_rule() {
    // `2027 Jan 30` is the sample's only 5th Saturday: it was summed up as "Jeden 5.
    // Samstag im Monat", with closures on every other 5th Saturday of the year.
    let calendar = rp();
    let hours = parse_hours("Mo-Fr 09:00-12:00; 2027 Jan 30 10:00-14:00", &calendar).unwrap();
    let summary = summarize(&hours, &calendar, day("2026-11-23"));
    assert!(summary.monthly.is_empty(), "{:?}", summary.monthly);
    assert!(summary.irregular, "the source's words say it");
    assert!(summary.closures.is_empty(), "{:?}", summary.closures);
    assert_eq!(summary.weekly.len(), 1);
}

#[test]
fn a_monthly_rule_seen_once_is_checked_on_its_next_open_date() {
    // Found by a second reading (22 Nov 2026). Ascension hides one 1st Thursday and the
    // next one after the sample is in the summer break: still "every 1st Thursday".
    let calendar = rp();
    // The monthly rules found from `today`, as (weekday, nth); `None` when irregular.
    let monthly = |expr: &str, today: &str| {
        let summary = summarize(
            &parse_hours(expr, &calendar).unwrap(),
            &calendar,
            day(today),
        );
        let rules = summary.monthly.iter().map(|r| (r.weekday, r.nth));
        (!summary.irregular).then(|| rules.collect::<Vec<_>>())
    };
    assert_eq!(
        monthly("Th[1] 10:00-12:00; PH off; Jul-Aug off", "2027-04-02"),
        Some(vec![(Weekday::Thu, 1)])
    );
    // Good Friday hides the sample's other last Friday, and its only one is also a 5th:
    // the next last Friday that is no 5th says which.
    assert_eq!(
        monthly("Fr[-1] 14:00-16:00", "2027-02-27"),
        Some(vec![(Weekday::Fri, -1)])
    );
    assert_eq!(
        monthly("Fr[5] 14:00-16:00", "2027-02-27"),
        Some(vec![(Weekday::Fri, 5)])
    );
}

#[test]
fn summary_marks_week_number_schedules_as_irregular() {
    let calendar = rp();
    let hours = parse_hours("week 1-53/2 We 09:00-12:00", &calendar).unwrap();
    let summary = summarize(&hours, &calendar, day("2026-11-21"));
    assert!(summary.irregular);
}

fn wednesday_rotation(anchor: Option<&str>) -> Rotation {
    Rotation {
        hosts: ["AWO", "Lebenshilfe", "DRK", "SKFM"]
            .iter()
            .map(|n| RotationHost {
                name: n.to_string(),
                contact: None,
            })
            .collect(),
        anchor: anchor.map(Into::into),
        interval_weeks: 1,
    }
}

#[test]
fn rotation_says_who_is_there() {
    let rotation = wednesday_rotation(Some("2026-01-07"));
    let host = |d: &str| host_on(&rotation, day(d)).map(|h| h.name.as_str());
    assert_eq!(host("2026-01-07"), Some("AWO"));
    assert_eq!(host("2026-01-14"), Some("Lebenshilfe"));
    assert_eq!(host("2026-01-28"), Some("SKFM"));
    assert_eq!(host("2026-02-04"), Some("AWO"));
    assert_eq!(
        host("2025-12-31"),
        Some("SKFM"),
        "before the anchor the turns run backwards"
    );
    // Across the year end the turns simply continue (no ISO week drift).
    // 2026-12-30 is 51 weeks after the anchor, 2027-01-06 is 52 weeks: 51 % 4 = 3, 52 % 4 = 0.
    assert_eq!(host("2026-12-30"), Some("SKFM"));
    assert_eq!(host("2027-01-06"), Some("AWO"));
    assert_eq!(host("2026-01-08"), None, "not a slot day");
    assert_eq!(
        host_on(&wednesday_rotation(None), day("2026-01-07")),
        None,
        "no anchor, no claim"
    );
}

#[test]
fn rotation_every_second_week() {
    let rotation = Rotation {
        interval_weeks: 2,
        ..wednesday_rotation(Some("2026-01-07"))
    };
    assert_eq!(
        host_on(&rotation, day("2026-01-21")).map(|h| h.name.as_str()),
        Some("Lebenshilfe")
    );
    assert_eq!(host_on(&rotation, day("2026-01-14")), None);
    assert_eq!(
        rotation::validate(&Rotation {
            interval_weeks: 0,
            ..rotation.clone()
        }),
        Err(RotationError::ZeroInterval)
    );
    assert_eq!(
        rotation::validate(&Rotation {
            anchor: Some("7.1.2026".into()),
            ..rotation
        }),
        Err(RotationError::BadAnchor("7.1.2026".into()))
    );
}

#[test]
fn next_days_with_holidays_and_hosts() {
    let calendar = rp();
    let hours = parse_hours("We 09:00-10:30; PH off", &calendar).unwrap();
    let rotation = wednesday_rotation(Some("2026-01-07"));
    // From Monday 2026-12-21: Wednesday 23rd is a slot, Friday 25th is Christmas.
    let days = next_days(&hours, &calendar, Some(&rotation), day("2026-12-21"), 7);
    assert_eq!(days.len(), 7);
    assert_eq!(days[2].date, day("2026-12-23"));
    assert_eq!(days[2].slots, vec![slot("09:00", "10:30")]);
    assert_eq!(
        days[2].host.as_deref(),
        Some("DRK"),
        "50 weeks after the anchor: 50 % 4 = 2"
    );
    assert_eq!(days[0].host, None, "no slot on Monday, so no host");
    assert_eq!(days[4].holiday.map(|h| h.name), Some("1. Weihnachtstag"));
    assert!(days[4].slots.is_empty());
}

#[test]
fn ranges_that_never_end_or_never_begin_are_read_within_their_horizon() {
    // Monday 2026-11-23, 10:00. Before the bound, each of these scanned the calendar to its
    // end (over a second per evaluation); the benchmark (`hours-bench`) guards the time.
    for always in [
        "24/7",
        "Mo-Su 00:00-24:00",
        "00:00-24:00",
        "Mo-Su 00:00-12:00,12:00-24:00",
        "Jan-Dec Mo-Su 00:00-24:00",
    ] {
        assert_eq!(
            state(always, "2026-11-23 10:00"),
            HoursState::Open {
                until: None,
                note: None
            },
            "{always}"
        );
    }
    assert_eq!(
        state("Mo-Fr 00:00-24:00", "2026-11-23 10:00"),
        open_until("2026-11-28 00:00"),
        "open across days ends on Saturday"
    );
    assert_eq!(
        state("24/7; PH off", "2026-12-20 10:00"),
        open_until("2026-12-25 00:00"),
        "closed on Christmas Day"
    );
    for never in ["off", "closed", "Mo-Su off", "2020 Jan 01 10:00-12:00"] {
        assert_eq!(
            state(never, "2026-11-23 10:00"),
            HoursState::Closed {
                opens: None,
                note: None
            },
            "{never}"
        );
    }
}

#[test]
fn only_a_ph_rule_outside_comments_speaks_of_holidays() {
    assert!(speaks_of_holidays("Mo-Fr 10:00-12:00; PH off"));
    assert!(speaks_of_holidays("PH 10:00-12:00,Mo-Fr 09:00-17:00"));
    assert!(!speaks_of_holidays("Mo-Fr 10:00-12:00"));
    assert!(!speaks_of_holidays("Mo-Fr 10:00-12:00 \"PH geschlossen\""));
    assert!(!speaks_of_holidays("Mo-Fr 10:00-12:00; SH off"));
}

#[test]
fn an_always_open_rule_with_a_comment_is_open_and_a_comment_rule_is_not() {
    // The reference implementation (opening_hours.js) says open, with the comment.
    for expression in [
        "24/7 \"Notruf\"",
        "Mo-Su 00:00-24:00 \"Hotline\"",
        "Mo-Su 00:00-24:00 open \"Hotline\"",
    ] {
        assert_eq!(
            state(expression, "2026-11-23 03:00"),
            HoursState::Open {
                until: None,
                note: Some(expression.split('"').nth(1).unwrap().to_string())
            },
            "{expression}"
        );
    }
    for (expression, comment_rule) in [
        ("\"nach Vereinbarung\"", true),
        ("Tu \"nach Vereinbarung\"", true),
        ("Mo-Fr 10:00-12:00; \"sonst nach Absprache\"", true),
        ("Mo-Fr 10:00-12:00 || \"nach Vereinbarung\"", true),
        ("24/7 \"Notruf\"", false),
        ("Mo-Fr 08:00-20:00 \"Hotline; auch Sa\"", false),
        ("Sa unknown \"nicht immer\"", false),
        ("PH off", false),
    ] {
        assert_eq!(
            has_comment_only_rule(expression),
            comment_rule,
            "{expression}"
        );
    }
}

/// Issue 31, point 5: a monthly service's week without an opening is one plain closed week
/// (the page says so once); a week with its day, or with a holiday, is not.
#[test]
fn a_week_without_an_opening_is_plain_closed() {
    let calendar = rp();
    let monthly = parse_hours("Tu[1] 12:00-14:00", &calendar).unwrap();
    let plain = |from: &str| {
        next_days(&monthly, &calendar, None, day(from), 7)
            .iter()
            .all(DayPlan::is_plain_closed)
    };
    assert!(plain("2026-12-07"), "7 to 13 December: no first Tuesday");
    assert!(!plain("2026-12-01"), "the first Tuesday itself");
    assert!(
        !plain("2026-12-21"),
        "Christmas falls in the week: a holiday to name"
    );
}
