//! The hours builder's cards: an OpenStreetMap opening-hours expression as a list of rules
//! a person can edit (days, times, the nth weekday of the month, dates, holidays, closed,
//! uncertain, a note such as "nach Vereinbarung"), and back.
//!
//! A rule becomes a card only when the card writes it back with the same meaning (the hours
//! grammar reads both to the same rule); any other rule stays a text card with its own
//! words. So reading and writing never changes what an expression means, and no rule is
//! ever dropped.

use opening_hours_syntax::parse;
use wegweiser_core::domain::hours::quick_to_read;

/// How a rule joins the one before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Join {
    /// `;`: a later rule for the same day replaces the earlier one.
    Rule,
    /// `,`: adds to the rule before.
    Additional,
    /// `||`: only where the rules before say nothing (the app refuses it).
    Fallback,
}

impl Join {
    fn separator(self) -> &'static str {
        match self {
            Join::Rule => "; ",
            Join::Additional => ", ",
            Join::Fallback => " || ",
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum State {
    #[default]
    Open,
    Closed,
    /// Uncertain: the source is not sure (`unknown "nicht immer"`).
    Unknown,
}

pub const WEEKDAYS: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// One rule as a card.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Card {
    /// A date or a range of dates as the grammar writes them (`2026 Dec 24`,
    /// `2026 Jul 20-2026 Aug 07`); empty for none.
    pub dates: String,
    /// Monday to Sunday.
    pub days: [bool; 7],
    /// Which weeks of the month (1 to 5, -1 for the last); empty for every week.
    pub nth: Vec<i8>,
    /// Public holidays (`PH`).
    pub holidays: bool,
    /// Opening times, `("09:00", "10:30")`.
    pub times: Vec<(String, String)>,
    pub state: State,
    /// A note in the source's words (`nur mit Termin`, `nach Vereinbarung`).
    pub comment: String,
}

/// A rule: a card, or its own words where no card says the same.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rule {
    Card(Card),
    Text(String),
}

/// The rules of an expression, each with how it joins the one before (the first's join is
/// not written).
pub type Rules = Vec<(Join, Rule)>;

/// Reads an expression into rules. Never fails: what is not a card is text.
pub fn read(expression: &str) -> Rules {
    split(expression)
        .into_iter()
        .map(|(join, text)| {
            let rule = card_of(&text)
                .filter(|card| same_meaning(&write_card(card), &text))
                .map_or(Rule::Text(text), Rule::Card);
            (join, rule)
        })
        .collect()
}

/// Writes the rules as one expression (empty cards and texts are left out).
pub fn write(rules: &Rules) -> String {
    let mut out = String::new();
    for (join, rule) in rules {
        let text = match rule {
            Rule::Card(card) => write_card(card),
            Rule::Text(text) => text.trim().to_string(),
        };
        if text.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push_str(join.separator());
        }
        out.push_str(&text);
    }
    out
}

/// Whether two expressions mean the same: the hours grammar reads both to the same rules.
/// (Two that do not read at all are the same only when they are the same text.)
/// An expression the grammar would take too long over is compared as text.
pub fn same_meaning(a: &str, b: &str) -> bool {
    if !quick_to_read(a) || !quick_to_read(b) {
        return a.trim() == b.trim();
    }
    match (parse(a), parse(b)) {
        (Ok(a), Ok(b)) => a == b,
        (Err(_), Err(_)) => a.trim() == b.trim(),
        _ => false,
    }
}

/// The rule a card stands for.
pub fn write_card(card: &Card) -> String {
    let mut parts: Vec<String> = Vec::new();
    if !card.dates.trim().is_empty() {
        parts.push(card.dates.trim().to_string());
    }
    let mut selector: Vec<String> = Vec::new();
    if card.nth.is_empty() {
        selector.extend(day_ranges(&card.days));
    } else {
        let nth = card
            .nth
            .iter()
            .map(i8::to_string)
            .collect::<Vec<_>>()
            .join(",");
        selector.extend(
            WEEKDAYS
                .iter()
                .zip(card.days)
                .filter(|(_, on)| *on)
                .map(|(day, _)| format!("{day}[{nth}]")),
        );
    }
    if card.holidays {
        selector.push("PH".into());
    }
    if !selector.is_empty() {
        parts.push(selector.join(","));
    }
    let times: Vec<String> = card
        .times
        .iter()
        .filter(|(from, to)| !from.is_empty() && !to.is_empty())
        .map(|(from, to)| format!("{from}-{to}"))
        .collect();
    if !times.is_empty() {
        parts.push(times.join(","));
    }
    match card.state {
        State::Open => {}
        State::Closed => parts.push("off".into()),
        State::Unknown => parts.push("unknown".into()),
    }
    let comment = card.comment.trim().replace('"', "'");
    if !comment.is_empty() {
        parts.push(format!("\"{comment}\""));
    }
    parts.join(" ")
}

/// Runs of days as the grammar writes them: three or more in a row as a range (`Mo-Fr`).
fn day_ranges(days: &[bool; 7]) -> Vec<String> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < 7 {
        if !days[i] {
            i += 1;
            continue;
        }
        let start = i;
        while i + 1 < 7 && days[i + 1] {
            i += 1;
        }
        match i - start {
            0 => out.push(WEEKDAYS[start].to_string()),
            1 => out.extend([WEEKDAYS[start].to_string(), WEEKDAYS[i].to_string()]),
            _ => out.push(format!("{}-{}", WEEKDAYS[start], WEEKDAYS[i])),
        }
        i += 1;
    }
    out
}

/// The rules of an expression as text, split at `;`, `||` and a `,` that starts a new rule
/// (one followed by a space and a selector), never inside a quoted note.
fn split(expression: &str) -> Vec<(Join, String)> {
    let mut rules = Vec::new();
    let mut current = String::new();
    let mut join = Join::Rule;
    let mut quoted = false;
    let chars: Vec<char> = expression.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let rest: String = chars[i..].iter().take(3).collect();
        if c == '"' {
            quoted = !quoted;
        }
        let (separator, width) = if quoted {
            (None, 0)
        } else if c == ';' {
            (Some(Join::Rule), 1)
        } else if rest.starts_with("||") {
            (Some(Join::Fallback), 2)
        } else if c == ',' && chars.get(i + 1) == Some(&' ') && starts_rule(&chars[i + 1..]) {
            (Some(Join::Additional), 1)
        } else {
            (None, 0)
        };
        match separator {
            Some(next) => {
                rules.push((join, current.trim().to_string()));
                current.clear();
                join = next;
                i += width;
            }
            None => {
                current.push(c);
                i += 1;
            }
        }
    }
    rules.push((join, current.trim().to_string()));
    rules.retain(|(_, text)| !text.is_empty());
    rules
}

/// Whether text (after spaces) starts with a selector: a weekday, `PH`, a month or a year.
fn starts_rule(chars: &[char]) -> bool {
    let text: String = chars
        .iter()
        .collect::<String>()
        .trim_start()
        .chars()
        .take(4)
        .collect();
    WEEKDAYS.iter().any(|d| text.starts_with(d))
        || text.starts_with("PH")
        || MONTHS.iter().any(|m| text.starts_with(m))
        || (text.len() == 4 && text.chars().all(|c| c.is_ascii_digit()))
}

/// The words of a rule outside quotes, and its quoted note.
fn tokens(rule: &str) -> Option<(Vec<String>, Option<String>)> {
    let (words, comment) = match rule.find('"') {
        Some(start) => {
            let end = rule.rfind('"')?;
            if end == start || !rule[end + 1..].trim().is_empty() {
                return None;
            }
            (&rule[..start], Some(rule[start + 1..end].to_string()))
        }
        None => (rule, None),
    };
    Some((
        words.split_whitespace().map(str::to_string).collect(),
        comment,
    ))
}

fn is_date_word(word: &str) -> bool {
    MONTHS.contains(&word)
        || word.split('-').all(|part| {
            !part.is_empty() && (part.chars().all(|c| c.is_ascii_digit()) || MONTHS.contains(&part))
        })
}

fn is_time_span(word: &str) -> bool {
    let is_time = |t: &str| {
        t.len() == 5
            && t.as_bytes()[2] == b':'
            && t[..2].chars().all(|c| c.is_ascii_digit())
            && t[3..].chars().all(|c| c.is_ascii_digit())
    };
    word.split(',').all(|span| {
        span.split_once('-')
            .is_some_and(|(from, to)| is_time(from) && is_time(to))
    })
}

/// A card for a rule, if its words are those a card has (checked for meaning by [`read`]).
fn card_of(rule: &str) -> Option<Card> {
    let (words, comment) = tokens(rule)?;
    let mut card = Card {
        comment: comment.unwrap_or_default(),
        ..Card::default()
    };
    let mut words = words.into_iter().peekable();
    let mut dates = Vec::new();
    while let Some(word) = words.next_if(|w| is_date_word(w)) {
        dates.push(word);
    }
    card.dates = dates.join(" ");
    if let Some(selector) = words.next_if(|w| starts_rule(&w.chars().collect::<Vec<_>>())) {
        let mut nth: Option<Vec<i8>> = None;
        for item in selector.split(',') {
            if item == "PH" {
                card.holidays = true;
                continue;
            }
            let (days, weeks) = match item.split_once('[') {
                Some((days, weeks)) => (days, Some(weeks.strip_suffix(']')?)),
                None => (item, None),
            };
            let weeks: Vec<i8> = match weeks {
                Some(weeks) => weeks
                    .split(',')
                    .map(|w| {
                        w.parse()
                            .ok()
                            .filter(|n: &i8| (1..=5).contains(n) || *n == -1)
                    })
                    .collect::<Option<_>>()?,
                None => Vec::new(),
            };
            // One list of weeks for all days of the card.
            match &nth {
                Some(seen) if *seen != weeks => return None,
                _ => nth = Some(weeks),
            }
            let day = |name: &str| WEEKDAYS.iter().position(|d| *d == name);
            match days.split_once('-') {
                Some((from, to)) => {
                    let (from, to) = (day(from)?, day(to)?);
                    if from > to {
                        return None;
                    }
                    (from..=to).for_each(|d| card.days[d] = true);
                }
                None => card.days[day(days)?] = true,
            }
        }
        card.nth = nth.unwrap_or_default();
    }
    if let Some(times) = words.next_if(|w| is_time_span(w)) {
        card.times = times
            .split(',')
            .filter_map(|span| span.split_once('-'))
            .map(|(from, to)| (from.to_string(), to.to_string()))
            .collect();
    }
    if let Some(state) = words.next() {
        card.state = match state.as_str() {
            "open" => State::Open,
            "off" | "closed" => State::Closed,
            "unknown" => State::Unknown,
            _ => return None,
        };
    }
    if words.next().is_some() {
        return None;
    }
    Some(card)
}

/// What the builder warns of in an expression, beside the hours grammar's own errors.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Warning {
    /// No `PH` rule: the app says "Feiertag: bitte vorher anrufen" on holidays.
    NoHolidayRule,
    /// Rule `later` (1-based) replaces rule `earlier` on these days (`;` rules of the same
    /// weekdays, every week).
    Overwrites {
        later: usize,
        earlier: usize,
        days: Vec<&'static str>,
    },
    /// `||`: write each rule for itself, joined by `;`.
    Fallback,
    /// An open end (`18:00+`): give an end time and say the rest in a note.
    OpenEnd,
    /// Times by the sun (sunrise, sunset, dawn, dusk): give clock times.
    SunTimes,
    /// School holidays (`SH`): give their dates.
    SchoolHolidays,
}

/// The warnings for `expression` read as `rules`.
pub fn warnings(expression: &str, rules: &Rules) -> Vec<Warning> {
    let mut found = Vec::new();
    let outside_quotes: String = expression
        .split('"')
        .step_by(2)
        .collect::<Vec<_>>()
        .join(" ");
    if !expression.trim().is_empty() && !has_word(&outside_quotes, "PH") {
        found.push(Warning::NoHolidayRule);
    }
    if outside_quotes.contains("||") {
        found.push(Warning::Fallback);
    }
    let bytes = outside_quotes.as_bytes();
    if bytes
        .windows(2)
        .any(|w| w[0].is_ascii_digit() && w[1] == b'+')
    {
        found.push(Warning::OpenEnd);
    }
    if ["sunrise", "sunset", "dawn", "dusk"]
        .iter()
        .any(|sun| outside_quotes.contains(sun))
    {
        found.push(Warning::SunTimes);
    }
    if has_word(&outside_quotes, "SH") {
        found.push(Warning::SchoolHolidays);
    }
    let weekly: Vec<(usize, Join, &Card)> = rules
        .iter()
        .enumerate()
        .filter_map(|(i, (join, rule))| match rule {
            Rule::Card(card) if card.dates.is_empty() && card.nth.is_empty() => {
                Some((i + 1, *join, card))
            }
            _ => None,
        })
        .collect();
    for (n, &(later, join, card)) in weekly.iter().enumerate() {
        if join != Join::Rule {
            continue;
        }
        for &(earlier, _, before) in &weekly[..n] {
            let days: Vec<&'static str> = (0..7)
                .filter(|&d| card.days[d] && before.days[d])
                .map(|d| WEEKDAYS[d])
                .collect();
            if !days.is_empty() {
                found.push(Warning::Overwrites {
                    later,
                    earlier,
                    days,
                });
            }
        }
    }
    found
}

/// Whether `word` stands alone in `text` (not part of a longer word).
fn has_word(text: &str, word: &str) -> bool {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .any(|w| w == word)
}

#[cfg(test)]
mod tests;
