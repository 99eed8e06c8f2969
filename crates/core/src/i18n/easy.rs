//! Leichte Sprache: easy-to-read German after the rules of the Netzwerk Leichte Sprache.
//!
//! Short sentences, one statement per sentence, everyday words, no abbreviations, and long
//! compound words split with a middle dot ("Stadt·teil"). Dates and times read like in `de`.

use super::Formats;

/// The formatted texts; the fixed ones are in `public/i18n/de-easy.json`, fetched when the
/// language is chosen.
pub static FORMATS: Formats = Formats {
    services_count: |n| match n {
        0 => "0 Angebote".to_string(),
        1 => "1 Angebot".to_string(),
        n => format!("{n} Angebote"),
    },
    skipped_entries: |n| match n {
        1 => {
            "1 Eintrag in den Daten hat Fehler. Der Wegweiser lässt diesen Eintrag weg.".to_string()
        }
        n => format!(
            "{n} Einträge in den Daten haben Fehler. Der Wegweiser lässt diese Einträge weg."
        ),
    },
    error_status: |status| {
        format!("Der Wegweiser hat die Daten nicht bekommen. Die Fehler·nummer ist {status}.")
    },
    error_malformed: |line, column| {
        format!(
            "Die Daten·datei hat einen Fehler. Der Fehler ist in Zeile {line} und Spalte {column}."
        )
    },
    error_invalid: |part| {
        format!("In der Daten·datei hat ein Teil einen Fehler. Dieser Teil heißt: „{part}“.")
    },
    call: |phone| format!("Anrufen: {phone}"),
    page_title: |city| format!("Wegweiser {city} – Hilfe im Alter"),
    search_examples: |examples| format!("Zum Beispiel: {}", examples.join(", ")),
    weekdays: super::de::WEEKDAYS,
    months: super::de::MONTHS,
    clock: super::de::CLOCK,
    span: super::de::SPAN,
    clock_alone: super::de::CLOCK_ALONE,
    day_range: |first, last| format!("{first} bis {last}"),
    nth_weekday: |nth, weekday| match nth {
        -1 => format!("jeden letzten {weekday} im Monat"),
        n => format!("jeden {n}. {weekday} im Monat"),
    },
    maybe: |reason| match reason {
        Some(reason) => format!("({reason})"),
        None => "(nicht sicher)".to_string(),
    },
    closure: |reason, from, to| match (reason, from == to) {
        (reason, true) => format!("{}: {from}", reason.unwrap_or("Geschlossen")),
        (Some(reason), false) => format!("{reason}: {from} bis {to}"),
        (None, false) => format!("Geschlossen: {from} bis {to}"),
    },
    date: super::de::DATE,
    weekday_date: super::de::WEEKDAY_DATE,
    holiday: |name| format!("Feier·tag ({name})"),
    host: |name| format!("vor Ort: {name}"),
    at_day_time: |day, time| format!("{day} um {time}"),
    on_date: |date| format!("am {date}"),
    state_open_until: |when| format!("Jetzt offen bis {when}"),
    state_closed_opens: |when| format!("Jetzt geschlossen. Wieder offen: {when}"),
    agenda_count: |n| {
        if n == 1 {
            "1 Termin".to_string()
        } else {
            format!("{n} Termine")
        }
    },
    agenda_continues: |until| match until {
        Some(t) => format!("Geht weiter, bis {t}"),
        None => "Geht vom Vortag weiter".to_string(),
    },
    agenda_show_all: |n| format!("Alle {n} Termine zeigen"),
    nav_shortlist: |n| {
        if n == 0 {
            "Merk·liste".to_string()
        } else {
            format!("Merk·liste ({n})")
        }
    },
    start_heading: |city| format!("Hilfe und Angebote in {city}"),
    results_for: |q| format!("Angebote zu „{q}“"),
    chip_need: |n| format!("Thema: {n}"),
    chip_district: |d| format!("Stadt·teil: {d}"),
    chip_language: |l| format!("Sprache: {l}"),
    maybe_count: |n| format!("Noch {n} passen vielleicht"),
    filter_open_day: |d| format!("Offen am {d}"),
    remove_filter: |f| format!("{f} löschen"),
    show_more: |n| {
        if n == 1 {
            "Noch 1 Angebot zeigen".to_string()
        } else {
            format!("Noch {n} Angebote zeigen")
        }
    },
    without_district: |n| {
        if n == 1 {
            "1 Angebot in allen Stadt·teilen zeigen".to_string()
        } else {
            format!("{n} Angebote in allen Stadt·teilen zeigen")
        }
    },
    save_named: |name| format!("Merken: {name}"),
    saved_named: |name| format!("Gemerkt – löschen: {name}"),
    source_text: |t| format!("So steht es in der Quelle: {t}"),
    rotation_text: |hosts| format!("Vor Ort sind abwechselnd: {hosts}"),
    mail_to: |address| format!("E-Mail schreiben an {address}"),
    minimum_age: |age| format!("Für Menschen ab {age} Jahren"),
    event_places: |n| {
        if n == 1 {
            "Es gibt 1 Platz.".to_string()
        } else {
            format!("Es gibt {n} Plätze.")
        }
    },
    checked_on: |date| format!("Letzte Prüfung: {date}"),
    source_label: |s| format!("Quelle: {s}"),
    language_name: super::de::LANGUAGE_NAME,
    saved_status: |name| format!("„{name}“ ist jetzt auf der Merk·liste."),
    removed_status: |name| format!("Sie haben „{name}“ von der Merk·liste gelöscht."),
    shortlist_missing: |n| {
        if n == 1 {
            "1 gemerktes Angebot gibt es nicht mehr.".to_string()
        } else {
            format!("{n} gemerkte Angebote gibt es nicht mehr.")
        }
    },
    maintained_by: |who| format!("Die Daten pflegt: {who}"),
    licence: |l| format!("Lizenz für die Daten: {l}"),
    imprint_text: |who| format!("Für die Inhalte ist verantwortlich: {who}"),
    call_named: |phone, name| format!("{name} anrufen: {phone}"),
    data_of: |date| format!("Die Daten sind vom {date}."),
    text_size_option: |percent| format!("{percent} %"),
    idle_text: |n| format!("In {n} Sekunden fängt der Wegweiser neu an. Ihre Suche ist dann weg."),
    day_pair: |a, b| format!("{a} und {b}"),
};
