//! Contact links: only `tel:`, `mailto:` and `https:` ever become links.

/// The country calling code for a region code such as `DE-RP`.
fn calling_code(region: &str) -> Option<&'static str> {
    match region.split('-').next()? {
        "DE" => Some("49"),
        "AT" => Some("43"),
        "CH" => Some("41"),
        "NL" => Some("31"),
        "BE" => Some("32"),
        "LU" => Some("352"),
        "FR" => Some("33"),
        "DK" => Some("45"),
        "PL" => Some("48"),
        "CZ" => Some("420"),
        _ => None,
    }
}

/// Turns a phone number as people write it ("0631 31 09 07 38", "(0631) 365-4471",
/// "0631-892 31 19") into a `tel:` URI in international form (`tel:+4963131090738`).
/// `None` when it does not look like a phone number at all.
pub fn phone_href(raw: &str, region: &str) -> Option<String> {
    let trimmed = raw.trim();
    if let Some(short) = short_number(trimmed, region) {
        return Some(format!("tel:{short}"));
    }
    let international = trimmed.starts_with('+') || trimmed.starts_with("00");
    let digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
    let allowed = |c: char| c.is_ascii_digit() || " +-/().".contains(c);
    if digits.len() < 5 || digits.len() > 15 || !trimmed.chars().all(allowed) {
        return None;
    }
    let number = if international {
        digits.strip_prefix("00").unwrap_or(&digits).to_string()
    } else if let Some(national) = digits.strip_prefix('0') {
        format!("{}{}", calling_code(region)?, national)
    } else {
        // A local number without area code cannot be dialled reliably from a mobile.
        return None;
    };
    Some(format!("tel:+{number}"))
}

/// The short numbers that work from any phone in the country, without an area code, as
/// dialled: the emergency number 112 (all of Europe), the police's 110 (Germany), and the
/// European helplines 116 xxx (116 117, the doctors on call; 116 123, someone to talk to).
/// Free (0800) and service numbers (0180x) have the form of any number with an area code.
fn short_number(trimmed: &str, region: &str) -> Option<String> {
    if !trimmed
        .chars()
        .all(|c| c.is_ascii_digit() || " -/().\u{a0}".contains(c))
    {
        return None;
    }
    calling_code(region)?;
    let digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
    let works = match digits.as_str() {
        "112" => true,
        "110" => region.starts_with("DE"),
        helpline => helpline.len() == 6 && helpline.starts_with("116"),
    };
    works.then_some(digits)
}

/// A phone number as a voice should say it: each digit on its own, the groups as written
/// with a pause between ("116 117" becomes "1 1 6, 1 1 7"). A speech engine would read
/// "116" as a hundred and sixteen and "0631" as a number, where people say the digits.
/// Anything that is no number to dial is said as it is written.
pub fn phone_for_speech(raw: &str, region: &str) -> String {
    if phone_href(raw, region).is_none() {
        return raw.to_string();
    }
    raw.split(|c: char| !(c.is_ascii_digit() || c == '+'))
        .filter(|group| !group.is_empty())
        .map(|group| {
            let mut said = String::new();
            for (n, c) in group.chars().enumerate() {
                if n > 0 {
                    said.push(' ');
                }
                said.push(c);
            }
            said
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A `mailto:` link for a plausible e-mail address.
pub fn mail_href(address: &str) -> Option<String> {
    is_email(address).then(|| format!("mailto:{}", address.trim()))
}

/// A plain address `local@domain.tld`, by an allow-list: the local part of letters,
/// digits and `. _ + -`; the domain of labels of letters (any script), digits and `-`.
/// Nothing that a `mailto:` link would read as more than an address (`%`, `#`, `/`, `?`,
/// `&`), no controls or bidirectional marks that could show another address than the one
/// written.
pub fn is_email(address: &str) -> bool {
    let address = address.trim();
    let Some((local, domain)) = address.split_once('@') else {
        return false;
    };
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._+-".contains(c));
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = labels.len() >= 2
        && domain.len() <= 253
        && labels.iter().all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        });
    local_ok && domain_ok
}

/// Only `https:` web links are shown as links; anything else (javascript:, http:, data:)
/// is refused.
pub fn safe_web_href(url: &str) -> Option<String> {
    let url = url.trim();
    let rest = url.strip_prefix("https://")?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let valid_host = host.contains('.')
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || ".-:".contains(c));
    let unsafe_char = |c: char| c.is_whitespace() || c.is_control();
    (valid_host && !url.chars().any(unsafe_char)).then(|| url.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_numbers_become_international_tel_links() {
        assert_eq!(
            phone_href("0631 31 09 07 38", "DE-RP").as_deref(),
            Some("tel:+4963131090738")
        );
        assert_eq!(
            phone_href("(0631) 365-4471", "DE-RP").as_deref(),
            Some("tel:+496313654471")
        );
        assert_eq!(
            phone_href("0631-892 31 19", "DE-RP").as_deref(),
            Some("tel:+496318923119")
        );
        assert_eq!(
            phone_href("0631  5 94 51", "DE-RP").as_deref(),
            Some("tel:+4963159451")
        );
        assert_eq!(
            phone_href("+49 231 50-0", "DE-NW").as_deref(),
            Some("tel:+49231500")
        );
        assert_eq!(
            phone_href("0049 231 50-0", "DE-NW").as_deref(),
            Some("tel:+49231500")
        );
    }

    #[test]
    fn short_numbers_that_work_from_any_phone_are_dialled_as_they_are() {
        for (written, href) in [
            ("116 117", "tel:116117"),
            ("116117", "tel:116117"),
            ("116 123", "tel:116123"),
            ("110", "tel:110"),
            ("112", "tel:112"),
        ] {
            assert_eq!(
                phone_href(written, "DE-RP").as_deref(),
                Some(href),
                "{written}"
            );
        }
        assert_eq!(phone_href("112", "AT").as_deref(), Some("tel:112"));
        assert_eq!(phone_href("110", "AT"), None, "not the police in Austria");
        assert_eq!(phone_href("111", "DE-RP"), None);
        assert_eq!(phone_href("116 11", "DE-RP"), None);
        assert_eq!(
            phone_href("116-117", "DE-RP").as_deref(),
            Some("tel:116117")
        );
        assert_eq!(
            phone_href("116\u{a0}117", "DE-RP").as_deref(),
            Some("tel:116117")
        );
        assert_eq!(phone_href("112", "XX"), None, "unknown country");
        assert_eq!(
            phone_href("0800 111 0 111", "DE-RP").as_deref(),
            Some("tel:+498001110111")
        );
        assert_eq!(
            phone_href("01806 116 117", "DE-RP").as_deref(),
            Some("tel:+491806116117")
        );
    }

    #[test]
    fn numbers_are_said_digit_by_digit_in_their_groups() {
        assert_eq!(phone_for_speech("116 117", "DE-RP"), "1 1 6, 1 1 7");
        assert_eq!(phone_for_speech("110", "DE-RP"), "1 1 0");
        assert_eq!(
            phone_for_speech("0631-365 23 86", "DE-RP"),
            "0 6 3 1, 3 6 5, 2 3, 8 6"
        );
        assert_eq!(
            phone_for_speech("(0631) 365-4471", "DE-RP"),
            "0 6 3 1, 3 6 5, 4 4 7 1"
        );
        assert_eq!(
            phone_for_speech("+49 231 50-0", "DE-NW"),
            "+ 4 9, 2 3 1, 5 0, 0"
        );
        assert_eq!(phone_for_speech("bitte anrufen", "DE-RP"), "bitte anrufen");
    }

    #[test]
    fn non_numbers_are_not_links() {
        assert_eq!(phone_href("javascript:alert(1)", "DE-RP"), None);
        assert_eq!(phone_href("bitte anrufen", "DE-RP"), None);
        assert_eq!(phone_href("123", "DE-RP"), None);
        assert_eq!(phone_href("594 51", "DE-RP"), None, "no area code");
        assert_eq!(phone_href("0631 594", "XX"), None, "unknown country");
    }

    #[test]
    fn mail_and_web_links_are_checked() {
        assert_eq!(
            mail_href("lena.ott@skfm.de").as_deref(),
            Some("mailto:lena.ott@skfm.de")
        );
        assert_eq!(mail_href("kein mail"), None);
        assert_eq!(mail_href("a@b"), None);
        assert_eq!(mail_href("x@y.de?subject=hi"), None, "no smuggled headers");
        assert_eq!(
            mail_href("  ehrenamt@kaiserslautern.de ").as_deref(),
            Some("mailto:ehrenamt@kaiserslautern.de")
        );
        assert!(
            is_email("a.b+c_d-e@köln.de"),
            "letters of any script in the domain"
        );
        for hostile in [
            "a%0Abcc@x.de",
            "a#b@x.de",
            "a/b@x.de",
            "a@x.de/evil",
            "a@x.de#x",
            "a\u{0}b@x.de",
            "a\u{7}@x.de",
            "a@x\u{202e}ed.evil",
            "\u{202e}a@x.de",
            "a@x\u{200f}.de",
            "a..b@x.de",
            ".a@x.de",
            "a@-x.de",
            "a@x..de",
            "a@b@x.de",
        ] {
            assert_eq!(mail_href(hostile), None, "{hostile:?}");
        }
        assert_eq!(
            safe_web_href("https://lmdr.de").as_deref(),
            Some("https://lmdr.de")
        );
        assert_eq!(safe_web_href("http://lmdr.de"), None);
        assert_eq!(safe_web_href("javascript:alert(1)"), None);
        assert_eq!(safe_web_href("https://evil .de"), None);
        // A line break or a control character would add lines to robots.txt or
        // properties to a calendar file (issue 29, finding 16).
        assert_eq!(safe_web_href("https://a.de\nDisallow: /"), None);
        assert_eq!(safe_web_href("https://a.de/x\u{1}y"), None);
        assert_eq!(safe_web_href("https://a.de/x\u{7f}"), None);
    }
}
