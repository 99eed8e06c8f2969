//! A search as the URL says it (`?q=pflege&need=demenz&district=mitte&open=now`), so every
//! search is a link that can be shared, reloaded and gone back to.

use crate::domain::query_string;

/// Characters of search text read from a link: more than anyone types, little enough that
/// a pasted essay or a crafted link cannot stall the page.
pub const MAX_SEARCH_CHARS: usize = 200;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenFilter {
    Now,
    Today,
    /// Open at some time on the next such day (0 Monday … 6 Sunday), today included.
    Day(u8),
    /// Open on the coming Saturday or Sunday.
    Weekend,
    /// Open after 17:00 on one of the next seven days.
    Evening,
}

/// The days in links: `open=tu`.
const DAY_KEYS: [&str; 7] = ["mo", "tu", "we", "th", "fr", "sa", "su"];

impl OpenFilter {
    /// The value in a link (`open=…`).
    pub fn key(self) -> &'static str {
        match self {
            OpenFilter::Now => "now",
            OpenFilter::Today => "today",
            OpenFilter::Day(day) => DAY_KEYS[usize::from(day.min(6))],
            OpenFilter::Weekend => "weekend",
            OpenFilter::Evening => "evening",
        }
    }

    pub fn from_key(key: &str) -> Option<OpenFilter> {
        match key {
            "now" => Some(OpenFilter::Now),
            "today" => Some(OpenFilter::Today),
            "weekend" => Some(OpenFilter::Weekend),
            "evening" => Some(OpenFilter::Evening),
            day => DAY_KEYS
                .iter()
                .position(|k| *k == day)
                .map(|d| OpenFilter::Day(d as u8)),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    pub text: String,
    pub need: Option<String>,
    pub district: Option<String>,
    pub open: Option<OpenFilter>,
    /// Walk-in without appointment.
    pub walk_in: bool,
    pub free: bool,
    /// A language spoken (`tr`).
    pub language: Option<String>,
    pub step_free: bool,
    pub home_visits: bool,
}

impl Query {
    pub fn is_empty(&self) -> bool {
        *self == Query::default()
    }

    pub fn has_filters(&self) -> bool {
        Query {
            text: String::new(),
            ..self.clone()
        } != Query::default()
    }

    /// `q=…&need=…`, without a leading `?`; empty parts are left out.
    pub fn to_query_string(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if !self.text.trim().is_empty() {
            pairs.push(("q", self.text.trim().to_string()));
        }
        if let Some(need) = &self.need {
            pairs.push(("need", need.clone()));
        }
        if let Some(district) = &self.district {
            pairs.push(("district", district.clone()));
        }
        if let Some(open) = self.open {
            pairs.push(("open", open.key().to_string()));
        }
        for (key, on) in [
            ("walkin", self.walk_in),
            ("free", self.free),
            ("stepfree", self.step_free),
            ("home", self.home_visits),
        ] {
            if on {
                pairs.push((key, "1".to_string()));
            }
        }
        if let Some(language) = &self.language {
            pairs.push(("lang", language.clone()));
        }
        query_string::write(pairs.iter().map(|(k, v)| (*k, v.as_str())))
    }

    /// Reads a query string (with or without `?`); unknown keys and bad values are ignored,
    /// so an old or mangled link still opens a sensible search.
    pub fn from_query_string(query: &str) -> Query {
        Query::from_pairs(query_string::read(query))
    }

    pub fn from_pairs(pairs: impl IntoIterator<Item = (String, String)>) -> Query {
        let mut query = Query::default();
        let id = |v: String| {
            let v = v.trim().to_string();
            (!v.is_empty()
                && v.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .then_some(v)
        };
        for (key, value) in pairs {
            match key.as_str() {
                "q" => query.text = value.trim().chars().take(MAX_SEARCH_CHARS).collect(),
                "need" => query.need = id(value),
                "district" => query.district = id(value),
                "open" => query.open = OpenFilter::from_key(&value),
                "walkin" => query.walk_in = value == "1",
                "free" => query.free = value == "1",
                "stepfree" => query.step_free = value == "1",
                "home" => query.home_visits = value == "1",
                "lang" => query.language = id(value),
                _ => {}
            }
        }
        query
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_field() {
        let query = Query {
            text: "Pflege & Demenz? ä/ß".to_string(),
            need: Some("demenz".into()),
            district: Some("innenstadt-west-kotten".into()),
            open: Some(OpenFilter::Today),
            walk_in: true,
            free: true,
            language: Some("tr".into()),
            step_free: true,
            home_visits: true,
        };
        let url = query.to_query_string();
        assert_eq!(Query::from_query_string(&url), query);
        assert_eq!(Query::from_query_string(&format!("?{url}")), query);
        assert!(
            url.starts_with("q=Pflege+%26+Demenz%3F+%C3%A4%2F%C3%9F&need=demenz"),
            "{url}"
        );
    }

    #[test]
    fn every_open_filter_round_trips() {
        let mut filters = vec![
            OpenFilter::Now,
            OpenFilter::Today,
            OpenFilter::Weekend,
            OpenFilter::Evening,
        ];
        filters.extend((0..7).map(OpenFilter::Day));
        for open in filters {
            let query = Query {
                open: Some(open),
                ..Query::default()
            };
            assert_eq!(Query::from_query_string(&query.to_query_string()), query);
        }
        assert_eq!(
            Query::from_query_string("open=tu").open,
            Some(OpenFilter::Day(1))
        );
        assert_eq!(Query::from_query_string("open=xx").open, None);
    }

    #[test]
    fn empty_parts_are_left_out() {
        assert_eq!(Query::default().to_query_string(), "");
        let query = Query {
            open: Some(OpenFilter::Now),
            ..Query::default()
        };
        assert_eq!(query.to_query_string(), "open=now");
        assert!(query.has_filters());
        assert!(!Query {
            text: "x".into(),
            ..Query::default()
        }
        .has_filters());
    }

    #[test]
    fn mangled_links_still_open_a_search() {
        let query = Query::from_query_string(
            "q=Pflege+Heim&need=%3Cscript%3E&open=sometimes&x=1&free=yes&%zz=1&district=",
        );
        assert_eq!(
            query,
            Query {
                text: "Pflege Heim".into(),
                ..Query::default()
            }
        );
        let long = Query::from_query_string(&format!("q={}", "ab+".repeat(100_000)));
        assert_eq!(
            long.text.chars().count(),
            MAX_SEARCH_CHARS,
            "the text is capped"
        );
        assert_eq!(
            Query::from_query_string("q=%+F%2&q=%E4").text,
            "\u{fffd}",
            "short escapes and invalid UTF-8 do not panic; the last q wins"
        );
    }
}
