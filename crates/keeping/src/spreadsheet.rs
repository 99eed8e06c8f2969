//! One row per service, so volunteers can keep the services in a spreadsheet. The rest of
//! the dataset (meta, needs, districts, organizations, locations, events) stays in JSON:
//! `import` puts the rows back into that file.
//!
//! Texts in the dataset language have a plain column (`name`); translations have one
//! column per language (`name@en`). Lists are joined with " | ". Contacts and rotations are
//! structured, so they are JSON cells.

use crate::csv;
use crate::normalize::normalize_hours;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use wegweiser_core::domain::dataset::{
    Access, Appointment, Cost, CostKind, Dataset, Hours, Service, Source,
};
use wegweiser_core::domain::dated::Day;
use wegweiser_core::domain::hours::Calendar;
use wegweiser_core::domain::text::LocalText;

pub(crate) const LIST_SEPARATOR: &str = " | ";

/// One service as a spreadsheet row: the columns in the file's order, each cell as text as
/// a volunteer writes it (a file may leave columns out; they read as empty). Reading a cell
/// into its type happens in [`import_services`], with a message naming the row and column.
/// Translations (`name@en`) are columns after these, one per language and text column.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
struct Row {
    id: String,
    name: String,
    summary: String,
    easy_summary: String,
    description: String,
    needs: String,
    organization_id: String,
    location_id: String,
    citywide: String,
    districts: String,
    target_groups: String,
    minimum_age: String,
    languages: String,
    cost_kind: String,
    cost_text: String,
    appointment: String,
    walk_in: String,
    home_visits: String,
    registration: String,
    registration_days: String,
    hours_osm: String,
    hours_text: String,
    alerts: String,
    url: String,
    email: String,
    last_verified: String,
    source_name: String,
    source_url: String,
    source_date: String,
    source_note: String,
    source_quote: String,
    source_claims: String,
    contacts: String,
    rotation: String,
    ask_at: String,
}

impl Row {
    /// The columns and cells in order (the tools' JSON keeps the struct's field order).
    fn cells(&self) -> Vec<(String, String)> {
        match serde_json::to_value(self) {
            Ok(serde_json::Value::Object(map)) => map
                .into_iter()
                .map(|(k, v)| (k, v.as_str().unwrap_or_default().to_string()))
                .collect(),
            _ => Vec::new(),
        }
    }
}

/// Text columns that may carry translations.
const TEXT_COLUMNS: [&str; 6] = [
    "name",
    "summary",
    "easy_summary",
    "description",
    "hours_text",
    "cost_text",
];
const LIST_TEXT_COLUMNS: [&str; 2] = ["target_groups", "alerts"];

/// The columns a file must have.
const REQUIRED_COLUMNS: [&str; 5] = ["id", "name", "summary", "needs", "source_name"];

fn texts(service: &Service) -> Vec<(&'static str, Option<&LocalText>)> {
    vec![
        ("name", Some(&service.name)),
        ("summary", Some(&service.summary)),
        ("easy_summary", service.easy_summary.as_ref()),
        ("description", service.description.as_ref()),
        ("hours_text", service.hours.as_ref().map(|h| &h.text)),
        (
            "cost_text",
            service.cost.as_ref().and_then(|c| c.text.as_ref()),
        ),
    ]
}

fn translations(dataset: &Dataset) -> Vec<String> {
    let base = dataset.meta.language.as_str();
    let mut langs = BTreeSet::new();
    for service in &dataset.services {
        let lists = service.target_groups.iter().chain(&service.alerts);
        for text in texts(service).into_iter().flat_map(|(_, t)| t).chain(lists) {
            for (lang, _) in text.all() {
                if !lang.is_empty() && lang != base {
                    langs.insert(lang.to_string());
                }
            }
        }
    }
    langs.into_iter().collect()
}

fn yes_no(value: bool) -> String {
    if value { "ja" } else { "nein" }.to_string()
}

fn parse_bool(value: &str) -> Result<bool, String> {
    match value.trim().to_lowercase().as_str() {
        "ja" | "yes" | "x" | "1" | "true" | "wahr" => Ok(true),
        "nein" | "no" | "" | "0" | "false" | "falsch" => Ok(false),
        other => Err(format!("\"{other}\" is not ja or nein")),
    }
}

fn text_in(text: Option<&LocalText>, lang: &str, base: &str) -> String {
    text.map(|t| {
        if lang == base {
            t.get(base).to_string()
        } else {
            t.all()
                .find(|(l, _)| *l == lang)
                .map(|(_, v)| v.to_string())
                .unwrap_or_default()
        }
    })
    .unwrap_or_default()
}

/// A value of a unit enum as the dataset writes it (`free`, `recommended`).
fn keyword(value: impl Serialize) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// A structured cell as JSON, empty when there is nothing.
fn json_cell(value: Option<impl Serialize>) -> String {
    value
        .and_then(|v| serde_json::to_string(&v).ok())
        .unwrap_or_default()
}

impl Row {
    fn of(s: &Service, base: &str) -> Row {
        let text = |column: &str| text_of(s, column, base, base);
        Row {
            id: s.id.clone(),
            name: text("name"),
            summary: text("summary"),
            easy_summary: text("easy_summary"),
            description: text("description"),
            needs: s.needs.join(", "),
            organization_id: s.organization_id.clone().unwrap_or_default(),
            location_id: s.location_id.clone().unwrap_or_default(),
            citywide: yes_no(s.citywide),
            districts: s.districts.join(", "),
            target_groups: list_in(&s.target_groups, base, base),
            minimum_age: s.minimum_age.map(|a| a.to_string()).unwrap_or_default(),
            languages: s.languages.join(", "),
            cost_kind: s.cost.as_ref().map(|c| keyword(c.kind)).unwrap_or_default(),
            cost_text: text("cost_text"),
            appointment: keyword(s.access.appointment),
            walk_in: yes_no(s.access.walk_in),
            home_visits: yes_no(s.access.home_visits),
            registration: yes_no(s.access.registration),
            registration_days: s
                .access
                .registration_days
                .map(|d| d.to_string())
                .unwrap_or_default(),
            hours_osm: s
                .hours
                .as_ref()
                .and_then(|h| h.osm.clone())
                .unwrap_or_default(),
            hours_text: text("hours_text"),
            alerts: list_in(&s.alerts, base, base),
            url: s.url.clone().unwrap_or_default(),
            email: s.email.clone().unwrap_or_default(),
            last_verified: s
                .last_verified
                .as_ref()
                .map(Day::to_string)
                .unwrap_or_default(),
            source_name: s.source.name.clone(),
            source_url: s.source.url.clone().unwrap_or_default(),
            source_date: s
                .source
                .date
                .as_ref()
                .map(Day::to_string)
                .unwrap_or_default(),
            source_note: s.source.note.clone().unwrap_or_default(),
            source_quote: s.source.quote.clone().unwrap_or_default(),
            source_claims: json_cell(s.source.claims.as_ref()),
            contacts: json_cell(Some(&s.contacts).filter(|c| !c.is_empty())),
            rotation: json_cell(s.rotation.as_ref()),
            ask_at: s.ask_at.clone().unwrap_or_default(),
        }
    }
}

/// A text column of a service in `lang` (empty where it has none).
fn text_of(s: &Service, column: &str, lang: &str, base: &str) -> String {
    texts(s)
        .into_iter()
        .find(|(c, _)| *c == column)
        .map(|(_, t)| text_in(t, lang, base))
        .unwrap_or_default()
}

/// A list of texts in `lang`, joined with " | ".
fn list_in(items: &[LocalText], lang: &str, base: &str) -> String {
    items
        .iter()
        .map(|t| text_in(Some(t), lang, base))
        .collect::<Vec<_>>()
        .join(LIST_SEPARATOR)
}

/// The services as CSV: the [`Row`] columns, then the translations.
pub fn export_services(dataset: &Dataset, delimiter: char) -> String {
    let base = dataset.meta.language.as_str();
    let langs = translations(dataset);
    let translation_columns: Vec<(String, &str)> = langs
        .iter()
        .flat_map(|lang| {
            TEXT_COLUMNS
                .iter()
                .chain(&LIST_TEXT_COLUMNS)
                .map(move |column| (lang.clone(), *column))
        })
        .collect();
    let mut rows = vec![Row::default()
        .cells()
        .into_iter()
        .map(|(column, _)| column)
        .chain(
            translation_columns
                .iter()
                .map(|(lang, c)| format!("{c}@{lang}")),
        )
        .collect::<Vec<_>>()];
    for s in &dataset.services {
        let translated = translation_columns
            .iter()
            .map(|(lang, column)| match *column {
                "target_groups" => list_in(&s.target_groups, lang, base),
                "alerts" => list_in(&s.alerts, lang, base),
                column => text_of(s, column, lang, base),
            });
        rows.push(
            Row::of(s, base)
                .cells()
                .into_iter()
                .map(|(_, cell)| cell)
                .chain(translated)
                .collect(),
        );
    }
    csv::write(&rows, delimiter)
}

/// What the import did, row by row.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Rewrites of hand-written hours, by row (1-based, header is row 1).
    pub changes: Vec<String>,
    pub warnings: Vec<String>,
    pub errors: Vec<String>,
}

impl ImportReport {
    /// A report of one error that stops the import.
    pub fn error(message: impl Into<String>) -> ImportReport {
        ImportReport {
            errors: vec![message.into()],
            ..ImportReport::default()
        }
    }
}

/// Replaces the services of `dataset` with the rows of `text`. On any error nothing is
/// replaced and the report lists every error.
pub fn import_services(dataset: &mut Dataset, text: &str) -> ImportReport {
    let sheet = read_services(dataset, text);
    if sheet.report.errors.is_empty() {
        dataset.services = sheet.rows.into_iter().flatten().collect();
    }
    sheet.report
}

/// A services sheet read row by row, for a dataset.
#[derive(Debug, Default)]
pub struct SheetRows {
    /// Each row in the sheet's order: its service, or, where the row cannot be read, the
    /// id it names (its errors are in the report, by row and column).
    pub rows: Vec<Result<Service, String>>,
    pub report: ImportReport,
}

impl SheetRows {
    /// Whether the sheet as a whole could not be read (no header, a column missing, an
    /// unclosed quote): no row is there.
    pub fn failed(&self) -> bool {
        self.rows.is_empty() && !self.report.errors.is_empty()
    }
}

/// Reads the rows of the services sheet `text` for `dataset` (its language, region and
/// translations): every row that can be read, and a report of every one that cannot.
pub fn read_services(dataset: &Dataset, text: &str) -> SheetRows {
    let failed = |report: ImportReport| SheetRows {
        rows: Vec::new(),
        report,
    };
    let (header, records) = match csv::read(text) {
        Ok(file) => file,
        Err(error) => return failed(ImportReport::error(error)),
    };
    let mut report = ImportReport::default();
    if header.is_empty() {
        report.errors.push("the file is empty".to_string());
        return failed(report);
    }
    for required in REQUIRED_COLUMNS {
        if !header.iter().any(|h| h == required) {
            report
                .errors
                .push(format!("column \"{required}\" is missing"));
        }
    }
    if !report.errors.is_empty() {
        return failed(report);
    }
    let base = dataset.meta.language.clone();
    let calendar = Calendar::new(&dataset.meta.region, &dataset.meta.time_zone).ok();
    let langs: Vec<String> = header
        .iter()
        .filter_map(|h| h.split_once('@'))
        .map(|(_, l)| l.to_string())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let mut rows = Vec::new();
    for (index, record) in records.iter().enumerate() {
        let line = index + 2;
        let row: Row = match record.deserialize(Some(&header)) {
            Ok(row) => row,
            Err(error) => {
                report.errors.push(format!("row {line}: {error}"));
                let id = header
                    .iter()
                    .position(|h| h == "id")
                    .and_then(|i| record.get(i));
                rows.push(Err(id.unwrap_or_default().to_string()));
                continue;
            }
        };
        // A text column by name, for the texts and their translations (`name@en`).
        let cell = |name: &str| -> String {
            header
                .iter()
                .position(|h| h == name)
                .and_then(|i| record.get(i))
                .map(str::to_string)
                .unwrap_or_default()
        };
        let optional = |value: &str| Some(value.to_string()).filter(|v| !v.is_empty());
        let list = |value: &str| -> Vec<String> {
            value
                .split(',')
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_string)
                .collect()
        };
        let text = |column: &str| -> Option<LocalText> {
            let base_text = cell(column);
            let translated: Vec<(String, String)> = langs
                .iter()
                .map(|l| (l.clone(), cell(&format!("{column}@{l}"))))
                .filter(|(_, v)| !v.is_empty())
                .collect();
            if base_text.is_empty() && translated.is_empty() {
                return None;
            }
            if translated.is_empty() {
                return Some(LocalText::plain(base_text));
            }
            let mut text = LocalText::default().with(&base, base_text);
            for (lang, value) in translated {
                text = text.with(&lang, value);
            }
            Some(text)
        };
        let text_list = |column: &str| -> Vec<LocalText> {
            let split = |v: String| -> Vec<String> {
                if v.is_empty() {
                    Vec::new()
                } else {
                    v.split(LIST_SEPARATOR).map(str::to_string).collect()
                }
            };
            let base_items = split(cell(column));
            let by_lang: Vec<(String, Vec<String>)> = langs
                .iter()
                .map(|l| (l.clone(), split(cell(&format!("{column}@{l}")))))
                .collect();
            base_items
                .iter()
                .enumerate()
                .map(|(i, item)| {
                    let translated: Vec<(&String, &String)> = by_lang
                        .iter()
                        .filter_map(|(l, items)| {
                            items.get(i).filter(|v| !v.is_empty()).map(|v| (l, v))
                        })
                        .collect();
                    if translated.is_empty() {
                        LocalText::plain(item.clone())
                    } else {
                        translated.into_iter().fold(
                            LocalText::default().with(&base, item.clone()),
                            |t, (l, v)| t.with(l, v.clone()),
                        )
                    }
                })
                .collect()
        };
        let mut row_errors = Vec::new();
        let mut flag = |name: &str, value: &str| {
            parse_bool(value).unwrap_or_else(|e| {
                row_errors.push(format!("row {line}, {name}: {e}"));
                false
            })
        };
        let citywide = flag("citywide", &row.citywide);
        let walk_in = flag("walk_in", &row.walk_in);
        let home_visits = flag("home_visits", &row.home_visits);
        let registration = flag("registration", &row.registration);
        let appointment = match row.appointment.as_str() {
            "" | "none" | "nein" => Appointment::None,
            "recommended" | "empfohlen" => Appointment::Recommended,
            "required" | "ja" | "nötig" => Appointment::Required,
            other => {
                row_errors.push(format!(
                    "row {line}, appointment: \"{other}\" is not none, recommended or required"
                ));
                Appointment::None
            }
        };
        let cost_kind = match row.cost_kind.as_str() {
            "" => None,
            "free" | "kostenfrei" => Some(CostKind::Free),
            "paid" | "kostenpflichtig" => Some(CostKind::Paid),
            "donation" | "spende" => Some(CostKind::Donation),
            "unknown" => Some(CostKind::Unknown),
            other => {
                row_errors.push(format!(
                    "row {line}, cost_kind: \"{other}\" is not free, paid, donation or unknown"
                ));
                None
            }
        };
        let minimum_age = match optional(&row.minimum_age).map(|a| a.parse::<u8>()) {
            None => None,
            Some(Ok(age)) => Some(age),
            Some(Err(_)) => {
                row_errors.push(format!(
                    "row {line}, minimum_age: \"{}\" is not a number",
                    row.minimum_age
                ));
                None
            }
        };
        let registration_days = match optional(&row.registration_days).map(|d| d.parse::<u8>()) {
            None => None,
            Some(Ok(days)) => Some(days),
            Some(Err(_)) => {
                row_errors.push(format!(
                    "row {line}, registration_days: \"{}\" is not a number",
                    row.registration_days
                ));
                None
            }
        };
        let mut osm = optional(&row.hours_osm);
        if let (Some(expression), Some(calendar)) = (&osm, &calendar) {
            match normalize_hours(expression, calendar) {
                Ok(normalized) => {
                    if !normalized.changes.is_empty() {
                        report.changes.push(format!(
                            "row {line}, hours_osm: \"{expression}\" → \"{}\" ({})",
                            normalized.expression,
                            normalized.changes.join(", ")
                        ));
                    }
                    for warning in normalized.warnings {
                        report
                            .warnings
                            .push(format!("row {line}, hours_osm: {warning}"));
                    }
                    osm = Some(normalized.expression);
                }
                Err(error) => row_errors.push(format!("row {line}, hours_osm: {error}")),
            }
        }
        let contacts = match optional(&row.contacts).map(|c| serde_json::from_str(&c)) {
            None => Vec::new(),
            Some(Ok(contacts)) => contacts,
            Some(Err(e)) => {
                row_errors.push(format!("row {line}, contacts: not valid JSON: {e}"));
                Vec::new()
            }
        };
        let rotation = match optional(&row.rotation).map(|c| serde_json::from_str(&c)) {
            None => None,
            Some(Ok(rotation)) => Some(rotation),
            Some(Err(e)) => {
                row_errors.push(format!("row {line}, rotation: not valid JSON: {e}"));
                None
            }
        };
        let claims = match optional(&row.source_claims).map(|c| serde_json::from_str(&c)) {
            None => None,
            Some(Ok(claims)) => Some(claims),
            Some(Err(e)) => {
                row_errors.push(format!("row {line}, source_claims: not valid JSON: {e}"));
                None
            }
        };
        if cost_kind.is_none() && !row.cost_text.is_empty() {
            row_errors.push(format!(
                "row {line}, cost_text: give cost_kind too (free, paid, donation or unknown)"
            ));
        }
        let hours_text = text("hours_text");
        if osm.is_some() && hours_text.is_none() {
            row_errors.push(format!(
                "row {line}, hours_text: the source's words are needed beside hours_osm"
            ));
        }
        for column in REQUIRED_COLUMNS {
            if cell(column).is_empty() {
                row_errors.push(format!("row {line}, {column}: empty"));
            }
        }
        if !row_errors.is_empty() {
            report.errors.extend(row_errors);
            rows.push(Err(row.id.clone()));
            continue;
        }
        rows.push(Ok(Service {
            id: row.id.clone(),
            name: text("name").unwrap_or_default(),
            organization_id: optional(&row.organization_id),
            location_id: optional(&row.location_id),
            citywide,
            districts: list(&row.districts),
            summary: text("summary").unwrap_or_default(),
            easy_summary: text("easy_summary"),
            description: text("description"),
            needs: list(&row.needs),
            target_groups: text_list("target_groups"),
            minimum_age,
            languages: list(&row.languages),
            cost: cost_kind.map(|kind| Cost {
                kind,
                text: text("cost_text"),
            }),
            access: Access {
                appointment,
                walk_in,
                home_visits,
                registration,
                registration_days,
            },
            contacts,
            hours: hours_text.map(|text| Hours {
                osm: osm.clone(),
                text,
            }),
            rotation,
            alerts: text_list("alerts"),
            url: optional(&row.url),
            email: optional(&row.email),
            ask_at: optional(&row.ask_at),
            last_verified: optional(&row.last_verified).map(Day::new),
            source: Source {
                name: row.source_name.clone(),
                url: optional(&row.source_url),
                date: optional(&row.source_date).map(Day::new),
                note: optional(&row.source_note),
                quote: optional(&row.source_quote),
                claims,
            },
        }));
    }
    SheetRows { rows, report }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wegweiser_core::domain::load::load_dataset;

    use wegweiser_core::testing::kaiserslautern as bundled;

    #[test]
    fn export_then_import_gives_the_same_dataset() {
        for (name, text) in [
            (
                "Kaiserslautern",
                wegweiser_core::testing::KAISERSLAUTERN_JSON,
            ),
            ("Dortmund", wegweiser_core::testing::DORTMUND_JSON),
        ] {
            let original = load_dataset(text).unwrap().dataset;
            for delimiter in [';', ','] {
                let csv = export_services(&original, delimiter);
                let mut imported = original.clone();
                imported.services.clear();
                let report = import_services(&mut imported, &csv);
                assert_eq!(report.errors, Vec::<String>::new(), "{name}");
                assert_eq!(
                    report.changes,
                    Vec::<String>::new(),
                    "{name}: valid hours are kept as they are"
                );
                for (after, before) in imported.services.iter().zip(&original.services) {
                    assert_eq!(after, before, "{name} with {delimiter:?}");
                }
                assert_eq!(imported, original, "{name} with {delimiter:?}");
            }
        }
    }

    /// Issue 29, finding 25: registration ahead has columns of its own, and a lead time
    /// that is not a number is an error naming its row.
    #[test]
    fn registration_ahead_goes_through_the_spreadsheet() {
        let mut dataset = bundled();
        dataset.services[0].access.registration = true;
        dataset.services[0].access.registration_days = Some(2);
        let csv = export_services(&dataset, ';');
        let header = csv.lines().next().unwrap();
        assert!(
            header.contains(";registration;registration_days;"),
            "{header}"
        );
        let mut imported = dataset.clone();
        imported.services.clear();
        assert_eq!(
            import_services(&mut imported, &csv).errors,
            Vec::<String>::new()
        );
        assert_eq!(imported.services[0].access, dataset.services[0].access);
        let broken = csv.replacen(";ja;2;", ";ja;zwei;", 1);
        let report = import_services(&mut imported, &broken);
        assert_eq!(
            report.errors,
            ["row 2, registration_days: \"zwei\" is not a number"]
        );
    }

    #[test]
    fn hand_written_hours_are_normalised_and_reported() {
        let mut dataset = bundled();
        let mut csv = export_services(&dataset, ';');
        assert_eq!(csv.matches(";Tu 10:00-12:00;").count(), 1);
        csv = csv.replace(";Tu 10:00-12:00;", ";Di 10–12 Uhr;");
        let report = import_services(&mut dataset, &csv);
        assert_eq!(report.errors, Vec::<String>::new());
        assert_eq!(report.changes.len(), 1, "{:?}", report.changes);
        assert!(
            report.changes[0].contains("\"Di 10–12 Uhr\" → \"Tu 10:00-12:00\""),
            "{}",
            report.changes[0]
        );
        let nurse = dataset.service("gemeindeschwester-plus").unwrap();
        assert_eq!(
            nurse.hours.as_ref().unwrap().osm.as_deref(),
            Some("Tu 10:00-12:00")
        );
    }

    #[test]
    fn errors_name_the_row_and_keep_the_old_services() {
        let mut dataset = bundled();
        let before = dataset.services.clone();
        let csv = export_services(&dataset, ';')
            .replace(";Tu[1] 12:00-14:00;", ";jeden ersten Dienstag;");
        let report = import_services(&mut dataset, &csv);
        assert_eq!(report.errors.len(), 1, "{:?}", report.errors);
        assert!(report.errors[0].starts_with("row "), "{}", report.errors[0]);
        assert!(
            report.errors[0].contains("hours_osm"),
            "{}",
            report.errors[0]
        );
        assert_eq!(dataset.services, before, "nothing replaced on error");
    }

    #[test]
    fn missing_columns_and_bad_flags_are_errors() {
        let mut dataset = bundled();
        assert!(import_services(&mut dataset, "id;name\na;b\n").errors[0].contains("summary"));
        let csv = export_services(&dataset, ';').replacen(";nein;", ";vielleicht;", 1);
        let report = import_services(&mut dataset, &csv);
        assert!(
            report
                .errors
                .iter()
                .any(|e| e.contains("is not ja or nein")),
            "{:?}",
            report.errors
        );
    }
}
