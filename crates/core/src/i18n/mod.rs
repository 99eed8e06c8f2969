//! Every user-facing string of the UI, per language.
//!
//! `Strings` is a struct, so a language that lacks a key does not compile; the tests check
//! that no text is empty or left as a placeholder.
//!
//! German, the language of the first page, is compiled in whole. Of the other languages
//! only the formatting functions are (`Formats`: plural rules, cases, dates); their fixed
//! texts are in `public/i18n/<id>.json`, which the app fetches when the language is chosen
//! (`texts::install`) and the service worker keeps for offline use. Natively (the
//! prerender, the tools, the tests) those files are compiled in.

mod ar;
mod de;
mod easy;
mod en;
pub mod hours;
mod ru;
pub mod texts;
mod tr;
mod uk;

use crate::domain::load::LoadError;

/// A UI language. The dataset may carry texts in more languages than the UI has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    De,
    /// Leichte Sprache: easy-to-read German.
    Easy,
    En,
    Tr,
    Ru,
    Uk,
    Ar,
}

impl Lang {
    pub const ALL: [Lang; 7] = [
        Lang::De,
        Lang::Easy,
        Lang::En,
        Lang::Tr,
        Lang::Ru,
        Lang::Uk,
        Lang::Ar,
    ];

    /// BCP 47 code for `<html lang>`, `lang` attributes and choosing dataset texts. Leichte
    /// Sprache is German.
    pub fn code(self) -> &'static str {
        match self {
            Lang::De | Lang::Easy => "de",
            Lang::En => "en",
            Lang::Tr => "tr",
            Lang::Ru => "ru",
            Lang::Uk => "uk",
            Lang::Ar => "ar",
        }
    }

    /// The identifier kept in the settings.
    pub fn id(self) -> &'static str {
        match self {
            Lang::Easy => "de-easy",
            other => other.code(),
        }
    }

    pub fn from_id(id: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.id() == id)
    }

    /// The UI language for a device language tag (`tr-TR`, `en-US`), if the app has it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_lowercase();
        [Lang::De, Lang::En, Lang::Tr, Lang::Ru, Lang::Uk, Lang::Ar]
            .into_iter()
            .find(|l| l.code() == primary)
    }

    /// The voice to read aloud with.
    pub fn speech_code(self) -> &'static str {
        match self {
            Lang::De | Lang::Easy => "de-DE",
            Lang::En => "en-GB",
            Lang::Tr => "tr-TR",
            Lang::Ru => "ru-RU",
            Lang::Uk => "uk-UA",
            Lang::Ar => "ar",
        }
    }

    pub fn dir(self) -> &'static str {
        if self == Lang::Ar {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The language's own name, for the chooser (each shown in its own language).
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::De => "Deutsch",
            Lang::Easy => "Leichte Sprache",
            Lang::En => "English",
            Lang::Tr => "Türkçe",
            Lang::Ru => "Русский",
            Lang::Uk => "Українська",
            Lang::Ar => "العربية",
        }
    }

    /// Leichte Sprache prefers the dataset's easy summaries.
    pub fn is_easy(self) -> bool {
        self == Lang::Easy
    }

    /// The language's texts; German until the language's own fixed texts are there
    /// ([`Lang::has_texts`]).
    pub fn strings(self) -> &'static Strings {
        texts::strings(self)
    }

    /// Whether the language's texts are at hand (German's always are; natively, all are).
    pub fn has_texts(self) -> bool {
        texts::has_texts(self)
    }

    /// The formatting functions of a language whose fixed texts are fetched (not German).
    fn formats(self) -> Option<&'static Formats> {
        match self {
            Lang::De => None,
            Lang::Easy => Some(&easy::FORMATS),
            Lang::En => Some(&en::FORMATS),
            Lang::Tr => Some(&tr::FORMATS),
            Lang::Ru => Some(&ru::FORMATS),
            Lang::Uk => Some(&uk::FORMATS),
            Lang::Ar => Some(&ar::FORMATS),
        }
    }

    /// German's texts, whole in every build.
    fn german() -> &'static Strings {
        &de::STRINGS
    }
}

/// The hour of a time given in minutes from midnight, for the `clock` formats: 24:00, where
/// a period ends at midnight, stays 24 ("8–24 Uhr", "0–24 Uhr"); later times wrap.
fn hour(minutes: u16) -> u16 {
    if minutes == 24 * 60 {
        24
    } else {
        (minutes / 60) % 24
    }
}

/// Why the dataset could not be shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DataFailure {
    /// No answer at all (offline, server down).
    Unreachable,
    /// The server answered with an error status.
    Status(u16),
    /// The file arrived but could not be used.
    Unusable(LoadError),
}

/// Declares `Strings`, `Formats` and the list of the fixed texts from one list of names, so
/// a text can't be added without being checked.
macro_rules! ui_strings {
    (fixed: [$($fixed:ident),* $(,)?], formatted: [$($name:ident: $ty:ty),* $(,)?] $(,)?) => {
        /// Every user-facing text of the UI in one language. `repr(C)`, the fixed texts
        /// first: they then lie in memory as an array of them, which a language's file is
        /// read into and out of with one copy (`fixed_array`, `assemble`), not one
        /// instruction per text (3.5 KB of the wasm).
        #[repr(C)]
        pub struct Strings {
            $(pub $fixed: &'static str,)*
            $(pub $name: $ty,)*
        }

        /// The formatted texts of one language: what is code, not a text to fetch.
        pub struct Formats {
            $(pub $name: $ty,)*
        }

        /// The names of the fixed texts, as the language files write them.
        pub const FIXED_KEYS: [&str; FIXED_COUNT] = [$(stringify!($fixed)),*];
        const FIXED_COUNT: usize = [$(stringify!($fixed)),*].len();

        impl Strings {
            /// Every fixed text, for completeness checks.
            pub fn fixed_texts(&self) -> Vec<(&'static str, &'static str)> {
                FIXED_KEYS.into_iter().zip(self.fixed_array()).collect()
            }

            /// The fixed texts in the order of [`FIXED_KEYS`].
            fn fixed_array(&self) -> [&'static str; FIXED_COUNT] {
                // SAFETY: `Strings` is `repr(C)` and begins with its FIXED_COUNT fixed texts,
                // each a `&'static str`, so they are laid out as an array of them (fields of
                // one type have no padding between them; `FIXED_TEXTS_FIRST` checks it).
                unsafe { std::ptr::read((self as *const Strings).cast::<[&'static str; FIXED_COUNT]>()) }
            }

            /// A language's texts: its fixed texts in the order of [`FIXED_KEYS`], and its
            /// formats.
            fn assemble(fixed: [&'static str; FIXED_COUNT], formats: &Formats) -> Strings {
                let mut strings = std::mem::MaybeUninit::<Strings>::uninit();
                let at = strings.as_mut_ptr();
                // SAFETY: as in `fixed_array`, the fixed texts are the array at the struct's
                // start; every other field is written by its name; so every field is set.
                unsafe {
                    at.cast::<[&'static str; FIXED_COUNT]>().write(fixed);
                    $(std::ptr::addr_of_mut!((*at).$name).write(formats.$name);)*
                    strings.assume_init()
                }
            }
        }

        /// The layout `fixed_array` and `assemble` rely on, checked when compiling: the
        /// fixed texts in order, one after the other from the start, the formats after them.
        const FIXED_TEXTS_FIRST: () = {
            let text = std::mem::size_of::<&'static str>();
            let mut at = 0;
            $(
                assert!(std::mem::offset_of!(Strings, $fixed) == at);
                at += text;
            )*
            assert!(at == FIXED_COUNT * text);
        };
        const _: () = FIXED_TEXTS_FIRST;
    };
}

ui_strings! {
    fixed: [
        app_name,
        tagline,
        skip_link,
        nav_label,
        loading,
        services_heading,
        error_heading,
        error_unreachable,
        error_not_dataset,
        error_version,
        error_hint,
        retry,
        help_heading,
        footer_label,
        and,
        closed_on_holidays,
        day_closed,
        irregular_hours,
        today,
        tomorrow,
        state_open,
        state_closed,
        state_by_appointment,
        state_unknown,
        state_holiday,
        state_no_hours,
        not_found_heading,
        not_found_text,
        back_to_start,
        nav_start,
        nav_agenda,
        plan_heading,
        plan_intro,
        plan_link,
        plan_nothing,
        plan_no_times,
        plan_phone,
        add_to_calendar,
        agenda_more_days,
        agenda_home_link,
        agenda_heading,
        agenda_intro,
        agenda_span_label,
        agenda_fortnight,
        agenda_today,
        agenda_this_week,
        agenda_next_week,
        agenda_empty_day,
        agenda_regular,
        agenda_event,
        agenda_unsure,
        agenda_no_time,
        nav_about,
        start_intro,
        search_label,
        search_button,
        needs_heading,
        district_heading,
        district_label,
        district_all,
        district_button,
        open_now_link,
        results_heading,
        filters_heading,
        filter_open_now,
        filter_open_today,
        filter_walk_in,
        filter_free,
        filter_step_free,
        filter_home_visits,
        filter_language_label,
        language_any,
        active_filters,
        understood,
        maybe_heading,
        filter_open_weekend,
        filter_open_evening,
        clear_all,
        empty_heading,
        empty_text,
        did_you_mean,
        empty_help,
        citywide,
        place_unknown,
        save,
        saved_remove,
        back_to_results,
        hours_heading,
        next_days_heading,
        next_days_closed,
        contact_heading,
        ask_at,
        no_hours_no_contact,
        address_heading,
        copy_address,
        copied,
        copy_failed,
        transit_label,
        accessibility_heading,
        step_free,
        lift,
        accessible_toilet,
        hearing_loop,
        yes,
        no,
        about_service_heading,
        languages_label,
        cost_free,
        cost_paid,
        cost_donation,
        cost_unknown,
        appointment_required,
        appointment_recommended,
        registration_needed,
        registration_day_before,
        registration_days_before,
        walk_in,
        home_visits,
        target_groups_label,
        events_heading,
        registration,
        event_past,
        event_taken_place,
        website,
        // Where "now" is not known (a page rendered at build time): a card's state line,
        // and the first line of a service's hours.
        hours_on_service_page,
        regular_hours,
        checked_unknown,
        stale_warning,
        report_mistake,
        report_by_phone,
        maintainer_unknown,
        mistake_subject,
        share,
        link_copied,
        share_fallback_label,
        print,
        alert_label,
        shortlist_heading,
        shortlist_full,
        shortlist_intro,
        shortlist_empty,
        storage_blocked,
        about_heading,
        about_data_heading,
        a11y_heading,
        a11y_text,
        a11y_feedback,
        imprint_heading,
        privacy_heading,
        privacy_text,
        for_keepers,
        apply_filters,
        offline_notice,
        update_available,
        update_now,
        settings_nav,
        settings_heading,
        settings_intro,
        text_size_legend,
        theme_legend,
        theme_auto,
        theme_standard,
        theme_contrast,
        theme_dark,
        language_legend,
        settings_saved_note,
        read_aloud,
        stop_reading,
        read_again,
        no_voice,
        reading_status,
        scan_to_call,
        touch_to_start,
        idle_heading,
        idle_continue,
        restart,
        take_away_heading,
        take_away_text,
        print_slip,
        read_page,
        keyboard_label,
        key_delete,
        key_clear,
        key_space,
        choose_language,
        language_unavailable,
    ],
    formatted: [
        services_count: fn(usize) -> String,
        agenda_count: fn(usize) -> String,
        agenda_show_all: fn(usize) -> String,
        agenda_continues: fn(Option<&str>) -> String,
        skipped_entries: fn(usize) -> String,
        error_status: fn(u16) -> String,
        error_malformed: fn(usize, usize) -> String,
        error_invalid: fn(&str) -> String,
        call: fn(&str) -> String,
        page_title: fn(&str) -> String,
        search_examples: fn(&[String]) -> String,
        weekdays: [&'static str; 7],
        months: [&'static str; 12],
        clock: fn(u16) -> String,
        span: fn(&str, &str) -> String,
        clock_alone: fn(&str) -> String,
        day_range: fn(&str, &str) -> String,
        nth_weekday: fn(i8, &str) -> String,
        maybe: fn(Option<&str>) -> String,
        closure: fn(Option<&str>, &str, &str) -> String,
        date: fn(u32, &str, i32) -> String,
        weekday_date: fn(&str, u32, &str) -> String,
        holiday: fn(&str) -> String,
        host: fn(&str) -> String,
        at_day_time: fn(&str, &str) -> String,
        on_date: fn(&str) -> String,
        state_open_until: fn(&str) -> String,
        state_closed_opens: fn(&str) -> String,
        nav_shortlist: fn(usize) -> String,
        start_heading: fn(&str) -> String,
        results_for: fn(&str) -> String,
        chip_need: fn(&str) -> String,
        chip_district: fn(&str) -> String,
        chip_language: fn(&str) -> String,
        maybe_count: fn(usize) -> String,
        filter_open_day: fn(&str) -> String,
        remove_filter: fn(&str) -> String,
        show_more: fn(usize) -> String,
        without_district: fn(usize) -> String,
        save_named: fn(&str) -> String,
        saved_named: fn(&str) -> String,
        source_text: fn(&str) -> String,
        rotation_text: fn(&str) -> String,
        mail_to: fn(&str) -> String,
        minimum_age: fn(u8) -> String,
        event_places: fn(u32) -> String,
        checked_on: fn(&str) -> String,
        source_label: fn(&str) -> String,
        language_name: fn(&str) -> String,
        saved_status: fn(&str) -> String,
        removed_status: fn(&str) -> String,
        shortlist_missing: fn(usize) -> String,
        maintained_by: fn(&str) -> String,
        licence: fn(&str) -> String,
        imprint_text: fn(&str) -> String,
        call_named: fn(&str, &str) -> String,
        data_of: fn(&str) -> String,
        text_size_option: fn(u16) -> String,
        idle_text: fn(u32) -> String,
        day_pair: fn(&str, &str) -> String,
    ],
}

impl Strings {
    pub fn data_failure(&self, failure: &DataFailure) -> String {
        match failure {
            DataFailure::Unreachable => self.error_unreachable.to_string(),
            DataFailure::Status(status) => (self.error_status)(*status),
            DataFailure::Unusable(LoadError::Malformed { line, column, .. }) => {
                (self.error_malformed)(*line, *column)
            }
            DataFailure::Unusable(LoadError::NotADataset) => self.error_not_dataset.to_string(),
            DataFailure::Unusable(LoadError::UnsupportedVersion { .. }) => {
                self.error_version.to_string()
            }
            DataFailure::Unusable(LoadError::Invalid { path, .. }) => (self.error_invalid)(path),
        }
    }

    /// What calendar files say beside the times, in this language.
    pub fn calendar_labels(&self) -> crate::domain::ics::Labels<'static> {
        crate::domain::ics::Labels {
            unsure: self.agenda_unsure,
            appointment: self.state_by_appointment,
            holidays: self.state_holiday,
        }
    }

    /// Every formatted text with sample arguments, for completeness checks.
    pub fn formatted_samples(&self) -> Vec<(&'static str, String)> {
        vec![
            ("services_count(0)", (self.services_count)(0)),
            ("services_count(1)", (self.services_count)(1)),
            ("services_count(7)", (self.services_count)(7)),
            ("skipped_entries(1)", (self.skipped_entries)(1)),
            ("skipped_entries(3)", (self.skipped_entries)(3)),
            ("error_status", (self.error_status)(404)),
            ("error_malformed", (self.error_malformed)(3, 14)),
            ("error_invalid", (self.error_invalid)("meta")),
            ("call", (self.call)("0631 365-0")),
            ("page_title", (self.page_title)("Kaiserslautern")),
            ("clock", (self.clock)(630)),
            ("span", (self.span)("10", "12")),
            ("clock_alone", (self.clock_alone)("12")),
            ("day_range", (self.day_range)("Mo", "Fr")),
            ("nth_weekday(1)", (self.nth_weekday)(1, "X")),
            ("nth_weekday(-1)", (self.nth_weekday)(-1, "X")),
            ("maybe(None)", (self.maybe)(None)),
            ("maybe(Some)", (self.maybe)(Some("x"))),
            ("closure(None)", (self.closure)(None, "a", "b")),
            ("closure(Some)", (self.closure)(Some("x"), "a", "b")),
            ("closure(one day)", (self.closure)(None, "a", "a")),
            ("date", (self.date)(20, "M", 2026)),
            ("weekday_date", (self.weekday_date)("W", 23, "M")),
            ("holiday", (self.holiday)("H")),
            ("host", (self.host)("AWO")),
            ("at_day_time", (self.at_day_time)("D", "T")),
            ("on_date", (self.on_date)("D")),
            ("state_open_until", (self.state_open_until)("T")),
            ("state_closed_opens", (self.state_closed_opens)("T")),
            ("nav_shortlist", (self.nav_shortlist)(2)),
            ("start_heading", (self.start_heading)("C")),
            ("results_for", (self.results_for)("Q")),
            ("chip_need", (self.chip_need)("N")),
            ("chip_district", (self.chip_district)("D")),
            ("chip_language", (self.chip_language)("L")),
            ("maybe_count(3)", (self.maybe_count)(3)),
            ("filter_open_day", (self.filter_open_day)("D")),
            ("remove_filter", (self.remove_filter)("F")),
            ("show_more", (self.show_more)(20)),
            ("agenda_count(1)", (self.agenda_count)(1)),
            ("agenda_count(9)", (self.agenda_count)(9)),
            ("agenda_show_all", (self.agenda_show_all)(40)),
            ("agenda_continues(None)", (self.agenda_continues)(None)),
            (
                "agenda_continues(Some)",
                (self.agenda_continues)(Some("16")),
            ),
            ("without_district", (self.without_district)(7)),
            ("save_named", (self.save_named)("S")),
            ("saved_named", (self.saved_named)("S")),
            ("source_text", (self.source_text)("T")),
            ("rotation_text", (self.rotation_text)("A, B")),
            ("mail_to", (self.mail_to)("a@b.de")),
            ("minimum_age", (self.minimum_age)(80)),
            ("event_places", (self.event_places)(15)),
            ("checked_on", (self.checked_on)("D")),
            ("source_label", (self.source_label)("S")),
            ("language_name(tr)", (self.language_name)("tr")),
            ("language_name(xx)", (self.language_name)("xx")),
            ("saved_status", (self.saved_status)("S")),
            ("removed_status", (self.removed_status)("S")),
            ("shortlist_missing", (self.shortlist_missing)(1)),
            ("maintained_by", (self.maintained_by)("M")),
            ("licence", (self.licence)("L")),
            ("imprint_text", (self.imprint_text)("M")),
            ("call_named", (self.call_named)("0631", "S")),
            ("data_of", (self.data_of)("D")),
            ("text_size_option", (self.text_size_option)(150)),
            ("idle_text", (self.idle_text)(30)),
            ("day_pair", (self.day_pair)("A", "B")),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLACEHOLDER_MARKS: [&str; 5] = ["TODO", "FIXME", "XXX", "lorem", "{}"];

    #[test]
    fn no_language_has_empty_or_placeholder_texts() {
        for lang in Lang::ALL {
            let strings = lang.strings();
            let all = strings
                .fixed_texts()
                .into_iter()
                .map(|(k, v)| (k, v.to_string()))
                .chain(strings.formatted_samples());
            for (key, text) in all {
                assert!(!text.trim().is_empty(), "{lang:?}.{key} is empty");
                for mark in PLACEHOLDER_MARKS {
                    assert!(
                        !text.contains(mark),
                        "{lang:?}.{key} contains placeholder {mark:?}: {text}"
                    );
                }
            }
        }
    }

    #[test]
    fn other_languages_are_really_translated() {
        let de = Lang::De.strings();
        for lang in [Lang::En, Lang::Tr, Lang::Ru, Lang::Uk, Lang::Ar] {
            for ((key, de_text), (_, text)) in de
                .fixed_texts()
                .into_iter()
                .zip(lang.strings().fixed_texts())
            {
                if key != "app_name" {
                    assert_ne!(de_text, text, "{lang:?}.{key} is still German");
                }
            }
        }
    }

    #[test]
    fn language_ids_and_tags() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_id(lang.id()), Some(lang));
        }
        assert_eq!(Lang::from_tag("tr-TR"), Some(Lang::Tr));
        assert_eq!(Lang::from_tag("uk"), Some(Lang::Uk));
        assert_eq!(Lang::from_tag("fr-FR"), None);
        assert_eq!(Lang::Easy.code(), "de");
        assert_eq!(Lang::Ar.dir(), "rtl");
    }

    #[test]
    fn plural_forms_of_russian_and_ukrainian() {
        let ru = Lang::Ru.strings();
        let (one, few, many) = (
            (ru.services_count)(1),
            (ru.services_count)(3),
            (ru.services_count)(11),
        );
        assert!(one != few && few != many, "{one} / {few} / {many}");
        assert_eq!(
            (ru.services_count)(21).split(' ').nth(1),
            one.split(' ').nth(1),
            "21 is 'one'"
        );
        let uk = Lang::Uk.strings();
        assert_ne!(
            (uk.services_count)(2),
            (uk.services_count)(5).replace('5', "2")
        );
    }

    #[test]
    fn formatted_texts_carry_their_arguments() {
        for lang in Lang::ALL {
            let s = lang.strings();
            assert!((s.services_count)(7).contains('7'));
            assert!(
                (s.error_malformed)(3, 14).contains("3")
                    && (s.error_malformed)(3, 14).contains("14")
            );
            assert!((s.call)("0631 365-0").contains("0631 365-0"));
            assert!((s.page_title)("Kaiserslautern").contains("Kaiserslautern"));
        }
    }

    #[test]
    fn german_counts_use_singular_and_plural() {
        let s = Lang::De.strings();
        assert_eq!((s.services_count)(1), "1 Angebot");
        assert_eq!((s.services_count)(2), "2 Angebote");
        assert_eq!((s.services_count)(0), "Keine Angebote");
    }
}
