//! `check --strict`: every claim in the dataset names the source's words behind it.
//!
//! A claim is a field of an entry (meta, organization, location, service, event) that says
//! something about the world: a name, an address, a phone number, hours, a cost. Each
//! entry's `source.claims` maps such a field to the source's words:
//!
//! ```json
//! "source": { "name": "…", "claims": {
//!     "hours": "Montag – Freitag: 10.00 – 12.00 Uhr, 14.00 – 16.00 Uhr",
//!     "contacts": ["Telefon: 0631-365 23 86", "E-Mail: i.weisenstein@kaiserslautern.de"],
//!     "location_id": { "public_fact": "Das Rathaus steht am Willy-Brandt-Platz 1." } } }
//! ```
//!
//! A quote is copied word for word; given the source texts (`--sources DIR`), each quote
//! must be found in one of them (spaces and line breaks count as one space). A public fact
//! is a deliberate exception with a reason; it is printed as a note, and docs/data.md lists
//! each one. The check reads the raw JSON, so the app itself never parses the claims.

use super::{Finding, Severity};
use serde_json::{Map, Value};

/// The fields of each kind of entry that make no claim about the world: ids, the source
/// itself, and the file's own settings.
pub fn is_claim(kind: &str, field: &str) -> bool {
    match (kind, field) {
        (_, "id" | "source") => false,
        // The file's settings: how to read it, not what it says about services.
        (
            "meta",
            "time_zone" | "language" | "licence" | "data_date" | "public_url" | "description",
        ) => false,
        // The Leichte Sprache summary says what the summary says, in easier words.
        (_, "easy_summary") => false,
        // When a keeper last checked the entry ("Stimmt noch"): their record, not the source's.
        (_, "last_verified") => false,
        _ => true,
    }
}

/// A field that holds no claim: absent, empty or false.
fn is_empty(value: &Value) -> bool {
    match value {
        Value::Null | Value::Bool(false) => true,
        Value::Array(items) => items.is_empty(),
        Value::Object(fields) => fields.is_empty(),
        Value::String(text) => text.trim().is_empty(),
        _ => false,
    }
}

/// What a claim rests on: quotes from the sources, or a public fact with its reason.
enum Support<'a> {
    Quotes(Vec<&'a str>),
    PublicFact(&'a str),
}

fn support(value: &Value) -> Option<Support<'_>> {
    match value {
        Value::String(quote) if !quote.trim().is_empty() => Some(Support::Quotes(vec![quote])),
        Value::Array(items) if !items.is_empty() => items
            .iter()
            .map(|item| item.as_str().filter(|q| !q.trim().is_empty()))
            .collect::<Option<Vec<_>>>()
            .map(Support::Quotes),
        Value::Object(fields) if fields.len() == 1 => fields
            .get("public_fact")
            .and_then(Value::as_str)
            .filter(|reason| !reason.trim().is_empty())
            .map(Support::PublicFact),
        _ => None,
    }
}

/// Spaces, tabs and line breaks as one space, so a quote survives re-wrapped source text.
fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Source texts in which every quote must be found.
pub struct SourceTexts {
    texts: Vec<String>,
}

impl SourceTexts {
    pub fn new<'a>(texts: impl IntoIterator<Item = &'a str>) -> SourceTexts {
        SourceTexts {
            texts: texts.into_iter().map(normalise).collect(),
        }
    }

    fn contain(&self, quote: &str) -> bool {
        let quote = normalise(quote);
        self.texts.iter().any(|text| text.contains(&quote))
    }
}

struct Sourcing<'a> {
    findings: Vec<Finding>,
    sources: Option<&'a SourceTexts>,
}

impl Sourcing<'_> {
    fn push(&mut self, severity: Severity, path: String, message: String) {
        self.findings.push(Finding {
            severity,
            path,
            message,
        });
    }

    fn quote(&mut self, path: String, quote: &str) {
        if let Some(sources) = self.sources {
            if !sources.contain(quote) {
                self.push(
                    Severity::Error,
                    path,
                    format!("quote not found in the source texts: \u{201e}{quote}\u{201c}"),
                );
            }
        }
    }

    fn entry(&mut self, kind: &str, path: &str, entry: &Map<String, Value>) {
        let label = match entry.get("id").and_then(Value::as_str) {
            Some(id) => format!("{path} ({id})"),
            None => path.to_string(),
        };
        let source = entry.get("source").and_then(Value::as_object);
        if let Some(quote) = source.and_then(|s| s.get("quote")).and_then(Value::as_str) {
            self.quote(format!("{path}.source.quote"), quote);
        }
        let empty = Map::new();
        let claims = source
            .and_then(|s| s.get("claims"))
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        let mut unsourced = Vec::new();
        for (field, value) in entry {
            if !is_claim(kind, field) || is_empty(value) {
                continue;
            }
            match claims.get(field) {
                None => unsourced.push(field.as_str()),
                Some(claim) => match support(claim) {
                    None => self.push(
                        Severity::Error,
                        format!("{path}.source.claims.{field}"),
                        "a claim is a quote, a list of quotes or {\"public_fact\": \"reason\"}"
                            .to_string(),
                    ),
                    Some(Support::Quotes(quotes)) => {
                        for (n, quote) in quotes.into_iter().enumerate() {
                            let at = match claim {
                                Value::Array(_) => format!("{path}.source.claims.{field}[{n}]"),
                                _ => format!("{path}.source.claims.{field}"),
                            };
                            self.quote(at, quote);
                        }
                    }
                    Some(Support::PublicFact(reason)) => self.push(
                        Severity::Note,
                        format!("{label}.{field}"),
                        format!("public fact, not from the sources: {reason}"),
                    ),
                },
            }
        }
        for field in claims.keys() {
            if entry.get(field).is_none_or(is_empty) {
                self.push(
                    Severity::Warning,
                    format!("{path}.source.claims.{field}"),
                    "a claim for a field the entry does not have".to_string(),
                );
            }
        }
        if !unsourced.is_empty() {
            self.push(
                Severity::Error,
                label,
                format!(
                    "unsourced: {} (no quote in source.claims)",
                    unsourced.join(", ")
                ),
            );
        }
    }
}

/// Every claim without a source, one finding per entry; with `sources`, every quote that
/// is not found in them. The file must be JSON (run the ordinary check first).
pub fn check_sourcing(text: &str, sources: Option<&SourceTexts>) -> Vec<Finding> {
    let mut s = Sourcing {
        findings: Vec::new(),
        sources,
    };
    let Ok(Value::Object(root)) = serde_json::from_str::<Value>(text) else {
        s.push(
            Severity::Error,
            "$".to_string(),
            "not a JSON object: sourcing cannot be checked".to_string(),
        );
        return s.findings;
    };
    if let Some(meta) = root.get("meta").and_then(Value::as_object) {
        s.entry("meta", "meta", meta);
    }
    for kind in ["organizations", "locations", "services", "events"] {
        let entries = root.get(kind).and_then(Value::as_array);
        for (i, entry) in entries.into_iter().flatten().enumerate() {
            if let Some(entry) = entry.as_object() {
                s.entry(kind, &format!("{kind}[{i}]"), entry);
            }
        }
    }
    s.findings.sort_by_key(|f| f.severity);
    s.findings
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn findings(value: Value, sources: Option<&SourceTexts>) -> Vec<String> {
        check_sourcing(&value.to_string(), sources)
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    fn dataset(service: Value) -> Value {
        json!({
            "meta": {"city": "Musterstadt", "time_zone": "Europe/Berlin", "data_date": "2026-11-22",
                     "source": {"name": "Stadt", "claims": {"city": "Stadt Musterstadt"}}},
            "services": [service]
        })
    }

    /// Neither `easy_summary` nor `last_verified` (the keeper's "Stimmt noch") is named.
    #[test]
    fn every_field_without_a_quote_is_named_per_entry() {
        let service = json!({
            "id": "buero", "name": "Büro", "summary": "Hilft.", "easy_summary": "Hilft.",
            "needs": ["beratung"], "citywide": false, "alerts": [],
            "hours": {"osm": "Mo 10:00-12:00", "text": "Mo 10–12"},
            "cost": {"kind": "free"},
            "last_verified": "2026-12-07",
            "source": {"name": "Seite", "claims": {"name": "das Büro", "summary": "hilft"}}
        });
        assert_eq!(
            findings(dataset(service), None),
            ["error: services[0] (buero): unsourced: needs, hours, cost (no quote in source.claims)"]
        );
    }

    #[test]
    fn quotes_must_be_found_in_the_source_texts_word_for_word() {
        let sources = SourceTexts::new([
            "Das Büro in der\n  Marktstraße 1 hilft allen.",
            "Stadt Musterstadt",
        ]);
        let service = json!({
            "id": "buero", "name": "Büro", "summary": "Hilft.",
            "source": {"name": "Seite", "quote": "Das Büro in der Marktstraße 1",
                       "claims": {"name": "Das Büro", "summary": ["hilft allen", "hilft jedem"]}}
        });
        assert_eq!(
            findings(dataset(service), Some(&sources)),
            ["error: services[0].source.claims.summary[1]: quote not found in the source texts: „hilft jedem“"]
        );
    }

    #[test]
    fn a_public_fact_is_a_note_with_its_reason_and_a_bad_claim_an_error() {
        let service = json!({
            "id": "buero", "name": "Büro", "summary": "Hilft.", "location_id": "rathaus",
            "source": {"name": "Seite", "claims": {
                "name": {"public_fact": "Das Büro heißt so."},
                "summary": {"public_fact": ""},
                "location_id": {"public_fact": "Das Rathaus steht am Markt."},
                "url": "https://example.org"
            }}
        });
        assert_eq!(
            findings(dataset(service), None),
            [
                "error: services[0].source.claims.summary: a claim is a quote, a list of quotes or {\"public_fact\": \"reason\"}",
                "warning: services[0].source.claims.url: a claim for a field the entry does not have",
                "note: services[0] (buero).name: public fact, not from the sources: Das Büro heißt so.",
                "note: services[0] (buero).location_id: public fact, not from the sources: Das Rathaus steht am Markt.",
            ]
        );
    }

    #[test]
    fn an_entry_without_a_source_has_every_claim_unsourced_and_settings_are_no_claims() {
        let value = json!({
            "meta": {"city": "Musterstadt", "region": "DE-RP", "time_zone": "Europe/Berlin",
                     "licence": "CC0", "data_date": "2026-11-22",
                     "help": {"label": "Rathaus", "phone": "0631 365-0"}},
            "locations": [{"id": "rathaus", "name": "Rathaus", "address": {"address_1": "Markt 1", "city": "M"}}]
        });
        assert_eq!(
            findings(value, None),
            [
                "error: meta: unsourced: city, region, help (no quote in source.claims)",
                "error: locations[0] (rathaus): unsourced: name, address (no quote in source.claims)",
            ]
        );
    }
}
