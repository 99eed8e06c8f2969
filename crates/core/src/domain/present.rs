//! Facts about a service as views need them, derived from the dataset.

use super::contact::phone_href;
use super::dataset::{Address, Dataset, Service};
use super::dated::Day;
use super::query_string::percent_encode;
use super::text::LocalText;
use chrono::{Months, NaiveDate};

/// A postal address in lines: street, room (when given), postal code and town.
fn postal_lines(address: &Address) -> Vec<String> {
    let town = format!(
        "{} {}",
        address.postal_code.as_deref().unwrap_or_default(),
        address.city
    );
    [
        Some(address.address_1.clone()),
        address.room.clone(),
        Some(town.trim().to_string()),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// A postal address on one line: "Königstraße 93, Raum C409, 67657 Kaiserslautern".
pub fn address_line(address: &Address) -> String {
    postal_lines(address).join(", ")
}

/// A place's address as a letter writes it: the place's name, then the postal lines.
pub fn address_lines(place_name: &str, address: &Address) -> Vec<String> {
    std::iter::once(place_name.to_string())
        .chain(postal_lines(address))
        .collect()
}

/// Where a service is, for a card: its district(s), or the whole city.
pub enum Place<'a> {
    Citywide,
    Districts(Vec<&'a LocalText>),
    Unknown,
}

pub fn place<'a>(dataset: &'a Dataset, service: &Service) -> Place<'a> {
    if service.citywide {
        return Place::Citywide;
    }
    let location_district = service
        .location_id
        .as_deref()
        .and_then(|id| dataset.location(id))
        .and_then(|l| l.district.as_deref());
    let labels: Vec<&LocalText> = location_district
        .into_iter()
        .chain(service.districts.iter().map(String::as_str))
        .filter_map(|id| dataset.district(id))
        .map(|d| &d.label)
        .collect();
    if labels.is_empty() {
        Place::Unknown
    } else {
        Place::Districts(labels)
    }
}

/// The first phone number that can be dialled: the one a card's call button uses.
pub fn first_phone<'a>(service: &'a Service, region: &str) -> Option<(&'a str, String)> {
    service
        .contacts
        .iter()
        .filter_map(|c| c.phone.as_deref())
        .find_map(|p| phone_href(p, region).map(|href| (p, href)))
}

/// How fresh an entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Freshness {
    Checked(NaiveDate),
    /// Checked over a year ago: the view warns.
    Stale(NaiveDate),
    Unknown,
}

/// How fresh an entry is whose check date is `last_verified` (absent, or not readable, is
/// unknown).
pub fn freshness(last_verified: Option<&Day>, today: NaiveDate) -> Freshness {
    match last_verified.and_then(Day::get) {
        None => Freshness::Unknown,
        Some(date)
            if date
                .checked_add_months(Months::new(12))
                .is_some_and(|d| d < today) =>
        {
            Freshness::Stale(date)
        }
        Some(date) => Freshness::Checked(date),
    }
}

/// "Report a mistake": a mailto link to the dataset's correction address, with the entry's
/// id in the subject so the data keepers find it.
pub fn correction_href(
    dataset: &Dataset,
    service: &Service,
    subject_prefix: &str,
) -> Option<String> {
    let address = dataset.meta.correction_email.as_deref()?.trim();
    super::contact::is_email(address).then(|| {
        format!(
            "mailto:{address}?subject={}",
            percent_encode(&format!("{subject_prefix} [{}]", service.id))
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::testing::kaiserslautern as kl;

    #[test]
    fn places_of_services() {
        let ds = kl();
        match place(&ds, ds.service("stadtteilbuero-innenstadt-west").unwrap()) {
            Place::Districts(labels) => assert_eq!(labels[0].get("de"), "Innenstadt-West/Kotten"),
            _ => panic!("expected a district"),
        }
        assert!(matches!(
            place(&ds, ds.service("seniorenbeirat").unwrap()),
            Place::Citywide
        ));
    }

    #[test]
    fn first_dialable_phone() {
        let ds = kl();
        let (shown, href) =
            first_phone(ds.service("gemeindeschwester-plus").unwrap(), "DE-RP").unwrap();
        assert_eq!(
            (shown, href.as_str()),
            ("0631-365 23 86", "tel:+496313652386")
        );
        assert!(first_phone(ds.service("mietertreff-bau-ag").unwrap(), "DE-RP").is_none());
    }

    #[test]
    fn kaiserslautern_records_no_check_that_did_not_happen() {
        // The seeds give no day on which anyone checked an entry: none claims one, and the
        // app says the date is not known (review: 2025-11-20 was a committee meeting).
        let ds = kl();
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        for service in &ds.services {
            assert_eq!(service.last_verified, None, "{}", service.id);
            assert_ne!(
                service.source.date.as_ref().map(Day::text),
                Some("2025-11-20"),
                "{}",
                service.id
            );
            assert_eq!(
                freshness(service.last_verified.as_ref(), today),
                Freshness::Unknown
            );
        }
        assert_ne!(ds.meta.data_date.text(), "2025-11-20");
    }

    #[test]
    fn freshness_of_entries() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
        let date = |d: &str| NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap();
        assert_eq!(
            freshness(Some(&"2026-03-01".into()), today),
            Freshness::Checked(date("2026-03-01"))
        );
        assert_eq!(
            freshness(Some(&"2025-11-20".into()), today),
            Freshness::Stale(date("2025-11-20"))
        );
        assert_eq!(freshness(None, today), Freshness::Unknown);
        assert_eq!(
            freshness(Some(&"gestern".into()), today),
            Freshness::Unknown
        );
    }

    #[test]
    fn correction_mail_names_the_entry_and_is_absent_without_an_address() {
        let mut ds = kl();
        let service = ds.service("seniorenbeirat").unwrap().clone();
        assert_eq!(
            correction_href(&ds, &service, "Fehler im Wegweiser"),
            None,
            "the Kaiserslautern sources name no address for corrections"
        );
        ds.meta.correction_email = Some("redaktion@example.org".into());
        assert_eq!(
            correction_href(&ds, &service, "Fehler im Wegweiser").as_deref(),
            Some("mailto:redaktion@example.org?subject=Fehler%20im%20Wegweiser%20%5Bseniorenbeirat%5D")
        );
    }
}
