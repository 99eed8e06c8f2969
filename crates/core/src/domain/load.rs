//! Reading a dataset file without losing what is good in it.
//!
//! A file that is not JSON, or whose header (version, meta) is unusable, is refused with a
//! structured error the UI turns into a localised message. A single broken entry is left
//! out and reported as a problem; every other entry still loads.

use super::dataset::{
    Dataset, District, Event, Location, Meta, Need, Organization, Service, SCHEMA_VERSION,
};
use super::lookup::Lookup;
use serde::de::DeserializeOwned;
use serde_json::value::RawValue;
use serde_json::Value;

mod objects;
mod split;
pub use objects::Objects;
use split::{check_syntax, Piece, Refusal, Sink, Splitter};

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
    /// Entries read with a part left out, so that the rest can be used: a need's parent
    /// that closed a cycle ([`break_need_cycles`]), an unsafe `meta.public_url`
    /// ([`keep_public_url_if_safe`]).
    pub repaired: Vec<Problem>,
    /// What the loader read from other fields of an entry ([`districts_from_postcodes`]).
    pub derived: Vec<Derived>,
}

/// A location's district, taken from its postcode: the indexes of the location and of the
/// district (the tools say it in words; the app needs nothing more).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Derived {
    pub location: usize,
    pub district: usize,
}

/// Entries per list beyond this are left out: a city has thousands, not millions, and a
/// runaway file must not freeze a phone.
pub const MAX_ENTRIES: usize = 100_000;
/// Characters in any one text of an entry; longer ones make the entry unreadable.
pub const MAX_TEXT_CHARS: usize = 20_000;
/// Characters in an id.
pub const MAX_ID_CHARS: usize = 80;

/// Ids become parts of links (`/service/<id>`, `?ids=a,b`): lower-case letters, digits, `-`
/// and `_`, starting with a letter or digit, at most [`MAX_ID_CHARS`] long.
pub fn is_id(id: &str) -> bool {
    (1..=MAX_ID_CHARS).contains(&id.len())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
        && id.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
}

/// The first text in `value` longer than [`MAX_TEXT_CHARS`], as a JSON path below the entry.
fn overlong_text(value: &Value) -> Option<String> {
    match value {
        Value::String(text) => {
            (text.len() > MAX_TEXT_CHARS && text.chars().count() > MAX_TEXT_CHARS).then(String::new)
        }
        Value::Array(items) => items
            .iter()
            .enumerate()
            .find_map(|(i, v)| overlong_text(v).map(|p| format!("[{i}]{p}"))),
        Value::Object(fields) => fields
            .iter()
            .find_map(|(k, v)| overlong_text(v).map(|p| format!(".{k}{p}"))),
        _ => None,
    }
}

/// Why an entry cannot be used before its fields are even read: a missing or unsafe id, or
/// a text too long to show.
fn entry_problem(entry: &Value) -> Option<String> {
    let id = match entry.get("id") {
        Some(Value::String(id)) => id,
        Some(_) => return Some("id must be a text".to_string()),
        None => return Some("missing field `id`".to_string()),
    };
    if !is_id(id) {
        let shown: String = id.chars().take(MAX_ID_CHARS).collect();
        return Some(format!(
            "id \"{shown}\" may only have a-z, 0-9, - and _ (at most {MAX_ID_CHARS})"
        ));
    }
    overlong_text(entry)
        .map(|path| format!("text{path} is longer than {MAX_TEXT_CHARS} characters"))
}

/// A list of the file whose entries carry an id (needs, districts, services, …).
pub trait Entry: DeserializeOwned {
    fn id(&self) -> &str;
}

macro_rules! entries_with_ids {
    ($($kind:ty),*) => {
        $(impl Entry for $kind {
            fn id(&self) -> &str {
                &self.id
            }
        })*
    };
}
entries_with_ids!(Need, District, Organization, Location, Service, Event);

/// A message of serde_json without the position it appends ("… at line 1 column 42"),
/// which would point into the entry's own text, not the file.
fn message(error: &serde_json::Error) -> String {
    let text = error.to_string();
    let position = format!(" at line {} column {}", error.line(), error.column());
    text.strip_suffix(&position).unwrap_or(&text).to_string()
}

/// Parses a dataset, keeping every readable entry. A key given twice in an entry makes the
/// entry unreadable (which value is meant?), and `check` names it.
pub fn load_dataset(text: &str) -> Result<Loaded, LoadError> {
    let mut reader = DatasetReader::new();
    // In pieces, as the app reads: the reader then never holds a second copy of the file.
    for piece in text.as_bytes().chunks(PIECE_BYTES) {
        reader.push(piece)?;
    }
    reader.finish()
}

/// The pieces a file is read in: large enough that the steps between them cost nothing,
/// small enough that reading one takes about 30 ms on a slow tablet (the app lets the
/// browser run between pieces) and that the reader never holds much of the file.
pub const PIECE_BYTES: usize = 1 << 20;

/// Reads a dataset file as its bytes arrive, entry by entry straight into the types: the
/// file is never held whole, nor read into a JSON tree (a tree is built only to explain a
/// broken entry, or to measure the texts of a large one). Parts may come in any order; the
/// file is judged as a whole at the end.
pub struct DatasetReader {
    splitter: Splitter,
    parts: Parts,
    /// Why the file was refused: every later call says it again.
    refused: Option<LoadError>,
}

impl Default for DatasetReader {
    fn default() -> Self {
        DatasetReader::new()
    }
}

impl DatasetReader {
    pub fn new() -> DatasetReader {
        DatasetReader {
            splitter: Splitter::new(),
            parts: Parts::default(),
            refused: None,
        }
    }

    /// The next bytes of the file, cut anywhere (even inside a character). Reads every
    /// entry they complete; an error means the file is not JSON and cannot be used (the
    /// rest of the file changes nothing).
    pub fn push(&mut self, bytes: &[u8]) -> Result<(), LoadError> {
        if let Some(error) = &self.refused {
            return Err(error.clone());
        }
        let pushed = self.splitter.push(bytes, &mut self.parts);
        if let Err(error) = &pushed {
            self.refused = Some(error.clone());
        }
        pushed
    }

    /// The end of the file: the dataset, or why it cannot be used.
    pub fn finish(mut self) -> Result<Loaded, LoadError> {
        if let Some(error) = self.refused {
            return Err(error);
        }
        self.splitter.finish(&mut self.parts)?;
        self.parts.into_loaded()
    }
}

/// The parts read so far.
#[derive(Default)]
struct Parts {
    /// `schema_version` as given (`None` inside: not a whole number).
    version: Option<Option<u64>>,
    schema: Option<String>,
    meta: Option<Result<Meta, LoadError>>,
    needs: List<Need>,
    districts: List<District>,
    organizations: List<Organization>,
    locations: List<Location>,
    services: List<Service>,
    events: List<Event>,
    /// Top-level keys of the dataset seen so far, each allowed once.
    seen: Vec<&'static str>,
    /// The first of them given twice.
    given_twice: Option<&'static str>,
}

/// The dataset's top-level keys besides its lists (`dataset::LISTS`).
const HEADER_KEYS: [&str; 3] = ["schema_version", "$schema", "meta"];

impl Sink for Parts {
    fn piece(&mut self, piece: Piece<'_>) -> Result<(), Refusal> {
        let key = match &piece {
            Piece::Member { key, .. } | Piece::ListStart { key } => *key,
        };
        let mut known = HEADER_KEYS.iter().chain(&super::dataset::LISTS);
        if let Some(known) = known.find(|k| **k == key) {
            if self.seen.contains(known) {
                // Which one is meant? Said once the file is known to be a dataset.
                self.given_twice.get_or_insert(known);
            }
            self.seen.push(known);
        }
        let Piece::Member { raw, .. } = piece else {
            // A list: its entries follow.
            match key {
                "schema_version" => self.version = Some(None),
                "meta" => {
                    self.meta = Some(Err(LoadError::Invalid {
                        path: "meta".to_string(),
                        detail: "must be an object".to_string(),
                    }))
                }
                _ => {
                    if let Some(list) = self.list(key) {
                        *list.found() = Found::List;
                    }
                }
            }
            return Ok(());
        };
        check_syntax(raw)?;
        match key {
            "schema_version" => self.version = Some(serde_json::from_slice::<u64>(raw).ok()),
            "$schema" => self.schema = serde_json::from_slice::<String>(raw).ok(),
            "meta" => self.meta = Some(read_meta(raw)),
            _ => {
                if let Some(list) = self.list(key) {
                    *list.found() = Found::NotAList;
                }
            }
        }
        Ok(())
    }

    fn element(&mut self, key: &str, rest: &[u8]) -> Option<usize> {
        match self.list(key) {
            Some(list) => list.try_add(rest),
            // A list the app does not read: only its syntax matters.
            None => read_at::<&RawValue>(rest).map(|(_, length)| length),
        }
    }

    fn whole_element(&mut self, key: &str, raw: &[u8]) -> Result<(), Refusal> {
        match self.list(key) {
            Some(list) => list.add_whole(key, raw),
            None => check_syntax(raw),
        }
    }
}

/// The value `rest` starts with, and how many bytes it took, when it reads from `rest`
/// alone. A number, `true`, `false` or `null` ends only where something else begins, so
/// one at the end of `rest` may go on in the next bytes.
fn read_at<'a, T: serde::Deserialize<'a>>(rest: &'a [u8]) -> Option<(T, usize)> {
    let open_ended = !matches!(rest.first(), Some(b'{' | b'[' | b'"'));
    if open_ended && !rest.iter().any(|b| b" \t\r\n,]}".contains(b)) {
        return None;
    }
    let mut values = serde_json::Deserializer::from_slice(rest).into_iter::<T>();
    let value = values.next()?.ok()?;
    Some((value, values.byte_offset()))
}

impl Parts {
    /// The list the file gives under `key`, whatever its entries' type.
    fn list(&mut self, key: &str) -> Option<&mut dyn EntryList> {
        Some(match key {
            "needs" => &mut self.needs,
            "districts" => &mut self.districts,
            "organizations" => &mut self.organizations,
            "locations" => &mut self.locations,
            "services" => &mut self.services,
            "events" => &mut self.events,
            _ => return None,
        })
    }

    fn into_loaded(self) -> Result<Loaded, LoadError> {
        let given_twice = |key: &str| LoadError::Invalid {
            path: key.to_string(),
            detail: "given twice".to_string(),
        };
        // Two versions: which one is the file for?
        if self.given_twice == Some("schema_version") {
            return Err(given_twice("schema_version"));
        }
        let version = self.version.flatten().ok_or(LoadError::NotADataset)?;
        if version != u64::from(SCHEMA_VERSION) {
            return Err(LoadError::UnsupportedVersion {
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        if let Some(key) = self.given_twice {
            return Err(given_twice(key));
        }
        let mut meta = self.meta.unwrap_or_else(|| {
            Err(LoadError::Invalid {
                path: "meta".to_string(),
                detail: "missing".to_string(),
            })
        })?;
        let mut skipped = Vec::new();
        let mut needs = self.needs.finish("needs", true, &mut skipped)?;
        let mut repaired = Vec::new();
        keep_public_url_if_safe(&mut meta, &mut repaired);
        break_need_cycles(&mut needs, &mut repaired);
        let districts = self.districts.finish("districts", true, &mut skipped)?;
        let organizations = self
            .organizations
            .finish("organizations", false, &mut skipped)?;
        let mut locations = self.locations.finish("locations", false, &mut skipped)?;
        let mut derived = Vec::new();
        districts_from_postcodes(&mut locations, &districts, &mut derived);
        let services = self.services.finish("services", true, &mut skipped)?;
        if services.is_empty() {
            return Err(LoadError::Invalid {
                path: "services".to_string(),
                detail: "no service can be read".to_string(),
            });
        }
        let events = self.events.finish("events", false, &mut skipped)?;
        Ok(Loaded {
            dataset: Dataset {
                schema: self.schema,
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
            repaired,
            derived,
        })
    }
}

/// A location that names no district, but a postcode that one district lists
/// (`districts[].postcodes`), is read as in that district, so the district filter finds it;
/// each is reported. A postcode two districts list says nothing: no district is taken.
fn districts_from_postcodes(
    locations: &mut [Location],
    districts: &[District],
    derived: &mut Vec<Derived>,
) {
    const IN_TWO: usize = usize::MAX;
    let codes = districts.iter().enumerate().flat_map(|(i, district)| {
        district
            .postcodes
            .iter()
            .map(|code| code.trim())
            .filter(|code| !code.is_empty())
            .map(move |code| (code, i))
    });
    let district_of = Lookup::new(codes.collect(), |a, b| if a == b { a } else { IN_TWO });
    if district_of.is_empty() {
        return;
    }
    for (location, place) in locations.iter_mut().enumerate() {
        if place.district.is_some() {
            continue;
        }
        let code = place
            .address
            .postal_code
            .as_deref()
            .unwrap_or_default()
            .trim();
        if let Some(district) = district_of.get(code).filter(|&at| at != IN_TWO) {
            place.district = Some(districts[district].id.clone());
            derived.push(Derived { location, district });
        }
    }
}

/// `meta.public_url` goes into robots.txt, the sitemap, canonical links, calendar files'
/// UIDs and take-away QR codes: it is kept only as a safe `https://` address (the same check
/// as every web link: no spaces, line breaks or control characters, which would add lines
/// to robots.txt or properties to a calendar file), and otherwise left out and reported.
fn keep_public_url_if_safe(meta: &mut Meta, repaired: &mut Vec<Problem>) {
    let Some(url) = meta.public_url.take() else {
        return;
    };
    match super::contact::safe_web_href(&url) {
        Some(safe) => meta.public_url = Some(safe),
        None => repaired.push(Problem {
            path: "meta.public_url".to_string(),
            id: None,
            detail: "not a safe https:// address (no spaces, line breaks or control characters): left out".to_string(),
        }),
    }
}

/// Drops each parent that closes a cycle of needs (a need its own parent, or `a` under `b`
/// under `a`) and reports it: that need is read as one of the top. Every need's parents are
/// then a chain that ends, so the need tree (`SearchIndex::need_family`) can be walked. Each
/// need is visited once: a chain is followed until a need already settled.
fn break_need_cycles(needs: &mut [Need], repaired: &mut Vec<Problem>) {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        OnPath,
        Settled,
    }
    let parents: Vec<Option<usize>> = {
        let at = Lookup::of_ids(needs, |need| need.id.as_str());
        needs
            .iter()
            .map(|n| n.parent.as_deref().and_then(|p| at.get(p)))
            .collect()
    };
    let mut marks = vec![Mark::New; needs.len()];
    let mut closing = Vec::new();
    for start in 0..needs.len() {
        let mut path = Vec::new();
        let mut at = Some(start);
        while let Some(i) = at {
            match marks[i] {
                Mark::Settled => break,
                Mark::OnPath => {
                    // The need last met names one on its own chain as its parent.
                    closing.extend(path.last().copied());
                    break;
                }
                Mark::New => {
                    marks[i] = Mark::OnPath;
                    path.push(i);
                    at = parents[i];
                }
            }
        }
        for i in path {
            marks[i] = Mark::Settled;
        }
    }
    for i in closing {
        let need = &mut needs[i];
        let parent = need.parent.take().unwrap_or_default();
        repaired.push(Problem {
            path: format!("needs[{i}].parent"),
            id: Some(need.id.clone()),
            detail: format!(
                "its parent \"{parent}\" closes a cycle of needs: read as a need of its own"
            ),
        });
    }
}

/// The first text in `raw` longer than [`MAX_TEXT_CHARS`], as a JSON path below it. A raw
/// text no longer than the limit cannot hold a longer string (every character takes at
/// least one byte, an escape more), so only large parts are read into a tree for this.
///
/// A large part that does not read as a tree is an error: the tree's reader is stricter
/// than the typed one, which skips unknown fields unread (a lone surrogate, a number out of
/// range, a deep nesting there), so such a part could hide a long text.
fn overlong_in(raw: &[u8]) -> Result<Option<String>, serde_json::Error> {
    if raw.len() <= MAX_TEXT_CHARS {
        return Ok(None);
    }
    serde_json::from_slice::<Value>(raw).map(|value| overlong_text(&value))
}

fn read_meta(text: &[u8]) -> Result<Meta, LoadError> {
    let invalid = |path: String, detail: String| LoadError::Invalid { path, detail };
    match overlong_in(text) {
        Ok(None) => {}
        Ok(Some(path)) => {
            return Err(invalid(
                format!("meta{path}"),
                format!("longer than {MAX_TEXT_CHARS} characters"),
            ))
        }
        Err(e) => return Err(invalid("meta".to_string(), message(&e))),
    }
    serde_json::from_slice(text)
        .map(|Objects(meta)| meta)
        .map_err(|e| invalid("meta".to_string(), message(&e)))
}

/// Why an entry is left out. Rare: the entry is read again as a tree, to say what is wrong
/// with it in the order a data keeper fixes things (the id first), then its type's error.
fn left_out(path: String, raw: &[u8], type_error: Option<String>) -> Problem {
    // One reader of bytes for everything: a reader of `str` besides would put a second copy
    // of the reading code into the wasm.
    let (id, detail) = match serde_json::from_slice::<Value>(raw) {
        Ok(value) => (
            value
                .get("id")
                .and_then(Value::as_str)
                .map(|id| id.chars().take(MAX_ID_CHARS).collect()),
            entry_problem(&value).or(type_error),
        ),
        // What the tree's reader refuses: a nesting deeper than it follows (its limit keeps
        // the stack safe), a lone surrogate, a number out of range.
        Err(e) => (None, Some(message(&e))),
    };
    Problem {
        path,
        id,
        detail: detail.unwrap_or_default(),
    }
}

/// Whether the file has a list under a key.
#[derive(Default, Clone, Copy, PartialEq, Eq)]
enum Found {
    #[default]
    Missing,
    NotAList,
    List,
}

/// One list of the file: its readable entries and what was left out of it.
struct List<T> {
    found: Found,
    entries: Vec<T>,
    /// Entries seen, readable or not.
    count: usize,
    skipped: Vec<Problem>,
}

impl<T> Default for List<T> {
    fn default() -> Self {
        List {
            found: Found::Missing,
            entries: Vec::new(),
            count: 0,
            skipped: Vec::new(),
        }
    }
}

/// What the reader does with a list of the file, whatever its entries' type.
trait EntryList {
    fn found(&mut self) -> &mut Found;

    /// Most entries: read straight into the type from the bytes, which also says where the
    /// entry ends. `None` when it cannot be read so (see `Sink::element`).
    fn try_add(&mut self, rest: &[u8]) -> Option<usize>;

    /// An entry whose bytes are all in `raw`: one that was cut by the end of a piece, or is
    /// broken (then left out and reported), or is beyond the limit (only its syntax counts).
    fn add_whole(&mut self, key: &str, raw: &[u8]) -> Result<(), Refusal>;
}

/// An entry read into its type is kept when its id is safe and no text in `raw` is too long.
fn is_usable(entry: &impl Entry, raw: &[u8]) -> bool {
    is_id(entry.id()) && matches!(overlong_in(raw), Ok(None))
}

impl<T: Entry> EntryList for List<T> {
    fn found(&mut self) -> &mut Found {
        &mut self.found
    }

    fn try_add(&mut self, rest: &[u8]) -> Option<usize> {
        if self.count >= MAX_ENTRIES {
            return None;
        }
        let (Objects(entry), length) = read_at::<Objects<T>>(rest)?;
        if !is_usable(&entry, &rest[..length]) {
            return None;
        }
        self.count += 1;
        self.entries.push(entry);
        Some(length)
    }

    fn add_whole(&mut self, key: &str, raw: &[u8]) -> Result<(), Refusal> {
        let index = self.count;
        self.count += 1;
        if index >= MAX_ENTRIES {
            return check_syntax(raw);
        }
        // An entry that reads into its type is valid JSON (unknown fields are checked as
        // they are skipped); only one that does not is checked on its own.
        let type_error = match serde_json::from_slice::<Objects<T>>(raw) {
            Ok(Objects(entry)) if is_usable(&entry, raw) => {
                self.entries.push(entry);
                return Ok(());
            }
            Ok(_) => None,
            Err(error) => {
                check_syntax(raw)?;
                Some(message(&error))
            }
        };
        self.skipped
            .push(left_out(format!("{key}[{index}]"), raw, type_error));
        Ok(())
    }
}

impl<T> List<T> {
    /// The list's entries, its problems added to `skipped`, once the file has ended.
    fn finish(
        mut self,
        key: &str,
        required: bool,
        skipped: &mut Vec<Problem>,
    ) -> Result<Vec<T>, LoadError> {
        match self.found {
            Found::List => {}
            Found::NotAList => {
                return Err(LoadError::Invalid {
                    path: key.to_string(),
                    detail: "must be a list".to_string(),
                })
            }
            Found::Missing if required => {
                return Err(LoadError::Invalid {
                    path: key.to_string(),
                    detail: "missing".to_string(),
                })
            }
            Found::Missing => return Ok(Vec::new()),
        }
        if self.count > MAX_ENTRIES {
            skipped.push(Problem {
                path: format!("{key}[{MAX_ENTRIES}..]"),
                id: None,
                detail: format!(
                    "{} entries beyond the limit of {MAX_ENTRIES} are left out",
                    self.count - MAX_ENTRIES
                ),
            });
        }
        skipped.append(&mut self.skipped);
        // The list grew by doubling while the file arrived: give back what is not used.
        self.entries.shrink_to_fit();
        Ok(self.entries)
    }
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
    fn a_location_without_a_district_takes_it_from_its_postcode() {
        let mut file: Value = serde_json::from_str(MINIMAL).unwrap();
        file["districts"] = serde_json::json!([
            {"id": "mitte", "label": "Mitte", "postcodes": ["67655", "67657"]},
            {"id": "west", "label": "West", "postcodes": ["67659", "67657"]}
        ]);
        let place = |id: &str, code: Option<&str>, district: Option<&str>| {
            let mut location = serde_json::json!({"id": id, "name": id,
                "address": {"address_1": "Markt 1", "city": "Musterstadt"}});
            if let Some(code) = code {
                location["address"]["postal_code"] = serde_json::json!(code);
            }
            if let Some(district) = district {
                location["district"] = serde_json::json!(district);
            }
            location
        };
        file["locations"] = serde_json::json!([
            place("by-code", Some(" 67659 "), None),
            place("named", Some("67659"), Some("mitte")),
            place("in-two", Some("67657"), None),
            place("unknown-code", Some("10115"), None),
            place("no-code", None, None),
        ]);
        let loaded = load_dataset(&file.to_string()).unwrap();
        let districts: Vec<Option<&str>> = loaded
            .dataset
            .locations
            .iter()
            .map(|l| l.district.as_deref())
            .collect();
        assert_eq!(districts, [Some("west"), Some("mitte"), None, None, None]);
        assert_eq!(
            loaded.derived,
            [Derived {
                location: 0,
                district: 1
            }]
        );
    }

    #[test]
    fn malformed_json_says_where() {
        let err = load_dataset("{\n  \"schema_version\": 1,\n  \"meta\": {").unwrap_err();
        assert!(
            matches!(err, LoadError::Malformed { line: 3, .. }),
            "{err:?}"
        );
    }

    /// The file read as it arrives, `size` bytes at a time.
    fn read_in_pieces(bytes: &[u8], size: usize) -> Result<Loaded, LoadError> {
        let mut reader = DatasetReader::new();
        for piece in bytes.chunks(size) {
            reader.push(piece)?;
        }
        reader.finish()
    }

    /// The file cut in two at `at`.
    fn read_cut_at(bytes: &[u8], at: usize) -> Result<Loaded, LoadError> {
        let mut reader = DatasetReader::new();
        reader.push(&bytes[..at])?;
        reader.push(&bytes[at..])?;
        reader.finish()
    }

    /// Escapes (a quote, a backslash, one before a quote), characters of several bytes, a
    /// list the app does not read, numbers that end where a part does, a byte-order mark.
    fn tricky() -> String {
        let text = MINIMAL
            .replace("Hilft.", r#"Hilft \"Ihnen\" – ä ö ü 😀 \\"#)
            .replace(
                r#""name": "Beratung A","#,
                r#""name": "Beratung A", "n": [-1.5e+2, 49.44, true],"#,
            )
            .replace(
                r#""needs": [{"id""#,
                r#""extra": [1, [2, {"a": "]}"}], -3.5e2, "x\\"], "n": 12, "needs": [{"id""#,
            );
        format!("\u{feff}{text}")
    }

    #[test]
    fn a_file_cut_anywhere_reads_as_the_whole() {
        let text = tricky();
        let whole = load_dataset(&text).unwrap();
        assert_eq!(
            whole.dataset.services[0].summary.get("de"),
            r#"Hilft "Ihnen" – ä ö ü 😀 \"#
        );
        let bytes = text.as_bytes();
        for at in 0..=bytes.len() {
            assert_eq!(read_cut_at(bytes, at), Ok(whole.clone()), "cut at {at}");
        }
        for size in [1, 2, 3, 7, 64] {
            assert_eq!(
                read_in_pieces(bytes, size),
                Ok(whole.clone()),
                "pieces of {size}"
            );
        }
        for broken in ["{\"schema_version\": 1, ", "[1, 2", "{\"a\": \"b\\\"}"] {
            assert_eq!(read_in_pieces(broken.as_bytes(), 1), load_dataset(broken));
        }
    }

    #[test]
    fn bytes_that_are_not_utf8_are_replaced_and_the_file_loads() {
        let text = MINIMAL.replace("Beratung A", "Beratung \u{1}A");
        let bytes: Vec<u8> = text
            .bytes()
            .map(|b| if b == 1 { 0xFF } else { b })
            .collect();
        for size in [1, 2, 5, bytes.len()] {
            let loaded = read_in_pieces(&bytes, size).unwrap();
            assert_eq!(
                loaded.dataset.services[0].name.get("de"),
                "Beratung \u{fffd}A"
            );
        }
    }

    #[test]
    fn every_break_in_the_structure_is_placed_in_the_file() {
        let cases = [
            // A comma missing between two services, found by the splitter.
            (
                MINIMAL.replace("}},\n        {\"id\": \"b\"", "}}\n        {\"id\": \"b\""),
                15,
            ),
            // A comma missing inside a service, found when the service is read.
            (MINIMAL.replace("\"name\": 42,", "\"name\": 42"), 15),
            // A list ending in a comma, a file that stops, something after the end.
            (
                MINIMAL.replace("\"label\": \"Mitte\"}]", "\"label\": \"Mitte\"},]"),
                11,
            ),
            (MINIMAL[..MINIMAL.len() - 20].to_string(), 16),
            (format!("{MINIMAL}\n x"), 19),
        ];
        for (text, line) in cases {
            let error = load_dataset(&text).unwrap_err();
            assert!(
                matches!(error, LoadError::Malformed { line: l, .. } if l == line),
                "{error:?} for line {line}"
            );
            assert_eq!(read_in_pieces(text.as_bytes(), 5), Err(error));
        }
        // A string not closed in the header is found where it breaks, not at the end.
        let open_string = MINIMAL.replace("\"Musterstadt\"", "\"Musterstadt");
        assert!(
            matches!(
                load_dataset(&open_string),
                Err(LoadError::Malformed { line: 4, .. })
            ),
            "{:?}",
            load_dataset(&open_string)
        );
        // A file refused stays refused, whatever comes after.
        let broken = MINIMAL.replace("\"meta\":", "\"x\": [1.], \"meta\":");
        let mut reader = DatasetReader::new();
        let refused = reader.push(broken.as_bytes()).unwrap_err();
        assert!(
            matches!(refused, LoadError::Malformed { line: 3, .. }),
            "{refused:?}"
        );
        assert_eq!(reader.push(b" ").unwrap_err(), refused);
        assert_eq!(reader.finish().unwrap_err(), refused);
        // A byte-order mark is not counted in the columns.
        let plain = load_dataset("{\"a\" 1}").unwrap_err();
        assert_eq!(load_dataset("\u{feff}{\"a\" 1}").unwrap_err(), plain);
        assert!(matches!(load_dataset(""), Err(LoadError::Malformed { .. })));
        assert!(matches!(
            load_dataset("hello"),
            Err(LoadError::Malformed { .. })
        ));
    }

    #[test]
    fn a_part_of_the_dataset_given_twice_is_refused() {
        let text = MINIMAL.replace(
            "\"districts\":",
            "\"needs\": [{\"id\": \"x\", \"label\": \"X\"}], \"districts\":",
        );
        assert_eq!(
            load_dataset(&text).unwrap_err(),
            LoadError::Invalid {
                path: "needs".into(),
                detail: "given twice".into()
            }
        );
        // Which version the file is for is said first, as for any other fault.
        let newer = text.replace("\"schema_version\": 1", "\"schema_version\": 2");
        assert!(matches!(
            load_dataset(&newer),
            Err(LoadError::UnsupportedVersion { found: 2, .. })
        ));
        let meta_list = MINIMAL.replace("\"meta\": {", "\"meta\": [], \"x\": {");
        assert_eq!(
            load_dataset(&meta_list).unwrap_err(),
            LoadError::Invalid {
                path: "meta".into(),
                detail: "must be an object".into()
            }
        );
        for (first, second) in [("1", "2"), ("2", "1")] {
            let two_versions = MINIMAL.replace(
                "\"schema_version\": 1,",
                &format!("\"schema_version\": {first}, \"schema_version\": {second},"),
            );
            assert_eq!(
                load_dataset(&two_versions).unwrap_err(),
                LoadError::Invalid {
                    path: "schema_version".into(),
                    detail: "given twice".into()
                }
            );
        }
        let unknown_twice = MINIMAL.replace("\"meta\":", "\"x\": 1, \"x\": [2], \"meta\":");
        assert!(load_dataset(&unknown_twice).is_ok());
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

    /// The readable service of `MINIMAL`, with another id.
    fn good_service(id: &str) -> serde_json::Value {
        let value: serde_json::Value = serde_json::from_str(MINIMAL).unwrap();
        let mut service = value["services"][0].clone();
        service["id"] = id.into();
        service
    }

    fn with_services(services: serde_json::Value) -> String {
        let mut value: serde_json::Value = serde_json::from_str(MINIMAL).unwrap();
        value["services"] = services;
        value.to_string()
    }

    #[test]
    fn unsafe_ids_are_left_out_before_they_become_links() {
        let good = good_service("a");
        let mut services = vec![good.clone()];
        for id in [
            serde_json::json!("a?kiosk=1"),
            serde_json::json!("../x"),
            serde_json::json!("Gross"),
            serde_json::json!(""),
            serde_json::json!("-a"),
            serde_json::json!(1),
            serde_json::json!("x".repeat(81)),
        ] {
            let mut bad = good.clone();
            bad["id"] = id;
            services.push(bad);
        }
        let loaded = load_dataset(&with_services(serde_json::Value::Array(services))).unwrap();
        assert_eq!(loaded.dataset.services.len(), 1);
        assert_eq!(loaded.skipped.len(), 7, "{:?}", loaded.skipped);
        assert!(
            loaded.skipped[0].detail.contains("may only have"),
            "{:?}",
            loaded.skipped[0]
        );
        assert!(is_id("gemeindeschwester-plus") && is_id("a_1") && !is_id("a b"));
    }

    #[test]
    fn overlong_texts_and_runaway_lists_are_left_out() {
        let long = "x".repeat(MAX_TEXT_CHARS + 1);
        let mut long_name = good_service("b");
        long_name["name"] = serde_json::json!({ "de": long });
        let services = serde_json::json!([good_service("a"), long_name]);
        let loaded = load_dataset(&with_services(services)).unwrap();
        assert_eq!(loaded.dataset.services.len(), 1);
        assert_eq!(loaded.skipped[0].path, "services[1]");
        assert!(
            loaded.skipped[0].detail.contains("text.name.de"),
            "{:?}",
            loaded.skipped
        );

        let many: Vec<_> = (0..MAX_ENTRIES + 3)
            .map(|i| good_service(&format!("s{i}")))
            .collect();
        let loaded = load_dataset(&with_services(serde_json::Value::Array(many))).unwrap();
        assert_eq!(loaded.dataset.services.len(), MAX_ENTRIES);
        assert_eq!(loaded.skipped.len(), 1);
        assert!(
            loaded.skipped[0].detail.starts_with("3 entries beyond"),
            "{:?}",
            loaded.skipped
        );
    }

    #[test]
    fn a_file_without_a_readable_service_is_refused() {
        let err = load_dataset(&with_services(serde_json::json!([{"id": 1}]))).unwrap_err();
        assert_eq!(
            err,
            LoadError::Invalid {
                path: "services".into(),
                detail: "no service can be read".into()
            }
        );
        let long_meta = MINIMAL.replace("Musterstadt", &"M".repeat(MAX_TEXT_CHARS + 1));
        assert!(
            matches!(load_dataset(&long_meta), Err(LoadError::Invalid { path, .. }) if path == "meta.city")
        );
    }

    #[test]
    fn an_entry_nested_too_deep_is_left_out_and_the_rest_loads() {
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        let deep: serde_json::Value = serde_json::Value::String(deep);
        let text = with_services(serde_json::json!([deep, good_service("a")]))
            .replace(r#""[[["#, "[[[")
            .replace(r#"]]]""#, "]]]");
        let loaded = load_dataset(&text).unwrap();
        assert_eq!(loaded.dataset.services.len(), 1);
        assert_eq!(loaded.skipped[0].path, "services[0]");
        assert!(
            loaded.skipped[0].detail.contains("recursion limit"),
            "{:?}",
            loaded.skipped
        );
    }

    #[test]
    fn a_long_entry_that_hides_what_the_tree_reader_refuses_is_left_out() {
        let mut hidden = good_service("b");
        hidden["name"] = serde_json::json!("x".repeat(MAX_TEXT_CHARS + 1));
        let text = with_services(serde_json::json!([good_service("a"), hidden]))
            .replace(r#""id":"b""#, r#""id":"b","x":"\uD800""#);
        assert!(
            text.contains(r#""x":"\uD800""#),
            "the unknown field is in place"
        );
        let loaded = load_dataset(&text).unwrap();
        assert_eq!(loaded.dataset.services.len(), 1);
        assert_eq!(loaded.skipped[0].path, "services[1]");
        assert!(
            loaded.skipped[0].detail.contains("hex escape"),
            "{:?}",
            loaded.skipped
        );
        let long_meta = MINIMAL.replace(
            r#""city": "Musterstadt""#,
            &format!(r#""city": "{}", "x": "\uD800""#, "M".repeat(MAX_TEXT_CHARS)),
        );
        assert!(
            matches!(load_dataset(&long_meta), Err(LoadError::Invalid { path, detail }) if path == "meta" && detail.contains("hex escape"))
        );
    }

    #[test]
    fn a_key_given_twice_leaves_the_entry_out_with_its_name() {
        let text = with_services(serde_json::json!([good_service("a"), good_service("b")]))
            .replace(r#""id":"b""#, r#""id":"b","name":"Eins","name":"Zwei""#);
        let loaded = load_dataset(&text).unwrap();
        assert_eq!(loaded.dataset.services.len(), 1);
        assert_eq!(loaded.skipped[0].id.as_deref(), Some("b"));
        assert!(
            loaded.skipped[0].detail.contains("duplicate field `name`"),
            "{:?}",
            loaded.skipped
        );
    }

    #[test]
    fn a_byte_order_mark_is_not_part_of_the_json() {
        let loaded = load_dataset(&format!("\u{feff}{MINIMAL}")).unwrap();
        assert_eq!(loaded.dataset.services.len(), 1);
    }

    #[test]
    fn type_errors_name_the_field_without_a_position_inside_the_entry() {
        let mut broken = good_service("b");
        broken["needs"] = serde_json::json!(7);
        let loaded = load_dataset(&with_services(serde_json::json!([
            good_service("a"),
            broken
        ])))
        .unwrap();
        assert_eq!(loaded.skipped.len(), 1);
        let detail = &loaded.skipped[0].detail;
        assert!(detail.starts_with("invalid type: integer `7`"), "{detail}");
        assert!(!detail.contains(" at line "), "{detail}");
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
