//! The one codec for the app's query strings and percent-encoded values, on the
//! `form_urlencoded` and `percent-encoding` crates (small, and the usual reading of a
//! browser's form encoding). Every query of the app is read and written here: the search,
//! the agenda's filters, a shared list's ids and the kiosk's start address.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// A query string's pairs, decoded (`+` is a space, `%XX` a byte, invalid UTF-8 the
/// replacement character), in their order; with or without a leading `?`.
pub fn read(query: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(query.trim_start_matches('?').as_bytes())
        .into_owned()
        .collect()
}

/// The first value of `key` in a query string.
pub fn value(query: &str, key: &str) -> Option<String> {
    read(query)
        .into_iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v)
}

/// `key=value&…`, without a leading `?`, encoded as a browser encodes a form.
pub fn write<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish()
}

/// Everything but RFC 3986's unreserved characters.
const NOT_UNRESERVED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// Percent-encodes a value for a `mailto:` subject or a `data:` URL, where a space must be
/// `%20` (a mail program does not read `+` as a space).
pub fn percent_encode(value: &str) -> String {
    utf8_percent_encode(value, NOT_UNRESERVED).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_round_trip_through_the_codec() {
        let text = "Pflege & Demenz? ä/ß+1";
        let query = write([("q", text), ("need", "demenz")]);
        assert_eq!(
            query,
            "q=Pflege+%26+Demenz%3F+%C3%A4%2F%C3%9F%2B1&need=demenz"
        );
        assert_eq!(
            read(&format!("?{query}")),
            vec![
                ("q".to_string(), text.to_string()),
                ("need".to_string(), "demenz".to_string())
            ]
        );
        assert_eq!(value(&query, "need").as_deref(), Some("demenz"));
        assert_eq!(value(&query, "district"), None);
    }

    #[test]
    fn mangled_escapes_never_panic() {
        assert_eq!(value("a=100%", "a").as_deref(), Some("100%"));
        assert_eq!(value("a=%+F%2", "a").as_deref(), Some("% F%2"));
        assert_eq!(value("a=%E4", "a").as_deref(), Some("\u{fffd}"));
        assert_eq!(value("a&b=1&&", "a").as_deref(), Some(""));
    }

    #[test]
    fn percent_encoding_keeps_spaces_readable_by_mail_programs() {
        assert_eq!(
            percent_encode("Fehler [x-1_a.b~]"),
            "Fehler%20%5Bx-1_a.b~%5D"
        );
        assert_eq!(percent_encode("ä\n"), "%C3%A4%0A");
    }
}
