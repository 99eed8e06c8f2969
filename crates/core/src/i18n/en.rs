//! English.

use super::Formats;

/// The formatted texts; the fixed ones are in `public/i18n/en.json`, fetched when the
/// language is chosen.
pub static FORMATS: Formats = Formats {
    services_count: |n| match n {
        0 => "No services".to_string(),
        1 => "1 service".to_string(),
        n => format!("{n} services"),
    },
    skipped_entries: |n| match n {
        1 => "1 entry in the data is faulty and is not shown.".to_string(),
        n => format!("{n} entries in the data are faulty and are not shown."),
    },
    error_status: |status| format!("The server did not deliver the data (error {status})."),
    error_malformed: |line, column| {
        format!("The data file is damaged (line {line}, column {column}).")
    },
    error_invalid: |part| format!("A part of the data file is faulty: “{part}”."),
    call: |phone| format!("Call: {phone}"),
    page_title: |city| format!("Wegweiser {city} – help in later life"),
    search_examples: |examples| format!("For example: {}", examples.join(", ")),
    weekdays: [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ],
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    clock: |minutes| format!("{:02}:{:02}", super::hour(minutes), minutes % 60),
    span: |from, to| format!("{from}–{to}"),
    clock_alone: |time| time.to_string(),
    day_range: |first, last| format!("{first} to {last}"),
    nth_weekday: |nth, weekday| match nth {
        -1 => format!("every last {weekday} of the month"),
        1 => format!("every 1st {weekday} of the month"),
        2 => format!("every 2nd {weekday} of the month"),
        3 => format!("every 3rd {weekday} of the month"),
        n => format!("every {n}th {weekday} of the month"),
    },
    maybe: |reason| match reason {
        Some(reason) => format!("({reason})"),
        None => "(not certain)".to_string(),
    },
    closure: |reason, from, to| match (reason, from == to) {
        (reason, true) => format!("{}: {from}", reason.unwrap_or("Closed")),
        (Some(reason), false) => format!("{reason}: {from} to {to}"),
        (None, false) => format!("Closed: {from} to {to}"),
    },
    date: |day, month, year| format!("{day} {month} {year}"),
    weekday_date: |weekday, day, month| format!("{weekday}, {day} {month}"),
    holiday: |name| format!("Public holiday ({name})"),
    host: |name| format!("hosted by: {name}"),
    at_day_time: |day, time| format!("{day} at {time}"),
    on_date: |date| format!("on {date}"),
    state_open_until: |when| format!("Open now until {when}"),
    state_closed_opens: |when| format!("Closed – opens {when}"),
    agenda_count: |n| {
        if n == 1 {
            "1 date".to_string()
        } else {
            format!("{n} dates")
        }
    },
    agenda_continues: |until| match until {
        Some(t) => format!("Continues, until {t}"),
        None => "Continues from the day before".to_string(),
    },
    agenda_show_all: |n| format!("Show all {n} dates of this day"),
    nav_shortlist: |n| {
        if n == 0 {
            "Saved".to_string()
        } else {
            format!("Saved ({n})")
        }
    },
    start_heading: |city| format!("Help and services in {city}"),
    results_for: |q| format!("Services for “{q}”"),
    chip_need: |n| format!("Topic: {n}"),
    chip_district: |d| format!("District: {d}"),
    chip_language: |l| format!("Language: {l}"),
    maybe_count: |n| format!("{n} more might fit"),
    filter_open_day: |d| format!("Open on {d}"),
    remove_filter: |f| format!("Remove {f}"),
    show_more: |n| format!("Show {n} more services"),
    without_district: |n| {
        if n == 1 {
            "Show 1 service in all districts".to_string()
        } else {
            format!("Show {n} services in all districts")
        }
    },
    save_named: |name| format!("Save: {name}"),
    saved_named: |name| format!("Saved – remove: {name}"),
    source_text: |t| format!("What the source says: {t}"),
    rotation_text: |hosts| format!("Taking turns: {hosts}"),
    mail_to: |address| format!("E-mail {address}"),
    minimum_age: |age| format!("For people aged {age} and over"),
    event_places: |n| format!("{n} places"),
    checked_on: |date| format!("Last checked on {date}"),
    source_label: |s| format!("Source: {s}"),
    language_name: |code| match code {
        "de" => "German".to_string(),
        "en" => "English".to_string(),
        "tr" => "Turkish".to_string(),
        "ru" => "Russian".to_string(),
        "uk" => "Ukrainian".to_string(),
        "ar" => "Arabic".to_string(),
        "pl" => "Polish".to_string(),
        "fr" => "French".to_string(),
        other => other.to_uppercase(),
    },
    saved_status: |name| format!("“{name}” is now on your list."),
    removed_status: |name| format!("“{name}” is no longer on your list."),
    shortlist_missing: |n| {
        if n == 1 {
            "One saved service no longer exists.".to_string()
        } else {
            format!("{n} saved services no longer exist.")
        }
    },
    maintained_by: |who| format!("Data kept by: {who}"),
    licence: |l| format!("Licence: {l}"),
    imprint_text: |who| format!("Responsible for the content: {who}."),
    call_named: |phone, name| format!("Call: {phone} ({name})"),
    data_of: |date| format!("Data compiled on {date}"),
    text_size_option: |percent| format!("{percent} %"),
    idle_text: |n| {
        format!("In {n} seconds Wegweiser starts again. Your search will then be deleted.")
    },
    day_pair: |a, b| format!("{a} and {b}"),
};
