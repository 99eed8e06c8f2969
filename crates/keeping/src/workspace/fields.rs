//! The fields of each kind of entry as the workspace's forms show them: where the value
//! lives in the entry, what kind of input it takes, its label and help in German and
//! English. Reading and writing a field's value, and mapping a finding to its field, are
//! here too, so the forms are a thin view.

use serde_json::{Map, Value};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    /// A text in the dataset's languages: one input per language.
    Text,
    /// The same, with room for a paragraph.
    LongText,
    /// One line of plain text (an id, a phone number, an address).
    Line,
    /// A paragraph of plain text (a note, a quote).
    Paragraph,
    Number,
    /// A date (`YYYY-MM-DD`).
    Date,
    /// Yes or no (no is written as nothing).
    Flag,
    /// One of these values.
    Choice(&'static [&'static str]),
    /// The id of one entry of this list (`organizations`), or none.
    OneOf(&'static str),
    /// The ids of entries of this list (`needs`).
    SomeOf(&'static str),
    /// Opening hours: the hours builder.
    Hours,
    /// Anything with more structure (contacts, event dates): edited as JSON.
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field {
    /// Where the value lives in the entry: `name`, `cost.kind`.
    pub key: &'static str,
    pub input: Input,
    pub label: (&'static str, &'static str),
    pub help: (&'static str, &'static str),
}

impl Field {
    /// The element id of the field's input (`f-cost-kind`).
    pub fn element_id(&self) -> String {
        format!("f-{}", self.key.replace('.', "-"))
    }

    /// The top-level field of the entry it belongs to (`cost` for `cost.kind`): the field a
    /// source's claim is about.
    pub fn claim_key(&self) -> &'static str {
        self.key.split('.').next().unwrap_or(self.key)
    }
}

const fn field(
    key: &'static str,
    input: Input,
    label: (&'static str, &'static str),
    help: (&'static str, &'static str),
) -> Field {
    Field {
        key,
        input,
        label,
        help,
    }
}

const ID: Field = field(
    "id",
    Input::Line,
    ("Kennung", "Id"),
    (
        "Kleinbuchstaben, Ziffern und Bindestriche, z. B. seniorenbuero. Sie steht in Links: ändern Sie sie nur, wenn es sein muss.",
        "Lower-case letters, digits and hyphens, e.g. seniorenbuero. It is part of links: change it only when you must.",
    ),
);
const LAST_VERIFIED: Field = field(
    "last_verified",
    Input::Date,
    ("Zuletzt geprüft", "Last checked"),
    (
        "Wann jemand den Eintrag zuletzt mit der Quelle verglichen hat.",
        "When someone last compared the entry with its source.",
    ),
);
const SOURCE_NAME: Field = field(
    "source.name",
    Input::Line,
    ("Quelle", "Source"),
    (
        "Woher die Angaben stammen, z. B. Broschüre 2025, Seite 12.",
        "Where the facts come from, e.g. brochure 2025, page 12.",
    ),
);
const SOURCE_URL: Field = field(
    "source.url",
    Input::Line,
    ("Adresse der Quelle", "Address of the source"),
    (
        "Eine https-Adresse, falls die Quelle im Netz steht.",
        "An https address, if the source is on the web.",
    ),
);
const SOURCE_DATE: Field = field(
    "source.date",
    Input::Date,
    ("Datum der Quelle", "Date of the source"),
    (
        "Der Stand der Quelle, falls sie einen nennt.",
        "The date the source gives, if any.",
    ),
);
const SOURCE_QUOTE: Field = field(
    "source.quote",
    Input::Paragraph,
    ("Zitat aus der Quelle", "Quote from the source"),
    (
        "Die Worte der Quelle, wörtlich kopiert.",
        "The source's words, copied exactly.",
    ),
);
const COST_KIND: Field = field(
    "cost.kind",
    Input::Choice(&["free", "paid", "donation", "unknown"]),
    ("Kosten", "Cost"),
    (
        "free: kostenlos, paid: kostenpflichtig, donation: Spende erbeten, unknown: unbekannt.",
        "free, paid, donation (a donation is asked for) or unknown.",
    ),
);
const COST_TEXT: Field = field(
    "cost.text",
    Input::Text,
    ("Kosten in Worten", "Cost in words"),
    ("Z. B. 5 Euro pro Termin.", "E.g. 5 euros per meeting."),
);
const ORGANIZATION: Field = field(
    "organization_id",
    Input::OneOf("organizations"),
    ("Träger", "Organisation"),
    ("Wer das Angebot macht.", "Who runs it."),
);
const LOCATION: Field = field(
    "location_id",
    Input::OneOf("locations"),
    ("Ort", "Place"),
    ("Wo es stattfindet.", "Where it takes place."),
);
const NEEDS: Field = field(
    "needs",
    Input::SomeOf("needs"),
    ("Bereiche", "Needs"),
    (
        "Wofür Menschen hier Hilfe finden. Mindestens einer.",
        "What people find help for here. At least one.",
    ),
);

const META: &[Field] = &[
    field(
        "city",
        Input::Text,
        ("Stadt", "City"),
        (
            "Der Name der Stadt, wie die App ihn zeigt.",
            "The city's name as the app shows it.",
        ),
    ),
    field(
        "region",
        Input::Line,
        ("Region", "Region"),
        (
            "Land und Bundesland für die Feiertage, z. B. DE-RP.",
            "Country and state for the holidays, e.g. DE-RP.",
        ),
    ),
    field(
        "time_zone",
        Input::Line,
        ("Zeitzone", "Time zone"),
        ("Z. B. Europe/Berlin.", "E.g. Europe/Berlin."),
    ),
    field(
        "language",
        Input::Line,
        ("Sprache der Daten", "Language of the data"),
        (
            "Die Sprache der Texte ohne Übersetzung, z. B. de.",
            "The language of texts without translation, e.g. de.",
        ),
    ),
    field(
        "licence",
        Input::Line,
        ("Lizenz", "Licence"),
        (
            "Unter welcher Lizenz die Daten stehen.",
            "The licence of the data.",
        ),
    ),
    field(
        "data_date",
        Input::Date,
        ("Stand der Daten", "Date of the data"),
        ("Die App nennt dieses Datum.", "The app shows this date."),
    ),
    field(
        "description",
        Input::LongText,
        ("Beschreibung", "Description"),
        (
            "Ein Satz über den Wegweiser dieser Stadt.",
            "One sentence about this city's Wegweiser.",
        ),
    ),
    field(
        "help.label",
        Input::Text,
        ("Hilfe-Kontakt", "Help contact"),
        (
            "Wen Menschen anrufen, wenn sie nicht weiterwissen.",
            "Whom people call when they are stuck.",
        ),
    ),
    field(
        "help.phone",
        Input::Line,
        ("Telefon des Hilfe-Kontakts", "Phone of the help contact"),
        (
            "Mit Vorwahl, z. B. 0631 365-0.",
            "With the area code, e.g. 0631 365-0.",
        ),
    ),
    field(
        "help.email",
        Input::Line,
        ("E-Mail des Hilfe-Kontakts", "E-mail of the help contact"),
        ("Falls es eine gibt.", "If there is one."),
    ),
    field(
        "correction_email",
        Input::Line,
        ("E-Mail für Korrekturen", "E-mail for corrections"),
        (
            "Wohin Menschen Fehler melden.",
            "Where people report mistakes.",
        ),
    ),
    field(
        "public_url",
        Input::Line,
        ("Adresse der App", "Address of the app"),
        (
            "Die https-Adresse, unter der die App steht (für QR-Codes).",
            "The https address of the app (for QR codes).",
        ),
    ),
    field(
        "maintainer",
        Input::Json,
        ("Wer die Daten pflegt", "Who keeps the data"),
        (
            "Name, E-Mail, Telefon, Adresse, als JSON.",
            "Name, e-mail, phone, address, as JSON.",
        ),
    ),
];

const NEEDS_FIELDS: &[Field] = &[
    ID,
    field(
        "label",
        Input::Text,
        ("Name", "Name"),
        (
            "So heißt der Bereich in der App.",
            "What the app calls the need.",
        ),
    ),
    field(
        "parent",
        Input::OneOf("needs"),
        ("Gehört zu", "Belongs to"),
        (
            "Der übergeordnete Bereich, falls es einen gibt.",
            "The wider need, if any.",
        ),
    ),
    field(
        "icon",
        Input::Choice(&wegweiser_core::domain::icons::NEED_ICONS),
        ("Symbol", "Icon"),
        (
            "Eines der Symbole der App. Ohne eines wählen die Wörter des Namens ein passendes, oder es steht keines da.",
            "One of the app's icons. Without one, the name's words choose a fitting one, or there is none.",
        ),
    ),
    field(
        "synonyms",
        Input::Json,
        ("Andere Wörter", "Other words"),
        (
            "Wörter, mit denen Menschen suchen, je Sprache.",
            "Words people search with, per language.",
        ),
    ),
    field(
        "phrases",
        Input::Json,
        ("Sätze", "Phrases"),
        (
            "Wie Menschen fragen, je Sprache.",
            "How people ask, per language.",
        ),
    ),
];

const DISTRICTS: &[Field] = &[
    ID,
    field(
        "label",
        Input::Text,
        ("Name", "Name"),
        ("Der Name des Stadtteils.", "The district's name."),
    ),
    field(
        "postcodes",
        Input::Json,
        ("Postleitzahlen", "Postcodes"),
        (
            "Als Liste, z. B. [\"67655\"].",
            "As a list, e.g. [\"67655\"].",
        ),
    ),
];

const ORGANIZATIONS: &[Field] = &[
    ID,
    field(
        "name",
        Input::Text,
        ("Name", "Name"),
        ("Der Name des Trägers.", "The organisation's name."),
    ),
    field(
        "description",
        Input::LongText,
        ("Beschreibung", "Description"),
        ("Ein, zwei Sätze.", "A sentence or two."),
    ),
    field(
        "url",
        Input::Line,
        ("Internetseite", "Website"),
        ("Eine https-Adresse.", "An https address."),
    ),
    field(
        "email",
        Input::Line,
        ("E-Mail", "E-mail"),
        (
            "Eine Adresse, über die der Träger erreichbar ist.",
            "An address where the organisation can be reached.",
        ),
    ),
    field(
        "phones",
        Input::Json,
        ("Telefonnummern", "Phone numbers"),
        (
            "Als JSON-Liste mit number und description.",
            "As a JSON list with number and description.",
        ),
    ),
    SOURCE_NAME,
    SOURCE_URL,
    SOURCE_DATE,
    SOURCE_QUOTE,
];

const LOCATIONS: &[Field] = &[
    ID,
    field(
        "name",
        Input::Text,
        ("Name", "Name"),
        (
            "Der Name des Ortes, z. B. Rathaus.",
            "The place's name, e.g. town hall.",
        ),
    ),
    field(
        "address.address_1",
        Input::Line,
        ("Straße und Hausnummer", "Street and number"),
        (
            "Wie auf einem Brief, z. B. Willy-Brandt-Platz 1.",
            "As on a letter, e.g. Willy-Brandt-Platz 1.",
        ),
    ),
    field(
        "address.postal_code",
        Input::Line,
        ("Postleitzahl", "Postcode"),
        ("Fünf Ziffern, z. B. 67657.", "Five digits, e.g. 67657."),
    ),
    field(
        "address.city",
        Input::Line,
        ("Ort", "Town"),
        (
            "Der Ort der Adresse, z. B. Kaiserslautern.",
            "The town of the address, e.g. Kaiserslautern.",
        ),
    ),
    field(
        "address.room",
        Input::Line,
        ("Raum", "Room"),
        ("Etage oder Raum, falls nötig.", "Floor or room, if needed."),
    ),
    field(
        "district",
        Input::OneOf("districts"),
        ("Stadtteil", "District"),
        (
            "Der Stadtteil, in dem der Ort liegt: so findet ihn der Stadtteil-Filter.",
            "The district the place is in: the district filter finds it so.",
        ),
    ),
    field(
        "latitude",
        Input::Number,
        ("Breitengrad", "Latitude"),
        ("Z. B. 49.4447.", "E.g. 49.4447."),
    ),
    field(
        "longitude",
        Input::Number,
        ("Längengrad", "Longitude"),
        ("Z. B. 7.7690.", "E.g. 7.7690."),
    ),
    field(
        "transportation",
        Input::Text,
        ("Anfahrt", "Getting there"),
        ("Bus, Bahn, Parken.", "Bus, train, parking."),
    ),
    field(
        "accessibility",
        Input::Json,
        ("Barrierefreiheit", "Accessibility"),
        (
            "step_free, lift, accessible_toilet, hearing_loop (true/false), notes.",
            "step_free, lift, accessible_toilet, hearing_loop (true/false), notes.",
        ),
    ),
    SOURCE_NAME,
    SOURCE_URL,
    SOURCE_DATE,
    SOURCE_QUOTE,
];

const SERVICES: &[Field] = &[
    ID,
    field(
        "name",
        Input::Text,
        ("Name", "Name"),
        ("Der Name des Angebots.", "The service's name."),
    ),
    field(
        "summary",
        Input::LongText,
        ("Kurzbeschreibung", "Summary"),
        (
            "Ein, zwei Sätze in einfachen Worten.",
            "A sentence or two in plain words.",
        ),
    ),
    field(
        "easy_summary",
        Input::LongText,
        ("In Leichter Sprache", "In Easy Language"),
        (
            "Kurze Sätze, ein Gedanke pro Satz.",
            "Short sentences, one thought each.",
        ),
    ),
    field(
        "description",
        Input::LongText,
        ("Beschreibung", "Description"),
        ("Mehr Einzelheiten, falls nötig.", "More detail, if needed."),
    ),
    NEEDS,
    ORGANIZATION,
    LOCATION,
    field(
        "citywide",
        Input::Flag,
        ("Für die ganze Stadt", "For the whole city"),
        (
            "Für alle Stadtteile, nicht nur den des Ortes.",
            "For every district, not only the place's.",
        ),
    ),
    field(
        "districts",
        Input::SomeOf("districts"),
        ("Stadtteile", "Districts"),
        (
            "Für welche Stadtteile es gedacht ist.",
            "Which districts it serves.",
        ),
    ),
    field(
        "hours",
        Input::Hours,
        ("Öffnungszeiten", "Opening hours"),
        (
            "Mit Karten zusammenstellen. Die App zeigt sie so, wie rechts in Worten steht.",
            "Put them together with cards. The app shows them as the words beside say.",
        ),
    ),
    field(
        "access.appointment",
        Input::Choice(&["none", "recommended", "required"]),
        ("Termin", "Appointment"),
        (
            "none: ohne Termin, recommended: Termin empfohlen, required: nur mit Termin.",
            "none, recommended or required.",
        ),
    ),
    field(
        "access.walk_in",
        Input::Flag,
        ("Offene Sprechstunde", "Walk in"),
        (
            "Man kann ohne Anmeldung kommen.",
            "People can come without notice.",
        ),
    ),
    field(
        "access.home_visits",
        Input::Flag,
        ("Hausbesuche", "Home visits"),
        (
            "Das Angebot kommt auch zu Menschen nach Hause.",
            "The service also comes to people's homes.",
        ),
    ),
    field(
        "access.registration",
        Input::Flag,
        ("Anmeldung vorher", "Registration ahead"),
        (
            "Man meldet sich vorher an (kein Termin: die Zeiten gelten).",
            "People register before they come (not an appointment: the hours hold).",
        ),
    ),
    field(
        "access.registration_days",
        Input::Number,
        ("Anmeldung: Tage vorher", "Registration: days ahead"),
        (
            "Spätestens so viele Tage vorher, wenn die Quelle es sagt.",
            "At least this many days ahead, where the source says so.",
        ),
    ),
    field(
        "contacts",
        Input::Json,
        ("Kontakte", "Contacts"),
        (
            "Als JSON-Liste: role, name, phone, email.",
            "As a JSON list: role, name, phone, email.",
        ),
    ),
    field(
        "email",
        Input::Line,
        ("E-Mail", "E-mail"),
        (
            "Eine Adresse für Fragen zu diesem Angebot.",
            "An address for questions about this service.",
        ),
    ),
    field(
        "url",
        Input::Line,
        ("Internetseite", "Website"),
        ("Eine https-Adresse.", "An https address."),
    ),
    COST_KIND,
    COST_TEXT,
    field(
        "minimum_age",
        Input::Number,
        ("Mindestalter", "Minimum age"),
        (
            "Nur, wenn die Quelle eines nennt.",
            "Only if the source gives one.",
        ),
    ),
    field(
        "languages",
        Input::Json,
        ("Sprachen der Beratung", "Languages spoken"),
        (
            "Als Liste, z. B. [\"de\", \"tr\"].",
            "As a list, e.g. [\"de\", \"tr\"].",
        ),
    ),
    field(
        "target_groups",
        Input::Json,
        ("Für wen", "For whom"),
        ("Als Liste von Texten.", "As a list of texts."),
    ),
    field(
        "alerts",
        Input::Json,
        ("Hinweise", "Notices"),
        (
            "Z. B. eine Sommerpause, als Liste von Texten.",
            "E.g. a summer break, as a list of texts.",
        ),
    ),
    field(
        "rotation",
        Input::Json,
        ("Wechselnde Gastgeber", "Rotating hosts"),
        ("Als JSON.", "As JSON."),
    ),
    field(
        "ask_at",
        Input::OneOf("services"),
        ("Fragen bei", "Ask at"),
        (
            "Ein anderes Angebot, das Auskunft gibt.",
            "Another service that answers questions.",
        ),
    ),
    LAST_VERIFIED,
    SOURCE_NAME,
    SOURCE_URL,
    SOURCE_DATE,
    SOURCE_QUOTE,
];

const EVENTS: &[Field] = &[
    ID,
    field(
        "name",
        Input::Text,
        ("Name", "Name"),
        ("Der Name der Veranstaltung.", "The event's name."),
    ),
    field(
        "summary",
        Input::LongText,
        ("Kurzbeschreibung", "Summary"),
        (
            "Ein, zwei Sätze: worum es geht und für wen.",
            "A sentence or two: what it is about and for whom.",
        ),
    ),
    NEEDS,
    ORGANIZATION,
    LOCATION,
    field(
        "dates",
        Input::Json,
        ("Termine", "Dates"),
        (
            "Als Liste: [{\"start\": \"2026-07-24T13:00\", \"end\": \"2026-07-24T15:00\"}].",
            "As a list: [{\"start\": \"2026-07-24T13:00\", \"end\": \"2026-07-24T15:00\"}].",
        ),
    ),
    field(
        "places",
        Input::Number,
        ("Plätze", "Places"),
        (
            "Wie viele mitmachen können, falls die Quelle es sagt.",
            "How many can take part, if the source says.",
        ),
    ),
    field(
        "registration",
        Input::Json,
        ("Anmeldung", "Registration"),
        ("Ein Kontakt als JSON.", "A contact as JSON."),
    ),
    COST_KIND,
    COST_TEXT,
    LAST_VERIFIED,
    SOURCE_NAME,
    SOURCE_URL,
    SOURCE_DATE,
    SOURCE_QUOTE,
];

/// The fields of a kind of entry (`meta`, `services`, …); none for an unknown kind.
pub fn fields(kind: &str) -> &'static [Field] {
    match kind {
        "meta" => META,
        "needs" => NEEDS_FIELDS,
        "districts" => DISTRICTS,
        "organizations" => ORGANIZATIONS,
        "locations" => LOCATIONS,
        "services" => SERVICES,
        "events" => EVENTS,
        _ => &[],
    }
}

/// The value at `key` (`cost.kind`) in an entry.
pub fn get<'a>(entry: &'a Value, key: &str) -> Option<&'a Value> {
    key.split('.')
        .try_fold(entry, |value, part| value.get(part))
}

/// The entry with `value` at `key`, the objects on the way made where missing; `None`
/// removes the field, and an object left empty on the way goes too.
pub fn set(entry: &Value, key: &str, value: Option<Value>) -> Value {
    fn set_in(map: &mut Map<String, Value>, parts: &[&str], value: Option<Value>) {
        let [first, rest @ ..] = parts else { return };
        if rest.is_empty() {
            match value {
                Some(value) => {
                    map.insert((*first).to_string(), value);
                }
                None => {
                    map.shift_remove(*first);
                }
            }
            return;
        }
        let child = map
            .entry((*first).to_string())
            .or_insert_with(|| Value::Object(Map::new()));
        if !child.is_object() {
            *child = Value::Object(Map::new());
        }
        if let Value::Object(inner) = child {
            set_in(inner, rest, value);
            if inner.is_empty() {
                map.shift_remove(*first);
            }
        }
    }
    let mut entry = entry.clone();
    if let Value::Object(map) = &mut entry {
        let parts: Vec<&str> = key.split('.').collect();
        set_in(map, &parts, value);
    }
    entry
}

/// The field of `fields` a finding's path is about, given the rest of its path after the
/// entry (`hours.osm` is about `hours`, `cost.kind` about `cost.kind`): the longest key
/// that is the path or a prefix of it.
pub fn field_of<'a>(fields: &'a [Field], rest: &str) -> Option<&'a Field> {
    fields
        .iter()
        .filter(|f| {
            rest == f.key
                || rest.starts_with(&format!("{}.", f.key))
                || rest.starts_with(&format!("{}[", f.key))
        })
        .max_by_key(|f| f.key.len())
}

/// The rest of a finding's path after its entry: `services[3].hours.osm` gives
/// `hours.osm`, `meta.help.phone` gives `help.phone`, a path of the entry alone gives "".
pub fn rest_of_path(path: &str) -> &str {
    let after = match path.find(']') {
        Some(end) => &path[end + 1..],
        None => path.split_once('.').map_or("", |(_, rest)| rest),
    };
    // Sourcing names the entry with its id: `locations[1] (rathaus).address`.
    let after = match after.strip_prefix(" (") {
        Some(labelled) => labelled.split_once(')').map_or("", |(_, rest)| rest),
        None => after,
    };
    after.strip_prefix('.').unwrap_or(after)
}

/// The languages of the dataset's texts: its own first, then every other one its texts use.
pub fn languages(document: &Value) -> Vec<String> {
    let base = super::base_language(document).to_string();
    let mut others = std::collections::BTreeSet::new();
    for kind in super::KINDS {
        for entry in document
            .get(kind)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            for key in ["name", "label", "summary"] {
                if let Some(Value::Object(map)) = entry.get(key) {
                    others.extend(map.keys().filter(|k| **k != base).cloned());
                }
            }
        }
    }
    std::iter::once(base).chain(others).collect()
}

/// A text from its languages' inputs: a plain string where only the dataset's language
/// is given and `was` (the value before) was no map; else a map of the languages given,
/// in the order of `langs`. `None` when every input is empty.
pub fn text_value(langs: &[String], inputs: &[String], was: Option<&Value>) -> Option<Value> {
    let given: Vec<(&String, &String)> = langs
        .iter()
        .zip(inputs)
        .filter(|(_, text)| !text.trim().is_empty())
        .collect();
    match given.as_slice() {
        [] => None,
        [(lang, text)] if *lang == &langs[0] && !matches!(was, Some(Value::Object(_))) => {
            Some(Value::String((*text).clone()))
        }
        _ => Some(Value::Object(
            given
                .into_iter()
                .map(|(lang, text)| (lang.clone(), Value::String(text.clone())))
                .collect(),
        )),
    }
}

/// A text's value in one language, for its input ("" where it has none).
pub fn text_in(value: Option<&Value>, lang: &str, base: &str) -> String {
    match value {
        Some(Value::String(text)) if lang == base => text.clone(),
        Some(Value::Object(map)) => map
            .get(lang)
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string(),
        _ => String::new(),
    }
}
