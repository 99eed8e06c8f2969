//! Hours in words: the state line of a card ("Jetzt geöffnet bis 12 Uhr"), the weekly
//! summary of a detail page and the next days as dates, in the UI language.

use super::Strings;
use crate::domain::dated::Day;
use crate::domain::hours::{DayPlan, HoursState, Slot, SlotKind, WeekSummary};
use crate::domain::local_time::minute_of_day;
use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike, Weekday};

/// The weekday's name ("Montag").
pub fn weekday_name(s: &Strings, day: Weekday) -> &'static str {
    s.weekdays[day.num_days_from_monday() as usize]
}

/// The month's name ("Dezember").
pub fn month_name(s: &Strings, date: NaiveDate) -> &'static str {
    s.months[date.month0() as usize]
}

/// A date said in full ("20. Juli 2026").
pub fn date_text(s: &Strings, date: NaiveDate) -> String {
    (s.date)(date.day(), month_name(s, date), date.year())
}

/// A date field of the dataset in words, or as the file writes it when it does not read.
pub fn day_text(s: &Strings, day: &Day) -> String {
    day.get()
        .map_or_else(|| day.text().to_string(), |date| date_text(s, date))
}

/// When something happens, seen from `now`: "heute um 14 Uhr", "Dienstag um 10 Uhr".
fn when_text(s: &Strings, now: NaiveDateTime, at: NaiveDateTime) -> String {
    let time = (s.clock_alone)(&(s.clock)(minute_of_day(at)));
    let days = (at.date() - now.date()).num_days();
    let day = match days {
        0 => s.today.to_string(),
        1 => s.tomorrow.to_string(),
        2..=6 => weekday_name(s, at.weekday()).to_string(),
        _ => (s.on_date)(&date_text(s, at.date())),
    };
    (s.at_day_time)(&day, &time)
}

/// The one line a result card shows. An open period's comment follows it, as in the
/// week's hours: "Jetzt geöffnet bis 12 Uhr (nur mit Termin)" is not "just turn up".
pub fn state_text(s: &Strings, state: &HoursState, now: NaiveDateTime) -> String {
    let line = state_line(s, state, now);
    match state {
        HoursState::Open {
            note: Some(note), ..
        } if !note.trim().is_empty() => format!("{line} ({note})"),
        _ => line,
    }
}

fn state_line(s: &Strings, state: &HoursState, now: NaiveDateTime) -> String {
    match state {
        HoursState::Open { until: None, .. } => s.state_open.to_string(),
        HoursState::Open {
            until: Some(until), ..
        } => {
            let midnight_tonight = until.time().num_seconds_from_midnight() == 0
                && (until.date() - now.date()).num_days() == 1;
            let when = if midnight_tonight {
                // Tonight's midnight ends today: "bis 24 Uhr", as the week's hours say.
                (s.clock_alone)(&(s.clock)(24 * 60))
            } else if until.date() == now.date() {
                (s.clock_alone)(&(s.clock)(minute_of_day(*until)))
            } else {
                when_text(s, now, *until)
            };
            (s.state_open_until)(&when)
        }
        HoursState::Closed {
            opens: Some(opens), ..
        } => (s.state_closed_opens)(&when_text(s, now, *opens)),
        HoursState::Closed { opens: None, .. } => s.state_closed.to_string(),
        HoursState::ByAppointment => s.state_by_appointment.to_string(),
        HoursState::Unknown { .. } => s.state_unknown.to_string(),
        HoursState::NoHours => s.state_no_hours.to_string(),
        HoursState::HolidayUncertain { .. } => s.state_holiday.to_string(),
    }
}

/// "10–12 Uhr und 14–16 Uhr", with "(nicht immer)" after uncertain periods and the
/// source's comment after open ones ("0–24 Uhr (Notruf)"); a day that only carries a
/// comment is that comment ("nach Vereinbarung").
pub fn slots_text(s: &Strings, slots: &[Slot]) -> String {
    slots
        .iter()
        .map(|slot| {
            let span = || (s.span)(&(s.clock)(slot.start), &(s.clock)(slot.end));
            match (slot.kind, slot.comment.as_deref()) {
                (SlotKind::Open, None) => span(),
                (SlotKind::Open, Some(comment)) => format!("{} ({comment})", span()),
                (SlotKind::Unknown, comment) => format!("{} {}", span(), (s.maybe)(comment)),
                (SlotKind::Note, comment) => comment.unwrap_or_default().to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join(&format!(" {} ", s.and))
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The regular schedule as lines: weekly groups, monthly rules, holidays, closures.
pub fn summary_lines(s: &Strings, summary: &WeekSummary) -> Vec<String> {
    let mut lines = Vec::new();
    for group in &summary.weekly {
        let days = match group.days.as_slice() {
            [one] => weekday_name(s, *one).to_string(),
            [first, second] => (s.day_pair)(weekday_name(s, *first), weekday_name(s, *second)),
            [first, .., last] => (s.day_range)(weekday_name(s, *first), weekday_name(s, *last)),
            [] => continue,
        };
        lines.push(format!("{days}: {}", slots_text(s, &group.slots)));
    }
    for rule in &summary.monthly {
        let when = capitalized(&(s.nth_weekday)(rule.nth, weekday_name(s, rule.weekday)));
        lines.push(format!("{when}: {}", slots_text(s, &rule.slots)));
    }
    if summary.irregular {
        lines.push(s.irregular_hours.to_string());
    }
    if summary.closed_on_holidays {
        lines.push(s.closed_on_holidays.to_string());
    }
    for closure in &summary.closures {
        lines.push((s.closure)(
            closure.comment.as_deref(),
            &date_text(s, closure.from),
            &date_text(s, closure.to),
        ));
    }
    lines
}

/// One day ahead: its label ("Montag, 23. November") and what happens.
pub fn day_plan_text(s: &Strings, plan: &DayPlan) -> (String, String) {
    let label = (s.weekday_date)(
        weekday_name(s, plan.date.weekday()),
        plan.date.day(),
        month_name(s, plan.date),
    );
    let mut parts = Vec::new();
    if let Some(holiday) = plan.holiday {
        parts.push((s.holiday)(holiday.name));
    }
    if plan.holiday_uncertain {
        parts.push(s.state_holiday.to_string());
    } else if plan.slots.is_empty() {
        parts.push(s.day_closed.to_string());
    } else {
        parts.push(slots_text(s, &plan.slots));
    }
    if let Some(host) = &plan.host {
        parts.push((s.host)(host));
    }
    (label, parts.join(" – "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dataset::Access;
    use crate::domain::hours::{next_days, parse_hours, state_at, summarize, Calendar};
    use crate::i18n::Lang;
    use crate::testing::at;

    fn say(expression: &str, when: &str) -> String {
        let calendar = Calendar::new("DE-RP", "Europe/Berlin").unwrap();
        let hours = parse_hours(expression, &calendar).unwrap();
        let state = state_at(&Access::default(), Some(&hours), at(when));
        state_text(Lang::De.strings(), &state, at(when))
    }

    #[test]
    fn card_states_in_german() {
        let office = "Mo-Fr 10:00-12:00,14:00-16:00; PH off";
        assert_eq!(say(office, "2026-11-23 10:30"), "Jetzt geöffnet bis 12 Uhr");
        assert_eq!(
            say(office, "2026-11-23 12:30"),
            "Geschlossen – öffnet heute um 14 Uhr"
        );
        assert_eq!(
            say(office, "2026-11-23 17:00"),
            "Geschlossen – öffnet morgen um 10 Uhr"
        );
        assert_eq!(
            say(office, "2026-11-27 17:00"),
            "Geschlossen – öffnet Montag um 10 Uhr"
        );
        assert_eq!(
            say("Tu[1] 12:00-14:00", "2026-12-02 09:00"),
            "Geschlossen – öffnet am 5. Januar 2027 um 12 Uhr"
        );
        assert_eq!(
            say("We 09:00-10:30", "2026-11-25 09:15"),
            "Jetzt geöffnet bis 10:30 Uhr"
        );
        assert_eq!(
            say("Fr 20:00-02:00", "2026-11-27 23:00"),
            "Jetzt geöffnet bis morgen um 2 Uhr"
        );
        assert_eq!(
            say("Mo-Su 08:00-24:00", "2026-11-27 23:00"),
            "Jetzt geöffnet bis 24 Uhr"
        );
        assert_eq!(say("24/7", "2026-11-27 23:00"), "Jetzt geöffnet");
        // The comment of an open period is part of it (it was left out until 22 Nov 2026).
        assert_eq!(
            say("24/7 \"Notruf\"", "2026-11-27 23:00"),
            "Jetzt geöffnet (Notruf)"
        );
        assert_eq!(
            say("Mo-Fr 09:00-12:00 \"nur mit Termin\"", "2026-11-23 10:00"),
            "Jetzt geöffnet bis 12 Uhr (nur mit Termin)"
        );
        let s = Lang::De.strings();
        assert_eq!(
            state_text(s, &HoursState::ByAppointment, at("2026-11-27 23:00")),
            "Nur nach Terminvereinbarung"
        );
    }

    #[test]
    fn card_states_in_english() {
        let calendar = Calendar::new("DE-RP", "Europe/Berlin").unwrap();
        let hours = parse_hours("Mo-Fr 10:00-12:00", &calendar).unwrap();
        let now = at("2026-11-23 12:30");
        let state = state_at(&Access::default(), Some(&hours), now);
        assert_eq!(
            state_text(Lang::En.strings(), &state, now),
            "Closed – opens tomorrow at 10:00"
        );
    }

    #[test]
    fn weekly_summary_in_german() {
        let calendar = Calendar::new("DE-RP", "Europe/Berlin").unwrap();
        let expr = "Mo-Fr 10:00-12:00,14:00-16:00; Th 10:00-12:00,14:00-18:00; Sa 10:00-12:00 unknown \"nicht immer\"; PH off";
        let hours = parse_hours(expr, &calendar).unwrap();
        let lines = summary_lines(
            Lang::De.strings(),
            &summarize(&hours, &calendar, at("2026-11-23 00:00").date()),
        );
        assert_eq!(
            lines,
            vec![
                "Montag bis Mittwoch: 10–12 Uhr und 14–16 Uhr",
                "Donnerstag: 10–12 Uhr und 14–18 Uhr",
                "Freitag: 10–12 Uhr und 14–16 Uhr",
                "Samstag: 10–12 Uhr (nicht immer)",
                "An Feiertagen geschlossen",
            ]
        );
    }

    #[test]
    fn monthly_rules_and_closures_in_german() {
        let calendar = Calendar::new("DE-RP", "Europe/Berlin").unwrap();
        let hours = parse_hours("We[1] 09:00-10:30", &calendar).unwrap();
        let lines = summary_lines(
            Lang::De.strings(),
            &summarize(&hours, &calendar, at("2026-11-23 00:00").date()),
        );
        assert_eq!(lines, vec!["Jeden 1. Mittwoch im Monat: 9–10:30 Uhr"]);

        let hours = parse_hours(
            "Sa-Su 14:00-17:00; 2026 Jul 20-2026 Aug 07 off \"Sommerpause\"",
            &calendar,
        )
        .unwrap();
        let lines = summary_lines(
            Lang::De.strings(),
            &summarize(&hours, &calendar, at("2026-07-01 00:00").date()),
        );
        assert_eq!(
            lines,
            vec![
                "Samstag und Sonntag: 14–17 Uhr",
                "Sommerpause: 25. Juli 2026 bis 2. August 2026"
            ]
        );
    }

    #[test]
    fn two_days_read_naturally_in_every_language() {
        let calendar = Calendar::new("DE-RP", "Europe/Berlin").unwrap();
        let hours = parse_hours("Sa-Su 14:00-17:00", &calendar).unwrap();
        let summary = summarize(&hours, &calendar, at("2026-11-23 00:00").date());
        assert_eq!(
            summary_lines(Lang::De.strings(), &summary),
            vec!["Samstag und Sonntag: 14–17 Uhr"]
        );
        let ru = summary_lines(Lang::Ru.strings(), &summary);
        assert!(ru[0].starts_with("Суббота и воскресенье"), "{ru:?}");
    }

    #[test]
    fn next_days_in_german() {
        assert_eq!(
            next_days_of("Mo-Fr 10:00-12:00; PH off", "2026-12-24 00:00", 3),
            vec![
                (
                    "Donnerstag, 24. Dezember".to_string(),
                    "10–12 Uhr".to_string()
                ),
                (
                    "Freitag, 25. Dezember".to_string(),
                    "Feiertag (1. Weihnachtstag) – geschlossen".to_string()
                ),
                (
                    "Samstag, 26. Dezember".to_string(),
                    "Feiertag (2. Weihnachtstag) – geschlossen".to_string()
                ),
            ]
        );
    }

    /// The next `count` days of `expression` from `from` on, in German words.
    fn next_days_of(expression: &str, from: &str, count: u32) -> Vec<(String, String)> {
        let calendar = Calendar::new("DE-RP", "Europe/Berlin").unwrap();
        let hours = parse_hours(expression, &calendar).unwrap();
        next_days(&hours, &calendar, None, at(from).date(), count)
            .iter()
            .map(|d| day_plan_text(Lang::De.strings(), d))
            .collect()
    }

    /// The summary lines of `expression` from Monday 23 November 2026 on.
    fn summary_of(expression: &str, lang: Lang) -> Vec<String> {
        let calendar = Calendar::new("DE-RP", "Europe/Berlin").unwrap();
        let hours = parse_hours(expression, &calendar).unwrap();
        summary_lines(
            lang.strings(),
            &summarize(&hours, &calendar, at("2026-11-23 00:00").date()),
        )
    }

    #[test]
    fn a_closure_by_date_is_no_holiday_rule_and_one_day_is_one_date() {
        // "An Feiertagen geschlossen" only with a PH rule (Ostermontag stays open here), and
        // a closure of one day names it once (not "25. Dezember 2026 bis 25. Dezember 2026").
        assert_eq!(
            summary_of("Mo-Fr 10:00-12:00; Dec 25-26 off", Lang::De),
            [
                "Montag bis Freitag: 10–12 Uhr",
                "Geschlossen: 25. Dezember 2026"
            ]
        );
        assert_eq!(
            summary_of("Mo-Fr 10:00-12:00; Dec 24-Jan 02 off \"Ferien\"", Lang::En)[1],
            "Ferien: 24 December 2026 to 1 January 2027"
        );
        assert_eq!(
            summary_of("Mo-Fr 10:00-12:00; PH off", Lang::De),
            ["Montag bis Freitag: 10–12 Uhr", "An Feiertagen geschlossen"]
        );
    }

    #[test]
    fn hours_to_midnight_and_round_the_clock_end_at_24() {
        assert_eq!(
            summary_of("24/7", Lang::De),
            ["Montag bis Sonntag: 0–24 Uhr"]
        );
        assert_eq!(
            summary_of("Mo-Su 00:00-24:00", Lang::En),
            ["Monday to Sunday: 00:00–24:00"]
        );
        assert_eq!(
            summary_of("Mo-Fr 08:00-24:00", Lang::De),
            ["Montag bis Freitag: 8–24 Uhr"]
        );
        assert_eq!(
            summary_of("Sa 22:00-02:00", Lang::De),
            ["Samstag: 22–24 Uhr", "Sonntag: 0–2 Uhr"]
        );
    }

    #[test]
    fn the_comment_of_an_open_period_is_said() {
        assert_eq!(
            summary_of("24/7 \"Notruf\"", Lang::De),
            ["Montag bis Sonntag: 0–24 Uhr (Notruf)"]
        );
        assert_eq!(
            summary_of("Mo-Fr 08:00-20:00 \"Hotline\"", Lang::De),
            ["Montag bis Freitag: 8–20 Uhr (Hotline)"]
        );
    }

    #[test]
    fn a_comment_rule_leaves_a_real_opening_with_a_comment_alone() {
        assert_eq!(
            summary_of("24/7 \"Notruf\"; We \"nach Vereinbarung\"", Lang::De),
            [
                "Montag und Dienstag: 0–24 Uhr (Notruf)",
                "Mittwoch: nach Vereinbarung",
                "Donnerstag bis Sonntag: 0–24 Uhr (Notruf)"
            ]
        );
        assert_eq!(
            summary_of(
                "Mo-Fr 00:00-24:00 \"Hotline\"; Sa \"nach Vereinbarung\"",
                Lang::De
            ),
            [
                "Montag bis Freitag: 0–24 Uhr (Hotline)",
                "Samstag: nach Vereinbarung"
            ]
        );
    }

    #[test]
    fn a_day_that_only_carries_a_comment_is_that_comment_never_a_time() {
        let expression = "Mo 10:00-12:00; We \"nach Vereinbarung\"";
        assert_eq!(
            summary_of(expression, Lang::De),
            ["Montag: 10–12 Uhr", "Mittwoch: nach Vereinbarung"]
        );
        assert_eq!(
            summary_of("\"nach Vereinbarung\"", Lang::De),
            ["Montag bis Sonntag: nach Vereinbarung"]
        );
        // The same day said to be unknown reads the same.
        assert_eq!(
            summary_of("Mo 10:00-12:00; We unknown \"nach Vereinbarung\"", Lang::De),
            ["Montag: 10–12 Uhr", "Mittwoch: nach Vereinbarung"]
        );
        // A time said to be unknown keeps its time.
        assert_eq!(
            summary_of("We 10:00-12:00 unknown \"nicht immer\"", Lang::De),
            ["Mittwoch: 10–12 Uhr (nicht immer)"]
        );
        assert_eq!(
            next_days_of(expression, "2026-11-24 00:00", 2),
            [
                (
                    "Dienstag, 24. November".to_string(),
                    "geschlossen".to_string()
                ),
                (
                    "Mittwoch, 25. November".to_string(),
                    "nach Vereinbarung".to_string()
                ),
            ]
        );
    }
}
