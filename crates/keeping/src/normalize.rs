//! Turns hours as volunteers type them in a spreadsheet ("Mo–Fr 10–12 Uhr, Do 16.00–18.00")
//! into an OSM expression, saying what was changed; what cannot be read unambiguously is
//! reported, never guessed.

use wegweiser_core::domain::hours::{parse_hours, Calendar};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Normalized {
    pub expression: String,
    /// What was rewritten ("'–' → '-'"), for the import report.
    pub changes: Vec<String>,
    /// Readable, but maybe not what was meant (a later rule replacing an earlier one).
    pub warnings: Vec<String>,
}

const DAY_WORDS: [(&str, &str); 21] = [
    ("montag", "Mo"),
    ("dienstag", "Tu"),
    ("mittwoch", "We"),
    ("donnerstag", "Th"),
    ("freitag", "Fr"),
    ("samstag", "Sa"),
    ("sonntag", "Su"),
    ("feiertag", "PH"),
    ("feiertage", "PH"),
    ("feiertagen", "PH"),
    ("mo", "Mo"),
    ("di", "Tu"),
    ("mi", "We"),
    ("do", "Th"),
    ("fr", "Fr"),
    ("sa", "Sa"),
    ("so", "Su"),
    ("tu", "Tu"),
    ("we", "We"),
    ("th", "Th"),
    ("su", "Su"),
];

fn day_code(word: &str) -> Option<&'static str> {
    let lower = word.to_lowercase();
    let lower = lower.trim_end_matches('.');
    DAY_WORDS
        .iter()
        .find(|(w, _)| *w == lower)
        .map(|(_, code)| *code)
}

/// "10" → "10:00", "9.30" → "09:30", "9:30" → "09:30"; `None` for anything else.
fn clock(text: &str) -> Option<String> {
    let (h, m) = match text.split_once([':', '.']) {
        Some((h, m)) => (h, m),
        None => (text, "00"),
    };
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h <= 24 && m < 60 && (h < 24 || m == 0)).then(|| format!("{h:02}:{m:02}"))
}

/// Normalises a human-written schedule. Text that is already a valid expression is kept.
pub fn normalize_hours(input: &str, calendar: &Calendar) -> Result<Normalized, String> {
    let mut changes = Vec::new();
    let trimmed = input.trim();
    if parse_hours(trimmed, calendar).is_ok() {
        return Ok(Normalized {
            expression: trimmed.to_string(),
            changes,
            warnings: check_replacing(trimmed),
        });
    }
    let mut text = trimmed.to_string();
    for dash in ['–', '—', '‒', '−'] {
        if text.contains(dash) {
            text = text.replace(dash, "-");
            changes.push(format!("'{dash}' → '-'"));
        }
    }
    for word in [" Uhr", "Uhr", " h"] {
        if text.contains(word) {
            text = text.replace(word, "");
            changes.push(format!("removed '{}'", word.trim()));
        }
    }
    // "10.00 - 12.00" is one range.
    while text.contains(" -") || text.contains("- ") {
        text = text.replace(" -", "-").replace("- ", "-");
    }
    // Tokens: day words, times, ranges; "und", "/" and "," join; ";" or a new day starts a rule.
    let mut rules: Vec<String> = Vec::new();
    let mut days: Vec<String> = Vec::new();
    let mut times: Vec<String> = Vec::new();
    // "1. Mittwoch", "letzter Freitag": the week of the month for the next day word.
    let mut nth: Option<(i8, String)> = None;
    let flush = |days: &mut Vec<String>, times: &mut Vec<String>, rules: &mut Vec<String>| {
        if !times.is_empty() {
            let rule = if days.is_empty() {
                times.join(",")
            } else {
                format!("{} {}", days.join(","), times.join(","))
            };
            rules.push(rule);
        } else if !days.is_empty() {
            rules.push(format!("{} off", days.join(",")));
        }
        days.clear();
        times.clear();
    };
    let spaced = text
        .replace(';', " ; ")
        .replace(',', " , ")
        .replace(':', ": ")
        .replace(": ", ":");
    for raw in spaced.split_whitespace() {
        let word = raw.trim_matches(|c| c == '(' || c == ')');
        if word.is_empty()
            || matches!(
                word.to_lowercase().as_str(),
                "und"
                    | "and"
                    | ","
                    | "/"
                    | "&"
                    | "sowie"
                    | "jeden"
                    | "jeder"
                    | "im"
                    | "monat"
                    | "des"
                    | "monats"
            )
        {
            continue;
        }
        let week = match word.to_lowercase().as_str() {
            "letzter" | "letzten" | "letzte" => Some(-1),
            number => number
                .strip_suffix('.')
                .and_then(|n| n.parse::<i8>().ok())
                .filter(|n| (1..=5).contains(n)),
        };
        if let Some(week) = week {
            nth = Some((week, word.to_string()));
            continue;
        }
        // A week of the month goes with one weekday, never with anything else.
        if let Some((_, said)) = &nth {
            if day_code(word).is_none_or(|code| code == "PH") {
                return Err(format!("cannot read \"{said} {word}\" in \"{input}\": a week of the month goes with a weekday (1. Mittwoch, letzter Freitag)"));
            }
        }
        if word == ";" {
            flush(&mut days, &mut times, &mut rules);
            continue;
        }
        if let Some((from, to)) = word.split_once('-') {
            if let (Some(a), Some(b)) = (day_code(from), day_code(to)) {
                if !times.is_empty() {
                    flush(&mut days, &mut times, &mut rules);
                }
                days.push(format!("{a}-{b}"));
                continue;
            }
            if let (Some(a), Some(b)) = (clock(from), clock(to)) {
                if format!("{a}-{b}") != word {
                    changes.push(format!("'{word}' → '{a}-{b}'"));
                }
                times.push(format!("{a}-{b}"));
                continue;
            }
        }
        if let Some(code) = day_code(word) {
            if !times.is_empty() {
                flush(&mut days, &mut times, &mut rules);
            }
            match nth.take() {
                Some((week, said)) => {
                    let selector = format!("{code}[{week}]");
                    changes.push(format!("'{said} {word}' → '{selector}'"));
                    days.push(selector);
                }
                _ => days.push(code.to_string()),
            }
            continue;
        }
        if matches!(
            word.to_lowercase().as_str(),
            "geschlossen" | "off" | "closed"
        ) && times.is_empty()
        {
            rules.push(format!("{} off", days.join(",")).trim().to_string());
            days.clear();
            continue;
        }
        return Err(format!("cannot read \"{word}\" in \"{input}\": write it as an OSM expression (Mo-Fr 10:00-12:00)"));
    }
    if let Some((_, said)) = nth {
        return Err(format!("cannot read \"{said}\" in \"{input}\": a week of the month goes with a weekday (1. Mittwoch, letzter Freitag)"));
    }
    flush(&mut days, &mut times, &mut rules);
    if rules.is_empty() {
        return Err(format!("no days or times found in \"{input}\""));
    }
    let expression = rules.join("; ");
    parse_hours(&expression, calendar).map_err(|e| {
        format!(
            "\"{input}\" became \"{expression}\", which is not valid: {}",
            e.detail
        )
    })?;
    let warnings = check_replacing(&expression);
    Ok(Normalized {
        expression,
        changes,
        warnings,
    })
}

const WEEK: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];

/// Weekdays named by the day selector at the start of a rule (`Mo-Fr`, `Th`, `Mo,We`).
fn rule_days(rule: &str) -> Vec<usize> {
    let selector = rule.split_whitespace().next().unwrap_or("");
    let mut days = Vec::new();
    for part in selector.split(',') {
        let part = part.split('[').next().unwrap_or("");
        let position = |d: &str| WEEK.iter().position(|w| *w == d);
        match part.split_once('-') {
            Some((a, b)) => {
                if let (Some(a), Some(b)) = (position(a), position(b)) {
                    let mut i = a;
                    loop {
                        days.push(i);
                        if i == b {
                            break;
                        }
                        i = (i + 1) % 7;
                    }
                }
            }
            None => days.extend(position(part)),
        }
    }
    days
}

/// A normal rule (`;`) for days an earlier rule already set replaces those days' hours:
/// the Thursday trap of DATA.md. Readable, but worth a warning.
fn check_replacing(expression: &str) -> Vec<String> {
    let rules: Vec<&str> = expression.split(';').map(str::trim).collect();
    let mut warnings = Vec::new();
    for (i, rule) in rules.iter().enumerate().skip(1) {
        if rule.contains("off") || rule.contains("PH") {
            continue;
        }
        let days = rule_days(rule);
        for earlier in &rules[..i] {
            let overlap: Vec<&str> = rule_days(earlier)
                .into_iter()
                .filter(|d| days.contains(d))
                .map(|d| WEEK[d])
                .collect();
            if !overlap.is_empty() {
                warnings.push(format!(
                    "\"{rule}\" replaces the hours of \"{earlier}\" on {}: if it should add to them, join with \",\" instead of \";\"",
                    overlap.join(",")
                ));
            }
        }
    }
    warnings
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rp() -> Calendar {
        Calendar::new("DE-RP", "Europe/Berlin").unwrap()
    }

    #[test]
    fn valid_expressions_are_kept() {
        let n = normalize_hours("Mo-Fr 10:00-12:00; PH off", &rp()).unwrap();
        assert_eq!(n.expression, "Mo-Fr 10:00-12:00; PH off");
        assert!(n.changes.is_empty() && n.warnings.is_empty());
    }

    #[test]
    fn human_writing_is_normalised_and_reported() {
        let n = normalize_hours("Mo–Fr 10–12 Uhr und 14–16 Uhr", &rp()).unwrap();
        assert_eq!(n.expression, "Mo-Fr 10:00-12:00,14:00-16:00");
        assert!(
            n.changes.contains(&"'–' → '-'".to_string()),
            "{:?}",
            n.changes
        );
        assert!(
            n.changes
                .iter()
                .any(|c| c.contains("'10-12' → '10:00-12:00'")),
            "{:?}",
            n.changes
        );

        let n = normalize_hours("Dienstag 10.00 – 12.00 Uhr", &rp()).unwrap();
        assert_eq!(n.expression, "Tu 10:00-12:00");

        let n = normalize_hours("Mo-Do 9.30-12; Fr 9-11.30", &rp()).unwrap();
        assert_eq!(n.expression, "Mo-Th 09:30-12:00; Fr 09:00-11:30");
        assert!(n.warnings.is_empty());
    }

    #[test]
    fn the_thursday_trap_is_reported() {
        let n = normalize_hours("Mo–Fr 10–12, 14–16 Uhr; Do 16–18 Uhr", &rp()).unwrap();
        assert_eq!(
            n.expression,
            "Mo-Fr 10:00-12:00,14:00-16:00; Th 16:00-18:00"
        );
        assert_eq!(n.warnings.len(), 1, "{:?}", n.warnings);
        assert!(
            n.warnings[0].contains("replaces") && n.warnings[0].contains("Th"),
            "{}",
            n.warnings[0]
        );
        let kept = normalize_hours("Mo-Fr 10:00-12:00; Th 16:00-18:00", &rp()).unwrap();
        assert_eq!(kept.warnings.len(), 1, "valid expressions are checked too");
    }

    #[test]
    fn unreadable_text_is_reported_not_guessed() {
        let error = normalize_hours("Samstag (nicht immer) 10-12", &rp()).unwrap_err();
        assert!(error.contains("nicht"), "{error}");
        assert!(normalize_hours("nach Vereinbarung", &rp()).is_err());
        assert!(
            normalize_hours("1. Feiertag 10-12", &rp()).is_err(),
            "no week of a holiday"
        );
        assert!(normalize_hours("Mo 25-27", &rp()).is_err());
        assert!(normalize_hours("", &rp()).is_err());
    }

    #[test]
    fn the_week_of_the_month_is_read_and_the_rewrite_said() {
        let n = normalize_hours("Mo–Fr 10–12 Uhr, 1. Mittwoch 9–10.30", &rp()).unwrap();
        assert_eq!(n.expression, "Mo-Fr 10:00-12:00; We[1] 09:00-10:30");
        assert!(
            n.changes.contains(&"'1. Mittwoch' → 'We[1]'".to_string()),
            "{:?}",
            n.changes
        );
        assert_eq!(
            n.warnings.len(),
            1,
            "the first Wednesday's rule replaces Mo-Fr's that day"
        );
        let n = normalize_hours("jeden letzten Freitag im Monat 14–16 Uhr", &rp()).unwrap();
        assert_eq!(n.expression, "Fr[-1] 14:00-16:00");
    }
}
