//! Our rules around the hours crate as published (`parse_hours`), over the corpus that once
//! compared our own parser with upstream's: upstream's test cases, corner cases of the
//! grammar, the hours corpus of the benchmark, and expressions put together at random.
//!
//! For every expression: no panic; a refusal is one line that says why; and what is read
//! keeps the app's rules (no fallback rule, open end, sunrise or school holiday; no chain of
//! `Jan Mo[1]` dates longer than the parser reads quickly), and can be evaluated.

use chrono::{Duration, NaiveDate};
use opening_hours_syntax::rules::time::Time;
use opening_hours_syntax::rules::RuleOperator;
use wegweiser_core::domain::dataset::Access;
use wegweiser_core::domain::hours::{
    next_days, parse_hours, state_at, Calendar, MAX_NTH_DATE_CHAIN,
};

/// Reads `expression` with the app's rules in Rheinland-Pfalz and checks what they promise;
/// gives the reading (`Err`: the reason for the refusal).
fn check(expression: &str) -> Result<(), String> {
    let calendar = Calendar::new("DE-RP", "Europe/Berlin").expect("Rheinland-Pfalz");
    match parse_hours(expression, &calendar) {
        Err(error) => {
            assert!(!error.detail.trim().is_empty(), "{expression:?}: no reason");
            assert!(
                !error.detail.contains('\n'),
                "{expression:?}: {}",
                error.detail
            );
            Err(error.detail)
        }
        Ok(hours) => {
            let rules = hours.get_expression();
            assert!(
                rules
                    .rules
                    .iter()
                    .all(|r| r.operator != RuleOperator::Fallback),
                "{expression:?} read with a fallback rule"
            );
            for span in rules.rules.iter().flat_map(|r| &r.time_selector.spans) {
                assert!(!span.open_end, "{expression:?} read with an open end");
                assert!(
                    matches!(
                        (&span.range.start, &span.range.end),
                        (Time::Fixed(_), Time::Fixed(_))
                    ),
                    "{expression:?} read with sunrise or sunset"
                );
            }
            let words = expression.split('"').step_by(2).collect::<String>();
            assert!(
                !words
                    .split(|c: char| !c.is_ascii_alphanumeric())
                    .any(|w| w == "SH"),
                "{expression:?} read with school holidays"
            );
            // Evaluated at a few instants and over a week, without a panic.
            let start = NaiveDate::from_ymd_opt(2026, 12, 21)
                .and_then(|d| d.and_hms_opt(9, 30, 0))
                .expect("a date");
            for days in [0, 3, 40, 200] {
                let _ = state_at(
                    &Access::default(),
                    Some(&hours),
                    start + Duration::days(days),
                );
            }
            let _ = next_days(&hours, &calendar, None, start.date(), 7);
            Ok(())
        }
    }
}

const CASES: &[&str] = &[
    r##"12:00+"##,
    r##"24/7"##,
    r##"dusk-dusk+"##,
    r##"Jun23:30+"##,
    r##"10:00-18:00+"##,
    r##"10:00-18:00/30"##,
    r##"10:00-18:00/01:30"##,
    r##"Mo-Fr open "ring the bell""##,
    r##"Jan Mo[1]-30"##,
    r##"2020 Jan week01 Mo 10:00-12:00 open"##,
    r##"open "comment""##,
    r##""comment""##,
    r##"24/7 "comment""##,
    r##"Feb Mo[1] +2 days"##,
    r##"Feb Mo[1],Tu-Fr"##,
    r##"4:00-8:00"##,
    r##"04:00 - 08:00"##,
    r##"4:00 - 8:00"##,
    r##"Mo-Fr 10:00-18:00;Sa-Su 10:00-12:00"##,
    r##"mo-fr"##,
    r##"mO-fR"##,
    r##"Mo-FR"##,
    r##"jan-mar"##,
    r##"Jan-mar"##,
    r##"Jan-MAR"##,
    r##"Easter-Mar 31"##,
    r##"OPEN"##,
    r##"Off"##,
    r##"closeD"##,
    r##"UNKNOWN"##,
    r##"DAWN-DUSK"##,
    r##"Dawn-Dusk"##,
    r##"Jan mo-tu OPEN"##,
    r##"2020, 2021 10:00-16:00"##,
    r##"Jun 7+Tu"##,
    r##"(sunrise-00:10)-(sunset+01:15)"##,
    r##"(sunrise-00:10)-sunset"##,
    r##"sunrise-(sunset+01:15)"##,
    r##"PH -1 days 17:00-02:00"##,
    r##"2020, 10:00-16:00"##,
    r##"1975-1975/7"##,
    r##"week02-02/7"##,
    r##"12:00-14:00/01:30"##,
    r##"12:00-14:00/00:30"##,
    r##"Sa; 24/7"##,
    r##"06:00+;24/7"##,
    r##"06:00-24:00;24/7"##,
    r##"Tu-Mo"##,
    r##"2022;Fr"##,
    r##"Mo,Th open; Tu,Fr-Su open"##,
    r##"Mo-Fr 10:00-14:00 ; We-Su 10:00-14:00"##,
    r##"Mo,Tu,We,Th,Fr,Sa,Su 10:00-21:00"##,
    r##"5554Mo;5555"##,
    r##"4405-4500,4400-4450"##,
    r##"Jun23:00+"##,
    r##"24/7 ; Su closed"##,
    r##"Tu off; off ; Jun"##,
    r##"off ; Jun unknown"##,
    r##"Mo-Fr open; We unknown"##,
    r##"Mo unknown ; Tu open ; We closed"##,
    r##"unknown|| Th|| We"##,
    r##"dusk-dusk"##,
    r##"dusk-48:00+"##,
    r##"Sep23:30-04:20"##,
    r##"Sa;Su;2490-2490/8"##,
    r##"Mo 10:00-21:00; Tu,We,Th,Fr,Sa,Su 10:00-21:00"##,
    r##"Jun; 02:00-02:00"##,
    r##"week2Mo;Jun;Fr"##,
    r##"10:00-12:00 open; 14:00-16:00 closed "on demand""##,
    r##"10:00-16:00, We 15:00-20:00 unknown"##,
    r##"Nov-Mar Mo-Fr 10:00-16:00; Apr-Nov Mo-Fr 08:00-18:00"##,
    r##"Apr-Oct Mo-Fr 08:00-18:00; Mo-Fr 10:00-16:00 open"##,
    r##"Mo-Fr 10:00-16:00 open; Apr-Oct Mo-Fr 08:00-18:00"##,
    r##"Mo-Su 00:00-01:00, 10:30-24:00; PH off; 2021 Apr 10 00:00-01:00; 2021 Apr 11-16 off; 2021 Apr 17 10:30-24:00"##,
    r##"week04 Mo; Jul; Jun 5; Sep Fr; 04:00-04:20"##,
    r##"dusk+, Mo closed"##,
    r##"dusk+, Mo 10:00-12:00 closed"##,
    r##"10:00-12:00 open, 14:00-18:00 open, 12:00-14:00 open"##,
    r##"10:00-18:00 open, 14:00-16:00 unknown"##,
    r##"Mo-Su 08:00-14:00 open, Mo-Su 10:00-18:00 unknown; Mo-Su 18:00-20:00 closed "may vary""##,
    r##"10:00-16:00; Mo sunset-24:00"##,
    r##"sunrise-24:00; Th 10:00-14:00"##,
    r##"6246 week06; 4497 We; 6246 week07-53 We"##,
    r##"dusk-dawn+; Mo"##,
    r##"dusk-dusk; Mo"##,
    r##"dawn-dusk+; Mo"##,
    r##"Mo-Fr 08:00-12:00, 13:00-17:00"##,
    r##"Su,PH off"##,
    r##"PH,Su"##,
    r##"PH Mo"##,
    r##"Mo[-1]"##,
    r##"Mo[1-3]"##,
    r##"Mo[3-1]"##,
    r##"Mo[1,3] +1 day"##,
    r##"Mo[2] -2 days 10:00-12:00"##,
    r##"Dec 24-26"##,
    r##"Dec 25-Jan 6"##,
    r##"2024 Dec 30-2"##,
    r##"Dec 30-2"##,
    r##"easter -2 days-easter +1 day"##,
    r##"easter-5"##,
    r##"2025 easter"##,
    r##"Jan 1"##,
    r##"Jan 01"##,
    r##"Jan 1 +Mo"##,
    r##"Jan 1 -Su +1 day"##,
    r##"Jan 1 +2 days-Feb 1"##,
    r##"week 1-53/2"##,
    r##"week 1-53/300"##,
    r##"week 5-3"##,
    r##"week01,03-05"##,
    r##"2025-2020"##,
    r##"2020-2030/2"##,
    r##"2020+"##,
    r##"2020,2022"##,
    r##"1900"##,
    r##"sunrise-sunset"##,
    r##"(sunrise+01:00)-(sunset-24:00)"##,
    r##"Mo 10:00-12:00/24:00"##,
    r##"Jan Mo[1]"##,
    r##"Jan Mo[1],Feb"##,
    r##"Jan Mo[1],xx"##,
    r##"Jan Mo[-1]"##,
    r##"Jan Mo[-1]-Feb 3"##,
    r##"Mo-Fr 10:00-20:00 "Hotline""##,
    r##""nach Vereinbarung""##,
    r##"24/7 "Notruf""##,
    r##"Tu "nach Vereinbarung""##,
    r##"Mo 25:00-26:00"##,
    r##"Mo 10:00-49:00"##,
    r##"Mo 10:00-48:30"##,
    r##"mo 10:00-48:30"##,
    r##"Easter-5"##,
    r##"Mo 10:00-48:00"##,
    r##"Mo 22:00-02:00"##,
    r##"Mo 10:00 - 12:00"##,
    r##"Mo 10:00 -12:00"##,
    r##"Mo 10:00- 12:00"##,
    r##"Mo-Fr 10:00-12:00 || "by appointment""##,
    r##""##,
    r##" "##,
    r##"Mo "##,
    r##"Mo;"##,
    r##";"##,
    r##"Mo-Fr 10:00-12:00 ; "##,
    r##"Mo "Ümlaut ✓""##,
    r##"Mo-Fr 10:00–12:00"##,
    r##"Mo-Fr 10:00-12:00;PH off"##,
    r##"SH Mo"##,
    r##"SH,Mo"##,
    r##"Mo,SH"##,
    r##"Mo SH"##,
    r##"PH +1 day"##,
    r##"PH -2 days"##,
    r##"Mo-Su 00:00-24:00"##,
    r##"00:00-24:00"##,
    r##"24:00-02:00"##,
    r##"Mo 24:00"##,
    r##"Mo 10:00"##,
    r##"Mo 10:00+"##,
    r##"Mo 9:00-17:00"##,
    r##"Mo 9-17"##,
    r##"Mo-Fr: 10:00-12:00"##,
    r##"Jan: Mo 10:00"##,
    r##"Jan:Mo"##,
    r##"week 1: Mo"##,
    r##"week 1 Mo"##,
    r##"Jan week 1"##,
    r##"2020 week 1"##,
    r##""closed for renovation": Mo 10:00-12:00"##,
    r##""x":"##,
    r##"Mo-Fr 10:00-12:00, Sa 10:00-14:00 off"##,
    r##"Mo open "a" "b""##,
    r##"sunrise"##,
    r##"Mo sunrise-sunset"##,
    r##"dawn-dusk"##,
    r##"DUSK-dawn"##,
    r##"Mo-Fr 10:00-18:00 "Termine nach Vereinbarung"; PH off"##,
    r##"Jan 10-Feb 20 Mo-Fr 08:00-16:00"##,
    r##"Jan 10 -Feb 20"##,
    r##"Jan 10- Feb 20"##,
    r##"Jan10-20"##,
    r##"2024Jan 10"##,
    r##"2024 Jan10"##,
    r##"Jan 31-1"##,
    r##"Mo[1] Jan"##,
    r##"Mo 12:00:00"##,
    r##"Jan 12:00-13:00"##,
    r##"Jan 12:00"##,
    r##"Mar 1:00"##,
    r##"Jan 1:00-2:00"##,
    r##"Feb 30 10:00-12:00"##,
    r##"Mo–Fr 10:00-12:00"##,
    r##"Mo-Fr 10:00-12:00 jeden Tag"##,
    r##"Mo-Fr 10:00-"##,
    r##"Jan Mo[1],Feb Mo[1],Mar Mo[1],Apr Mo[1],May Mo[1] 10:00-12:00"##,
    r##"Jan Mo[1],Feb Mo[1],Mar Mo[1],Apr Mo[1] 10:00-12:00"##,
];

#[test]
fn upstream_and_corner_cases_keep_our_rules() {
    let readings: Vec<Result<(), String>> = CASES.iter().map(|e| check(e)).collect();
    // The cases reach every kind of refusal, or they prove little.
    for kind in [
        "unexpected \"",
        "ends too early",
        "too large",
        "Inverted week",
        "Inverted year",
        "extended time",
        "is in no calendar",
        "fallback rules (||)",
        "an open end (18:00+)",
        "sunrise, sunset",
        "school holidays (SH)",
        "not a hyphen",
        "empty expression",
        "dates like 'Jan Mo[1]'",
    ] {
        assert!(
            readings
                .iter()
                .any(|r| matches!(r, Err(m) if m.contains(kind))),
            "no case for {kind}"
        );
    }
    let read = readings.iter().filter(|r| r.is_ok()).count();
    assert!(
        read > CASES.len() / 3,
        "only {read} of {} read",
        CASES.len()
    );
}

#[test]
fn the_hours_corpus_keeps_our_rules() {
    let corpus = include_str!("../../../tests/fixtures/hours-corpus.txt");
    let expressions: Vec<&str> = corpus
        .lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .collect();
    assert!(expressions.len() >= 60, "{} expressions", expressions.len());
    let mut chains = 0;
    for expression in expressions {
        let reading = check(expression);
        if expression.matches("],").count() >= MAX_NTH_DATE_CHAIN {
            chains += 1;
            let reason = reading.expect_err(expression);
            assert!(reason.contains("dates like 'Jan Mo[1]'"), "{reason}");
        }
    }
    assert!(chains > 0, "the corpus has no long chain of dates");
}

#[test]
fn random_expressions_keep_our_rules() {
    let mut next = numbers(0x9e37_79b9_7f4a_7c15);
    let (mut valid, mut total) = (0, 0);
    for _ in 0..20_000 {
        let pieces = 1 + next(9);
        let expression: String = (0..pieces).map(|_| PIECES[next(PIECES.len())]).collect();
        total += 1;
        valid += usize::from(check(&expression).is_ok());
    }
    println!("{valid} of {total} random expressions read");
    assert!(
        valid > total / 40,
        "only {valid} of {total} read: the pieces say too little"
    );
}

/// The grammar's pieces, put together at random.
const PIECES: &[&str] = &[
    "Mo",
    "Tu",
    "we",
    "Su",
    "SU",
    "Fr",
    "Sa",
    "PH",
    "SH",
    "-",
    "-",
    "+",
    ",",
    ", ",
    ";",
    "; ",
    " ",
    " ",
    " ",
    "||",
    ":",
    ": ",
    "/",
    "[",
    "]",
    "1",
    "2",
    "-1",
    "5",
    "6",
    "0",
    "00",
    "01",
    "10",
    "31",
    "32",
    "53",
    "10:00",
    "12:30",
    "08:00",
    "24:00",
    "25:00",
    "48:00",
    "4:00",
    "9",
    "23:59",
    "24/7",
    "off",
    "Closed",
    "open",
    "unknown",
    "\"comment\"",
    "\"",
    "week",
    "Jan",
    "feb",
    "Dec",
    "easter",
    "Easter",
    "2024",
    "1999",
    "2030",
    "9999",
    "day",
    "days",
    "+1 day",
    " -2 days",
    "sunrise",
    "sunset",
    "dusk",
    "dawn",
    "(",
    ")",
    "(sunrise+01:00)",
    "Mo-Fr",
    "10:00-18:00",
    "Jan 1",
    "Mo[1]",
    "x",
    "ü",
];

/// Random numbers below a bound, the same on every run (xorshift64* from a fixed seed).
fn numbers(seed: u64) -> impl FnMut(usize) -> usize {
    let mut state = seed;
    move |bound: usize| {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        (state.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 33) as usize % bound
    }
}

/// One of `choices`, or nothing one time in `skip`.
fn pick<'a>(next: &mut impl FnMut(usize) -> usize, choices: &[&'a str], skip: usize) -> &'a str {
    if next(skip) == 0 {
        ""
    } else {
        choices[next(choices.len())]
    }
}

#[test]
fn random_rules_keep_our_rules() {
    // Rules put together the way they are written (years, dates, weeks, weekdays, times, a
    // state, a comment), so that many are read and what is read is checked.
    let mut next = numbers(0x2545_f491_4f6c_dd1d);
    let years = [
        "2024 ",
        "2020-2030 ",
        "2020-2030/2 ",
        "2025+ ",
        "2030-2020 ",
        "1999,2001 ",
    ];
    let dates = [
        "Jan ",
        "Jan-Mar ",
        "Dec 24 ",
        "Dec 24-26 ",
        "Dec 25-Jan 6 ",
        "Jan 31-1 ",
        "easter ",
        "easter -2 days-easter +1 day ",
        "Jan Mo[1] ",
        "Jan Mo[-1]-Feb 3 ",
        "Mar 1 +Su ",
        "Jun 7+ ",
        "Dec 30-2,Jan 5 ",
        "Easter-Mar 31 ",
    ];
    let weeks = [
        "week 1-53/2 ",
        "week 01,03-05 ",
        "week 5-3 ",
        "week 1-9/300 ",
        "week 53 ",
    ];
    let days = [
        "Mo-Fr",
        "Mo,We,Fr",
        "Sa-Su",
        "Mo[1]",
        "Mo[1,3]",
        "Mo[-1] +1 day",
        "Tu[2-4]",
        "PH",
        "Su,PH",
        "PH,Su",
        "SH",
        "PH +1 day",
        "Mo-Fr,PH",
        "Su-Mo",
        "we",
    ];
    let times = [
        " 10:00-12:00",
        " 08:00-12:00,13:00-17:00",
        " 22:00-02:00",
        " 10:00+",
        " 10:00-18:00+",
        " 10:00-18:00/30",
        " 10:00-18:00/01:30",
        " sunrise-sunset",
        " (sunrise+01:00)-18:00",
        " 00:00-24:00",
        " 9:00-17:00",
        " 10:00 - 12:00",
        " 20:00-26:00",
        " 10:00-48:30",
    ];
    let states = [" off", " closed", " open", " unknown", " Off"];
    let comments = [r#" "nach Vereinbarung""#, r#" "Hotline""#, r#" "ü ✓""#];
    let separators = ["; ", ";", ", ", " || "];
    let (mut valid, mut total) = (0, 0);
    for _ in 0..10_000 {
        let mut expression = String::new();
        for rule in 0..1 + next(3) {
            if rule > 0 {
                expression.push_str(separators[next(separators.len())]);
            }
            if next(12) == 0 {
                expression.push_str("24/7");
            } else {
                for part in [
                    pick(&mut next, &years, 4),
                    pick(&mut next, &dates, 2),
                    pick(&mut next, &weeks, 6),
                    pick(&mut next, &days, 4),
                    pick(&mut next, &times, 4),
                ] {
                    expression.push_str(part);
                }
            }
            expression.push_str(pick(&mut next, &states, 3));
            expression.push_str(pick(&mut next, &comments, 4));
        }
        let expression = expression.trim();
        let reading = check(expression);
        total += 1;
        valid += usize::from(reading.is_ok());
    }
    // Fewer are read than are valid: the app refuses open ends, sunrise, SH and `||`.
    println!("{valid} of {total} random rules read");
    assert!(valid > total / 8, "only {valid} of {total} read");
}
