//! A service's detail page: what it lists and in what words. The page component
//! (`src/pages/service/`) lays these parts out.

use super::{organization_name, shown};
use crate::domain::contact::phone_for_speech;
use crate::domain::dataset::{Appointment, CostKind, Dataset, Event, Location, Service};
use crate::domain::directory::Directory;
use crate::domain::hours::summarize;
use crate::domain::present::{address_lines, correction_href, freshness, Freshness};
use crate::domain::text::OwnedText;
use crate::i18n::hours::{state_text, summary_lines};
use crate::i18n::{Lang, Strings};
use chrono::NaiveDateTime;

/// One fact of the "about this service" list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fact {
    AppointmentRequired,
    AppointmentRecommended,
    /// Registration ahead, with the days ahead at the latest when the source names them.
    Registration(Option<u8>),
    /// Visitors may come without an appointment.
    WalkIn,
    HomeVisits,
    MinimumAge(u8),
    Cost {
        kind: CostKind,
        text: Option<String>,
    },
    /// Language codes (`tr`), named in the UI language by [`Fact::text`].
    Languages(Vec<String>),
    TargetGroups(Vec<String>),
}

impl Fact {
    /// The facts of a service, in the order the page lists them.
    pub fn of(service: &Service, lang: Lang, base: &str) -> Vec<Fact> {
        let mut facts = Vec::new();
        match service.access.appointment {
            Appointment::Required => facts.push(Fact::AppointmentRequired),
            Appointment::Recommended => facts.push(Fact::AppointmentRecommended),
            Appointment::None => {}
        }
        if service.access.needs_registration() {
            facts.push(Fact::Registration(service.access.registration_days));
        }
        if service.access.welcomes_walk_ins() {
            facts.push(Fact::WalkIn);
        }
        if service.access.home_visits {
            facts.push(Fact::HomeVisits);
        }
        if let Some(age) = service.minimum_age {
            facts.push(Fact::MinimumAge(age));
        }
        if let Some(cost) = &service.cost {
            facts.push(Fact::Cost {
                kind: cost.kind,
                text: cost.text.as_ref().map(|c| shown(c, lang, base).text),
            });
        }
        if !service.languages.is_empty() {
            facts.push(Fact::Languages(service.languages.clone()));
        }
        let groups: Vec<String> = service
            .target_groups
            .iter()
            .map(|g| shown(g, lang, base).text)
            .collect();
        if !groups.is_empty() {
            facts.push(Fact::TargetGroups(groups));
        }
        facts
    }

    /// The fact in words.
    pub fn text(&self, t: &Strings) -> String {
        match self {
            Fact::AppointmentRequired => t.appointment_required.to_string(),
            Fact::AppointmentRecommended => t.appointment_recommended.to_string(),
            Fact::Registration(None | Some(0)) => t.registration_needed.to_string(),
            Fact::Registration(Some(1)) => t.registration_day_before.to_string(),
            Fact::Registration(Some(days)) => {
                t.registration_days_before.replace("{n}", &days.to_string())
            }
            Fact::WalkIn => t.walk_in.to_string(),
            Fact::HomeVisits => t.home_visits.to_string(),
            Fact::MinimumAge(age) => (t.minimum_age)(*age),
            Fact::Cost { kind, text } => {
                let kind = match kind {
                    CostKind::Free => t.cost_free,
                    CostKind::Paid => t.cost_paid,
                    CostKind::Donation => t.cost_donation,
                    CostKind::Unknown => t.cost_unknown,
                };
                match text {
                    Some(text) => format!("{kind}: {text}"),
                    None => kind.to_string(),
                }
            }
            Fact::Languages(codes) => {
                let names: Vec<String> = codes.iter().map(|l| (t.language_name)(l)).collect();
                format!("{} {}", t.languages_label, names.join(", "))
            }
            Fact::TargetGroups(groups) => {
                format!("{} {}", t.target_groups_label, groups.join("; "))
            }
        }
    }
}

/// A contact person or desk: its role, name, and the ways to reach it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContactView {
    pub role: OwnedText,
    pub name: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
}

/// Where the service is: the address in lines, the text "copy" puts on the clipboard, how
/// to get there and what the place offers for access.
#[derive(Clone, Debug, PartialEq)]
pub struct AddressView {
    pub lines: Vec<String>,
    pub copy_text: String,
    pub transit: Option<OwnedText>,
    pub access: Option<AccessView>,
}

/// The place's accessibility as the source gives it: only what it says, yes or no.
#[derive(Clone, Debug, PartialEq)]
pub struct AccessView {
    /// A label ("Stufenlos erreichbar") and whether the place has it.
    pub items: Vec<(&'static str, bool)>,
    pub notes: Option<OwnedText>,
}

impl AddressView {
    pub fn of(location: &Location, lang: Lang, base: &str) -> AddressView {
        let t = lang.strings();
        let lines = address_lines(&shown(&location.name, lang, base).text, &location.address);
        let access = location.accessibility.as_ref().map(|acc| AccessView {
            items: [
                (t.step_free, acc.step_free),
                (t.lift, acc.lift),
                (t.accessible_toilet, acc.accessible_toilet),
                (t.hearing_loop, acc.hearing_loop),
            ]
            .into_iter()
            .filter_map(|(label, value)| value.map(|v| (label, v)))
            .collect(),
            notes: acc.notes.as_ref().map(|n| shown(n, lang, base)),
        });
        AddressView {
            copy_text: lines.join(", "),
            lines,
            transit: location
                .transportation
                .as_ref()
                .map(|tr| shown(tr, lang, base)),
            access,
        }
    }
}

/// How to report a mistake in the entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Report {
    /// A `mailto:` link to the dataset's correction address, with the entry in the subject.
    Mail(String),
    /// No address: by phone to the help contact (never to a private address the sources
    /// give for something else).
    HelpPhone,
}

/// Another entry to ask for what this one does not know ("12 meeting places; ask the
/// senior office").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AskAt {
    pub id: String,
    pub name: OwnedText,
}

/// Everything the service page shows, in the UI language.
#[derive(Clone, Debug, PartialEq)]
pub struct ServiceView {
    pub id: String,
    pub name: OwnedText,
    pub organization: Option<OwnedText>,
    /// The easy summary in Leichte Sprache where the dataset has one, else the summary.
    pub summary: OwnedText,
    pub description: Option<OwnedText>,
    pub alerts: Vec<OwnedText>,
    pub contacts: Vec<ContactView>,
    pub address: Option<AddressView>,
    pub facts: Vec<Fact>,
    /// Indexes into the dataset's events: see [`service_events`].
    pub events: Vec<usize>,
    pub ask_at: Option<AskAt>,
    /// The sources give no times and no way to reach it (and no entry to ask): the page
    /// says so and offers the help contact.
    pub unreachable: bool,
    pub website: Option<String>,
    pub checked: Freshness,
    pub source_name: String,
    pub source_url: Option<String>,
    pub report: Report,
    /// The regular week in words ("Dienstag: 10–12 Uhr"), empty where the hours do not read;
    /// shown by the hours section and read aloud.
    pub hours_lines: Vec<String>,
    /// What "read aloud" says: name, state now, the week's hours, the contacts.
    pub read_aloud: String,
}

impl ServiceView {
    pub fn new(directory: &Directory, index: usize, lang: Lang, now: NaiveDateTime) -> Self {
        let t = lang.strings();
        let ds = &directory.dataset;
        let base = directory.base_lang();
        let service = &ds.services[index];
        let summary = service
            .easy_summary
            .as_ref()
            .filter(|_| lang.is_easy())
            .unwrap_or(&service.summary);
        let contacts: Vec<ContactView> = service
            .contacts
            .iter()
            .map(|c| ContactView {
                role: shown(&c.role, lang, base),
                name: c.name.clone(),
                phone: c.phone.clone(),
                email: c.email.clone(),
            })
            .collect();
        let ask_at = service
            .ask_at
            .as_deref()
            .and_then(|id| directory.index_of(id))
            .map(|other| {
                let other = &directory.services()[other];
                AskAt {
                    id: other.id.clone(),
                    name: shown(&other.name, lang, base),
                }
            });
        let name = shown(&service.name, lang, base);
        let hours_lines = directory
            .hours(index)
            .zip(directory.calendar.as_ref())
            .map(|(hours, calendar)| summary_lines(t, &summarize(hours, calendar, now.date())))
            .unwrap_or_default();
        let unreachable = service.hours.is_none()
            && service.contacts.is_empty()
            && service.email.is_none()
            && ask_at.is_none();
        ServiceView {
            id: service.id.clone(),
            organization: organization_name(ds, service, lang, base),
            summary: shown(summary, lang, base),
            description: service.description.as_ref().map(|d| shown(d, lang, base)),
            alerts: service
                .alerts
                .iter()
                .map(|a| shown(a, lang, base))
                .collect(),
            address: service
                .location_id
                .as_deref()
                .and_then(|id| ds.location(id))
                .map(|l| AddressView::of(l, lang, base)),
            facts: Fact::of(service, lang, base),
            events: service_events(ds, service, now),
            ask_at,
            unreachable,
            website: service.url.clone(),
            checked: freshness(service.last_verified.as_ref(), now.date()),
            source_name: service.source.name.clone(),
            source_url: service.source.url.clone(),
            report: correction_href(ds, service, t.mistake_subject)
                .map_or(Report::HelpPhone, Report::Mail),
            read_aloud: read_aloud(
                directory,
                index,
                &name.text,
                &hours_lines,
                &contacts,
                t,
                now,
            ),
            name,
            contacts,
            hours_lines,
        }
    }
}

/// The events that belong to a service: of the same organisation at the same place, with a
/// date still to come (one that has taken place is not offered as the service's event).
pub fn service_events(ds: &Dataset, service: &Service, now: NaiveDateTime) -> Vec<usize> {
    ds.events
        .iter()
        .enumerate()
        .filter(|(_, e)| belongs_to(e, service) && !e.has_taken_place(now))
        .map(|(i, _)| i)
        .collect()
}

fn belongs_to(event: &Event, service: &Service) -> bool {
    event.organization_id.is_some()
        && event.organization_id == service.organization_id
        && event.location_id == service.location_id
}

/// Name, the state now, the week's hours in words, then each contact (role, name, phone).
fn read_aloud(
    directory: &Directory,
    index: usize,
    name: &str,
    hours_lines: &[String],
    contacts: &[ContactView],
    t: &Strings,
    now: NaiveDateTime,
) -> String {
    let mut parts = vec![
        name.to_string(),
        state_text(t, &directory.state(index, now), now),
    ];
    parts.extend_from_slice(hours_lines);
    for contact in contacts {
        parts.push(
            [
                Some(contact.role.text.clone()),
                contact.name.clone(),
                contact
                    .phone
                    .as_deref()
                    .map(|phone| phone_for_speech(phone, &directory.dataset.meta.region)),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", "),
        );
    }
    parts.join(". ")
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::testing::{at, kaiserslautern_directory as kl};

    #[test]
    fn the_gemeindeschwester_page_in_german() {
        let directory = kl();
        let index = directory.index_of("gemeindeschwester-plus").unwrap();
        let view = ServiceView::new(&directory, index, Lang::De, at("2026-11-23 10:00"));
        assert_eq!(view.name.text, "Gemeindeschwester plus – Sprechstunde");
        assert_eq!(
            view.name.lang, None,
            "German text in the German UI needs no lang"
        );
        assert_eq!(
            view.read_aloud,
            "Gemeindeschwester plus – Sprechstunde. Geschlossen – öffnet morgen um 10 Uhr. \
             Dienstag: 10–12 Uhr. Gemeindeschwester plus, Isolde Weisenstein, 0 6 3 1, 3 6 5, 2 3, 8 6"
        );
        assert_eq!(
            view.report,
            Report::HelpPhone,
            "the sources name no correction address"
        );
        assert_eq!(view.checked, Freshness::Unknown);
        assert!(!view.unreachable);
        let address = view.address.expect("it has a place");
        assert_eq!(address.copy_text, address.lines.join(", "));
        assert!(
            address.lines.iter().any(|l| l.contains("Kaiserslautern")),
            "{:?}",
            address.lines
        );
    }

    #[test]
    fn facts_in_order_and_in_words() {
        let directory = kl();
        let mut service = directory.services()[0].clone();
        service.access.appointment = Appointment::Required;
        service.access.walk_in = true;
        service.access.home_visits = true;
        service.minimum_age = Some(60);
        service.languages = vec!["tr".into()];
        service.cost = Some(crate::domain::dataset::Cost {
            kind: CostKind::Free,
            text: None,
        });
        service.target_groups = Vec::new();
        let facts = Fact::of(&service, Lang::De, "de");
        assert_eq!(
            facts,
            vec![
                Fact::AppointmentRequired,
                Fact::HomeVisits,
                Fact::MinimumAge(60),
                Fact::Cost {
                    kind: CostKind::Free,
                    text: None
                },
                Fact::Languages(vec!["tr".into()]),
            ],
            "walk-in is not offered where an appointment is required"
        );
        let t = Lang::De.strings();
        assert_eq!(facts[3].text(t), t.cost_free);
        assert!(facts[4].text(t).starts_with(t.languages_label));
        service.access.appointment = Appointment::Recommended;
        assert_eq!(
            Fact::of(&service, Lang::De, "de")[..2],
            [Fact::AppointmentRecommended, Fact::WalkIn]
        );
    }

    /// Issue 29, finding 25: registration ahead is said in words of its own, in every
    /// language, with the days ahead when the source names them; it is no appointment (the
    /// hours still hold), and no walk-in.
    #[test]
    fn registration_ahead_is_its_own_fact_not_an_appointment() {
        use crate::domain::dataset::Access;
        use crate::domain::hours::{parse_hours, state_at, Calendar, HoursState};
        let directory = kl();
        let mut service = directory.dataset.services[0].clone();
        service.access = Access {
            walk_in: true,
            registration: true,
            ..Access::default()
        };
        let facts = Fact::of(&service, Lang::De, "de");
        assert_eq!(facts[0], Fact::Registration(None));
        assert!(
            !facts.contains(&Fact::WalkIn),
            "registering first is no walk-in"
        );
        let calendar = Calendar::new("DE-RP", "Europe/Berlin").unwrap();
        let hours = parse_hours("Tu 10:00-12:00", &calendar).unwrap();
        let state = state_at(&service.access, Some(&hours), at("2026-12-08 11:00"));
        assert!(matches!(state, HoursState::Open { .. }), "{state:?}");
        let de = Lang::De.strings();
        assert_eq!(facts[0].text(de), "Anmeldung vorher nötig");
        assert_eq!(
            Fact::Registration(Some(1)).text(de),
            "Anmeldung bis spätestens einen Tag vorher"
        );
        assert_eq!(
            Fact::Registration(Some(3)).text(de),
            "Anmeldung bis spätestens 3 Tage vorher"
        );
        assert_eq!(Fact::Registration(Some(0)).text(de), de.registration_needed);
        for lang in Lang::ALL {
            let t = lang.strings();
            let [none, one, three] =
                [None, Some(1), Some(3)].map(|d| Fact::Registration(d).text(t));
            assert!(
                three.contains('3') && !three.contains("{n}"),
                "{lang:?}: {three}"
            );
            assert!(
                none != one && one != three,
                "{lang:?}: {none} / {one} / {three}"
            );
            assert!(!one.contains("{n}"), "{lang:?}: {one}");
        }
        // The days alone also mean that registration is needed.
        service.access = Access {
            registration_days: Some(2),
            ..Access::default()
        };
        assert!(service.access.needs_registration());
        assert_eq!(
            Fact::of(&service, Lang::De, "de")[0],
            Fact::Registration(Some(2))
        );
    }

    #[test]
    fn events_of_a_service_are_its_own_and_still_to_come() {
        let directory = kl();
        let ds = &directory.dataset;
        // The workshop of summer 2023 (Stadt Kaiserslautern, Rathaus Nord).
        let workshop = ds
            .events
            .iter()
            .position(|e| e.id == "werkstatt-zukunft-des-ehrenamts")
            .unwrap();
        let mut host = ds.services[0].clone();
        host.organization_id = ds.events[workshop].organization_id.clone();
        host.location_id = ds.events[workshop].location_id.clone();
        assert_eq!(
            service_events(ds, &host, at("2023-07-01 09:00")),
            vec![workshop]
        );
        assert_eq!(
            service_events(ds, &host, at("2023-08-16 12:00")),
            vec![workshop],
            "its last date is still to come"
        );
        assert!(
            service_events(ds, &host, at("2026-11-22 12:00")).is_empty(),
            "an event that has taken place is not the service's event"
        );
        let mut elsewhere = host.clone();
        elsewhere.location_id = Some("stadtteilbuero-west".into());
        assert!(service_events(ds, &elsewhere, at("2023-07-01 09:00")).is_empty());
        let mut no_organisation = host;
        no_organisation.organization_id = None;
        assert!(service_events(ds, &no_organisation, at("2023-07-01 09:00")).is_empty());
    }

    #[test]
    fn an_entry_without_hours_or_contact_is_unreachable_unless_it_names_where_to_ask() {
        let directory = kl();
        let unreachable: Vec<&str> = (0..directory.services().len())
            .filter(|&i| {
                ServiceView::new(&directory, i, Lang::De, at("2026-11-23 10:00")).unreachable
            })
            .map(|i| directory.services()[i].id.as_str())
            .collect();
        assert!(!unreachable.is_empty(), "the dataset has such an offer");
        for id in unreachable {
            let s = directory.dataset.service(id).unwrap();
            assert!(s.hours.is_none() && s.contacts.is_empty() && s.email.is_none());
            assert!(s.ask_at.is_none());
        }
    }
}
