//! Reading a dataset file without losing what is good in it.
//!
//! A file that is not JSON, or whose header (version, meta) is unusable, is refused with a
//! structured error the UI turns into a localised message. A single broken entry is left
//! out and reported as a problem; every other entry still loads.

use super::dataset::{Dataset, Meta, SCHEMA_VERSION};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

/// Why a dataset could not be used at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// Not JSON: where the reading stopped.
    Malformed {
        line: usize,
        column: usize,
        detail: String,
    },
    /// JSON, but not a dataset (no object, no `schema_version`).
    NotADataset,
    /// A schema version this build does not know.
    UnsupportedVersion { found: u64, supported: u32 },
    /// A required part (meta, needs, districts, services) is missing or broken.
    Invalid { path: String, detail: String },
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::Malformed {
                line,
                column,
                detail,
            } => {
                write!(
                    f,
                    "not valid JSON at line {line}, column {column}: {detail}"
                )
            }
            LoadError::NotADataset => write!(f, "not a dataset: no schema_version"),
            LoadError::UnsupportedVersion { found, supported } => {
                write!(
                    f,
                    "schema_version {found} is not supported (this build reads {supported})"
                )
            }
            LoadError::Invalid { path, detail } => write!(f, "{path}: {detail}"),
        }
    }
}

/// An entry that was left out, with where it is and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// JSON path such as `services[3]`.
    pub path: String,
    /// The entry's `id` when it had one.
    pub id: Option<String>,
    pub detail: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub dataset: Dataset,
    /// Entries left out because they could not be read.
    pub skipped: Vec<Problem>,
}

/// Parses a dataset, keeping every readable entry.
pub fn load_dataset(text: &str) -> Result<Loaded, LoadError> {
    let root: Value = serde_json::from_str(text).map_err(|e| LoadError::Malformed {
        line: e.line(),
        column: e.column(),
        detail: e.to_string(),
    })?;
    let Value::Object(mut root) = root else {
        return Err(LoadError::NotADataset);
    };
    let version = root
        .get("schema_version")
        .and_then(Value::as_u64)
        .ok_or(LoadError::NotADataset)?;
    if version != u64::from(SCHEMA_VERSION) {
        return Err(LoadError::UnsupportedVersion {
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    let schema = root
        .get("$schema")
        .and_then(Value::as_str)
        .map(str::to_string);
    let meta: Meta = take_required(&mut root, "meta")?;
    let mut skipped = Vec::new();
    let needs = take_entries(&mut root, "needs", true, &mut skipped)?;
    let districts = take_entries(&mut root, "districts", true, &mut skipped)?;
    let organizations = take_entries(&mut root, "organizations", false, &mut skipped)?;
    let locations = take_entries(&mut root, "locations", false, &mut skipped)?;
    let services = take_entries(&mut root, "services", true, &mut skipped)?;
    let events = take_entries(&mut root, "events", false, &mut skipped)?;
    Ok(Loaded {
        dataset: Dataset {
            schema,
            schema_version: SCHEMA_VERSION,
            meta,
            needs,
            districts,
            organizations,
            locations,
            services,
            events,
        },
        skipped,
    })
}

fn take_required<T: DeserializeOwned>(
    root: &mut Map<String, Value>,
    key: &str,
) -> Result<T, LoadError> {
    let value = root.remove(key).ok_or_else(|| LoadError::Invalid {
        path: key.to_string(),
        detail: "missing".to_string(),
    })?;
    serde_json::from_value(value).map_err(|e| LoadError::Invalid {
        path: key.to_string(),
        detail: e.to_string(),
    })
}

fn take_entries<T: DeserializeOwned>(
    root: &mut Map<String, Value>,
    key: &str,
    required: bool,
    skipped: &mut Vec<Problem>,
) -> Result<Vec<T>, LoadError> {
    let entries = match root.remove(key) {
        Some(Value::Array(entries)) => entries,
        Some(_) => {
            return Err(LoadError::Invalid {
                path: key.to_string(),
                detail: "must be a list".to_string(),
            });
        }
        None if required => {
            return Err(LoadError::Invalid {
                path: key.to_string(),
                detail: "missing".to_string(),
            });
        }
        None => return Ok(Vec::new()),
    };
    let mut good = Vec::with_capacity(entries.len());
    for (index, entry) in entries.into_iter().enumerate() {
        let id = entry.get("id").and_then(Value::as_str).map(str::to_string);
        match serde_json::from_value(entry) {
            Ok(parsed) => good.push(parsed),
            Err(e) => skipped.push(Problem {
                path: format!("{key}[{index}]"),
                id,
                detail: e.to_string(),
            }),
        }
    }
    Ok(good)
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) const MINIMAL: &str = r#"{
      "schema_version": 1,
      "meta": {
        "city": "Musterstadt", "region": "DE-RP", "time_zone": "Europe/Berlin",
        "licence": "CC BY 4.0", "data_date": "2026-01-15",
        "maintainer": {"name": "Seniorenbeirat", "email": "info@example.org"},
        "correction_email": "info@example.org",
        "help": {"label": "Bürgerbüro", "phone": "+49 631 0000"}
      },
      "needs": [{"id": "beratung", "label": "Beratung"}],
      "districts": [{"id": "mitte", "label": "Mitte"}],
      "services": [
        {"id": "a", "name": "Beratung A", "summary": "Hilft.", "needs": ["beratung"],
         "last_verified": "2026-01-15", "source": {"name": "Presse", "date": "2026-01-15"}},
        {"id": "b", "name": 42, "summary": "kaputt", "needs": [],
         "last_verified": "2026-01-15", "source": {"name": "Presse", "date": "2026-01-15"}}
      ]
    }"#;

    #[test]
    fn keeps_good_entries_and_reports_the_broken_one() {
        let loaded = load_dataset(MINIMAL).unwrap();
        assert_eq!(loaded.dataset.services.len(), 1);
        assert_eq!(loaded.dataset.services[0].id, "a");
        assert_eq!(loaded.skipped.len(), 1);
        assert_eq!(loaded.skipped[0].path, "services[1]");
        assert_eq!(loaded.skipped[0].id.as_deref(), Some("b"));
    }

    #[test]
    fn malformed_json_says_where() {
        let err = load_dataset("{\n  \"schema_version\": 1,\n  \"meta\": {").unwrap_err();
        assert!(
            matches!(err, LoadError::Malformed { line: 3, .. }),
            "{err:?}"
        );
    }

    #[test]
    fn refuses_unknown_versions_and_non_datasets() {
        assert_eq!(load_dataset("[1,2]").unwrap_err(), LoadError::NotADataset);
        assert_eq!(load_dataset("{}").unwrap_err(), LoadError::NotADataset);
        let newer = MINIMAL.replace("\"schema_version\": 1", "\"schema_version\": 2");
        assert_eq!(
            load_dataset(&newer).unwrap_err(),
            LoadError::UnsupportedVersion {
                found: 2,
                supported: 1
            }
        );
    }

    #[test]
    fn broken_meta_is_an_error_with_its_path() {
        let broken = MINIMAL.replace("\"region\": \"DE-RP\",", "");
        match load_dataset(&broken).unwrap_err() {
            LoadError::Invalid { path, detail } => {
                assert_eq!(path, "meta");
                assert!(detail.contains("region"), "{detail}");
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn missing_services_list_is_an_error() {
        let value: serde_json::Value = serde_json::from_str(MINIMAL).unwrap();
        let mut object = value.as_object().unwrap().clone();
        object.remove("services");
        let text = serde_json::to_string(&object).unwrap();
        assert_eq!(
            load_dataset(&text).unwrap_err(),
            LoadError::Invalid {
                path: "services".into(),
                detail: "missing".into()
            }
        );
    }
}
