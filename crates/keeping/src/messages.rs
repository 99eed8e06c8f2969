//! The validator's and the spreadsheet's messages in German. The checks write their
//! messages in English (the command-line tools print them so); the workspace shows a
//! German keeper each one in German, with its quoted values as they are. A message is
//! read against the English templates below (`{}` stands for a value); one no template
//! reads stays English. A test runs every message the checks give on the hostile corpus
//! and both datasets through it, so a message changed in English without its German fails.

/// (English, German): each `{}` of the English is a value the German repeats in order.
const TEMPLATES: &[(&str, &str)] = &[
    // validate.rs
    ("text has no \"{}\" version", "der Text hat keine Fassung in „{}“"),
    ("\"{}\" is not a date (YYYY-MM-DD)", "„{}“ ist kein Datum (JJJJ-MM-TT)"),
    (
        "\"{}\" is not a phone number that can be dialled (area code needed)",
        "„{}“ ist keine Telefonnummer, die man wählen kann (die Vorwahl fehlt)",
    ),
    ("\"{}\" is not an e-mail address", "„{}“ ist keine E-Mail-Adresse"),
    (
        "\"{}\" is not an https link (only https, tel and mailto are shown as links)",
        "„{}“ ist kein https-Link (nur https, tel und mailto werden als Link gezeigt)",
    ),
    (
        "no PH rule: the source says nothing about public holidays, so the app shows \"Feiertag: bitte vorher anrufen\" on them (add `PH off` or `PH …` only where a source says so)",
        "keine Regel für Feiertage (PH): die App zeigt an Feiertagen „Feiertag: bitte vorher anrufen“ (fügen Sie `PH off` oder `PH …` nur hinzu, wo eine Quelle es sagt)",
    ),
    (
        "comment-only rule reads as open around the clock: write unknown \"{}\"",
        "eine Regel nur aus einem Hinweis heißt „rund um die Uhr geöffnet“: schreiben Sie unknown \"{}\"",
    ),
    (
        "\"{}\" is not one of the app's icons ({}): the need's words choose one, or there is none",
        "„{}“ ist keines der Symbole der App ({}): die Wörter des Bereichs wählen eines, oder es steht keines da",
    ),
    ("\"{}\" taken from the postcode {}", "„{}“ aus der Postleitzahl {} abgeleitet"),
    (
        "walk_in and registration ahead: people who must register first cannot just come (the app says registration)",
        "offene Sprechstunde und Anmeldung vorher: wer sich erst anmelden muss, kann nicht einfach kommen (die App nennt die Anmeldung)",
    ),
    (
        "registration {} days ahead: over 90, a typing error?",
        "Anmeldung {} Tage vorher: über 90, ein Tippfehler?",
    ),
    ("unknown need \"{}\"", "unbekannter Bereich „{}“"),
    ("unknown district \"{}\"", "unbekannter Stadtteil „{}“"),
    ("unknown organization \"{}\"", "unbekannter Träger „{}“"),
    ("unknown location \"{}\"", "unbekannter Ort „{}“"),
    (
        "no last_verified date: the app says the date is unknown",
        "kein Prüfdatum (last_verified): die App sagt, das Datum sei unbekannt",
    ),
    ("{} is in the future", "{} liegt in der Zukunft"),
    ("last verified on {}, over 12 months ago", "zuletzt geprüft am {}, vor über 12 Monaten"),
    ("entry cannot be read and is left out: {}", "der Eintrag ist nicht lesbar und wird weggelassen: {}"),
    (
        "no public_url: a kiosk on a local address (127.0.0.1, a private network) cannot offer its \"Zum Mitnehmen\" code; give the address where the app is published (https://…)",
        "keine öffentliche Adresse (public_url): ein Kiosk unter einer lokalen Adresse (127.0.0.1, ein privates Netz) kann seinen Code „Zum Mitnehmen“ nicht zeigen; geben Sie die Adresse an, unter der die App veröffentlicht ist (https://…)",
    ),
    // load.rs: what the loader mends
    (
        "its parent \"{}\" closes a cycle of needs: read as a need of its own",
        "sein übergeordneter Bereich „{}“ schließt einen Kreis: er wird als eigener Bereich gelesen",
    ),
    (
        "not a safe https:// address (no spaces, line breaks or control characters): left out",
        "keine sichere https://-Adresse (ohne Leerzeichen, Zeilenumbrüche und Steuerzeichen): weggelassen",
    ),
    (
        "the help contact needs a phone number or an e-mail address",
        "der Hilfe-Kontakt braucht eine Telefonnummer oder eine E-Mail-Adresse",
    ),
    ("duplicate id \"{}\"", "die Kennung „{}“ gibt es zweimal"),
    ("a phrase needs at least one word", "ein Satz braucht mindestens ein Wort"),
    (
        "\"{}\" has {} words; a phrase has at most {}, or the search leaves it out",
        "„{}“ hat {} Wörter; ein Satz hat höchstens {}, sonst lässt die Suche ihn weg",
    ),
    ("out of range", "außerhalb des möglichen Bereichs"),
    (
        "a service needs at least one need, or nobody finds it by need",
        "ein Angebot braucht mindestens einen Bereich, sonst findet es niemand über die Bereiche",
    ),
    (
        "the location has no district and the service has no area: no district filter finds it",
        "der Ort hat keinen Stadtteil und das Angebot kein Gebiet: kein Stadtteil-Filter findet es",
    ),
    (
        "no location, no districts and not citywide: no district filter finds it",
        "kein Ort, keine Stadtteile und nicht für die ganze Stadt: kein Stadtteil-Filter findet es",
    ),
    (
        "the anchor is not a day with hours: no date will name a host",
        "der Ankertag hat keine Öffnungszeit: kein Datum nennt einen Gastgeber",
    ),
    ("\"{}\" is not another service of this file", "„{}“ ist kein anderes Angebot dieser Datei"),
    ("an event needs at least one date", "eine Veranstaltung braucht mindestens einen Termin"),
    (
        "\"{}\" is not a local date-time (YYYY-MM-DDTHH:MM) or a day (YYYY-MM-DD)",
        "„{}“ ist weder Datum mit Uhrzeit (JJJJ-MM-TTTHH:MM) noch ein Tag (JJJJ-MM-TT)",
    ),
    // the hours grammar's refusals (core's hours::parse_hours)
    ("empty expression", "der Ausdruck ist leer"),
    (
        "longer than {} characters: opening hours are short (OpenStreetMap allows 255)",
        "länger als {} Zeichen: Öffnungszeiten sind kurz (OpenStreetMap erlaubt 255)",
    ),
    (
        "'{}' is not a hyphen: write ranges with '-' (Mo-Fr, 10:00-12:00)",
        "„{}“ ist kein Bindestrich: schreiben Sie Spannen mit „-“ (Mo-Fr, 10:00-12:00)",
    ),
    (
        "more than {} dates like 'Jan Mo[1]' joined by ',' take too long to read: give each date a rule of its own (Jan Mo[1] 14:00-16:00; Feb Mo[1] 14:00-16:00)",
        "mehr als {} Daten wie „Jan Mo[1]“, mit „,“ verbunden, brauchen zu lange zum Lesen: geben Sie jedem Datum eine eigene Regel (Jan Mo[1] 14:00-16:00; Feb Mo[1] 14:00-16:00)",
    ),
    (
        "school holidays (SH) are not known to the app: write their dates (2026 Dec 23-2027 Jan 08 off)",
        "Schulferien (SH) kennt die App nicht: schreiben Sie ihre Daten (2026 Dec 23-2027 Jan 08 off)",
    ),
    (
        "{} is in no calendar: the rule would be read as every day's",
        "{} steht in keinem Kalender: die Regel gälte sonst für jeden Tag",
    ),
    (
        "fallback rules (||) are not read by the app, it would say \"closed\" where they apply: give each rule its days with ';' (Mo-Fr 08:00-18:00; Sa,Su unknown \"nach Vereinbarung\")",
        "Ausweichregeln (||) liest die App nicht, sie sagte dort „geschlossen“: geben Sie jeder Regel ihre Tage, getrennt mit „;“ (Mo-Fr 08:00-18:00; Sa,Su unknown \"nach Vereinbarung\")",
    ),
    (
        "an open end (18:00+) has no closing time the app could say: write one, and unknown if it is not sure (Mo-Fr 18:00-22:00 unknown \"Ende offen\")",
        "ein offenes Ende (18:00+) hat keine Endzeit, die die App nennen könnte: schreiben Sie eine, mit unknown, wenn sie nicht sicher ist (Mo-Fr 18:00-22:00 unknown \"Ende offen\")",
    ),
    (
        "sunrise, sunset, dawn and dusk are not computed by the app: write the times (Mo-Su 08:00-17:00)",
        "Sonnenauf- und -untergang und Dämmerung berechnet die App nicht: schreiben Sie die Zeiten (Mo-Su 08:00-17:00)",
    ),
    ("the expression ends too early (at character {})", "der Ausdruck endet zu früh (bei Zeichen {})"),
    ("unexpected \"{}\" at character {}", "unerwartet: „{}“ bei Zeichen {}"),
    // sourcing.rs
    ("quote not found in the source texts: „{}“", "das Zitat steht in keinem Quelltext: „{}“"),
    ("public fact, not from the sources: {}", "öffentliche Tatsache, nicht aus den Quellen: {}"),
    (
        "a claim is a quote, a list of quotes or {\"public_fact\": \"reason\"}",
        "ein Beleg ist ein Zitat, eine Liste von Zitaten oder {\"public_fact\": \"Begründung\"}",
    ),
    ("a claim for a field the entry does not have", "ein Beleg für ein Feld, das der Eintrag nicht hat"),
    ("unsourced: {} (no quote in source.claims)", "ohne Beleg: {} (kein Zitat in source.claims)"),
    ("not a JSON object: sourcing cannot be checked", "kein JSON-Objekt: die Belege sind nicht zu prüfen"),
    // spreadsheet.rs and csv.rs
    ("a quoted field is not closed (a \" is missing by line {})", "ein Feld in Anführungszeichen ist nicht geschlossen (bei Zeile {} fehlt ein \")"),
    ("column \"{}\" is missing", "die Spalte „{}“ fehlt"),
    ("the file is empty", "die Datei ist leer"),
    ("row {}, {}: \"{}\" is not a number", "Zeile {}, {}: „{}“ ist keine Zahl"),
    ("row {}, {}: empty", "Zeile {}, {}: leer"),
    ("row {}, {}: not valid JSON: {}", "Zeile {}, {}: kein gültiges JSON: {}"),
    (
        "cannot read \"{}\" in \"{}\": a week of the month goes with a weekday (1. Mittwoch, letzter Freitag)",
        "„{}“ in „{}“ ist nicht zu lesen: eine Woche des Monats gehört zu einem Wochentag (1. Mittwoch, letzter Freitag)",
    ),
    (
        "cannot read \"{}\" in \"{}\": write it as an OSM expression (Mo-Fr 10:00-12:00)",
        "„{}“ in „{}“ ist nicht zu lesen: schreiben Sie es als OSM-Ausdruck (Mo-Fr 10:00-12:00)",
    ),
    ("no days or times found in \"{}\"", "keine Tage und keine Zeiten in „{}“"),
    (
        "\"{}\" became \"{}\", which is not valid: {}",
        "aus „{}“ wurde „{}“, und das ist nicht gültig: {}",
    ),
    ("removed '{}'", "„{}“ entfernt"),
    ("row {}, {}: {}", "Zeile {}, {}: {}"),
    ("row {}: {}", "Zeile {}: {}"),
];

/// `message` in German where a template reads it, else as it is.
pub fn in_german(message: &str) -> String {
    TEMPLATES
        .iter()
        .find_map(|(english, german)| fill(german, &read(english, message)?))
        .unwrap_or_else(|| message.to_string())
}

/// The values of `message` at the template's `{}`, if the template reads it (the whole
/// message: its start, its end and every part between).
fn read<'a>(template: &str, message: &'a str) -> Option<Vec<&'a str>> {
    let parts: Vec<&str> = template.split("{}").collect();
    let mut rest = message.strip_prefix(parts[0])?;
    let mut values = Vec::new();
    for (n, part) in parts.iter().enumerate().skip(1) {
        let end = if n == parts.len() - 1 {
            rest.strip_suffix(part).map(str::len)?
        } else {
            rest.find(part)?
        };
        values.push(&rest[..end]);
        rest = &rest[end + part.len()..];
    }
    rest.is_empty().then_some(values)
}

fn fill(template: &str, values: &[&str]) -> Option<String> {
    let parts: Vec<&str> = template.split("{}").collect();
    if parts.len() != values.len() + 1 {
        return None;
    }
    let mut out = parts[0].to_string();
    for (value, part) in values.iter().zip(&parts[1..]) {
        out.push_str(value);
        out.push_str(part);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::check_sourcing;
    use crate::workspace::findings;

    #[test]
    fn templates_read_their_values_and_say_them_in_german() {
        assert_eq!(
            in_german("\"12\" is not a phone number that can be dialled (area code needed)"),
            "„12“ ist keine Telefonnummer, die man wählen kann (die Vorwahl fehlt)"
        );
        assert_eq!(
            in_german("row 4, minimum_age: \"sechzig\" is not a number"),
            "Zeile 4, minimum_age: „sechzig“ ist keine Zahl"
        );
        assert_eq!(in_german("unknown need \"x\""), "unbekannter Bereich „x“");
        assert_eq!(
            in_german("something else entirely"),
            "something else entirely"
        );
        assert_eq!(
            in_german("out of range!"),
            "out of range!",
            "a template reads the whole message"
        );
    }

    /// Every message the checks give on the hostile corpus, both datasets and a file
    /// broken on purpose has its German.
    #[test]
    fn every_message_the_checks_give_has_its_german() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/hostile");
        let mut texts: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .map(|p| std::fs::read_to_string(p).unwrap())
            .collect();
        texts.push(wegweiser_core::testing::KAISERSLAUTERN_JSON.to_string());
        texts.push(wegweiser_core::testing::DORTMUND_JSON.to_string());
        let mut broken: serde_json::Value =
            serde_json::from_str(wegweiser_core::testing::KAISERSLAUTERN_JSON).unwrap();
        broken["services"][0]["needs"] = serde_json::json!([]);
        broken["services"][1]["email"] = "kein".into();
        broken["services"][2]["last_verified"] = "2020-01-01".into();
        broken["services"][3]["ask_at"] = "nirgends".into();
        broken["services"][4]["location_id"] = "nirgends".into();
        broken["services"][5]["source"]["claims"] = serde_json::json!({"url": "x"});
        texts.push(broken.to_string());
        let mut seen = 0;
        let mut missing = std::collections::BTreeSet::<String>::new();
        for text in &texts {
            for finding in findings(text, today)
                .into_iter()
                .chain(check_sourcing(text, None))
            {
                // The whole file unreadable (serde's words) and a region the calendar does
                // not know are said by other crates.
                if finding.path == "$" || finding.path == "meta" {
                    continue;
                }
                if in_german(&finding.message) == finding.message {
                    missing.insert(finding.message.clone());
                }
                seen += 1;
            }
        }
        assert!(
            missing.is_empty(),
            "no German for:\n{}",
            missing.into_iter().collect::<Vec<_>>().join("\n")
        );
        assert!(seen > 150, "{seen}");
    }
}
