//! Public holidays of a German region, computed in Rust.
//!
//! The opening-hours crate only knows what its evaluation context is given; its own
//! country database adds about 64 KB gzip to the wasm and marks state holidays as unknown.
//! So the region's calendar is built here and handed to the crate: `PH off` then closes on
//! exactly these days. The rule set is chosen by the dataset's region code (ISO 3166-2).

use chrono::{Datelike, Duration, NaiveDate, Weekday};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Holiday {
    pub date: NaiveDate,
    /// German name, as people say it ("Fronleichnam").
    pub name: &'static str,
}

/// Easter Sunday (Gregorian calendar; anonymous algorithm, Meeus/Jones/Butcher).
pub fn easter_sunday(year: i32) -> NaiveDate {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32).expect("Easter is always a valid date")
}

/// The regions whose holiday rules this build knows: Germany's 16 states.
pub const SUPPORTED_REGIONS: [&str; 16] = [
    "DE-BW", "DE-BY", "DE-BE", "DE-BB", "DE-HB", "DE-HH", "DE-HE", "DE-MV", "DE-NI", "DE-NW",
    "DE-RP", "DE-SL", "DE-SN", "DE-ST", "DE-SH", "DE-TH",
];

pub fn is_supported_region(region: &str) -> bool {
    SUPPORTED_REGIONS.contains(&region)
}

/// The public holidays of `region` in `year`, sorted by date. An unknown region gives
/// `None`, never a silently empty calendar.
pub fn holidays(region: &str, year: i32) -> Option<Vec<Holiday>> {
    if !is_supported_region(region) {
        return None;
    }
    let date = |month, day| NaiveDate::from_ymd_opt(year, month, day).expect("fixed holiday date");
    let easter = easter_sunday(year);
    let mut list = vec![
        Holiday {
            date: date(1, 1),
            name: "Neujahr",
        },
        Holiday {
            date: easter - Duration::days(2),
            name: "Karfreitag",
        },
        Holiday {
            date: easter + Duration::days(1),
            name: "Ostermontag",
        },
        Holiday {
            date: date(5, 1),
            name: "Tag der Arbeit",
        },
        Holiday {
            date: easter + Duration::days(39),
            name: "Christi Himmelfahrt",
        },
        Holiday {
            date: easter + Duration::days(50),
            name: "Pfingstmontag",
        },
        Holiday {
            date: date(10, 3),
            name: "Tag der Deutschen Einheit",
        },
        Holiday {
            date: date(12, 25),
            name: "1. Weihnachtstag",
        },
        Holiday {
            date: date(12, 26),
            name: "2. Weihnachtstag",
        },
    ];
    let in_region = |regions: &[&str]| regions.contains(&region);
    if in_region(&["DE-BW", "DE-BY", "DE-ST"]) {
        list.push(Holiday {
            date: date(1, 6),
            name: "Heilige Drei Könige",
        });
    }
    if in_region(&["DE-BE"]) && year >= 2019 || in_region(&["DE-MV"]) && year >= 2023 {
        list.push(Holiday {
            date: date(3, 8),
            name: "Internationaler Frauentag",
        });
    }
    if in_region(&["DE-BB"]) {
        list.push(Holiday {
            date: easter,
            name: "Ostersonntag",
        });
        list.push(Holiday {
            date: easter + Duration::days(49),
            name: "Pfingstsonntag",
        });
    }
    if in_region(&["DE-BW", "DE-BY", "DE-HE", "DE-NW", "DE-RP", "DE-SL"]) {
        list.push(Holiday {
            date: easter + Duration::days(60),
            name: "Fronleichnam",
        });
    }
    if in_region(&["DE-SL"]) {
        list.push(Holiday {
            date: date(8, 15),
            name: "Mariä Himmelfahrt",
        });
    }
    if in_region(&["DE-TH"]) && year >= 2019 {
        list.push(Holiday {
            date: date(9, 20),
            name: "Weltkindertag",
        });
    }
    let reformation_since_2018 = in_region(&["DE-HB", "DE-HH", "DE-NI", "DE-SH"]) && year >= 2018;
    if in_region(&["DE-BB", "DE-MV", "DE-SN", "DE-ST", "DE-TH"])
        || reformation_since_2018
        || year == 2017
    {
        list.push(Holiday {
            date: date(10, 31),
            name: "Reformationstag",
        });
    }
    if in_region(&["DE-BW", "DE-BY", "DE-NW", "DE-RP", "DE-SL"]) {
        list.push(Holiday {
            date: date(11, 1),
            name: "Allerheiligen",
        });
    }
    if in_region(&["DE-SN"]) {
        list.push(Holiday {
            date: repentance_day(year),
            name: "Buß- und Bettag",
        });
    }
    list.sort_by_key(|h| h.date);
    Some(list)
}

/// Buß- und Bettag: the Wednesday before 23 November.
fn repentance_day(year: i32) -> NaiveDate {
    let mut day = NaiveDate::from_ymd_opt(year, 11, 22).expect("valid date");
    while day.weekday() != Weekday::Wed {
        day = day.pred_opt().expect("valid date");
    }
    day
}

/// The holiday on `date` in `region`, if any.
pub fn holiday_on(region: &str, date: NaiveDate) -> Option<Holiday> {
    holidays(region, date.year())?
        .into_iter()
        .find(|h| h.date == date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn easter_dates_match_the_calendar() {
        assert_eq!(easter_sunday(2024), d(2024, 3, 31));
        assert_eq!(easter_sunday(2025), d(2025, 4, 20));
        assert_eq!(easter_sunday(2026), d(2026, 4, 5));
        assert_eq!(easter_sunday(2027), d(2027, 3, 28));
        assert_eq!(
            easter_sunday(2038),
            d(2038, 4, 25),
            "latest possible Easter"
        );
        assert_eq!(
            easter_sunday(2285),
            d(2285, 3, 22),
            "earliest possible Easter"
        );
    }

    #[test]
    fn rheinland_pfalz_2026_has_eleven_days() {
        let days: Vec<(NaiveDate, &str)> = holidays("DE-RP", 2026)
            .unwrap()
            .into_iter()
            .map(|h| (h.date, h.name))
            .collect();
        assert_eq!(
            days,
            vec![
                (d(2026, 1, 1), "Neujahr"),
                (d(2026, 4, 3), "Karfreitag"),
                (d(2026, 4, 6), "Ostermontag"),
                (d(2026, 5, 1), "Tag der Arbeit"),
                (d(2026, 5, 14), "Christi Himmelfahrt"),
                (d(2026, 5, 25), "Pfingstmontag"),
                (d(2026, 6, 4), "Fronleichnam"),
                (d(2026, 10, 3), "Tag der Deutschen Einheit"),
                (d(2026, 11, 1), "Allerheiligen"),
                (d(2026, 12, 25), "1. Weihnachtstag"),
                (d(2026, 12, 26), "2. Weihnachtstag"),
            ]
        );
    }

    #[test]
    fn rheinland_pfalz_2027_moves_with_easter() {
        let rp = holidays("DE-RP", 2027).unwrap();
        let date_of = |name| rp.iter().find(|h| h.name == name).unwrap().date;
        assert_eq!(date_of("Karfreitag"), d(2027, 3, 26));
        assert_eq!(date_of("Ostermontag"), d(2027, 3, 29));
        assert_eq!(date_of("Christi Himmelfahrt"), d(2027, 5, 6));
        assert_eq!(date_of("Pfingstmontag"), d(2027, 5, 17));
        assert_eq!(date_of("Fronleichnam"), d(2027, 5, 27));
        assert_eq!(rp.len(), 11);
    }

    #[test]
    fn nordrhein_westfalen_matches_rheinland_pfalz_but_other_states_differ() {
        assert_eq!(holidays("DE-NW", 2026), holidays("DE-RP", 2026));
        let berlin = holidays("DE-BE", 2026).unwrap();
        assert!(berlin.iter().any(|h| h.name == "Internationaler Frauentag"));
        assert!(!berlin.iter().any(|h| h.name == "Fronleichnam"));
        assert_eq!(holidays("DE-BE", 2026).unwrap().len(), 10);
        let saxony = holidays("DE-SN", 2026).unwrap();
        assert!(saxony
            .iter()
            .any(|h| h.name == "Buß- und Bettag" && h.date == d(2026, 11, 18)));
        assert!(holidays("DE-HH", 2017)
            .unwrap()
            .iter()
            .any(|h| h.name == "Reformationstag"));
        assert!(!holidays("DE-HH", 2016)
            .unwrap()
            .iter()
            .any(|h| h.name == "Reformationstag"));
    }

    #[test]
    fn unknown_regions_are_refused() {
        assert_eq!(holidays("FR-IDF", 2026), None);
        assert_eq!(holidays("", 2026), None);
    }

    #[test]
    fn holiday_lookup_by_date() {
        assert_eq!(
            holiday_on("DE-RP", d(2026, 6, 4)).map(|h| h.name),
            Some("Fronleichnam")
        );
        assert_eq!(holiday_on("DE-BE", d(2026, 6, 4)), None);
    }
}
