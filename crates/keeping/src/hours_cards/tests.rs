use super::*;
use serde_json::Value;
use wegweiser_core::testing::{DORTMUND_JSON, KAISERSLAUTERN_JSON};

/// Every expression of both datasets and of the hours corpus.
fn every_expression() -> Vec<String> {
    let mut all: Vec<String> = include_str!("../../../../tests/fixtures/hours-corpus.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect();
    fn collect(value: &Value, out: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                if let Some(Value::String(osm)) = map.get("osm") {
                    out.push(osm.clone());
                }
                map.values().for_each(|v| collect(v, out));
            }
            Value::Array(items) => items.iter().for_each(|v| collect(v, out)),
            _ => {}
        }
    }
    for text in [KAISERSLAUTERN_JSON, DORTMUND_JSON] {
        collect(&serde_json::from_str(text).unwrap(), &mut all);
    }
    all
}

#[test]
fn every_expression_reads_into_rules_and_back_with_the_same_meaning() {
    let (mut cards, mut texts, mut expressions) = (0, 0, 0);
    for expression in every_expression() {
        expressions += 1;
        let rules = read(&expression);
        let written = write(&rules);
        assert!(
            same_meaning(&written, &expression),
            "{expression:?} came back as {written:?}"
        );
        for (_, rule) in &rules {
            match rule {
                Rule::Card(_) => cards += 1,
                Rule::Text(_) => texts += 1,
            }
        }
    }
    println!("hours cards: {expressions} expressions, {cards} rules as cards, {texts} as text");
    assert!(expressions > 70);
    assert!(
        cards > 4 * texts,
        "most rules are cards: {cards} cards, {texts} texts"
    );
}

#[test]
fn an_expression_the_grammar_would_take_long_over_stays_text_at_once() {
    let chain = (1..=12)
        .map(|m| {
            format!(
                "{} Mo[1]",
                [
                    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                    "Dec"
                ][m - 1]
            )
        })
        .collect::<Vec<_>>()
        .join(",")
        + " 14:00-16:00";
    // Unguarded, the grammar takes over a second for this chain; it is never given it.
    assert!(!quick_to_read(&chain));
    assert_eq!(read(&chain), vec![(Join::Rule, Rule::Text(chain.clone()))]);
    assert!(same_meaning(&chain, &format!(" {chain} ")));
}

#[test]
fn the_first_wednesday_by_appointment_is_one_card() {
    let card = Card {
        days: [false, false, true, false, false, false, false],
        nth: vec![1],
        times: vec![("09:00".into(), "10:30".into())],
        comment: "nur mit Termin".into(),
        ..Card::default()
    };
    let expression = write(&vec![(Join::Rule, Rule::Card(card.clone()))]);
    assert_eq!(expression, "We[1] 09:00-10:30 \"nur mit Termin\"");
    assert_eq!(read(&expression), vec![(Join::Rule, Rule::Card(card))]);
}

#[test]
fn rules_are_cards_with_their_joins_and_what_is_no_card_stays_text() {
    let rules = read("Mo-Fr 10:00-12:00,14:00-16:00, Th 16:00-18:00; PH off; 2026 Jul 20-2026 Aug 07 off \"Sommerpause; kurz\"; Mo 10:00-12:00 || \"nach Vereinbarung\"; sunrise-sunset");
    let joins: Vec<Join> = rules.iter().map(|(j, _)| *j).collect();
    assert_eq!(
        joins,
        [
            Join::Rule,
            Join::Additional,
            Join::Rule,
            Join::Rule,
            Join::Rule,
            Join::Fallback,
            Join::Rule
        ]
    );
    let Rule::Card(first) = &rules[0].1 else {
        panic!("{:?}", rules[0])
    };
    assert_eq!(first.days, [true, true, true, true, true, false, false]);
    assert_eq!(first.times.len(), 2);
    let Rule::Card(holidays) = &rules[2].1 else {
        panic!()
    };
    assert!(holidays.holidays && holidays.state == State::Closed);
    let Rule::Card(summer) = &rules[3].1 else {
        panic!()
    };
    assert_eq!(summer.dates, "2026 Jul 20-2026 Aug 07");
    assert_eq!(
        summer.comment, "Sommerpause; kurz",
        "a ; inside a note is not a new rule"
    );
    assert_eq!(rules[6].1, Rule::Text("sunrise-sunset".into()));
}

#[test]
fn warnings_name_the_missing_holiday_rule_a_replaced_rule_and_the_refused_forms() {
    let expression = "Mo-Fr 10:00-12:00; Th 14:00-18:00";
    assert_eq!(
        warnings(expression, &read(expression)),
        [
            Warning::NoHolidayRule,
            Warning::Overwrites {
                later: 2,
                earlier: 1,
                days: vec!["Th"]
            }
        ]
    );
    let expression = "Mo-Fr 10:00-12:00, Th 14:00-18:00; PH off";
    assert_eq!(
        warnings(expression, &read(expression)),
        [],
        "`,` adds: nothing replaced"
    );
    for (expression, warning) in [
        ("Mo 10:00-12:00 || PH off", Warning::Fallback),
        ("Mo 18:00+; PH off", Warning::OpenEnd),
        ("Mo sunrise-sunset; PH off", Warning::SunTimes),
        ("Mo 10:00-12:00; SH off; PH off", Warning::SchoolHolidays),
    ] {
        assert!(
            warnings(expression, &read(expression)).contains(&warning),
            "{expression}"
        );
    }
    assert_eq!(
        warnings("Mo 10:00-12:00 \"PH\"", &[].to_vec()),
        [Warning::NoHolidayRule],
        "a note is no rule"
    );
}
