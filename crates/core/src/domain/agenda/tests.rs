//! The agenda of Kaiserslautern in December 2026, checked line by line against what the
//! sources say.

use super::*;
use crate::domain::load::load_dataset;
use crate::testing::{at, day as date};
use serde_json::{json, Value};

fn kaiserslautern_json() -> Value {
    serde_json::from_str(crate::testing::KAISERSLAUTERN_JSON).unwrap()
}

fn directory(value: &Value) -> Directory {
    Directory::new(load_dataset(&value.to_string()).unwrap().dataset)
}

/// Kaiserslautern with the service `id` changed by `edit`.
fn with_service(id: &str, edit: impl FnOnce(&mut Value)) -> Directory {
    let mut value = kaiserslautern_json();
    let services = value["services"].as_array_mut().unwrap();
    edit(services.iter_mut().find(|s| s["id"] == id).unwrap());
    directory(&value)
}

/// `id HH:MM-HH:MM certainty` per line of `day`.
fn lines(directory: &Directory, days: &[Day], day: &str) -> Vec<String> {
    let day = days
        .iter()
        .find(|d| d.date == date(day))
        .expect("day shown");
    day.items
        .iter()
        .map(|item| {
            let id = match item.what {
                What::Hours(i) => directory.dataset.services[i].id.clone(),
                What::Event(i) => directory.dataset.events[i].id.clone(),
            };
            let time = |m: Option<u16>| {
                m.map_or("--:--".into(), |m| format!("{:02}:{:02}", m / 60, m % 60))
            };
            let certainty = match &item.certainty {
                Certainty::Sure => "sure".to_string(),
                Certainty::Unsure(_) => "unsure".to_string(),
                Certainty::Holiday(h) => format!("holiday {}", h.name),
                Certainty::ByAppointment => "appointment".to_string(),
            };
            format!("{id} {}-{} {certainty}", time(item.start), time(item.end))
        })
        .collect()
}

#[test]
fn the_spans_are_today_this_week_next_week_and_a_fortnight() {
    let wednesday = date("2026-12-02");
    assert_eq!(
        Span::Fortnight.days(wednesday),
        (wednesday, date("2026-12-15"))
    );
    assert_eq!(Span::Today.days(wednesday), (wednesday, wednesday));
    assert_eq!(
        Span::ThisWeek.days(wednesday),
        (wednesday, date("2026-12-06"))
    );
    assert_eq!(
        Span::NextWeek.days(wednesday),
        (date("2026-12-07"), date("2026-12-13"))
    );
    let sunday = date("2026-12-06");
    assert_eq!(Span::ThisWeek.days(sunday), (sunday, sunday));
    assert_eq!(
        Span::NextWeek.days(sunday),
        (date("2026-12-07"), date("2026-12-13"))
    );
}

#[test]
fn the_filters_live_in_the_address_and_mangled_links_still_open() {
    let query = AgendaQuery {
        need: Some("beratung".into()),
        district: Some("innenstadt-west-kotten".into()),
        walk_in: true,
        free: true,
        span: Span::NextWeek,
    };
    let text = query.to_query_string();
    assert_eq!(
        text,
        "need=beratung&district=innenstadt-west-kotten&walkin=1&free=1&when=nextweek"
    );
    assert_eq!(AgendaQuery::from_query_string(&format!("?{text}")), query);
    assert_eq!(AgendaQuery::default().to_query_string(), "");
    assert_eq!(
        AgendaQuery::from_query_string("when=someday&need=<script>&x=1"),
        AgendaQuery::default()
    );
}

#[test]
fn the_first_tuesday_has_every_hour_the_sources_give() {
    let kl = directory(&kaiserslautern_json());
    let days = agenda(&kl, &AgendaQuery::default(), at("2026-12-01 08:00"));
    assert_eq!(days.len(), 14);
    assert_eq!(
        lines(&kl, &days, "2026-12-01"),
        [
            "gemeindeschwester-plus 10:00-12:00 sure",
            "stadtteilbuero-innenstadt-west 10:00-12:00 sure",
            "tauschbox-buecherecke 10:00-12:00 sure",
            "seniorenbeirat-sprechstunde 12:00-14:00 sure",
            "stadtteilbuero-innenstadt-west 14:00-16:00 sure",
            "tauschbox-buecherecke 14:00-16:00 sure",
        ]
    );
    // The sources agree only on the first Wednesday; the second is "not sure".
    assert!(lines(&kl, &days, "2026-12-02")
        .contains(&"sprechzeit-vorsorge-betreuung 09:00-10:30 sure".to_string()));
    assert!(lines(&kl, &days, "2026-12-09")
        .contains(&"sprechzeit-vorsorge-betreuung 09:00-10:30 unsure".to_string()));
    // Thursday runs to 18:00, Saturday is "nicht immer", Sunday has nothing.
    assert!(lines(&kl, &days, "2026-12-03")
        .contains(&"stadtteilbuero-innenstadt-west 14:00-18:00 sure".to_string()));
    assert_eq!(
        lines(&kl, &days, "2026-12-05"),
        [
            "stadtteilbuero-innenstadt-west 10:00-12:00 unsure",
            "tauschbox-buecherecke 10:00-12:00 unsure"
        ]
    );
    assert_eq!(lines(&kl, &days, "2026-12-06"), Vec::<String>::new());
    // The Landsmannschaft on the 2nd Monday (14th), not on the 1st (7th).
    assert!(lines(&kl, &days, "2026-12-14")
        .contains(&"landsmannschaft-sprechstunde 10:00-12:00 sure".to_string()));
    assert!(!lines(&kl, &days, "2026-12-07")
        .iter()
        .any(|l| l.starts_with("landsmannschaft")));
}

#[test]
fn past_hours_never_appear_and_todays_later_ones_do() {
    let kl = directory(&kaiserslautern_json());
    let days = agenda(&kl, &AgendaQuery::default(), at("2026-12-01 12:00"));
    assert_eq!(days[0].date, date("2026-12-01"));
    assert_eq!(
        lines(&kl, &days, "2026-12-01"),
        [
            "seniorenbeirat-sprechstunde 12:00-14:00 sure",
            "stadtteilbuero-innenstadt-west 14:00-16:00 sure",
            "tauschbox-buecherecke 14:00-16:00 sure",
        ]
    );
    // A running hour is still on: at 13:59 the Seniorenbeirat is there until 14:00.
    let days = agenda(&kl, &AgendaQuery::default(), at("2026-12-01 13:59"));
    assert!(lines(&kl, &days, "2026-12-01")[0].starts_with("seniorenbeirat-sprechstunde"));
}

#[test]
fn a_holiday_the_source_says_nothing_about_is_a_call_first_line() {
    let kl = directory(&kaiserslautern_json());
    let days = agenda(&kl, &AgendaQuery::default(), at("2026-12-20 08:00"));
    let christmas = days.iter().find(|d| d.date == date("2026-12-25")).unwrap();
    assert_eq!(christmas.holiday.map(|h| h.name), Some("1. Weihnachtstag"));
    assert!(lines(&kl, &days, "2026-12-25")
        .iter()
        .all(|l| l.ends_with("holiday 1. Weihnachtstag")));
    assert!(!lines(&kl, &days, "2026-12-25").is_empty());
}

#[test]
fn events_are_listed_on_their_dates_while_coming_and_filters_apply() {
    let mut value = kaiserslautern_json();
    value["events"].as_array_mut().unwrap().push(json!({
        "id": "vortrag", "name": "Vortrag", "summary": "Ein Vortrag.", "needs": ["beratung"],
        "location_id": "stadtteilbuero-west",
        "dates": [{"start": "2026-12-03T15:00", "end": "2026-12-03T16:30"}, {"start": "2026-12-10"}],
        "registration": {"role": "Anmeldung", "phone": "0631 123456"},
        "cost": {"kind": "free"},
        "source": {"name": "Test"}
    }));
    let kl = directory(&value);
    let days = agenda(&kl, &AgendaQuery::default(), at("2026-12-01 08:00"));
    assert!(lines(&kl, &days, "2026-12-03").contains(&"vortrag 15:00-16:30 sure".to_string()));
    // A day without a time comes first.
    assert_eq!(
        lines(&kl, &days, "2026-12-10")[0],
        "vortrag --:-----:-- sure"
    );
    // The 2023 workshop and the 2025 meeting are past: never listed.
    assert!(days.iter().flat_map(|d| &d.items).all(|i| match i.what {
        What::Event(e) => kl.dataset.events[e].id == "vortrag",
        What::Hours(_) => true,
    }));
    // A running event is still on, like a running hour; once it has ended it is gone.
    let running = agenda(&kl, &AgendaQuery::default(), at("2026-12-03 15:30"));
    assert!(lines(&kl, &running, "2026-12-03").contains(&"vortrag 15:00-16:30 sure".to_string()));
    let ended = agenda(&kl, &AgendaQuery::default(), at("2026-12-03 16:31"));
    assert!(!lines(&kl, &ended, "2026-12-03")
        .iter()
        .any(|l| l.starts_with("vortrag")));
    // "Ohne Anmeldung" leaves out what needs registration; a need filter keeps its family.
    let walk_in = AgendaQuery {
        walk_in: true,
        ..AgendaQuery::default()
    };
    let days = agenda(&kl, &walk_in, at("2026-12-01 08:00"));
    assert!(!lines(&kl, &days, "2026-12-03")
        .iter()
        .any(|l| l.starts_with("vortrag")));
    let volunteering = AgendaQuery {
        need: Some("ehrenamt".into()),
        ..AgendaQuery::default()
    };
    let days = agenda(&kl, &volunteering, at("2026-12-01 08:00"));
    assert!(
        days.iter().all(|d| d.items.is_empty()),
        "no regular hours or coming events for Ehrenamt"
    );
    let advice = AgendaQuery {
        need: Some("beratung".into()),
        district: Some("innenstadt-west-kotten".into()),
        ..AgendaQuery::default()
    };
    let days = agenda(&kl, &advice, at("2026-12-01 08:00"));
    assert!(lines(&kl, &days, "2026-12-03").contains(&"vortrag 15:00-16:30 sure".to_string()));
    assert!(
        !lines(&kl, &days, "2026-12-01")
            .iter()
            .any(|l| l.starts_with("tauschbox")),
        "Tauschbox is not advice"
    );
}

#[test]
fn a_rotation_with_an_anchor_names_the_host_of_each_date() {
    let kl = with_service("sprechzeit-vorsorge-betreuung", |rotating| {
        rotating["rotation"]["anchor"] = json!("2026-12-02");
    });
    let days = agenda(&kl, &AgendaQuery::default(), at("2026-12-01 08:00"));
    let host = |day: &str| {
        days.iter()
            .find(|d| d.date == date(day))
            .unwrap()
            .items
            .iter()
            .find(|i| matches!(i.what, What::Hours(s) if kl.dataset.services[s].id == "sprechzeit-vorsorge-betreuung"))
            .and_then(|i| i.host.clone())
    };
    assert_eq!(host("2026-12-02").as_deref(), Some("Lebenshilfe"));
    assert_eq!(host("2026-12-09").as_deref(), Some("DRK"));
}

#[test]
fn a_large_city_is_shown_a_few_days_per_page_and_the_pages_add_up() {
    let kl = directory(&kaiserslautern_json());
    let now = at("2026-12-01 08:00");
    assert_eq!(
        days_per_page(&kl, &AgendaQuery::default(), now),
        14,
        "a town sees all 14 days at once"
    );
    let whole = agenda(&kl, &AgendaQuery::default(), now);
    let pages: Vec<Day> = (0..14)
        .step_by(3)
        .flat_map(|skip| agenda_days(&kl, &AgendaQuery::default(), now, skip, 3))
        .collect();
    assert_eq!(pages, whole);
    assert!(agenda_days(&kl, &AgendaQuery::default(), now, 14, 3).is_empty());
}

#[test]
fn the_week_plan_has_the_shortlists_hours_for_seven_days_and_names_what_has_none() {
    let kl = directory(&kaiserslautern_json());
    let ids = [
        "seniorenbeirat-sprechstunde",
        "gemeindeschwester-plus",
        "seniorennetzwerk",
        "landsmannschaft-sprechstunde",
    ];
    let indices: Vec<usize> = ids.iter().map(|id| kl.index_of(id).unwrap()).collect();
    let (days, without) = week_plan(&kl, &indices, at("2026-12-01 11:00"));
    assert_eq!(days.len(), 7);
    assert_eq!(
        (days[0].date, days[6].date),
        (date("2026-12-01"), date("2026-12-07"))
    );
    // The running hour is still on; first Tuesday's Seniorenbeirat after it.
    assert_eq!(
        lines(&kl, &days, "2026-12-01"),
        [
            "gemeindeschwester-plus 10:00-12:00 sure",
            "seniorenbeirat-sprechstunde 12:00-14:00 sure"
        ]
    );
    assert!(
        !days.iter().any(|d| d.date == date("2026-12-08")),
        "outside the week"
    );
    // The network has no hours; the Landsmannschaft's 2nd Monday (14th) is next week.
    let names: Vec<&str> = without
        .iter()
        .map(|&i| kl.dataset.services[i].id.as_str())
        .collect();
    assert_eq!(names, ["seniorennetzwerk", "landsmannschaft-sprechstunde"]);
}

#[test]
fn a_closure_takes_its_days_out_and_the_hours_come_back_after_it() {
    let kl = with_service("gemeindeschwester-plus", |office| {
        office["hours"]["osm"] = json!("Tu 10:00-12:00; 2026 Dec 07-2026 Dec 13 off \"Urlaub\"");
    });
    let days = agenda(&kl, &AgendaQuery::default(), at("2026-12-01 08:00"));
    let on = |day: &str| {
        lines(&kl, &days, day)
            .iter()
            .any(|l| l.starts_with("gemeindeschwester-plus"))
    };
    assert!(on("2026-12-01"));
    assert!(!on("2026-12-08"), "the Tuesday in the closure");
    let later = agenda(&kl, &AgendaQuery::default(), at("2026-12-14 08:00"));
    assert!(lines(&kl, &later, "2026-12-15")
        .iter()
        .any(|l| l.starts_with("gemeindeschwester-plus")));
}

#[test]
fn hours_that_need_an_appointment_are_never_listed_as_a_time_to_turn_up() {
    let kl = with_service("gemeindeschwester-plus", |nurse| {
        nurse["access"] = json!({"appointment": "required"});
    });
    let days = agenda(&kl, &AgendaQuery::default(), at("2026-12-01 08:00"));
    assert!(lines(&kl, &days, "2026-12-01")
        .contains(&"gemeindeschwester-plus 10:00-12:00 appointment".to_string()));
}

#[test]
fn an_event_over_several_days_is_on_each_day_still_ahead() {
    let mut value = kaiserslautern_json();
    value["events"].as_array_mut().unwrap().push(json!({
        "id": "seniorenmesse-2026", "name": "Seniorenmesse", "summary": "Drei Tage Messe.",
        "dates": [{"start": "2026-11-30T10:00", "end": "2026-12-02T16:00"}],
        "source": {"name": "Test"}
    }));
    let kl = directory(&value);
    let days = agenda(&kl, &AgendaQuery::default(), at("2026-12-01 08:00"));
    let line = |day: &str| {
        let day = days.iter().find(|d| d.date == date(day)).unwrap();
        day.items
            .iter()
            .find(|i| i.what != What::Hours(usize::MAX) && matches!(i.what, What::Event(_)))
            .cloned()
    };
    let first = line("2026-12-01").expect("running on the 1st");
    assert!(first.continued && first.start.is_none() && first.end.is_none());
    let last = line("2026-12-02").expect("and on its last day");
    assert!(last.continued && last.end == Some(16 * 60));
    assert!(line("2026-12-03").is_none());
    // Over once its end has passed.
    let later = agenda(&kl, &AgendaQuery::default(), at("2026-12-02 16:01"));
    assert!(later[0]
        .items
        .iter()
        .all(|i| !matches!(i.what, What::Event(_))));
}

#[test]
fn a_day_that_only_carries_a_comment_is_not_a_time_to_turn_up() {
    let kl = with_service("gemeindeschwester-plus", |nurse| {
        nurse["hours"]["osm"] = json!("Tu 10:00-12:00; We \"nach Vereinbarung\"");
    });
    let days = agenda(&kl, &AgendaQuery::default(), at("2026-12-01 08:00"));
    assert!(lines(&kl, &days, "2026-12-01")
        .contains(&"gemeindeschwester-plus 10:00-12:00 sure".to_string()));
    assert!(!lines(&kl, &days, "2026-12-02")
        .iter()
        .any(|l| l.starts_with("gemeindeschwester-plus")));
}

#[test]
fn a_holiday_that_only_carries_a_comment_asks_no_call_and_names_no_host() {
    let kl = with_service("sprechzeit-vorsorge-betreuung", |rotating| {
        rotating["rotation"]["anchor"] = json!("2026-12-02");
        rotating["hours"]["osm"] = json!("We 16:00-17:00; Fr \"nach Vereinbarung\"");
    });
    let index = kl.index_of("sprechzeit-vorsorge-betreuung").unwrap();
    // Friday 25 December 2026 is Christmas Day.
    let days = kl.next_days(index, date("2026-12-23"), 3).unwrap();
    let (wednesday, friday) = (&days[0], &days[2]);
    assert_eq!(wednesday.host.as_deref(), Some("SKFM"));
    assert!(friday.holiday.is_some());
    assert_eq!(friday.slots.len(), 1);
    assert_eq!(friday.slots[0].kind, crate::domain::hours::SlotKind::Note);
    assert!(!friday.holiday_uncertain, "no call-first line for a note");
    assert_eq!(friday.host, None, "nobody is there to name");
}

#[test]
fn the_comment_of_an_open_hour_goes_with_it() {
    let kl = with_service("gemeindeschwester-plus", |nurse| {
        nurse["hours"]["osm"] = json!("Tu 10:00-12:00 \"nur mit Termin\"");
    });
    let days = agenda(&kl, &AgendaQuery::default(), at("2026-12-01 08:00"));
    let tuesday = days.iter().find(|d| d.date == date("2026-12-01")).unwrap();
    let nurse = kl.index_of("gemeindeschwester-plus").unwrap();
    let item = tuesday
        .items
        .iter()
        .find(|i| i.what == What::Hours(nurse))
        .unwrap();
    assert_eq!(item.note.as_deref(), Some("nur mit Termin"));
    assert_eq!(item.certainty, Certainty::Sure);
}
