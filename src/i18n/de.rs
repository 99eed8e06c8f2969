//! Deutsch: the reference language of the UI.

use super::Strings;

pub static STRINGS: Strings = Strings {
    app_name: "Wegweiser",
    tagline: "Hilfe und Angebote für ältere Menschen",
    skip_link: "Zum Inhalt springen",
    nav_label: "Hauptnavigation",
    loading: "Die Angebote werden geladen …",
    services_heading: "Angebote",
    services_count: |n| match n {
        0 => "Keine Angebote".to_string(),
        1 => "1 Angebot".to_string(),
        n => format!("{n} Angebote"),
    },
    skipped_entries: |n| match n {
        1 => "1 Eintrag in den Daten ist fehlerhaft und wird nicht gezeigt.".to_string(),
        n => format!("{n} Einträge in den Daten sind fehlerhaft und werden nicht gezeigt."),
    },
    error_heading: "Die Angebote konnten nicht geladen werden",
    error_unreachable:
        "Es besteht gerade keine Verbindung. Bitte prüfen Sie die Internet-Verbindung.",
    error_status: |status| format!("Der Server hat die Daten nicht geliefert (Fehler {status})."),
    error_malformed: |line, column| {
        format!("Die Daten-Datei ist beschädigt (Zeile {line}, Spalte {column}).")
    },
    error_not_dataset: "Die geladene Datei enthält keine Angebote.",
    error_version:
        "Die Daten-Datei ist für eine neuere Version des Wegweisers. Bitte laden Sie die Seite neu.",
    error_invalid: |part| format!("Ein Teil der Daten-Datei ist fehlerhaft: „{part}“."),
    error_hint: "Bitte versuchen Sie es gleich noch einmal.",
    retry: "Noch einmal versuchen",
    help_heading: "Hilfe am Telefon",
    call: |phone| format!("Anrufen: {phone}"),
    footer_label: "Hilfe und Kontakt",
    page_title: |city| format!("Wegweiser {city} – Hilfe im Alter"),
    weekdays: [
        "Montag",
        "Dienstag",
        "Mittwoch",
        "Donnerstag",
        "Freitag",
        "Samstag",
        "Sonntag",
    ],
    months: [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    clock: |minutes| {
        let (h, m) = ((minutes / 60) % 24, minutes % 60);
        if m == 0 {
            format!("{h}")
        } else {
            format!("{h}:{m:02}")
        }
    },
    span: |from, to| format!("{from}–{to} Uhr"),
    clock_alone: |time| format!("{time} Uhr"),
    and: "und",
    day_range: |first, last| format!("{first} bis {last}"),
    nth_weekday: |nth, weekday| match nth {
        -1 => format!("jeden letzten {weekday} im Monat"),
        n => format!("jeden {n}. {weekday} im Monat"),
    },
    maybe: |reason| match reason {
        Some(reason) => format!("({reason})"),
        None => "(nicht sicher)".to_string(),
    },
    closed_on_holidays: "An Feiertagen geschlossen",
    closure: |reason, from, to| match reason {
        Some(reason) => format!("{reason}: {from} bis {to}"),
        None => format!("Geschlossen: {from} bis {to}"),
    },
    date: |day, month, year| format!("{day}. {month} {year}"),
    weekday_date: |weekday, day, month| format!("{weekday}, {day}. {month}"),
    day_closed: "geschlossen",
    holiday: |name| format!("Feiertag ({name})"),
    host: |name| format!("vor Ort: {name}"),
    irregular_hours: "Die Zeiten wechseln. Bitte lesen Sie die Angaben unten oder rufen Sie an.",
    today: "heute",
    tomorrow: "morgen",
    at_day_time: |day, time| format!("{day} um {time}"),
    on_date: |date| format!("am {date}"),
    state_open: "Jetzt geöffnet",
    state_open_until: |when| format!("Jetzt geöffnet bis {when}"),
    state_closed: "Geschlossen",
    state_closed_opens: |when| format!("Geschlossen – öffnet {when}"),
    state_by_appointment: "Nur nach Terminvereinbarung",
    state_unknown: "Öffnungszeiten unsicher – bitte anrufen",
    state_no_hours: "Keine festen Öffnungszeiten angegeben",
    not_found_heading: "Diese Seite gibt es nicht",
    not_found_text: "Vielleicht ist der Link veraltet, oder das Angebot gibt es nicht mehr.",
    back_to_start: "Zur Startseite",
};
