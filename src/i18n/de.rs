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
    not_found_heading: "Diese Seite gibt es nicht",
    not_found_text: "Vielleicht ist der Link veraltet, oder das Angebot gibt es nicht mehr.",
    back_to_start: "Zur Startseite",
};
