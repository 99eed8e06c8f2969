//! One result card: name, organisation, needs, place, address, the number to call and the
//! words read aloud. The state line follows the clock and is computed by the component.

use super::{organization_name, place_words, shown};
use crate::domain::directory::Directory;
use crate::domain::present::{address_line, first_phone};
use crate::domain::text::OwnedText;
use crate::i18n::hours::state_text;
use crate::i18n::Lang;
use chrono::NaiveDateTime;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardView {
    pub id: String,
    pub name: OwnedText,
    pub organization: Option<OwnedText>,
    /// The needs' labels, in the dataset's order.
    pub needs: Vec<String>,
    /// District(s), "whole city" or "not known".
    pub place: String,
    pub address: Option<String>,
    /// The first number that can be dialled, as the source writes it.
    pub phone: Option<String>,
    /// Name, state at `now`, address.
    pub read_aloud: String,
}

impl CardView {
    pub fn new(directory: &Directory, index: usize, lang: Lang, now: NaiveDateTime) -> Self {
        let t = lang.strings();
        let ds = &directory.dataset;
        let base = directory.base_lang();
        let service = &ds.services[index];
        let name = shown(&service.name, lang, base);
        let address = service
            .location_id
            .as_deref()
            .and_then(|id| ds.location(id))
            .map(|l| address_line(&l.address));
        let read_aloud = [
            name.text.clone(),
            state_text(t, &directory.state(index, now), now),
            address.clone().unwrap_or_default(),
        ]
        .join(". ");
        CardView {
            id: service.id.clone(),
            organization: organization_name(ds, service, lang, base),
            needs: service
                .needs
                .iter()
                .filter_map(|id| ds.need(id))
                .map(|n| shown(&n.label, lang, base).text)
                .collect(),
            place: place_words(ds, service, lang, base),
            address,
            phone: first_phone(service, &ds.meta.region).map(|(phone, _)| phone.to_string()),
            read_aloud,
            name,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{at, kaiserslautern_directory};

    #[test]
    fn a_card_names_the_service_its_place_and_the_number_to_call() {
        let directory = kaiserslautern_directory();
        let now = at("2026-11-23 10:00");
        let index = directory
            .index_of("stadtteilbuero-innenstadt-west")
            .unwrap();
        let card = CardView::new(&directory, index, Lang::De, now);
        assert_eq!(card.place, "Innenstadt-West/Kotten");
        assert!(!card.needs.is_empty());
        assert!(card
            .read_aloud
            .starts_with(&format!("{}. ", card.name.text)));
        assert!(card.read_aloud.ends_with(card.address.as_deref().unwrap()));
        let index = directory.index_of("mietertreff-bau-ag").unwrap();
        assert_eq!(CardView::new(&directory, index, Lang::De, now).phone, None);
        let index = directory.index_of("gemeindeschwester-plus").unwrap();
        assert_eq!(
            CardView::new(&directory, index, Lang::En, now)
                .phone
                .as_deref(),
            Some("0631-365 23 86")
        );
    }
}
