//! Property tests on stable Rust (proptest): the code that reads what the outside world
//! sends (a dataset file, a link's query, a spreadsheet, hand-written hours, a search) is
//! given 10,000 generated or mutated inputs each. None may panic, each must keep its
//! contract, and each case must return within 50 ms of CPU time.
//!
//! Run in release (the test command does): `cargo test --release --locked --test properties`.
//! The generator is seeded, so every run checks the same cases and a failure is
//! reproducible; set `WEGWEISER_FUZZ_SEED=<number>` to explore other cases.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use serde_json::Value;
use std::time::{Duration, Instant};
use wegweiser_core::domain::directory::Directory;
use wegweiser_core::domain::hours::{parse_hours, Calendar};
use wegweiser_core::domain::load::{is_id, load_dataset};
use wegweiser_core::domain::query_string;
use wegweiser_core::domain::search::query::{OpenFilter, Query};
use wegweiser_core::testing::at;
use wegweiser_tools::normalize::normalize_hours;
use wegweiser_tools::spreadsheet::{export_services, import_services};

const CASES: u32 = 10_000;
const MAX_PER_CASE: Duration = Duration::from_millis(50);
const KAISERSLAUTERN: &str = wegweiser_core::testing::KAISERSLAUTERN_JSON;

/// CPU time this thread has used: the work a case does, whatever else the machine runs
/// (on 2 cores beside a browser, wall time measures the machine, not the code).
fn thread_cpu_time() -> Duration {
    let mut now = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime only writes into the timespec it is given, which lives here.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut now) };
    Duration::new(now.tv_sec as u64, now.tv_nsec as u32)
}

/// Runs `check` on `CASES` inputs from `strategy`; prints the count and timings, and fails
/// on a panic, a broken contract or a case that used more than `MAX_PER_CASE` of CPU time.
/// A case over the limit is run twice more and its least time kept: the work of a case is
/// the same every time, a page fault or a busy memory bus is not.
fn run<S: Strategy>(name: &str, strategy: S, check: impl Fn(S::Value) -> Result<(), String>)
where
    S::Value: std::fmt::Debug + Clone,
{
    let seed: u64 = std::env::var("WEGWEISER_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20_261_121);
    let mut seed_bytes = [0u8; 32];
    seed_bytes[..8].copy_from_slice(&seed.to_le_bytes());
    let rng = TestRng::from_seed(RngAlgorithm::ChaCha, &seed_bytes);
    let config = Config {
        cases: CASES,
        failure_persistence: None,
        ..Config::default()
    };
    let mut runner = TestRunner::new_with_rng(config, rng);
    let times = std::cell::RefCell::new(Vec::with_capacity(CASES as usize));
    let wall_max = std::cell::Cell::new(Duration::ZERO);
    let outcome = runner.run(&strategy, |input| {
        let (cpu, wall) = (thread_cpu_time(), Instant::now());
        let result = check(input.clone());
        let mut took = thread_cpu_time().saturating_sub(cpu);
        for _ in 0..2 {
            if took <= MAX_PER_CASE {
                break;
            }
            let again = thread_cpu_time();
            let _ = check(input.clone());
            took = took.min(thread_cpu_time().saturating_sub(again));
        }
        wall_max.set(wall_max.get().max(wall.elapsed()));
        times.borrow_mut().push(took);
        result.map_err(TestCaseError::fail)?;
        prop_assert!(took <= MAX_PER_CASE, "took {took:?} of CPU time");
        Ok(())
    });
    let mut times = times.into_inner();
    let slowest_case = (0..times.len()).max_by_key(|&i| times[i]).unwrap_or(0);
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "property {name}: {} cases (seed {seed}), CPU time per case p50 {:.3} ms, p99 {:.3} ms, max {:.3} ms (case {}; wall max {:.3} ms)",
        times.len(),
        ms(times[times.len() / 2]),
        ms(times[times.len() * 99 / 100]),
        ms(*times.last().unwrap()),
        slowest_case + 1,
        ms(wall_max.get())
    );
    if let Err(error) = outcome {
        panic!("property {name} failed: {error}");
    }
}

/// Every node of a JSON value, as a JSON pointer.
fn pointers(value: &Value, here: String, out: &mut Vec<String>) {
    out.push(here.clone());
    match value {
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                pointers(item, format!("{here}/{i}"), out);
            }
        }
        Value::Object(fields) => {
            for (key, item) in fields {
                let key = key.replace('~', "~0").replace('/', "~1");
                pointers(item, format!("{here}/{key}"), out);
            }
        }
        _ => {}
    }
}

/// JSON values a careless editor, a broken export or an attacker might put anywhere.
fn hostile_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        (-1e12f64..1e12).prop_map(Value::from),
        "\\PC{0,24}".prop_map(Value::from),
        "[a-z0-9?&=/#%.,:-]{0,12}".prop_map(Value::from),
        prop_oneof![
            Just("Mo-Fr 10:00-12:00"),
            Just("Tu[1] 12:00-14:00; PH off"),
            Just("unknown \"nicht immer\""),
            Just("We[1,3] 09:00-10:30"),
            Just("2026 Jul 20-2026 Aug 07 off"),
            Just("\u{202e}gpj.exe"),
            Just("javascript:alert(1)"),
            Just("x@y.de?subject=x"),
            Just("0631 365-0"),
            Just("2026-02-30"),
        ]
        .prop_map(Value::from),
        (1usize..30_000).prop_map(|n| Value::from("ü".repeat(n))),
    ];
    leaf.prop_recursive(2, 8, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[a-z_]{1,10}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

#[derive(Clone, Debug)]
enum Mutation {
    Replace(usize, Value),
    Remove(usize),
    Duplicate(usize),
    /// Overwrites characters of the file text itself (at a position, a length, with text).
    Bytes(usize, usize, String),
}

fn mutation() -> impl Strategy<Value = Vec<Mutation>> {
    let one = prop_oneof![
        4 => (any::<usize>(), hostile_value()).prop_map(|(i, v)| Mutation::Replace(i, v)),
        2 => any::<usize>().prop_map(Mutation::Remove),
        1 => any::<usize>().prop_map(Mutation::Duplicate),
        1 => (any::<usize>(), 0usize..8, "[\\[\\]{}\",:0-9a-z\\\\ ]{0,6}")
            .prop_map(|(at, len, text)| Mutation::Bytes(at, len, text)),
    ];
    prop::collection::vec(one, 1..4)
}

fn apply(base: &Value, paths: &[String], mutations: &[Mutation]) -> String {
    let mut value = base.clone();
    let mut text_edits = Vec::new();
    for m in mutations {
        let path = |i: &usize| paths[i % paths.len()].as_str();
        match m {
            Mutation::Replace(i, v) => {
                if let Some(node) = value.pointer_mut(path(i)) {
                    *node = v.clone();
                }
            }
            Mutation::Remove(i) | Mutation::Duplicate(i) => {
                let p = path(i);
                let Some((parent, last)) = p.rsplit_once('/') else {
                    continue;
                };
                let duplicate = matches!(m, Mutation::Duplicate(_));
                match value.pointer_mut(parent) {
                    Some(Value::Object(fields)) if !duplicate => {
                        fields.remove(&last.replace("~1", "/").replace("~0", "~"));
                    }
                    Some(Value::Array(items)) => match last.parse::<usize>() {
                        Ok(index) if index < items.len() && duplicate => {
                            let copy = items[index].clone();
                            items.insert(index, copy);
                        }
                        Ok(index) if index < items.len() => {
                            items.remove(index);
                        }
                        _ => {}
                    },
                    _ => {}
                }
            }
            Mutation::Bytes(..) => text_edits.push(m.clone()),
        }
    }
    let mut text: Vec<char> = value.to_string().chars().collect();
    for edit in text_edits {
        if let Mutation::Bytes(at, len, with) = edit {
            let at = at % (text.len() + 1);
            let end = (at + len).min(text.len());
            text.splice(at..end, with.chars());
        }
    }
    text.into_iter().collect()
}

#[test]
fn load_dataset_on_mutated_datasets() {
    let base: Value = serde_json::from_str(KAISERSLAUTERN).unwrap();
    let mut paths = Vec::new();
    pointers(&base, String::new(), &mut paths);
    let now = at("2026-12-02 09:30");
    run(
        "load_dataset (mutated Kaiserslautern)",
        mutation(),
        |mutations| {
            let text = apply(&base, &paths, &mutations);
            let Ok(loaded) = load_dataset(&text) else {
                return Ok(()); // refused with a message: the app shows it, nothing panics
            };
            if loaded.dataset.services.is_empty() {
                return Err("a dataset without services was accepted".into());
            }
            if let Some(bad) = loaded.dataset.services.iter().find(|s| !is_id(&s.id)) {
                return Err(format!("unsafe id accepted: {:?}", bad.id));
            }
            let directory = Directory::from_loaded(loaded);
            for index in 0..directory.services().len() {
                let _ = directory.state(index, now);
            }
            let hits = directory.search(&Query::from_query_string("q=Beratung"), now);
            if hits.iter().any(|h| h.index >= directory.services().len()) {
                return Err("a hit outside the list".into());
            }
            Ok(())
        },
    );
}

#[test]
fn url_query_codec() {
    let filter = prop_oneof![
        Just(None),
        Just(Some(OpenFilter::Now)),
        Just(Some(OpenFilter::Today))
    ];
    let id = prop::option::of("[a-z0-9][a-z0-9_-]{0,15}");
    let query = (
        "\\PC{0,40}",
        (id.clone(), id.clone(), id),
        filter,
        any::<[bool; 4]>(),
    )
        .prop_map(|(text, (need, district, language), open, flags)| Query {
            text: text
                .trim()
                .chars()
                .take(200)
                .collect::<String>()
                .trim()
                .to_string(),
            need,
            district,
            open,
            walk_in: flags[0],
            free: flags[1],
            step_free: flags[2],
            home_visits: flags[3],
            language,
        });
    let raw = "[a-z=&%+?#0-9A-F\\PC]{0,60}";
    run("URL query codec", (query, raw), |(query, raw)| {
        let back = Query::from_query_string(&query.to_query_string());
        if back != query {
            return Err(format!("round trip changed {query:?} into {back:?}"));
        }
        let written = query_string::write([("v", raw.as_str())]);
        if query_string::value(&written, "v").as_deref() != Some(raw.as_str()) {
            return Err(format!("the codec does not give back {raw:?}"));
        }
        let read = Query::from_query_string(&raw);
        if read.text.chars().count() > 200 {
            return Err("the text cap was passed".into());
        }
        Ok(())
    });
}

#[test]
fn csv_import() {
    let dataset = load_dataset(KAISERSLAUTERN).unwrap().dataset;
    let exported = export_services(&dataset, ';');
    let chars: Vec<char> = exported.chars().collect();
    let edit = (
        any::<usize>(),
        0usize..12,
        "[;,\"\\r\\n=+@\\-|{}\\[\\]a-zä0-9 \u{feff}]{0,8}",
    );
    run(
        "CSV import (mutated export)",
        prop::collection::vec(edit, 1..5),
        |edits| {
            let mut text = chars.clone();
            for (at, len, with) in edits {
                let at = at % (text.len() + 1);
                let end = (at + len).min(text.len());
                text.splice(at..end, with.chars());
            }
            let text: String = text.into_iter().collect();
            let mut imported = dataset.clone();
            let report = import_services(&mut imported, &text);
            if !report.errors.is_empty() && imported != dataset {
                return Err("an import with errors changed the dataset".into());
            }
            Ok(())
        },
    );
}

#[test]
fn hours_normalisation() {
    let calendar = Calendar::new("DE-RP", "Europe/Berlin").unwrap();
    let token = prop_oneof![
        "(Mo|Di|Mi|Do|Fr|Sa|So|Tu|We|Th|Su|Montag|Dienstag|mittwochs|jeden|1\\.|2\\.)",
        "[0-9]{1,2}([.:][0-9]{1,2})?",
        "( |-|–|—|,|;|bis|und|Uhr|h|\\[|\\]|\"|PH|off|unknown)",
        "\\PC{0,3}",
    ];
    let input = prop::collection::vec(token, 0..14).prop_map(|t| t.join(" "));
    run("hours normalisation", input, |input| {
        if let Ok(normalized) = normalize_hours(&input, &calendar) {
            if let Err(error) = parse_hours(&normalized.expression, &calendar) {
                return Err(format!(
                    "{input:?} became {:?}, which does not parse: {error:?}",
                    normalized.expression
                ));
            }
        }
        Ok(())
    });
}

#[test]
fn search_query() {
    let directory = Directory::from_loaded(load_dataset(KAISERSLAUTERN).unwrap());
    let now = at("2026-12-02 09:30");
    let text = prop_oneof![
        "\\PC{0,40}",
        "(pfl|Pflege|Demenz|büro|Senioren|Betreuung|ä|ß|-| |[a-z]{1,9}){0,8}",
        (1usize..5000).prop_map(|n| "Pflegeheim ".repeat(n)),
    ];
    let params = "(need=[a-z-]{0,12}|district=[a-z-]{0,12}|open=(now|today)|walkin=1|free=1|lang=[a-z]{2}|stepfree=1|home=1)";
    let query = (text, prop::collection::vec(params, 0..4));
    run("search query", query, |(text, params)| {
        let raw = format!(
            "{}&{}",
            query_string::write([("q", text.as_str())]),
            params.join("&")
        );
        let hits = directory.search(&Query::from_query_string(&raw), now);
        let mut seen: Vec<usize> = hits.iter().map(|h| h.index).collect();
        seen.sort_unstable();
        seen.dedup();
        if seen.len() != hits.len() || seen.iter().any(|&i| i >= directory.services().len()) {
            return Err("a service twice, or one that does not exist".into());
        }
        Ok(())
    });
}

#[test]
fn folding_in_one_pass() {
    use wegweiser_core::domain::search::fold::{fold, fold_by_replacing};
    // Rich in the letters that pair up ("ae", "oe", "ue"), umlauts, capitals and
    // characters whose lower case is longer, and any other character now and then.
    let text = prop::collection::vec(
        prop_oneof![
            "[aeouAEOUäöüÄÖÜæœÆŒßẞ]{1,4}",
            "[a-zA-Z0-9 -]{0,3}",
            "[İIıЁёЇїΣσς]{0,2}",
            "\\PC{0,2}",
        ],
        0..12,
    )
    .prop_map(|parts| parts.concat());
    run("folding in one pass", text, |text| {
        let (fast, reference) = (fold(&text), fold_by_replacing(&text));
        if fast == reference {
            Ok(())
        } else {
            Err(format!("{text:?}: {fast:?}, by replacing {reference:?}"))
        }
    });
}
