//! at: which services are open at a given local date and time, for checking the data.
//!
//!     cargo run --bin at -- public/data/services.json --at 2026-06-04T10:00 [--open]
//!
//! Prints each service's state in words (as the app says it) and the next change, in the
//! dataset's time zone. `--open` lists only the services open at that time.
//!
//!     cargo run --bin at -- public/data/services.json --at 2026-12-01T00:00 --agenda
//!
//! `--agenda` prints the next 14 days (or `--days N`) as the "Termine" view lists them, one
//! line each: `2026-12-01 10:00-12:00 service:gemeindeschwester-plus sure`. `--ics
//! service:ID` (or `event:ID`) prints the calendar file the app offers for that entry.

use std::process::ExitCode;
use wegweiser_core::domain::agenda::{agenda_ahead, AgendaQuery, Certainty, What};
use wegweiser_core::domain::directory::Directory;
use wegweiser_core::domain::ics::{event_ics, service_ics, uid_host};
use wegweiser_core::domain::load::load_dataset;
use wegweiser_core::i18n::hours::state_text;
use wegweiser_core::i18n::Lang;
use wegweiser_tools::cli::{now_unix_ms, parse_local_datetime, read_file, Args};
use wegweiser_tools::say;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("at: {message}\nusage: at FILE [--at YYYY-MM-DDTHH:MM] [--open | --agenda [--days N] | --ics service:ID|event:ID]");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    let args = Args::parse(std::env::args().skip(1), &["at", "days", "ics"])?;
    let [path] = args.positional.as_slice() else {
        return Err("give exactly one dataset file".to_string());
    };
    let loaded = load_dataset(&read_file(path)?).map_err(|e| format!("{path}: {e}"))?;
    let directory = Directory::new(loaded.dataset);
    if let Some(error) = &directory.calendar_error {
        return Err(format!("{path}: {error}"));
    }
    let now = match args.get("at") {
        Some(value) => parse_local_datetime(value)?,
        None => directory
            .local_now(now_unix_ms())
            .ok_or("the clock is out of range")?,
    };
    if args.flag("agenda") {
        let days = match args.get("days") {
            Some(n) => n.parse().map_err(|_| format!("--days {n}: not a number"))?,
            None => 14,
        };
        print_agenda(&directory, now, days);
        return Ok(());
    }
    if let Some(what) = args.get("ics") {
        print!("{}", calendar_file(&directory, now, what)?);
        return Ok(());
    }
    let strings = Lang::De.strings();
    let lang = directory.dataset.meta.language.clone();
    say!(
        "{} at {} ({})",
        directory.dataset.meta.city.get(&lang),
        now.format("%Y-%m-%d %H:%M"),
        directory.dataset.meta.time_zone
    );
    let mut shown = 0;
    for (index, service) in directory.services().iter().enumerate() {
        let state = directory.state(index, now);
        if args.flag("open") && !state.is_open() {
            continue;
        }
        shown += 1;
        let mut line = format!(
            "{:<45} {}",
            state_text(strings, &state, now),
            service.name.get(&lang)
        );
        if let Some(error) = directory.hours_error(index) {
            line.push_str(&format!("  [hours not readable: {}]", error.detail));
        }
        say!("{line}");
    }
    say!("{shown} of {} services", directory.services().len());
    Ok(())
}

/// The agenda of the next 14 days from `now`, a line per hour or event date.
fn print_agenda(directory: &Directory, now: chrono::NaiveDateTime, days: usize) {
    let clock = |m: Option<u16>| {
        m.map_or("--:--".to_string(), |m| {
            format!("{:02}:{:02}", m / 60, m % 60)
        })
    };
    for day in agenda_ahead(directory, &AgendaQuery::default(), now, days) {
        for item in day.items {
            let what = match item.what {
                What::Hours(i) => format!("service:{}", directory.dataset.services[i].id),
                What::Event(i) => format!("event:{}", directory.dataset.events[i].id),
            };
            let certainty = match item.certainty {
                Certainty::Sure => "sure",
                Certainty::Unsure(_) => "unsure",
                Certainty::Holiday(_) => "holiday",
                Certainty::ByAppointment => "appointment",
            };
            say!(
                "{} {}-{} {what} {certainty}",
                day.date.format("%Y-%m-%d"),
                clock(item.start),
                clock(item.end)
            );
        }
    }
}

/// The calendar file of `service:ID` or `event:ID`, as the app makes it (German labels).
fn calendar_file(
    directory: &Directory,
    now: chrono::NaiveDateTime,
    what: &str,
) -> Result<String, String> {
    let labels = Lang::De.strings().calendar_labels();
    let calendar = directory
        .calendar
        .as_ref()
        .ok_or("the dataset has no usable time zone")?;
    let now_utc = calendar.zone().utc(now).unwrap_or(now);
    let host = &uid_host(&directory.dataset);
    match what.split_once(':') {
        Some(("service", id)) => {
            let index = directory.index_of(id).ok_or(format!("no service {id}"))?;
            service_ics(directory, index, &labels, now.date(), now_utc, host)
                .ok_or(format!("{id} has no readable hours"))
        }
        Some(("event", id)) => {
            let event = directory
                .dataset
                .events
                .iter()
                .find(|e| e.id == id)
                .ok_or(format!("no event {id}"))?;
            Ok(event_ics(
                &directory.dataset,
                calendar.zone(),
                event,
                now,
                now_utc,
                host,
            ))
        }
        _ => Err(format!("--ics {what}: give service:ID or event:ID")),
    }
}
