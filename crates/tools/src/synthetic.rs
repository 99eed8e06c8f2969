//! A clearly synthetic dataset of any size, for tests and benchmarks: the city is
//! "Beispielstadt (synthetisch)", ids start with `syn-`. Deterministic for a given size
//! and seed, so benchmark figures are comparable between runs.

use std::collections::BTreeMap;
use wegweiser_core::domain::dataset::*;
use wegweiser_core::domain::text::LocalText;

/// A small, fast, deterministic random source (SplitMix64).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }
}

/// Needs with the words a service name is made of ("Pflege" + "beratung"), and synonyms.
pub const NEEDS: [(&str, &str, &[&str], &[&str]); 12] = [
    (
        "beratung",
        "Beratung",
        &[
            "Seniorenberatung",
            "Sozialberatung",
            "Seniorenbüro",
            "Bürgerberatung",
        ],
        &["Rat", "Auskunft", "Sprechstunde"],
    ),
    (
        "pflege",
        "Pflege",
        &[
            "Pflegeberatung",
            "Pflegestützpunkt",
            "Pflegedienst",
            "Tagespflege",
        ],
        &["Pflegegrad", "Pflegestufe", "Heim", "Pflegeheim"],
    ),
    (
        "demenz",
        "Demenz",
        &[
            "Demenzcafé",
            "Demenzberatung",
            "Gedächtnissprechstunde",
            "Angehörigengruppe Demenz",
        ],
        &["Vergesslichkeit", "Alzheimer", "vergesslich"],
    ),
    (
        "betreuung",
        "Vorsorge und Betreuung",
        &[
            "Betreuungsverein",
            "Vorsorgeberatung",
            "Vollmachtsprechstunde",
        ],
        &["Betreuer", "Vorsorgevollmacht", "Patientenverfügung"],
    ),
    (
        "begegnung",
        "Treffen und Freizeit",
        &[
            "Begegnungsstätte",
            "Nachbarschaftstreff",
            "Seniorentreff",
            "Tanzcafé",
            "Mittagstisch",
        ],
        &["Treffpunkt", "Café", "Freizeit"],
    ),
    (
        "einsamkeit",
        "Gegen Einsamkeit",
        &["Besuchsdienst", "Telefonkette", "Plauderbank"],
        &["einsam", "allein", "Besuch"],
    ),
    (
        "ehrenamt",
        "Ehrenamt",
        &["Ehrenamtsbörse", "Freiwilligenagentur", "Ehrenamtsbüro"],
        &["Engagement", "freiwillig", "mitmachen"],
    ),
    (
        "digital",
        "Hilfe mit Handy und Computer",
        &["Digitalsprechstunde", "Computerclub", "Handysprechstunde"],
        &["Internet", "Smartphone", "Tablet"],
    ),
    (
        "migration",
        "Migration und Sprache",
        &["Integrationsberatung", "Sprachcafé", "Migrationsdienst"],
        &["Integration", "Aussiedler", "Deutschkurs"],
    ),
    (
        "wohnen",
        "Wohnen",
        &["Wohnberatung", "Wohnprojekt", "Mieterberatung"],
        &["Wohnung", "barrierefrei", "Umzug"],
    ),
    (
        "mobilitaet",
        "Unterwegs sein",
        &["Fahrdienst", "Einkaufsbegleitung", "Rollatortraining"],
        &["Mobilität", "Begleitung", "Bus"],
    ),
    (
        "hilfe-zuhause",
        "Hilfe zu Hause",
        &["Haushaltshilfe", "Nachbarschaftshilfe", "Alltagshilfe"],
        &["Haushalt", "Einkaufen", "Entlastung"],
    ),
];

const PROVIDERS: [&str; 10] = [
    "AWO",
    "Caritas",
    "Diakonie",
    "DRK",
    "Malteser",
    "Johanniter",
    "Paritätischer",
    "Volkssolidarität",
    "Stadt",
    "Bürgerverein",
];
const STREETS: [&str; 12] = [
    "Hauptstraße",
    "Schulstraße",
    "Gartenstraße",
    "Bahnhofstraße",
    "Kirchstraße",
    "Lindenstraße",
    "Goethestraße",
    "Schillerstraße",
    "Mühlenweg",
    "Am Markt",
    "Rosenstraße",
    "Waldstraße",
];
const DISTRICT_NAMES: [&str; 10] = [
    "Nord",
    "Süd",
    "Ost",
    "West",
    "Mitte",
    "Altstadt",
    "Neustadt",
    "Bergheim",
    "Talhausen",
    "Wiesental",
];
const HOURS: [&str; 10] = [
    "Mo-Fr 09:00-12:00; PH off",
    "Mo-Fr 10:00-12:00,14:00-16:00; Th 10:00-12:00,14:00-18:00; PH off",
    "Tu[1] 12:00-14:00; PH off",
    "Mo[2] 10:00-12:00",
    "We 09:00-10:30; PH off",
    "Mo-Th 14:00-17:00; Fr 14:00-16:00",
    "Fr-Sa 18:00-01:00",
    "Mo-Fr 08:00-18:00; Sa 10:00-12:00 unknown \"nicht immer\"",
    "Tu,Th 15:00-17:00",
    "Fr[-1] 15:00-17:00",
];
const LANGUAGES: [&str; 6] = ["de", "tr", "ru", "uk", "ar", "en"];

/// The number of districts for a dataset of `services` services.
pub fn district_count(services: usize) -> usize {
    (services / 250).clamp(10, 200)
}

fn text(de: &str) -> LocalText {
    LocalText::plain(de)
}

fn district_label(index: usize) -> String {
    let base = DISTRICT_NAMES[index % DISTRICT_NAMES.len()];
    match index / DISTRICT_NAMES.len() {
        0 => base.to_string(),
        n => format!("{base} {}", n + 1),
    }
}

/// A dataset with `count` services, reproducible for the same `seed`.
pub fn generate(count: usize, seed: u64) -> Dataset {
    let mut rng = Rng::new(seed);
    let district_total = district_count(count);
    let districts: Vec<District> = (0..district_total)
        .map(|i| District {
            id: format!("d{i}"),
            label: text(&district_label(i)),
            postcodes: vec![format!("{}", 10000 + i)],
        })
        .collect();
    let needs: Vec<Need> = NEEDS
        .iter()
        .map(|(id, label, _, synonyms)| Need {
            id: id.to_string(),
            label: text(label),
            synonyms: BTreeMap::from([(
                "de".to_string(),
                synonyms.iter().map(|s| s.to_string()).collect(),
            )]),
            phrases: BTreeMap::new(),
            parent: (*id == "einsamkeit").then(|| "begegnung".to_string()),
            icon: None,
        })
        .collect();
    let mut locations = Vec::with_capacity(count);
    let mut services = Vec::with_capacity(count);
    for i in 0..count {
        let need_index = rng.below(NEEDS.len());
        let (need_id, _, words, _) = NEEDS[need_index];
        let word = rng.pick(words);
        let provider = rng.pick(&PROVIDERS);
        let district = rng.below(district_total);
        let district_name = district_label(district);
        let location_id = format!("syn-loc-{i}");
        locations.push(Location {
            id: location_id.clone(),
            name: text(&format!("{word} {district_name}")),
            address: Address {
                address_1: format!("{} {}", rng.pick(&STREETS), 1 + rng.below(120)),
                postal_code: Some(format!("{}", 10000 + district)),
                city: "Beispielstadt".to_string(),
                room: None,
            },
            district: Some(format!("d{district}")),
            latitude: None,
            longitude: None,
            transportation: None,
            accessibility: Some(Accessibility {
                step_free: Some(rng.chance(60)),
                ..Accessibility::default()
            }),
        });
        let mut service_needs = vec![need_id.to_string()];
        if rng.chance(30) {
            let other = NEEDS[rng.below(NEEDS.len())].0.to_string();
            if other != need_id {
                service_needs.push(other);
            }
        }
        let free = rng.chance(70);
        let appointment = match rng.below(10) {
            0 => Appointment::Required,
            1 | 2 => Appointment::Recommended,
            _ => Appointment::None,
        };
        services.push(Service {
            id: format!("syn-{i:05}"),
            name: text(&format!("{word} {provider} {district_name}")),
            organization_id: None,
            location_id: Some(location_id),
            citywide: rng.chance(2),
            districts: Vec::new(),
            summary: text(&format!(
                "{word} für ältere Menschen in {district_name}, angeboten von {provider}."
            )),
            easy_summary: None,
            description: None,
            needs: service_needs,
            target_groups: Vec::new(),
            minimum_age: None,
            languages: vec!["de".to_string(), rng.pick(&LANGUAGES).to_string()],
            cost: Some(Cost {
                kind: if free { CostKind::Free } else { CostKind::Paid },
                text: None,
            }),
            access: Access {
                appointment,
                walk_in: appointment == Appointment::None && rng.chance(70),
                home_visits: rng.chance(15),
                registration: false,
                registration_days: None,
            },
            contacts: vec![Contact {
                role: text("Büro"),
                name: None,
                phone: Some(format!("0631 {}", 100_000 + rng.below(899_999))),
                email: None,
                hours: None,
            }],
            hours: Some(Hours {
                osm: Some(rng.pick(&HOURS).to_string()),
                text: text("Öffnungszeiten laut Aushang"),
            }),
            rotation: None,
            alerts: Vec::new(),
            url: None,
            email: None,
            ask_at: None,
            last_verified: Some("2026-10-01".into()),
            source: Source {
                name: "synthetisch erzeugt".to_string(),
                url: None,
                date: None,
                note: None,
                quote: None,
                claims: None,
            },
        });
    }
    Dataset {
        schema: None,
        schema_version: SCHEMA_VERSION,
        meta: Meta {
            city: text("Beispielstadt (synthetisch)"),
            region: "DE-RP".to_string(),
            time_zone: "Europe/Berlin".to_string(),
            language: "de".to_string(),
            licence: "synthetische Testdaten".to_string(),
            data_date: "2026-10-01".into(),
            maintainer: Some(Maintainer {
                name: text("Wegweiser-Tests"),
                email: None,
                phone: None,
                url: None,
            }),
            correction_email: Some("test@example.org".to_string()),
            help: HelpContact {
                label: text("Bürgertelefon (synthetisch)"),
                phone: Some("0631 365-0".to_string()),
                email: None,
                hours: None,
            },
            description: None,
            public_url: None,
        },
        needs,
        districts,
        organizations: Vec::new(),
        locations,
        services,
        events: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::{check_dataset, Severity};

    #[test]
    fn generated_data_passes_the_checker_and_is_reproducible() {
        let dataset = generate(500, 7);
        let json = dataset.to_pretty_json();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
        let errors: Vec<String> = check_dataset(&json, today)
            .into_iter()
            .filter(|f| f.severity == Severity::Error)
            .map(|f| f.to_string())
            .collect();
        assert_eq!(errors, Vec::<String>::new());
        assert_eq!(generate(500, 7), dataset);
        assert_ne!(generate(500, 8), dataset);
        assert_eq!(dataset.services.len(), 500);
        assert_eq!(dataset.districts.len(), 10);
        assert_eq!(district_count(50_000), 200);
    }
}
